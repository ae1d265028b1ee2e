/**
 * The SKUs' forecasts from the plan date through the cover period, from their daily series
 * (src/import toDailySeries: observed zeros vs not observed), made in one batch by the core's
 * `forecastBatch` (strength shared across SKUs; the promo window's total gets its own p10/p90).
 * History ends the day before the plan date or the promo start, whichever is first, so promo-day
 * actuals never feed the forecast they are judged by; the forecast runs from the day after the
 * last observed day, with promo days flagged (the lift is learned from last year's flagged days
 * and applied once).
 */
import {
  forecastBatch,
  reasonText,
  shortHistoryDaySd,
  type BatchSeriesInput,
  type InputError,
} from "../../core";
import type { CompactDailySeries } from "../../import";
import type { SkuForecast } from "./types";

/** Last year's window is shifted 52 weeks so weekdays line up (Prime Day 2025 Tue ↔ 2024 Tue). */
export const LAST_YEAR_SHIFT_DAYS = 364;
/** How many recent observed non-promo days estimate the day-to-day noise. */
export const SD_WINDOW_DAYS = 56;

export interface ForecastWindow {
  /** Serial days. */
  planDate: number;
  promoStart: number;
  promoEnd: number;
  horizonEnd: number;
  serialOf: (iso: string) => number;
}

export interface SkuSeries {
  series: CompactDailySeries | undefined;
  /** Regular selling price, for last year's revenue where a row has no price. */
  price: number;
  /** The row's price on a serial day, if the export had one. */
  lyPrice: (day: number) => number | undefined;
  /** The SKU master's group (its channel): SKUs of one group pool with each other first. */
  category?: string;
}

/** What one SKU's forecast needs besides the batch result. */
interface Prepared {
  input: BatchSeriesInput | null;
  /** Forecast periods before the plan date (history ends before it). */
  skip: number;
  /** Forecast periods before the promo start (the monitor's series starts there). */
  skipToPromo: number;
  sdDaily: number;
  ly: { units: number; revenue: number };
}

function prepare(x: SkuSeries, w: ForecastWindow, id: string): Prepared {
  const ly = { units: 0, revenue: 0 };
  const none = { input: null, skip: 0, skipToPromo: 0, sdDaily: 0, ly };
  const s = x.series;
  if (!s || s.lastObserved === null) return none;
  const first = w.serialOf(s.startDate);
  // last year's same window (what sold then, observed or not)
  for (let d = w.promoStart - LAST_YEAR_SHIFT_DAYS; d <= w.promoEnd - LAST_YEAR_SHIFT_DAYS; d++) {
    const u = s.history[d - first] ?? 0;
    ly.units += u;
    ly.revenue += u * (x.lyPrice(d) ?? x.price);
  }
  const histEnd = Math.min(w.serialOf(s.lastObserved), Math.min(w.planDate, w.promoStart) - 1);
  const n = histEnd - first + 1;
  if (n <= 0) return none;
  // the series as it is when it ends by the history's end (the usual case: the importer cut it
  // there), else a view of its first n days; the core never writes to its input
  const history = n >= s.history.length ? s.history : s.history.subarray(0, n);
  const promoHistory = n >= s.promoHistory.length ? s.promoHistory : s.promoHistory.subarray(0, n);
  const censored = n >= s.censored.length ? s.censored : s.censored.subarray(0, n);
  const horizon = w.horizonEnd - histEnd;
  const promoFuture = Array.from({ length: horizon }, (_, h) => {
    const d = histEnd + 1 + h;
    return d >= w.promoStart && d <= w.promoEnd ? 1 : 0;
  });
  // the last SD_WINDOW_DAYS observed non-promo days, latest first (plain loops: this runs per SKU)
  const recent = new Float64Array(SD_WINDOW_DAYS);
  let m = 0;
  for (let i = n - 1; i >= 0 && m < SD_WINDOW_DAYS; i--)
    if (promoHistory[i] === 0 && !censored[i]) recent[m++] = history[i];
  let total = 0;
  for (let k = 0; k < m; k++) total += recent[k];
  const mean = m ? total / m : 0;
  // sample variance (n − 1) of normal days: the promo-day SD is not the everyday noise
  let squares = 0;
  for (let k = 0; k < m; k++) squares += (recent[k] - mean) ** 2;
  const variance = m > 1 ? squares / (m - 1) : 0;
  return {
    input: {
      id,
      history,
      promoHistory,
      promoFuture,
      censored,
      startDate: s.startDate,
      ...(x.category ? { category: x.category } : {}),
      // the promo window's total gets its own interval
      window: { from: w.promoStart - histEnd - 1, to: w.promoEnd - histEnd },
    },
    skip: w.planDate - (histEnd + 1),
    skipToPromo: w.promoStart - (histEnd + 1),
    sdDaily: Math.sqrt(variance),
    ly,
  };
}

/** No sales at all for the SKU. */
const NO_HISTORY = { en: "No sales history for this SKU", zh: "该 SKU 没有销售历史" };

/** Why the core made no forecast, as the buyer reads it: "No forecast — history: needs …". */
function failureText(error: InputError): { en: string; zh: string } {
  const zh = error.coded ? reasonText(error.coded, "zh-CN") : error.reason;
  return { en: `No forecast — ${error.message}`, zh: `无预测 — ${error.argument}：${zh}` };
}

/**
 * Every SKU's forecast, in input order. A SKU without sales gets zeros and the method "no
 * history"; one the core refuses (too little observed history …) gets zeros, the method "no
 * forecast" and the core's reason in its method text.
 */
export function forecastSkus(skus: readonly SkuSeries[], w: ForecastWindow): SkuForecast[] {
  const days = w.horizonEnd - w.planDate + 1;
  const promo = Array.from(
    { length: days },
    (_, i) => w.planDate + i >= w.promoStart && w.planDate + i <= w.promoEnd,
  );
  const fromPromo = w.horizonEnd - w.promoStart + 1;
  const prepared = skus.map((x, i) => prepare(x, w, String(i)));
  const inputs = prepared.flatMap((p) => (p.input ? [p.input] : []));
  const results = new Map(forecastBatch(inputs, { level: 0.8, groupKind: "channel" }).map((r) => [r.id, r]));
  return prepared.map((p) => {
    const r = p.input ? results.get(p.input.id) : undefined;
    if (!r || !r.ok)
      return {
        daily: new Array<number>(days).fill(0),
        promo,
        fromPromoStart: new Array<number>(fromPromo).fill(0),
        lift: 1,
        method: r ? "no forecast" : "no history",
        methodText: r ? failureText(r.error) : NO_HISTORY,
        promoLow: 0,
        promoHigh: 0,
        sdDaily: 0,
        lyUnits: p.ly.units,
        lyRevenue: p.ly.revenue,
      };
    return {
      daily: r.forecast.slice(p.skip),
      promo,
      // history ends before the promo starts, so the batch forecast always covers its first day
      fromPromoStart: r.forecast.slice(p.skipToPromo),
      lift: r.promoLift,
      method: r.method,
      methodText: { en: r.explanation ?? r.method, zh: r.explanationZh ?? r.method },
      promoLow: r.total.lower,
      promoHigh: r.total.upper,
      // one day has no sample SD: the short-history forecast's own spread of a day (wide)
      sdDaily: r.observedDays === 1 ? shortHistoryDaySd(r.forecast[0] ?? 0) : p.sdDaily,
      observedDays: r.observedDays,
      lyUnits: p.ly.units,
      lyRevenue: p.ly.revenue,
    };
  });
}
