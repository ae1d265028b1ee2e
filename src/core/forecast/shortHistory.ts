import { normalInverse } from "../normal/normalInverse";
import { countQuantile, lognormalRatio } from "./pooledModel";
import type { NormalisedForecastInput } from "./validateForecastInput";

/**
 * The batch forecast of a SKU with a single observed day (a new listing, or a file that starts
 * the day before the plan): too little for any pattern, but not nothing. The forecast is flat at
 * that day's sales (× the buyer's own promo lift on promo days, when given; nothing is learned
 * about a lift from one day), and the interval says how little one day tells:
 *   a day    negative binomial with the day's mean μ and Var = 2·(μ + φμ²): the level itself is
 *            one draw of the day-to-day noise (Var μ + φμ²) and the future day adds its own;
 *   a total  over W days: Var = W²·(μ + φμ²) + W·(μ + φμ²) (the level error is shared by every day
 *            of the window, the day noise is not), as a lognormal with that mean and variance.
 * φ = SHORT_HISTORY_DISPERSION, the overdispersion of single-SKU daily sales (coefficient of
 * variation 1 at high volume).
 */

/** Overdispersion φ of a single-SKU day (Var = μ + φμ²) assumed when one day is all there is. */
export const SHORT_HISTORY_DISPERSION = 1;

/**
 * Standard deviation of a future day's demand around a level read off one day of `level` units:
 * √(2·(μ + φμ²)) (the level's own draw plus the day's), for a safety stock from one day.
 * @example shortHistoryDaySd(45) // => √4140 ≈ 64.3
 */
export function shortHistoryDaySd(level: number): number {
  return level > 0 ? Math.sqrt(2 * (level + SHORT_HISTORY_DISPERSION * level * level)) : 0;
}

export interface ShortHistoryForecast {
  forecast: number[];
  /** Per day, the negative binomial's median. */
  median: number[];
  lower: number[];
  upper: number[];
  /** The observed day's sales (the flat level before lift and growth). */
  level: number;
  total: { forecast: number; lower: number; upper: number };
  explanation: string;
  explanationZh: string;
}

/**
 * Flat forecast at the one observed day's level with its wide interval (see above). Example: one
 * day of 45 units, horizon 4 → forecast [45, 45, 45, 45], each day's p10–p90 about 0–122.
 */
export function shortHistoryForecast(
  v: NormalisedForecastInput,
  window: { from: number; to: number },
): ShortHistoryForecast {
  const day = v.censored.findIndex((c) => !c);
  const level = day >= 0 ? v.history[day] : 0;
  const g = 1 + v.growth;
  const qLo = (1 - v.level) / 2;
  const qHi = (1 + v.level) / 2;
  const zLo = normalInverse(qLo);
  const zHi = normalInverse(qHi);
  const phi = SHORT_HISTORY_DISPERSION;
  const forecast: number[] = [];
  const median: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 0; h < v.horizon; h++) {
    const p = v.promoFuture[h];
    const m = (v.promoLift !== undefined && p > 0 ? Math.pow(v.promoLift, p) : 1) * g;
    const mu = level * m;
    // NB with Var = 2(μ + φμ²) = μ + φ'μ², φ' = 1/μ + 2φ
    const phiDay = mu > 0 ? 1 / mu + 2 * phi : 0;
    forecast.push(mu);
    median.push(countQuantile(mu, phiDay, 0.5, 0));
    lower.push(Math.min(mu, countQuantile(mu, phiDay, qLo, zLo)));
    upper.push(Math.max(mu, countQuantile(mu, phiDay, qHi, zHi)));
  }
  let tot = 0;
  for (let h = window.from; h < window.to; h++) tot += forecast[h];
  const w = window.to - window.from;
  // relative variance of the total: (1 + 1/W)·(1/μ + φ) with μ the window's mean day
  const mean = w > 0 ? tot / w : 0;
  const relVar = mean > 0 ? (1 + 1 / w) * (1 / mean + phi) : 0;
  const units = Number(level.toPrecision(12));
  return {
    forecast,
    median,
    lower,
    upper,
    level,
    total: {
      forecast: tot,
      lower: Math.min(tot, tot * lognormalRatio(relVar, zLo)),
      upper: Math.max(tot, tot * lognormalRatio(relVar, zHi)),
    },
    explanation:
      `Only one observed day of sales (${units} units): forecast flat at that level, with a wide ` +
      `interval; too short for a weekday pattern or a promo lift — check it against what you know ` +
      `of the product.` +
      (v.promoLift !== undefined ? ` Buyer's promo lift ×${v.promoLift.toFixed(2)} on promo days.` : "") +
      (v.growth !== 0 ? ` Growth ${(v.growth * 100).toFixed(0)} % applied.` : ""),
    explanationZh:
      `只有 1 天的销售记录（${units} 件）：每天都按这一天的销量预测，区间很宽；` +
      `数据太短，看不出星期规律和大促提升，请结合对该商品的了解核对。` +
      (v.promoLift !== undefined ? `促销日按买家设定的提升 ×${v.promoLift.toFixed(2)}。` : "") +
      (v.growth !== 0 ? `已计入增长 ${(v.growth * 100).toFixed(0)}%。` : ""),
  };
}
