/**
 * Empirical-Bayes shrinkage of many noisy estimates toward their common (pooled) value — the
 * normal–normal hierarchical model (Efron & Morris 1975; random-effects pooling of DerSimonian &
 * Laird 1986). Each unit i has a raw estimate r_i with sampling variance v_i; the true values
 * scatter around the pool mean m with variance τ². The posterior mean keeps the weight
 *   w_i = τ² / (τ² + v_i)
 * on the unit's own estimate: a noise-free estimate (v_i = 0) is kept exactly, a noisy one is
 * pulled toward the pool, and when the units truly differ (large τ²) little is borrowed.
 */

export interface PooledEstimate {
  /** The pool's value m (precision-weighted mean of the raw estimates). */
  pool: number;
  /** Between-unit variance τ² (method of moments, ≥ 0). */
  tau2: number;
  /** Shrunk estimate per unit. */
  value: number[];
  /** Weight kept on each unit's own estimate, in [0, 1]. */
  weight: number[];
}

/**
 * Shrinks raw estimates toward their precision-weighted mean. Units with a non-finite raw value
 * or variance get the pool value (weight 0). With `prior` given the pool value is fixed to it (one
 * unit alone: shrink toward a neutral value, τ² from the unit's own spread is the caller's job).
 * @example shrinkToPool([1, 3], [0, 0]).value // => [1, 3] (noise-free estimates are kept)
 */
export function shrinkToPool(raw: number[], variance: number[], prior?: number): PooledEstimate {
  const ok = raw.map((r, i) => Number.isFinite(r) && Number.isFinite(variance[i]) && variance[i] >= 0);
  const count = ok.filter(Boolean).length;
  if (count === 0) {
    const m = prior ?? 1;
    return { pool: m, tau2: 0, value: raw.map(() => m), weight: raw.map(() => 0) };
  }
  // first pass: unweighted mean and moment estimate of τ²; second pass: precision weights 1/(τ²+v)
  let m = prior ?? mean(raw.filter((_, i) => ok[i]));
  let tau2 = momentTau2(raw, variance, ok, m);
  if (prior === undefined) {
    // an estimate whose measured variance is 0 is kept as it is (below), but it does not get an
    // infinite say in the pool's value: with τ² = 0 it would make the pool its own value for every
    // unit. In the pool mean it counts as precise as the most precise noisy unit.
    const vMin = Math.min(...variance.filter((v, i) => ok[i] && v > 0));
    const floor = Number.isFinite(vMin) ? vMin : 1;
    let num = 0;
    let den = 0;
    for (let i = 0; i < raw.length; i++) {
      if (!ok[i]) continue;
      const w = 1 / (tau2 + Math.max(variance[i], variance[i] > 0 ? 0 : floor));
      num += w * raw[i];
      den += w;
    }
    m = num / den;
    tau2 = momentTau2(raw, variance, ok, m);
  }
  const weight = raw.map((_, i) => {
    if (!ok[i]) return 0;
    if (variance[i] === 0) return 1; // a noise-free estimate is the truth
    return tau2 / (tau2 + variance[i]);
  });
  const value = raw.map((r, i) => (ok[i] ? m + weight[i] * (r - m) : m));
  return { pool: m, tau2, value, weight };
}

function mean(a: number[]): number {
  return a.reduce((s, x) => s + x, 0) / a.length;
}

/** τ² = max(0, mean (r − m)² − mean v): the spread of the raw values net of sampling noise. */
function momentTau2(raw: number[], variance: number[], ok: boolean[], m: number): number {
  let sq = 0;
  let v = 0;
  let k = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!ok[i]) continue;
    sq += (raw[i] - m) ** 2;
    v += variance[i];
    k++;
  }
  return k > 0 ? Math.max(0, (sq - v) / k) : 0;
}
