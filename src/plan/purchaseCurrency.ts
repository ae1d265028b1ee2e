/**
 * The plan's purchase currency and FX (sale currency per purchase currency), decided once per
 * build from what the buyer said: the SKU file's unit costs (../import/costCurrency), the
 * `--purchase-currency` / `--fx` options, and the plan being rebuilt (its "Purchase currency" and
 * "FX" inputs, as written or as the buyer typed them). Pure: the CLI prints what it returns, and
 * the task pane (src/taskpane/compute/purchaseCurrency) decides with it too.
 *
 * Rules, in order:
 * 1. The costs' currency is the file's when it states one (every row agreeing), else
 *    --purchase-currency, else the plan's, else the registry default (USD). A file in CNY with
 *    --purchase-currency USD is refused: one of them is wrong and the buyer must say which.
 * 2. Purchase currency = sale currency: FX is 1 (a different --fx is refused).
 * 3. Otherwise FX is --fx, else the plan's FX when that plan already bought in this currency (the
 *    buyer typed it, or an earlier build wrote it for this currency pair), else refused: a CNY
 *    cost is never read as USD, and a PO cannot be signed on a guessed exchange rate.
 * An FX typed in the plan is never replaced by a default: only by --fx (said once on stderr), or
 * dropped because the plan now buys in another currency (the rate was for another pair).
 */
import type { FileCostCurrency } from "../import/costCurrency";
import { currencyCode } from "../import/costCurrency";
import type { PlanState } from "./overrides";
import type { CellValue, PlanOverrides } from "./types";
import { cellName, DEFAULT_SETTINGS, SETTINGS } from "./settings";

/** Why a build is refused: the key of the message the CLI (src/cli/messages) or the pane says. */
export type CurrencyRefusalKey =
  "mixedCostCurrency" | "badCurrencyOption" | "badFx" | "currencyConflict" | "needFx" | "fxSameCurrency";

/** One input of the plan being rebuilt: what StockUp wrote, and what the buyer typed (if any). */
export interface PlanInputNow {
  written?: CellValue;
  /** Present when the buyer changed the cell (an override). */
  typed?: CellValue;
}

/** The currency inputs of the plan being rebuilt. */
export interface PlanCurrencyInputs {
  purchaseCurrency: PlanInputNow;
  fxRate: PlanInputNow;
  saleCurrency: PlanInputNow;
}

const NAMES = {
  purchaseCurrency: cellName("purchaseCurrency"),
  fxRate: cellName("fxRate"),
  saleCurrency: cellName("saleCurrency"),
} as const;

/** The plan's currency inputs from its stored state and the buyer's edits read back. */
export function planCurrencyInputs(state: PlanState, overrides: PlanOverrides): PlanCurrencyInputs {
  const one = (name: string): PlanInputNow => {
    const ref = state.inputs.find((r) => r.key.kind === "name" && r.key.name === name);
    const now: PlanInputNow = {};
    if (ref) now.written = ref.written;
    if (Object.prototype.hasOwnProperty.call(overrides.inputs, name)) now.typed = overrides.inputs[name];
    return now;
  };
  return {
    purchaseCurrency: one(NAMES.purchaseCurrency),
    fxRate: one(NAMES.fxRate),
    saleCurrency: one(NAMES.saleCurrency),
  };
}

export interface CurrencyOptions {
  /** --purchase-currency as typed. */
  currency?: string;
  /** --fx as typed. */
  fx?: string;
}

/** Where a decided value came from (for the line the CLI prints). */
export type CurrencySource = "file" | "option" | "plan" | "default";

export type CurrencyDecision =
  | {
      ok: true;
      purchaseCurrency: string;
      saleCurrency: string;
      fxRate: number;
      currencyFrom: CurrencySource;
      fxFrom: CurrencySource | "same";
      /** Plan inputs the buyer typed that this build replaces (their override is dropped). */
      replaced: { name: string; was: CellValue; now: string | number }[];
    }
  | { ok: false; key: CurrencyRefusalKey; vars: Record<string, string | number> };

const currencyOfCell = (v: CellValue | undefined): string | null =>
  typeof v === "string" && v.trim() !== "" ? currencyCode(v) : null;

const FX = SETTINGS.fxRate;

