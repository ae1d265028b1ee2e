import type { PaneDraft } from "../draft";
import type { Locale } from "../../core";
import type { PlanInput, PlanSettings } from "../../plan/input";
import { parseActuals } from "./actuals";
import { masterFor, seriesBySku } from "./skus";
import type { DraftNumbers } from "./readDraft";
import { FIELD_SETTING, NUMERIC_FIELDS, settingValue } from "../fieldSettings";
import { paneCurrency } from "./purchaseCurrency";

/** The draft's numbers as plan settings (a field that does not parse stays NaN: the plan refuses it). */
function fieldSettings(v: DraftNumbers): Partial<PlanSettings> {
  return Object.fromEntries(NUMERIC_FIELDS.map((f) => [FIELD_SETTING[f], settingValue(f, v[f])]));
}

/**
 * The wizard's draft as the plan builder's input (src/plan): percentages become fractions, SKUs
 * seen in the history but missing from the master get neutral master rows (MOQ 1, case pack 1,
 * the step-4 lead time) so the plan lists every SKU. Only actuals of one SKU are passed on: those
 * that name it, and SKU-less lines when the buyer picked the SKU they belong to.
 */
export function toPlanInput(
  draft: PaneDraft,
  v: DraftNumbers,
  today: string,
  locale: Locale,
  builtBy: string,
  numberLocale: string = locale,
): PlanInput {
  const skus = [...seriesBySku(draft.history.rows).keys()].map((sku) => {
    const m = masterFor(draft.history.skus, sku);
    return m.leadTimeDays > 0 ? m : { ...m, leadTimeDays: v.supplierLeadDays };
  });
  const known = skus.map((s) => s.sku);
  const actuals = parseActuals(draft.monitor.actualsText, { numberLocale, knownSkus: known })
    .days.map((a) => ({ date: a.date, sku: a.sku ?? draft.monitor.sku ?? "", units: a.units }))
    .filter((a) => known.includes(a.sku));
  // the SKU file's cost currency and the FX for it; refused drafts never get here (the FX field's problem)
  const currency = paneCurrency(draft, v.fxRate);
  return {
    settings: {
      event: draft.promo.event,
      registrationDeadline: draft.promo.registrationDeadline,
      inboundCutoff: draft.promo.inboundCutoff,
      promoStart: draft.promo.promoStart,
      promoEnd: draft.promo.promoEnd,
      locale,
      safetyStockMethod: draft.purchasing.method,
      // every numeric field as the setting it sets (percent → fraction); the mode split comes
      // from feasible dates (issue 12), within the SeaMaxShare / AirMaxShare limits
      ...fieldSettings(v),
      ...(currency.ok ? { purchaseCurrency: currency.purchaseCurrency, fxRate: currency.fxRate } : {}),
    },
    today,
    skus,
    sales: draft.history.rows,
    actuals,
    builtBy,
  };
}
