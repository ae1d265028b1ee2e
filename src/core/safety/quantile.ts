/**
 * Type-7 sample quantile of an ascending-sorted array (R's default `quantile(x, p, type = 7)`,
 * numpy's "linear"): h = (n − 1)·p, linear interpolation between the neighbours of h.
 * Hyndman, R. J. & Fan, Y. (1996) "Sample quantiles in statistical packages", Am. Stat. 50(4).
 * Internal: callers validate p and sort.
 * @example quantileType7([1, 2, 3, 4], 0.5) // => 2.5
 */
export function quantileType7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
