/**
 * Actuals for the monitor (DESIGN.md "Planning rules", README "How the plan decides"):
 * - an actual dated after the plan date is not an actual (a file of next year's promo, a typo'd
 *   year): it is left out and counted, so the plan warns how many rows and from which date;
 * - the monitor's days are the promo window, and the days after it up to the plan date (at most
 *   through the cover period) when the plan is made after the promo and there are actuals;
 * - per SKU, the actual to date and the forecast (with growth) / plan demand (target) over the
 *   days that SKU has an actual: a day without data is not a day of 0 sales. A SKU with no
 *   actual at all is compared (should the buyer type its total) with the days up to the plan date.
 * A typed "Actual to date" in the SKU table wins over the imported sum (skuSheet).
 */
import type { PlanFigures } from "../engine";
import { isoToExcelSerial as isoToSerial, excelSerialToIso as serialToIso } from "../../core";
import type { SalesRow } from "../input";
import type { RowContext } from "./skuColumnTypes";
import { splitDaySkuId } from "../overrides";
import type { CellValue } from "../types";
import { MONITOR_SKU_ACTUAL_COLUMN } from "./monitorSkuSheet";

/** Actuals rows left out because they are dated after the plan date. */
export interface IgnoredActuals {
  rows: number;
  /** Earliest ISO date among them. */
  firstDate: string;
}

export interface MonitorActuals {
  rows: Omit<RowContext, "t">[];
  /** Serial of the monitor's first day (the promo start) and its number of days. */
  firstDay: number;
  days: number;
  /** All SKUs, per monitor day (0 = promo start). */
  dailyForecast: number[];
  dailyDemand: number[];
  actualByDay: Map<number, number>;
  /** Per SKU (the SKU table's order), per monitor day. */
  skuDaily: { sku: string; forecast: number[]; demand: number[]; actual: Map<number, number> }[];
  /** Null when no actual is dated after the plan date. */
  ignored: IgnoredActuals | null;
}

/**
 * Splits actuals at the plan date: those on or before it count, later ones are left out.
 * Rows whose date is not a calendar date are left to the importer's checks (they count as used
 * here and fall outside every monitor day).
 * @example actualsToDate([{ date: "2027-11-26", sku: "A", units: 3 }], "2026-12-01").ignored
 * // => { rows: 1, firstDate: "2027-11-26" }
 */
export function actualsToDate<T extends { date: string }>(
  actuals: readonly T[],
  planDate: string,
): { used: T[]; ignored: IgnoredActuals | null } {
  const used: T[] = [];
  let rows = 0;
  let firstDate = "";
  for (const a of actuals) {
    // ISO dates compare as text
    if (a.date > planDate) {
      rows++;
      if (firstDate === "" || a.date < firstDate) firstDate = a.date;
    } else used.push(a);
  }
  return { used, ignored: rows > 0 ? { rows, firstDate } : null };
}

/**
 * @param typedDates ISO dates the buyer typed a monitor actual on (they extend the window past
 *   the promo like an imported actual does)
 * @param typedSku the per-SKU daily actuals the buyer typed (`PlanOverrides.daySkus`): on or
 *   before the plan date they replace the imported day of that SKU (an emptied one removes it)
 */
export function monitorActuals(
  fig: PlanFigures,
  actuals: readonly SalesRow[],
  typedDates: readonly string[] = [],
  typedSku: Readonly<Record<string, Readonly<Record<string, CellValue>>>> = {},
): MonitorActuals {
  const { used, ignored } = actualsToDate(actuals, serialToIso(fig.planDate));
  const serialOf = (iso: string): number | null => {
    try {
      return isoToSerial(iso);
    } catch {
      return null;
    }
  };
  // the window: the promo, and the days after it up to the plan date once there are actuals
  const promoDays = fig.promoEnd - fig.promoStart + 1;
  const afterPromo = [...used.map((a) => a.date), ...typedDates].some((iso) => {
    const d = serialOf(iso);
    return d !== null && d > fig.promoEnd && d <= fig.planDate;
  });
  // (at most through the cover period: a plan date months later must not make a row per day)
  const lastDay = Math.min(fig.planDate, fig.promoEnd + fig.settings.coverDaysAfterPromo);
  const days = afterPromo ? lastDay - fig.promoStart + 1 : promoDays;
  const actualByDay = new Map<number, number>();
  const bySku = new Map<string, Map<number, number>>();
  for (const a of used) {
    const s = serialOf(a.date);
    if (s === null) continue;
    const d = s - fig.promoStart;
    if (d < 0 || d >= days) continue;
    actualByDay.set(d, (actualByDay.get(d) ?? 0) + a.units);
    let m = bySku.get(a.sku);
    if (!m) bySku.set(a.sku, (m = new Map()));
    m.set(d, (m.get(d) ?? 0) + a.units);
  }
  for (const id of Object.keys(typedSku)) {
    const row = typedSku[id];
    if (!Object.prototype.hasOwnProperty.call(row, MONITOR_SKU_ACTUAL_COLUMN)) continue;
    const { date, sku } = splitDaySkuId(id);
    const s = serialOf(date);
    if (s === null || s > fig.planDate || s < fig.promoStart || s - fig.promoStart >= days) continue;
    const v = row[MONITOR_SKU_ACTUAL_COLUMN];
    let m = bySku.get(sku);
    if (!m) bySku.set(sku, (m = new Map()));
    if (typeof v === "number" && Number.isFinite(v)) m.set(s - fig.promoStart, v);
    else m.delete(s - fig.promoStart);
  }
  const growth = 1 + fig.settings.growthRate;
  const skuDaily = fig.skus.map((p) => ({
    sku: p.facts.sku,
    forecast: Array.from({ length: days }, (_, d) => (p.forecast.fromPromoStart[d] ?? 0) * growth),
    demand: Array.from({ length: days }, (_, d) => p.monitorDemand[d] ?? 0),
    actual: bySku.get(p.facts.sku) ?? new Map<number, number>(),
  }));
  const total = (pick: (s: (typeof skuDaily)[number]) => number[]) =>
    Array.from({ length: days }, (_, d) => skuDaily.reduce((a, s) => a + pick(s)[d], 0));
  const totalRev = fig.skus.reduce((a, p) => a + p.forecast.lyRevenue, 0);
  // days up to the plan date: what a typed "to date" total is compared with
  const toPlanDate = Math.min(days, fig.planDate - fig.promoStart + 1);
  let cum = 0;
  const rows = fig.skus.map((p, i) => {
    cum += p.forecast.lyRevenue;
    const s = skuDaily[i];
    const observed = [...s.actual.keys()];
    const over =
      observed.length > 0 ? observed : Array.from({ length: Math.max(0, toPlanDate) }, (_, d) => d);
    const f = over.reduce((a, d) => a + s.forecast[d], 0);
    const tg = over.reduce((a, d) => a + s.demand[d], 0);
    return {
      p,
      fig,
      top: fig.top[i],
      cumShare: totalRev > 0 ? cum / totalRev : 0,
      // a SKU without any imported actual has no pace yet: blank, not 0 (which would resize to 0)
      actual: observed.length > 0 ? observed.reduce((a, d) => a + s.actual.get(d)!, 0) : null,
      actualsThrough: observed.length > 0 ? fig.promoStart + Math.max(...observed) : null,
      forecastToDate: f,
      targetToDate: tg,
    };
  });
  return {
    rows,
    firstDay: fig.promoStart,
    days,
    dailyForecast: total((s) => s.forecast),
    dailyDemand: total((s) => s.demand),
    actualByDay,
    skuDaily,
    ignored,
  };
}
