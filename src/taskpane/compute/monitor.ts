import type { PaneDraft } from "../draft";
import type { ActualDay } from "./actuals";
import { addDays } from "./dates";
import {
  LONG_TERM_STORAGE_DAYS,
  type ForecastResult,
  type LandedCost,
  MODES,
  type Mode,
  type PurchaseResult,
} from "./plan";
import { excelSerialToIso } from "../../core";
import type { PlanFigures } from "../../plan/engine";
import { actualsToDate, type IgnoredActuals } from "../../plan/sheets/monitorActuals";

/**
 * Step 6's monitor: actuals against the plan's daily forecast, what to do about the batches not
 * yet shipped, and the stock-out / long-term-storage warnings. Reads the plan preview
 * (compute/plan.ts) and never changes it.
 */

export interface MonitorOptions {
  /**
   * ISO date the buyer monitors on (the pane's plan date). Actuals dated after it are left out,
   * and a batch whose ship-by date is not after it (nor after the latest actual) cannot be resized.
   */
  today: string;
  /** Monitor one SKU (lines without a SKU are its sales); undefined = all SKUs. */
  sku?: string;
  /** Plan demand per promo day of `sku`; the engine's figures when absent. */
  skuDaily?: readonly number[];
}

/** An actual far from its day's forecast: shown so a typo (13000 for 1300) is caught. */
export interface Outlier {
  date: string;
  actual: number;
  forecast: number;
  /** actual / forecast. */
  times: number;
}

/** A day's actual is flagged when it is more than this many times its forecast. */
export const OUTLIER_TIMES = 5;

export interface MonitorResult {
  days: { date: string; forecast: number; actual: number | null }[];
  /** Σ actual / Σ forecast over the days observed so far; null before the first actual. */
  ratio: number | null;
  /** Batches still ahead of their ship-by date, resized by the pace; empty before any actual. */
  resized: { mode: Mode; planned: number; suggested: number; shipBy: string }[];
  /** Batches whose ship-by date has passed: too late to resize, top up instead. */
  shipped: { mode: Mode; planned: number; shipBy: string }[];
  outliers: Outlier[];
  /** Lines naming a SKU the plan does not have (their units are not counted). */
  unknownSkus: string[];
  /** Lines dated after the plan date (not counted: an actual is a sale that has happened). */
  ignored: IgnoredActuals | null;
  stockOutRisk: boolean;
  longTermStorageRisk: boolean;
  /** Days the leftover stock would last at the baseline rate after the promo. */
  leftoverDays: number;
}

/**
 * Actual vs forecast over the promo window, for all SKUs or the selected one (the forecast per
 * day is the plan monitor sheet's Forecast column: base daily forecast × TargetFactor), the
 * suggested size of the batches whose ship-by date is after both the plan date and the latest
 * actual (planned × actual/forecast; none before the first actual, since "1,645 → 1,645" advises
 * nothing; a batch that left before the sales it would be judged by cannot change), the
 * batches already gone, days whose actual is over 5× the forecast (likely typos), and the two
 * warnings: stock-out when scaled demand exceeds stock, long-term storage when the leftover lasts
 * more than 180 days at the baseline rate.
 */
