/**
 * Sample quantile, linear interpolation between order statistics (Hyndman & Fan 1996 type 7,
 * the default of R's `quantile` and numpy's `percentile`). `sorted` must be ascending, non-empty.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
