import { InputError } from "../../core";
import { buildPlan } from "../../plan/buildPlan";
import { MAX_EXCEL_SERIAL, excelSerialToIso } from "../../core";
import type { Vals } from "../../plan/expected";
import { DEFAULT_SETTINGS, type PlanInput } from "../../plan/input";
import { planText } from "../../plan/i18n";
import { skuColumns, type ColDef, type RowExtra } from "../../plan/skuColumns";
import type { SkuHistory } from "../../plan/skuHistory";

/**
 * The plan sheet's numbers, computed by the plan's own code: the named cells come from buildPlan
 * itself, and every SKU-table column is evaluated with the `expect` function src/plan/skuColumns
 * gives its formula cell (the value buildPlan writes as the cell's `expected`, core first), so
 * the pane preview and the plan sheet cannot disagree. Only the SKU rows are evaluated here rather
 * than by buildPlan, because buildPlan re-runs every SKU's forecast and the pane keeps those cached.
 */

/** The plan's named cells by name: inputs as written, formulas as their `expected` value. */
export type PlanSingles = Vals;

/** Label of the statistical method in the plan's language (the SafetyStockMethod list value). */
function statLabel(input: PlanInput): string {
  return planText(input.settings.locale ?? DEFAULT_SETTINGS.locale)("methodStatistical");
}

/**
 * The plan sheet's named cells for `input`, read from the model buildPlan builds for the same
 * settings with one placeholder SKU and no sales (cheap: no forecast runs). Inputs carry their
 * value (dates as Excel serials), formulas their `expected` value: ShipBy<mode> (core shipByDate:
 * cutoff − inbound buffer − transit), TargetFactor, ZScore (core normalInverse), ExpressShare.
 * A formula the plan cannot compute (it would show an error) reads as NaN, as do all cells when
 * the plan refuses the settings (e.g. a promo window longer than a year).
 */
export function planSingles(input: PlanInput): PlanSingles {
  const S: Vals = {};
  let model;
  try {
    model = buildPlan({
      ...input,
      skus: [{ sku: "-", battery: false, liquid: false, magnetic: false }],
      sales: [],
      actuals: [],
    });
  } catch (e) {
    if (e instanceof InputError) return S;
    throw e;
  }
  const planSheet = model.sheets[0];
  const byAddress = new Map(planSheet.cells.map((c) => [c.address, c]));
  for (const { name, sheet, address } of model.names) {
    const cell = sheet === planSheet.name ? byAddress.get(address) : undefined;
    if (!cell) continue;
    const value = cell.kind === "formula" ? cell.expected : cell.value;
    S[name] = value === undefined || typeof value === "boolean" ? Number.NaN : value;
  }
  return S;
}

/**
 * One SKU-table row per SKU of `input` (in its order), each column's value as the plan sheet
 * computes it: inputs and values from the SKU master and its history, formulas from the plan's
 * `expect` (left to right, as buildPlan does). `hist[i]` is skuHistory of `input.skus[i]`.
 * Pareto columns (cumulative share, TOP 20 %) need the whole ranking and are left at 0 here;
 * no preview number depends on them.
 */
export function planRows(input: PlanInput, S: PlanSingles, hist: readonly SkuHistory[]): Vals[] {
  const cols = skuColumns(statLabel(input));
  return input.skus.map((s, i) => {
    const extra: RowExtra = { flags: "", cumShare: 0, top: 0, actual: 0, forecastToDate: 0 };
    const v: Vals = {};
    for (const c of cols) {
      v[c.key] = c.kind === "formula" ? (c.expect?.(v, S) ?? null) : c.value!(s, hist[i], extra);
    }
    return v;
  });
}

/**
 * The plan's definition of one SKU-table column (its formula and `expect` rule).
 * @throws Error when the plan has no such column (a renamed column must fail loudly, not show 0).
 */
export function planColumn(key: string): ColDef {
  // the label only matters to the SsUsed column
  const col = skuColumns(planText(DEFAULT_SETTINGS.locale)("methodStatistical")).find((c) => c.key === key);
  if (!col) throw new Error(`the plan has no SKU column "${key}"`);
  return col;
}

/** A plan date cell (Excel serial) as an ISO date; "" when the plan could not compute it. */
export function planDate(serial: unknown): string {
  // only serials Excel can show as a date (1900-03-01 … 9999-12-31); anything else is not one
  return typeof serial === "number" && serial >= 61 && serial < MAX_EXCEL_SERIAL + 1
    ? excelSerialToIso(serial)
    : "";
}

/** A plan number cell as a number (NaN when the plan could not compute it). */
export function planNumber(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}
