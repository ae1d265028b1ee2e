import { normalInverse } from "../normal/normalInverse";
import { runPooled, type PoolInput } from "./pooledModel";

/**
 * Calibration of the window total's interval on held-out windows, learned in the batch itself
 * (split conformal prediction with normalised scores: Vovk et al. 2005; Lei et al. 2018).
 *
 * The pooled model's total interval is a lognormal with the variance its in-history backtests
 * measure. Those backtests are optimistic: the weekday profile, the promo lift and the level's
 * half-life are fitted on the very days they are scored on, so real totals fall outside more often
 * than the nominal 20 %. Here every SKU is cut where its window would have ended one window
 * earlier (n − window end), the whole pooled model is refitted on what came before, exactly as it
 * will be run for the real forecast, and the held-out window's actual total is scored on the
 * SKU's own lognormal scale:
 *   z = (ln(actual ÷ forecast) + σ²/2) ÷ σ,   σ² = ln(1 + Var(total) ÷ total²)
 * (a standard normal score if the model's interval were right; −∞ for a window that sold
 * nothing). The batch's scores, pooled over its SKUs, give the scores the real intervals use:
 * their (1 − level)/2 and (1 + level)/2 quantiles. Each SKU keeps its own width (σ); the batch
 * learns only by how much (and to which side) its SKUs' widths are off. With few scores the
 * empirical quantiles are noisy: they are blended with the normal's by their number
 * (CALIBRATION_PRIOR pseudo-scores at the normal's value), so one SKU alone keeps about the
 * uncalibrated interval and a batch of hundreds is calibrated by its own held-out errors.
 */

/** Pseudo-scores of the normal's quantile mixed into the batch's empirical quantile. */
export const CALIBRATION_PRIOR = 20;
/** Held-out origins, one window length (at least ORIGIN_STEP days) apart. */
const HELD_OUT_ORIGINS = 3;
const ORIGIN_STEP = 28;
/**
 * Most SKUs refitted per held-out origin: a large batch is sampled evenly (every k-th SKU), as a
 * few hundred scores pin the quantiles and each refit costs a pass of the pooled model.
 */
const MAX_CALIBRATION_SKUS = 200;
/** Fewest observed days left before the held-out window for a SKU to be scored. */
const MIN_TRAIN_DAYS = 56;

export interface TotalCalibration {
  /** Standard scores of the interval's lower and upper bound. */
  lo: number;
  hi: number;
  /** Held-out windows scored. */
  scored: number;
}

/**
 * The total interval's lower/upper standard scores for a batch, from its held-out windows.
 * @example calibrateTotals([], 0.8) // => { lo: −1.2816, hi: 1.2816, scored: 0 } (nothing to learn from)
 */
export function calibrateTotals(batch: PoolInput[], level: number): TotalCalibration {
  const scores: number[] = [];
  for (let k = 0; k < HELD_OUT_ORIGINS; k++) scoreOrigin(batch, level, k, scores);
  return calibrationOf(scores, level);
}

/** The interval's standard scores from held-out window scores (blended with the normal's). */
export function calibrationOf(scores: number[], level: number): TotalCalibration {
  const pLo = (1 - level) / 2;
  const pHi = (1 + level) / 2;
  return {
    lo: blendedQuantile(scores, pLo, normalInverse(pLo)),
    hi: blendedQuantile(scores, pHi, normalInverse(pHi)),
    scored: scores.length,
  };
}

/**
 * A held-out window total's score on the SKU's lognormal scale (relVar = Var(total) ÷ total²):
 * (ln(actual ÷ forecast) + σ²/2) ÷ σ, −∞ for a window that sold nothing; undefined when there is
 * nothing to score.
 */
export function windowScore(actual: number, forecast: number, relVar: number): number | undefined {
  if (!(forecast > 0) || !(relVar > 0)) return undefined;
  const s2 = Math.log1p(relVar);
  return actual > 0 ? (Math.log(actual / forecast) + s2 / 2) / Math.sqrt(s2) : -Infinity;
}

/**
 * Scores of the held-out windows at the k-th origin back: each SKU cut at
 * n − window end − k × max(window end, 28) days, refitted and scored on its next window.
 */
function scoreOrigin(batch: PoolInput[], level: number, k: number, scores: number[]): void {
  const held: PoolInput[] = [];
  const full: PoolInput[] = [];
  const stride = Math.ceil(batch.length / MAX_CALIBRATION_SKUS);
  for (let i = 0; i < batch.length; i += stride) {
    const s = batch[i];
    const cut = s.n - s.window.to - k * Math.max(s.window.to, ORIGIN_STEP);
    let seen = 0;
    for (let t = 0; t < cut; t++) if (s.y[t] === s.y[t]) seen++;
    if (seen < MIN_TRAIN_DAYS) continue;
    held.push({
      ...s,
      y: s.y.subarray(0, cut),
      promo: s.promo.subarray(0, cut + s.window.to),
      pos: s.pos.subarray(0, cut + s.window.to),
      n: cut,
      horizon: s.window.to,
      compare: undefined,
    });
    full.push(s);
  }
  if (held.length === 0) return;
  const out = runPooled(held, level);
  held.forEach((s, i) => {
    const o = out[i];
    let act = 0;
    let fc = 0;
    let seen = 0;
    for (let h = s.window.from; h < s.window.to; h++) {
      const v = full[i].y[s.n + h];
      if (v !== v) continue;
      act += v;
      fc += o.forecast[h];
      seen++;
    }
    // windows mostly unobserved (out of stock, not listed) say little about the total
    const z = windowScore(act, fc, o.totalRelVar);
    if (seen * 2 >= s.window.to - s.window.from && z !== undefined) scores.push(z);
  });
}

/**
 * The p-quantile of the scores (lower interpolation, as a conformal quantile is an order
 * statistic) blended with the normal's z by count: (m·q + PRIOR·z) ÷ (m + PRIOR). A −∞ quantile
 * (more zero windows than p) stays −∞: the lower bound of the total is then 0.
 */
function blendedQuantile(scores: number[], p: number, z: number): number {
  const m = scores.length;
  if (m === 0) return z;
  const sorted = scores.slice().sort((a, b) => a - b);
  // conformal rank: ⌈(m + 1)·p⌉ for an upper quantile, ⌊(m + 1)·p⌋ for a lower one, within 1…m
  const rank = p > 0.5 ? Math.ceil((m + 1) * p) : Math.floor((m + 1) * p);
  const q = sorted[Math.min(m, Math.max(1, rank)) - 1];
  if (q === -Infinity) return -Infinity;
  return (m * q + CALIBRATION_PRIOR * z) / (m + CALIBRATION_PRIOR);
}