/**
 * The purchase currency and FX this build uses, or the message refusing it.
 * @example
 * decidePurchaseCurrency({ kind: "one", currency: "CNY" }, { fx: "0.14" })
 * // => { ok: true, purchaseCurrency: "CNY", saleCurrency: "USD", fxRate: 0.14, currencyFrom: "file", fxFrom: "option", replaced: [] }
 */
export function decidePurchaseCurrency(
  file: FileCostCurrency,
  options: CurrencyOptions,
  plan?: PlanCurrencyInputs,
): CurrencyDecision {
  if (file.kind === "mixed") return { ok: false, key: "mixedCostCurrency", vars: {} };
  let option: string | null = null;
  if (options.currency !== undefined) {
    option = currencyCode(options.currency);
    if (option === null) return { ok: false, key: "badCurrencyOption", vars: { value: options.currency } };
  }
  let fxOption: number | null = null;
  if (options.fx !== undefined) {
    fxOption = /^\s*\d+(\.\d+)?\s*$/.test(options.fx) ? Number(options.fx) : NaN;
    if (!(fxOption >= FX.min && fxOption <= FX.max))
      return { ok: false, key: "badFx", vars: { value: options.fx, min: FX.min, max: FX.max } };
  }
  if (file.kind === "one" && option !== null && option !== file.currency)
    return { ok: false, key: "currencyConflict", vars: { costs: file.currency, option } };

  const planNow = (i: PlanInputNow | undefined) => (i && "typed" in i ? i.typed : i?.written);
  const planCurrency = currencyOfCell(planNow(plan?.purchaseCurrency));
  const sale = currencyOfCell(planNow(plan?.saleCurrency)) ?? DEFAULT_SETTINGS.saleCurrency;
  let purchase: string;
  let currencyFrom: CurrencySource;
  if (file.kind === "one") [purchase, currencyFrom] = [file.currency, "file"];
  else if (option !== null) [purchase, currencyFrom] = [option, "option"];
  else if (planCurrency !== null) [purchase, currencyFrom] = [planCurrency, "plan"];
  else [purchase, currencyFrom] = [DEFAULT_SETTINGS.purchaseCurrency, "default"];

  const replaced: { name: string; was: CellValue; now: string | number }[] = [];
  const typedCurrency = plan?.purchaseCurrency.typed;
  if (typedCurrency !== undefined && currencyOfCell(typedCurrency) !== purchase)
    replaced.push({ name: NAMES.purchaseCurrency, was: typedCurrency, now: purchase });

  // the decision once the FX is known (every accepted path returns through it)
  const decided = (fxRate: number, fxFrom: CurrencySource | "same"): CurrencyDecision => ({
    ok: true,
    purchaseCurrency: purchase,
    saleCurrency: sale,
    fxRate,
    currencyFrom,
    fxFrom,
    replaced,
  });
  const typedFx = plan?.fxRate.typed;
  const planFx = planNow(plan?.fxRate);
  // the plan's FX is for its own currency pair: usable only while it buys in the same currency
  const samePair = planCurrency === purchase;
  const dropTypedFx = (now: number) => {
    if (typedFx !== undefined && typedFx !== now) replaced.push({ name: NAMES.fxRate, was: typedFx, now });
  };
  if (purchase === sale) {
    if (fxOption !== null && fxOption !== 1)
      return { ok: false, key: "fxSameCurrency", vars: { fx: options.fx!.trim(), sale } };
    // a typed FX beside one currency is the buyer's business, unless the currency just changed
    if (!samePair) dropTypedFx(1);
    const keep = samePair && typeof typedFx === "number" ? typedFx : 1;
    return decided(keep, "same");
  }
  if (fxOption !== null) {
    dropTypedFx(fxOption);
    return decided(fxOption, "option");
  }
  // written by an earlier build for this pair (that build had an FX: rule 3), or typed by the buyer
  const writtenPair = currencyOfCell(plan?.purchaseCurrency.written) === purchase;
  const planFxGiven = samePair && typeof planFx === "number" && (typedFx !== undefined || writtenPair);
  if (planFxGiven && planFx >= FX.min && planFx <= FX.max) return decided(planFx, "plan");
  return { ok: false, key: "needFx", vars: { purchase, sale } };
}
