import type { NumericField } from "../draft";
import { cellName, fromCell, type SettingKey } from "../../plan/settings";
import type { CellValue } from "../../plan/types";

/**
 * The pane's numeric fields and the plan settings they feed (toPlanInput), with whether the
 * field is typed as percent: the one map that reads a setting edited in the sheet back into
 * the field that set it.
 */
export const FIELD_SETTINGS: Record<NumericField, { key: SettingKey; percent: boolean }> = {
  growthPct: { key: "growthRate", percent: true },
  discountPct: { key: "discountDepth", percent: true },
  newProductPct: { key: "newProductShare", percent: true },
  serviceLevelPct: { key: "serviceLevel", percent: true },
  ruleOfThumbPct: { key: "safetyStockPct", percent: true },
  depositPct: { key: "depositRate", percent: true },
  supplierLeadDays: { key: "leadTimeDays", percent: false },
  seaTransitDays: { key: "transitDaysSea", percent: false },
  airTransitDays: { key: "transitDaysAir", percent: false },
  expressTransitDays: { key: "transitDaysExpress", percent: false },
  seaRatePerCbm: { key: "seaRatePerCbm", percent: false },
  airRatePerKg: { key: "airRatePerKg", percent: false },
  expressRatePerKg: { key: "expressRatePerKg", percent: false },
  seaMaxSharePct: { key: "seaMaxShare", percent: true },
  airMaxSharePct: { key: "airMaxShare", percent: true },
  dutyPct: { key: "dutyRate", percent: true },
  commissionPct: { key: "commissionRate", percent: true },
  warehouseFeePerUnit: { key: "fulfilmentFeePerUnit", percent: false },
  returnPct: { key: "defaultReturnRate", percent: true },
  contingencyPct: { key: "contingencyRate", percent: true },
};

/**
 * The pane field texts for settings the buyer typed in the sheet (the plan's named input cells,
 * as the rebuild read them back): percent fields ×100, trimmed of binary noise. A cell that does
 * not read as its setting (text in a number cell) is left out; the rebuild report names it.
 * @example fieldsFromSheet({ GrowthRate: 0.25 }) // => { growthPct: "25" }
 */
export function fieldsFromSheet(
  inputs: Readonly<Record<string, CellValue>>,
): Partial<Record<NumericField, string>> {
  const out: Partial<Record<NumericField, string>> = {};
  for (const [field, s] of Object.entries(FIELD_SETTINGS) as [
    NumericField,
    { key: SettingKey; percent: boolean },
  ][]) {
    const name = cellName(s.key);
    if (!Object.prototype.hasOwnProperty.call(inputs, name)) continue;
    const v = fromCell(s.key, inputs[name]);
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    out[field] = String(s.percent ? Number((v * 100).toPrecision(12)) : v);
  }
  return out;
}
