/**
 * The plan's purchase currency and FX as the pane builds it: the same decision as the CLI
 * (../../plan/purchaseCurrency, rules there), fed from the pane's draft. A SKU file whose unit costs
 * state a currency (a `currency` column, or ¥9.50 / 9.5 CNY / 1.35元) sets the purchase currency;
 * when that differs from the sale currency the FX field must be typed by the buyer for this
 * currency, or the build is refused on the FX field: a CNY cost read as USD at FX 1 buys at a loss.
 */
import { decidePurchaseCurrency, type CurrencyDecision } from "../../plan/purchaseCurrency";
import type { FileCostCurrency } from "../../import/costCurrency";
import { DEFAULT_SETTINGS } from "../../plan/settings";
import type { PaneDraft } from "../draft";
import type { FieldProblem } from "./fields";

/** The currency the SKU file's unit costs are in (the registry default when the file states none). */
export function costCurrencyOf(draft: PaneDraft): string {
  return draft.history.costCurrency ?? DEFAULT_SETTINGS.purchaseCurrency;
}

/**
 * The purchase currency the FX field was set for by the buyer: typed in the pane for it, or typed
 * in the plan sheet (read back; that plan was built in the pane's current currency). null = the FX
 * field holds a default, not a rate the buyer gave.
 */
function fxSetFor(draft: PaneDraft): string | null {
  if (draft.fromSheet?.includes("fxRate")) return costCurrencyOf(draft);
  return draft.fxFor ?? null;
}

/**
 * The decision for this draft with `fx` the FX field's number. The buyer's typed FX is passed as
 * the plan's typed input for the currency it was typed for, so it counts only for that currency.
 * @example paneCurrency(cnyDraftWithoutFx, 1) // => { ok: false, key: "needFx", vars: { purchase: "CNY", sale: "USD" } }
 */
export function paneCurrency(draft: PaneDraft, fx: number): CurrencyDecision {
  const stated = draft.history.costCurrency;
  const file: FileCostCurrency = stated ? { kind: "one", currency: stated } : { kind: "none" };
  const setFor = fxSetFor(draft);
  return decidePurchaseCurrency(
    file,
    // the pane has no purchase-currency field: a file that states none buys in the default
    stated ? {} : { currency: DEFAULT_SETTINGS.purchaseCurrency },
    {
      purchaseCurrency: setFor ? { written: setFor } : {},
      fxRate: setFor && Number.isFinite(fx) ? { typed: fx } : {},
      saleCurrency: {},
    },
  );
}

/** The FX field's problem when the decision refuses the build (the field-level message). */
export function fxProblem(draft: PaneDraft, fx: number): FieldProblem | null {
  const d = paneCurrency(draft, fx);
  if (d.ok) return null;
  const vars = d.vars as Record<string, string>;
  return {
    key: "fxNeeded",
    params: { purchase: vars.purchase ?? costCurrencyOf(draft), sale: vars.sale ?? "" },
  };
}
