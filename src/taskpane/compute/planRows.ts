import { normalInverse } from "../../core";
import { isoToSerial, serialToIso } from "../../plan/dates";
import { excelSub } from "../../plan/excelMath";
import { coreOr, coreShipBy, n, type Vals } from "../../plan/expected";
import { DEFAULT_SETTINGS, type PlanInput, type PlanSettings } from "../../plan/input";
import { skuColumns, type ColDef, type RowExtra } from "../../plan/skuColumns";
import type { SkuHistory } from "../../plan/skuHistory";

/**
 * The plan sheet's numbers, computed by the plan's own cell rules: every SKU-table column is
 * evaluated with the `expect` function src/plan/skuColumns gives its formula cell (the value
 * buildPlan writes as the cell's `expected`, core first), so the pane preview and the plan sheet
 * cannot disagree. Only the few derived named inputs buildPlan computes inline are mirrored here
 * (see {@link planSingles}); test/taskpane/compute.test.ts checks them against buildPlan.
 */

/** The label the preview uses for the statistical method (the sheet uses its localized text). */
const STAT = "statistical";

/** The plan's named inputs and derived singles (ShipBy*, TargetFactor, ZScore, ExpressShare). */
export type PlanSingles = Vals;

/**
 * Named inputs as buildPlan sets them for `input` (no buyer overrides): the settings over
 * DEFAULT_SETTINGS, dates as Excel serials, and the derived singles
 *   ShipBy<mode> = InboundCutoff − InboundBufferDays − TransitDays<mode>  (core shipByDate)
 *   TargetFactor = (1 + GrowthRate) · (1 + DiscountDepth · DiscountElasticity)
 *   ZScore = Φ⁻¹(ServiceLevel)  (core normalInverse)
 *   ExpressShare = 1 − SeaShare − AirShare  (spreadsheet subtraction)
 */
export function planSingles(input: PlanInput): PlanSingles {
  const st: PlanSettings = { ...DEFAULT_SETTINGS, ...input.settings };
  const S: Vals = {
    InboundCutoff: isoToSerial(st.inboundCutoff),
    PromoStart: isoToSerial(st.promoStart),
    PromoEnd: isoToSerial(st.promoEnd),
    PlanDate: isoToSerial(input.today),
    InboundBufferDays: st.inboundBufferDays,
    TransitDaysSea: st.transitDaysSea,
    TransitDaysAir: st.transitDaysAir,
    TransitDaysExpress: st.transitDaysExpress,
    GrowthRate: st.growthRate,
    DiscountDepth: st.discountDepth,
    DiscountElasticity: st.discountElasticity,
    NewProductShare: st.newProductShare,
    ServiceLevel: st.serviceLevel,
    SafetyStockPct: st.safetyStockPct,
    SafetyStockMethod: st.safetyStockMethod === "statistical" ? STAT : "rule",
    DepositRate: st.depositRate,
    SeaShare: st.seaShare,
    AirShare: st.airShare,
    SeaRatePerCbm: st.seaRatePerCbm,
    AirRatePerKg: st.airRatePerKg,
    ExpressRatePerKg: st.expressRatePerKg,
    AirVolumetricDivisor: st.airVolumetricDivisor,
    ExpressVolumetricDivisor: st.expressVolumetricDivisor,
    DutyRate: st.dutyRate,
    CommissionRate: st.commissionRate,
    FulfilmentFeePerUnit: st.fulfilmentFeePerUnit,
    DefaultReturnRate: st.defaultReturnRate,
    ContingencyRate: st.contingencyRate,
  };
  S.ShipBySea = coreShipBy(S.InboundCutoff, S.TransitDaysSea, S.InboundBufferDays) ?? Number.NaN;
  S.ShipByAir = coreShipBy(S.InboundCutoff, S.TransitDaysAir, S.InboundBufferDays) ?? Number.NaN;
  S.ShipByExpress = coreShipBy(S.InboundCutoff, S.TransitDaysExpress, S.InboundBufferDays) ?? Number.NaN;
  S.TargetFactor = (1 + n(S.GrowthRate)) * (1 + n(S.DiscountDepth) * n(S.DiscountElasticity));
  const sl = n(S.ServiceLevel);
  S.ZScore =
    coreOr(
      () => normalInverse(sl),
      () => Number.NaN,
    ) ?? Number.NaN;
  S.ExpressShare = excelSub(excelSub(1, n(S.SeaShare)), n(S.AirShare));
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
  const cols = skuColumns(STAT);
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
  const col = skuColumns(STAT).find((c) => c.key === key);
  if (!col) throw new Error(`the plan has no SKU column "${key}"`);
  return col;
}

/** A plan date cell (Excel serial) as an ISO date; "" when the plan could not compute it. */
export function planDate(serial: unknown): string {
  return typeof serial === "number" && Number.isFinite(serial) ? serialToIso(serial) : "";
}

/** A plan number cell as a number (NaN when the plan could not compute it). */
export function planNumber(value: unknown): number {
  return typeof value === "number" ? value : Number.NaN;
}
