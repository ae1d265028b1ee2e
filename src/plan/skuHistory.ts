import { addDays, forecastPromo, InsufficientDataError, isoToExcelSerial, excelSerialToIso } from "../core";
import type { SalesRow, SkuRow } from "./input";

/** What the plan needs from one SKU's sales history. */
export interface SkuHistory {
  sku: string;
  /** Units sold in last year's same window (promo window shifted 364 days: same weekdays). */
  lyUnits: number;
  /** Revenue in that window: units × the row's price, or the SKU's selling price. */
  lyRevenue: number;
  /** Base forecast per promo day (before the target factor), promoStart…promoEnd. */
  dailyForecast: number[];
  forecastSum: number;
  lowerSum: number;
  upperSum: number;
  method: string;
  /** Mean base demand per promo day: forecastSum / promo days. */
  dailyMean: number;
  /**
   * SD of daily demand on promo days: sample SD (n − 1) of the last 56 non-promo days × the
   * promo lift (a promo scales the level, and with it the noise).
   */
  dailySd: number;
}

/** The last-year window is shifted 52 weeks so weekdays line up (Prime Day 2025 Tue ↔ 2024 Tue). */
export const LAST_YEAR_SHIFT_DAYS = 364;
/** How many recent non-promo days estimate the day-to-day noise. */
export const SD_WINDOW_DAYS = 56;

/**
 * Per-SKU history and forecast. History runs from the first sales date to the day before
 * min(today, promo start), so actuals during the promo never feed the forecast they are judged by.
 * The forecast comes from the core's `forecastPromo` (promo days flagged); a SKU with too little
 * history gets a zero forecast and the method "no history".
 */
export function skuHistory(
  sku: SkuRow,
  sales: readonly SalesRow[],
  promoStart: string,
  promoEnd: string,
  today: string,
): SkuHistory {
  const start = isoToExcelSerial(promoStart);
  const end = isoToExcelSerial(promoEnd);
  const histEnd = Math.min(isoToExcelSerial(today), start) - 1;
  const lyFrom = start - LAST_YEAR_SHIFT_DAYS;
  const lyTo = end - LAST_YEAR_SHIFT_DAYS;
  const units = new Map<number, number>();
  const promo = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  let lyUnits = 0;
  let lyRevenue = 0;
  for (const r of sales) {
    if (r.sku !== sku.sku) continue;
    const d = isoToExcelSerial(r.date);
    if (d >= lyFrom && d <= lyTo) {
      lyUnits += r.units;
      lyRevenue += r.units * (r.price ?? sku.sellingPrice ?? 0);
    }
    if (d > histEnd) continue;
    units.set(d, (units.get(d) ?? 0) + r.units);
    if (r.promo) promo.add(d);
    first = Math.min(first, d);
  }
  const promoDays = end - start + 1;
  const zero = (method: string): SkuHistory => ({
    sku: sku.sku,
    lyUnits,
    lyRevenue,
    dailyForecast: new Array<number>(promoDays).fill(0),
    forecastSum: 0,
    lowerSum: 0,
    upperSum: 0,
    method,
    dailyMean: 0,
    dailySd: 0,
  });
  if (!Number.isFinite(first)) return zero("no history");
  const history: number[] = [];
  const promoHistory: number[] = [];
  for (let d = first; d <= histEnd; d++) {
    history.push(units.get(d) ?? 0);
    promoHistory.push(promo.has(d) ? 1 : 0);
  }
  // forecast from the day after the history to the promo end; promo days flagged 1
  const horizon = end - histEnd;
  const promoFuture = Array.from({ length: horizon }, (_, h) => (histEnd + 1 + h >= start ? 1 : 0));
  let result;
  try {
    result = forecastPromo({
      history,
      promoHistory,
      promoFuture,
      startDate: excelSerialToIso(first),
      level: 0.8,
    });
  } catch (e) {
    if (e instanceof InsufficientDataError) return zero("no history");
    throw e;
  }
  const skip = horizon - promoDays;
  const dailyForecast = result.forecast.slice(skip);
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  const forecastSum = sum(dailyForecast);
  const recent: number[] = [];
  for (let i = history.length - 1; i >= 0 && recent.length < SD_WINDOW_DAYS; i--) {
    if (promoHistory[i] === 0) recent.push(history[i]);
  }
  const mean = recent.length ? sum(recent) / recent.length : 0;
  // sample variance with Bessel's correction (n − 1)
  const variance =
    recent.length > 1 ? recent.reduce((s, x) => s + (x - mean) ** 2, 0) / (recent.length - 1) : 0;
  return {
    sku: sku.sku,
    lyUnits,
    lyRevenue,
    dailyForecast,
    forecastSum,
    lowerSum: sum(result.lower.slice(skip)),
    upperSum: sum(result.upper.slice(skip)),
    method: result.method,
    dailyMean: forecastSum / promoDays,
    dailySd: Math.sqrt(variance) * result.promoLift,
  };
}

/** Shifts an ISO date by the last-year offset (exported for tests and the pane). */
export function lastYear(iso: string): string {
  return addDays(iso, -LAST_YEAR_SHIFT_DAYS);
}
