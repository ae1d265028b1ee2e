import { calendarSeries, fitCalendarModel } from "./calendarModel";
import { estimatePromoLift } from "./estimatePromoLift";
import type { ForecastInput, ForecastResult } from "./types";
import { validateForecastInput } from "./validateForecastInput";

/**
 * Promo-aware demand forecast (first cut: seasonal mean × promo lift; methods follow).
 * @throws InputError / OutOfRangeError / InsufficientDataError, see validateForecastInput
 * @example forecastPromo({ history: [2, 2, 2], horizon: 2 }).forecast // => [2, 2]
 */
export function forecastPromo(input: ForecastInput): ForecastResult {
  const v = validateForecastInput(input);
  if (v.startDay !== undefined) {
    const S = calendarSeries(
      v.history,
      v.censored,
      v.promoHistory,
      v.promoFuture,
      v.startDay,
      v.seasonLength ?? 7,
    );
    const fit = fitCalendarModel(S, v.level);
    if (fit) {
      const g = 1 + v.growth;
      return {
        forecast: fit.forecast.map((f) => f * g),
        lower: fit.lower.map((f) => f * g),
        upper: fit.upper.map((f) => f * g),
        method: `Calendar(hl=${fit.halfLife},yw=${fit.yearlyWeight})`,
        promoLift: fit.promoLift,
        seasonLength: v.seasonLength ?? 7,
      };
    }
  }
  const s = v.seasonLength ?? 1;
  const n = v.history.length;
  const lift =
    v.promoLift ?? (v.hasPromoHistory ? estimatePromoLift(v.history, v.promoHistory, v.censored, s).lift : 1);
  const sums = new Float64Array(s);
  const counts = new Float64Array(s);
  let all = 0;
  for (let i = 0; i < n; i++) {
    if (v.censored[i]) continue;
    const y = v.promoHistory[i] > 0 ? v.history[i] / lift : v.history[i];
    sums[i % s] += y;
    counts[i % s]++;
    all += y;
  }
  const mean = all / v.observed;
  const forecast: number[] = [];
  for (let h = 0; h < v.horizon; h++) {
    const pos = (n + h) % s;
    const base = counts[pos] > 0 ? sums[pos] / counts[pos] : mean;
    forecast.push(base * (v.promoFuture[h] > 0 ? lift : 1) * (1 + v.growth));
  }
  return {
    forecast,
    lower: forecast.map((f) => f * 0.5),
    upper: forecast.map((f) => f * 1.5),
    method: "SeasonalMean",
    promoLift: lift,
    seasonLength: s,
  };
}