export function monitor(
  draft: PaneDraft,
  fc: ForecastResult,
  pur: PurchaseResult,
  _lc: LandedCost,
  actuals: readonly ActualDay[],
  options: MonitorOptions,
): MonitorResult {
  const fig = pur.plan;
  const scope = options.sku;
  const planDate = options.today;
  const split = actualsToDate(actuals, planDate);
  actuals = split.used;
  const inPlan = new Set(fc.skus.map((s) => s.sku));
  const unknownSkus = [
    ...new Set(actuals.filter((a) => a.sku !== undefined && !inPlan.has(a.sku)).map((a) => a.sku!)),
  ];
  const byDate = new Map<string, number>();
  for (const a of actuals) {
    if (a.sku !== undefined && (!inPlan.has(a.sku) || (scope !== undefined && a.sku !== scope))) continue;
    byDate.set(a.date, (byDate.get(a.date) ?? 0) + a.units);
  }
  const plans = (fig?.skus ?? []).filter((p) => scope === undefined || p.facts.sku === scope);
  const days = Array.from({ length: fc.promoDays }, (_, i) => {
    const date = addDays(draft.promo.promoStart, i);
    const forecast =
      scope === undefined ? (fc.dailyForecast[i] ?? 0) : (options.skuDaily?.[i] ?? skuDaily(fig, scope, i));
    return { date, forecast, actual: byDate.get(date) ?? null };
  });
  const seen = days.filter((d) => d.actual !== null);
  const fSeen = seen.reduce((s, d) => s + d.forecast, 0);
  const ratio = seen.length > 0 && fSeen > 0 ? seen.reduce((s, d) => s + (d.actual ?? 0), 0) / fSeen : null;
  const outliers = seen
    .filter((d) => d.forecast > 0 && (d.actual ?? 0) > OUTLIER_TIMES * d.forecast)
    .map((d) => ({
      date: d.date,
      actual: d.actual ?? 0,
      forecast: d.forecast,
      times: (d.actual ?? 0) / d.forecast,
    }));
  const r = ratio ?? 1;
  // a batch can still change only when it leaves after the plan date and after the latest actual
  const latest = seen.reduce((m, d) => (d.date > m ? d.date : m), planDate);
  // per mode, the batches (of the SKUs in scope) still ahead of their ship date and those gone
  const ahead = new Map<Mode, { planned: number; shipBy: string }>();
  const gone = new Map<Mode, { planned: number; shipBy: string }>();
  for (const p of plans)
    for (const b of p.batches) {
      if (!(b.units > 0) || b.shipDate === null) continue;
      const shipBy = excelSerialToIso(b.shipDate);
      const into = shipBy > latest ? ahead : gone;
      const cur = into.get(b.mode);
      // the earliest ship date of the mode: the first batch that must leave
      into.set(b.mode, {
        planned: (cur?.planned ?? 0) + b.units,
        shipBy: cur && cur.shipBy < shipBy ? cur.shipBy : shipBy,
      });
    }
  const resized =
    ratio === null
      ? []
      : MODES.filter((m) => ahead.has(m)).map((mode) => {
          const b = ahead.get(mode)!;
          return { mode, ...b, suggested: Math.max(0, Math.round(b.planned * r)) };
        });
  const shipped = MODES.filter((m) => gone.has(m)).map((mode) => ({ mode, ...gone.get(mode)! }));
  const stock = plans.reduce((s, p) => s + p.orderQty + p.facts.onHand + p.facts.onOrder, 0);
  // the plan covers the horizon (plan date → cover period); that demand follows the actuals' pace.
  // Sales lost before the first feasible arrival (the plan's units short, already warned about)
  // cannot be met by this order, so they do not count against the stock ordered
  const demand = plans.reduce((s, p) => s + p.horizonDemand - p.unitsShort, 0) * r;
  const skus = scope === undefined ? fc.skus : fc.skus.filter((f) => f.sku === scope);
  const baseline = skus.reduce((s, f) => s + f.baselineDaily, 0);
  const leftover = Math.max(0, stock - demand);
  const leftoverDays = baseline > 0 ? leftover / baseline : leftover > 0 ? Number.POSITIVE_INFINITY : 0;
  const aged = fig?.settings.agedFeeDays ?? LONG_TERM_STORAGE_DAYS;
  return {
    days,
    ratio,
    resized,
    shipped,
    outliers,
    unknownSkus,
    ignored: split.ignored,
    stockOutRisk: demand > stock,
    longTermStorageRisk: leftoverDays > aged,
    leftoverDays,
  };
}

/** Plan demand of one SKU on promo day `i` (the engine's daily demand). */
function skuDaily(fig: PlanFigures | null, sku: string, i: number): number {
  const p = fig?.skus.find((x) => x.facts.sku === sku);
  if (!fig || !p) return 0;
  return p.monitorDemand[i] ?? 0;
}
