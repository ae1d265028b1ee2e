/**
 * Which numeric fields each step of the wizard shows, in screen order: the one list the steps
 * render from and the wizard checks (a step with a bad field is marked, and "go to the problem"
 * lands on its first bad field, top to bottom).
 */
import type { LogisticsField, NumericField, PurchasingField, TargetField } from "./draft";

/** Step 3, targets. */
export const TARGET_FIELDS: readonly TargetField[] = ["growthPct", "discountPct", "newProductPct"];

/** Step 4, purchasing. */
export const PURCHASING_FIELDS: readonly PurchasingField[] = [
  "serviceLevelPct",
  "ruleOfThumbPct",
  "supplierLeadDays",
  "depositPct",
];

/** Step 5, logistics, in its groups: limits on the mode split, rates and transit, fees, FX. */
export const LOGISTICS_FIELDS = {
  limits: ["seaMaxSharePct", "airMaxSharePct"],
  rates: [
    "seaRatePerCbm",
    "airRatePerKg",
    "expressRatePerKg",
    "seaTransitDays",
    "airTransitDays",
    "expressTransitDays",
  ],
  fees: ["dutyPct", "commissionPct", "returnPct", "warehouseFeePerUnit", "contingencyPct"],
  /** The SKU file's unit costs in the sale currency (compute/purchaseCurrency). */
  currency: ["fxRate"],
} as const satisfies Record<string, readonly LogisticsField[]>;

/** The numeric fields of each step (0-based step index), in screen order. */
export const FIELDS_BY_STEP: Readonly<Record<number, readonly NumericField[]>> = {
  2: TARGET_FIELDS,
  3: PURCHASING_FIELDS,
  4: [
    ...LOGISTICS_FIELDS.limits,
    ...LOGISTICS_FIELDS.rates,
    ...LOGISTICS_FIELDS.fees,
    ...LOGISTICS_FIELDS.currency,
  ],
};
