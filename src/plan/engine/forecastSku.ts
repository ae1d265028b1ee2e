/**
 * One SKU's forecast from the plan date through the cover period, from its daily series
 * (src/import toDailySeries: observed zeros vs not observed). History ends the day before the
 * plan date or the promo start, whichever is first, so promo-day actuals never feed the forecast
 * they are judged by; the core's `forecastPromo` runs from the day after the last observed day,
 * with promo days flagged (the lift is learned from last year's flagged days and applied once).
 */
import { forecastPromo, InsufficientDataError } from "../../core";
import type { DailySeries } from "../../import";
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
  /** Serial of a series' first day. */
  serialOf: (iso: string) => number;
  isoOf: (serial: number) => string;
}

const sum = (a: readonly number[]) => a.reduce((s, x) => s + x, 0);

export function forecastSku(
  series: DailySeries | undefined,
  w: ForecastWindow,
  price: number,
  lyPrice: (d: number) => number | undefined,
): SkuForecast {
  const days = w.horizonEnd - w.planDate + 1;
  const promo = Array.from(
    { length: days },
    (_, i) => w.planDate + i >= w.promoStart && w.planDate + i <= w.promoEnd,
  );
  const empty = (method: string, ly = { units: 0, revenue: 0 }): SkuForecast => ({
    daily: new Array<number>(days).fill(0),
    promo,
    lift: 1,
    method,
    promoLow: 0,
    promoHigh: 0,
    sdDaily: 0,
    lyUnits: ly.units,
    lyRevenue: ly.revenue,
  });
  if (!series || series.lastObserved === null) return empty("no history");
  const first = w.serialOf(series.startDate);
  // last year's same window (all days of the export, observed or not: what sold then)
  const ly = { units: 0, revenue: 0 };
  for (let d = w.promoStart - LAST_YEAR_SHIFT_DAYS; d <= w.promoEnd - LAST_YEAR_SHIFT_DAYS; d++) {
    const u = series.history[d - first] ?? 0;
    ly.units += u;
    ly.revenue += u * (lyPrice(d) ?? price);
  }
  const histEnd = Math.min(w.serialOf(series.lastObserved), Math.min(w.planDate, w.promoStart) - 1);
  const n = histEnd - first + 1;
  if (n <= 0) return empty("no history", ly);
  const history = series.history.slice(0, n);
  const promoHistory = series.promoHistory.slice(0, n);
  const censored = series.censored.slice(0, n);
  const horizon = w.horizonEnd - histEnd;
  const promoFuture = Array.from({ length: horizon }, (_, h) => {
    const d = histEnd + 1 + h;
    return d >= w.promoStart && d <= w.promoEnd ? 1 : 0;
  });
  let r;
  try {
    r = forecastPromo({
      history,
      promoHistory,
      promoFuture,
      censored,
      startDate: series.startDate,
      level: 0.8,
    });
  } catch (e) {
    if (e instanceof InsufficientDataError) return empty("no history", ly);
    throw e;
  }
  const skip = w.planDate - (histEnd + 1);
  const daily = r.forecast.slice(skip);
  const inPromo = (i: number) => promo[i];
  const recent: number[] = [];
  for (let i = n - 1; i >= 0 && recent.length < SD_WINDOW_DAYS; i--)
    if (promoHistory[i] === 0 && !censored[i]) recent.push(history[i]);
  const mean = recent.length ? sum(recent) / recent.length : 0;
  // sample variance with Bessel's correction (n − 1), non-promo days: the promo-day SD is not the noise
  const variance =
    recent.length > 1 ? recent.reduce((s, x) => s + (x - mean) ** 2, 0) / (recent.length - 1) : 0;
  return {
    daily,
    promo,
    lift: r.promoLift,
    method: r.method,
    promoLow: sum(r.lower.slice(skip).filter((_, i) => inPromo(i))),
    promoHigh: sum(r.upper.slice(skip).filter((_, i) => inPromo(i))),
    sdDaily: Math.sqrt(variance),
    lyUnits: ly.units,
    lyRevenue: ly.revenue,
  };
}
