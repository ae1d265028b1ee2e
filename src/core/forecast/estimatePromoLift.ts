import { InputError } from "../errors";
import type { PromoLiftEstimate } from "./types";

/**
 * Prior strength of the shrinkage toward "no lift", in promo periods: with k observed promo
 * periods the log-lift keeps the weight k / (k + PROMO_LIFT_PRIOR_PERIODS). Five periods is one
 * working week of a typical promo: a single promo day moves the estimate only by a sixth.
 */
export const PROMO_LIFT_PRIOR_PERIODS = 5;

/**
 * Estimates the promo lift: how much more sells on promo periods than on comparable non-promo
 * periods, as a multiplier, shrunk toward 1 when there are few promo periods.
 *
 * Definition: with seasonLength s, each observed promo period t is compared with the mean of the
 * observed non-promo periods at the same season position (t mod s):
 *   raw = Σ_promo y_t / Σ_promo baseline(t mod s)
 *   lift = exp( k/(k+k₀) · ln raw )     (k promo periods, k₀ = PROMO_LIFT_PRIOR_PERIODS)
 * — a ratio estimator (Cochran, Sampling Techniques, ch. 6) with empirical-Bayes-style shrinkage
 * of the log-ratio toward 0 (James–Stein idea; Efron & Morris 1975).
 * A promo period is one with promoHistory > 0; censored periods are skipped.
 * When a promo period's season position has no observed non-promo period (a promo that always
 * runs on the same weekday, the usual "promo Friday"), it is compared with the mean of all
 * observed non-promo periods instead: weekday and promo are then confounded, and attributing the
 * whole difference to the promo is what a buyer expects; returning "no lift" would forecast the
 * next promo day like an ordinary day.
 *
 * @param history demand per period (non-negative)
 * @param promoHistory promo flag or intensity per period, same length
 * @param censored optional: true where demand was not observed
 * @param seasonLength optional: compare within season positions (e.g. 7 for weekdays); default 1
 * @throws InputError when the arrays are empty, differ in length or hold a negative/non-finite value
 * @example estimatePromoLift([10, 20, 10, 20], [0, 1, 0, 1]).lift // => 2^(2/7) ≈ 1.219
 */
export function estimatePromoLift(
  history: number[],
  promoHistory: number[],
  censored?: boolean[],
  seasonLength = 1,
): PromoLiftEstimate {
  if (!Array.isArray(history) || history.length === 0) {
    throw new InputError("history", "must be a non-empty array of numbers");
  }
  const n = history.length;
  if (!Array.isArray(promoHistory) || promoHistory.length !== n) {
    throw new InputError("promoHistory", `must have one entry per history period (${n})`);
  }
  if (censored !== undefined && censored !== null && (!Array.isArray(censored) || censored.length !== n)) {
    throw new InputError("censored", `must have one entry per history period (${n})`);
  }
  if (!Number.isInteger(seasonLength) || seasonLength < 1) {
    throw new InputError("seasonLength", "must be a positive whole number");
  }
  for (let i = 0; i < n; i++) {
    const c = censored ? censored[i] === true : false;
    const p = promoHistory[i];
    if (typeof p !== "number" || !Number.isFinite(p) || p < 0) {
      throw new InputError(`promoHistory[${i}]`, "must be a finite number ≥ 0");
    }
    if (c) continue;
    const v = history[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InputError(`history[${i}]`, "must be a finite number ≥ 0");
    }
  }

  const baseSum = new Float64Array(seasonLength);
  const baseCount = new Float64Array(seasonLength);
  let baselinePeriods = 0;
  for (let i = 0; i < n; i++) {
    if ((censored && censored[i]) || promoHistory[i] > 0) continue;
    baseSum[i % seasonLength] += history[i];
    baseCount[i % seasonLength]++;
    baselinePeriods++;
  }
  let pooledSum = 0;
  for (let pos = 0; pos < seasonLength; pos++) pooledSum += baseSum[pos];
  const pooledMean = baselinePeriods > 0 ? pooledSum / baselinePeriods : 0;
  let promoSum = 0;
  let expectedSum = 0;
  let promoPeriods = 0;
  for (let i = 0; i < n; i++) {
    if ((censored && censored[i]) || !(promoHistory[i] > 0)) continue;
    if (baselinePeriods === 0) continue; // no non-promo period at all: cannot say anything
    const pos = i % seasonLength;
    promoSum += history[i];
    // same season position when it has a non-promo period, else all non-promo periods (see above)
    expectedSum += baseCount[pos] > 0 ? baseSum[pos] / baseCount[pos] : pooledMean;
    promoPeriods++;
  }
  if (promoPeriods === 0 || expectedSum <= 0 || promoSum <= 0) {
    return { lift: 1, promoPeriods, baselinePeriods, shrunk: promoPeriods > 0 };
  }
  const raw = promoSum / expectedSum;
  // a ratio that underflows to 0 or overflows carries no usable information
  if (!(raw > 0 && Number.isFinite(raw))) return { lift: 1, promoPeriods, baselinePeriods, shrunk: true };
  const weight = promoPeriods / (promoPeriods + PROMO_LIFT_PRIOR_PERIODS);
  return { lift: Math.exp(weight * Math.log(raw)), promoPeriods, baselinePeriods, shrunk: true };
}
