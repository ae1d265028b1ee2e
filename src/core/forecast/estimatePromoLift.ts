import { InputError } from "../errors";
import { reason } from "../reasons";
import type { PromoLiftEstimate } from "./types";

/**
 * Prior spread of a log promo lift: sd 0.5 (a lift between ×0.6 and ×1.65 is unremarkable). The
 * estimate keeps the weight τ² / (τ² + v) on its own log-ratio, v being its sampling variance, so
 * a lift measured on clean data is kept whole and a noisy one is pulled toward 1.
 */
export const PROMO_LIFT_PRIOR_SD = 0.5;
/**
 * Prior guess of a period's relative noise (coefficient of variation² 0.25, i.e. ±50 %), worth
 * one period: it keeps a lift seen on two or three identical-looking periods from counting as
 * noise-free, and fades as periods accumulate.
 */
export const PROMO_NOISE_PRIOR_CV2 = 0.25;
export const PROMO_NOISE_PRIOR_PERIODS = 1;

/**
 * Estimates the promo lift: how much more sells on promo periods than on comparable non-promo
 * periods, as a multiplier, shrunk toward 1 when there are few promo periods.
 *
 * Definition: with seasonLength s, each observed promo period t is compared with the mean of the
 * observed non-promo periods at the same season position (t mod s):
 *   raw = Σ_promo y_t / Σ_promo baseline(t mod s)
 *   cv² = (ν₀·cv₀² + Σ relative squared residuals) / (ν₀ + degrees of freedom)
 *         residuals of non-promo periods around their position's mean and of promo periods
 *         around raw × baseline, each divided by its expected value (ν₀, cv₀²: PROMO_NOISE_PRIOR_*)
 *   v = cv² / k                          (sampling variance of ln raw, k promo periods)
 *   lift = exp( τ²/(τ² + v) · ln raw )   (τ = PROMO_LIFT_PRIOR_SD)
 * — a ratio estimator (Cochran, Sampling Techniques, ch. 6) with empirical-Bayes shrinkage of the
 * log-ratio toward 0 (normal–normal model; Efron & Morris 1975): the shrinkage vanishes as the
 * data gets cleaner or the promo periods more numerous.
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
 * @example estimatePromoLift([10, 20, 10, 20], [0, 1, 0, 1]).lift // => 2^(6/7) ≈ 1.811
 */
export function estimatePromoLift(
  history: number[],
  promoHistory: number[],
  censored?: boolean[],
  seasonLength = 1,
): PromoLiftEstimate {
  if (!Array.isArray(history) || history.length === 0) {
    throw new InputError("history", reason("nonEmptyNumbers"));
  }
  const n = history.length;
  if (!Array.isArray(promoHistory) || promoHistory.length !== n) {
    throw new InputError("promoHistory", reason("onePerPeriod", { count: n }));
  }
  if (censored !== undefined && censored !== null && (!Array.isArray(censored) || censored.length !== n)) {
    throw new InputError("censored", reason("onePerPeriod", { count: n }));
  }
  if (!Number.isInteger(seasonLength) || seasonLength < 1) {
    throw new InputError("seasonLength", reason("positiveWhole"));
  }
  for (let i = 0; i < n; i++) {
    const c = censored ? censored[i] === true : false;
    const p = promoHistory[i];
    if (typeof p !== "number" || !Number.isFinite(p) || p < 0) {
      throw new InputError(`promoHistory[${i}]`, reason("finiteNonNegative"));
    }
    if (c) continue;
    const v = history[i];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new InputError(`history[${i}]`, reason("finiteNonNegative"));
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
  const expected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if ((censored && censored[i]) || !(promoHistory[i] > 0)) continue;
    if (baselinePeriods === 0) continue; // no non-promo period at all: cannot say anything
    const pos = i % seasonLength;
    promoSum += history[i];
    // same season position when it has a non-promo period, else all non-promo periods (see above)
    expected[i] = baseCount[pos] > 0 ? baseSum[pos] / baseCount[pos] : pooledMean;
    expectedSum += expected[i];
    promoPeriods++;
  }
  if (promoPeriods === 0 || expectedSum <= 0 || promoSum <= 0) {
    return { lift: 1, promoPeriods, baselinePeriods, shrunk: promoPeriods > 0 };
  }
  const raw = promoSum / expectedSum;
  // a ratio that underflows to 0 or overflows carries no usable information
  if (!(raw > 0 && Number.isFinite(raw))) return { lift: 1, promoPeriods, baselinePeriods, shrunk: true };
  // relative noise of one period, from both kinds of period (with a weak prior, see above)
  let rel = 0;
  let df = promoPeriods - 1;
  for (let pos = 0; pos < seasonLength; pos++) if (baseCount[pos] > 0) df += baseCount[pos] - 1;
  for (let i = 0; i < n; i++) {
    if (censored && censored[i]) continue;
    if (promoHistory[i] > 0) {
      if (expected[i] > 0) rel += (history[i] / (raw * expected[i]) - 1) ** 2;
    } else {
      const b = baseSum[i % seasonLength] / baseCount[i % seasonLength];
      if (b > 0) rel += (history[i] / b - 1) ** 2;
    }
  }
  const cv2 = (PROMO_NOISE_PRIOR_PERIODS * PROMO_NOISE_PRIOR_CV2 + rel) / (PROMO_NOISE_PRIOR_PERIODS + df);
  const tau2 = PROMO_LIFT_PRIOR_SD * PROMO_LIFT_PRIOR_SD;
  const weight = tau2 / (tau2 + cv2 / promoPeriods);
  return { lift: Math.exp(weight * Math.log(raw)), promoPeriods, baselinePeriods, shrunk: weight < 1 };
}
