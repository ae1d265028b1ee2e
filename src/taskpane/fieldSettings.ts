/**
 * The pane's numeric fields and the plan settings they set: the one map from a field to its
 * registry entry (src/plan/settings). Bounds, whether the field is typed as percent, and the
 * default a fresh draft shows all come from the registry through it, so the pane's first preview
 * is the plan the CLI builds with the same defaults.
 */
import { fromPaneNumber, paneFieldSpecs, type PaneFieldSpec, type SettingKey } from "../plan/settings";

/**
 * Field → setting (the field names are the draft's: text typed by the buyer). The draft checks
 * at compile time that these are exactly its numeric fields (`NumericField` in draft.ts).
 */
export const FIELD_SETTING = {
  growthPct: "growthRate",
  discountPct: "discountDepth",
  newProductPct: "newProductShare",
  serviceLevelPct: "serviceLevel",
  ruleOfThumbPct: "safetyStockPct",
  supplierLeadDays: "leadTimeDays",
  depositPct: "depositRate",
  seaMaxSharePct: "seaMaxShare",
  airMaxSharePct: "airMaxShare",
  seaRatePerCbm: "seaRatePerCbm",
  airRatePerKg: "airRatePerKg",
  expressRatePerKg: "expressRatePerKg",
  seaTransitDays: "transitDaysSea",
  airTransitDays: "transitDaysAir",
  expressTransitDays: "transitDaysExpress",
  dutyPct: "dutyRate",
  commissionPct: "commissionRate",
  returnPct: "defaultReturnRate",
  warehouseFeePerUnit: "fulfilmentFeePerUnit",
  contingencyPct: "contingencyRate",
  fxRate: "fxRate",
} as const satisfies Record<string, SettingKey>;

/** A numeric field of the pane's draft. */
export type NumericField = keyof typeof FIELD_SETTING;

export const NUMERIC_FIELDS = Object.keys(FIELD_SETTING) as NumericField[];

const SPECS = new Map(paneFieldSpecs().map((s) => [s.key, s]));

/** The registry's pane spec of a field's setting (bounds, percent, default text). */
export function fieldSpec(field: NumericField): PaneFieldSpec {
  const spec = SPECS.get(FIELD_SETTING[field]);
  if (!spec) throw new Error(`Setting ${FIELD_SETTING[field]} of field ${field} is not a number setting`);
  return spec;
}

/** A field's typed number as its setting's value (percent → fraction). */
export function settingValue(field: NumericField, typed: number): number {
  return fromPaneNumber(fieldSpec(field), typed);
}
