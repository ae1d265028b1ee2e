import { InputError } from "../errors";
import { reason } from "../reasons";

/** Longest season searched for: covers weekly (7), monthly-ish (28–31) and 52-week cycles. */
export const MAX_DETECTED_SEASON = 60;

// Scratch buffers reused across calls (only the first n entries are read, all written first):
// a fresh typed array per call of a 1,000-cell recalculation is mostly garbage-collector work.
let scratchX = new Float64Array(0);
let scratchW = new Uint8Array(0);

/**
 * Detects the season length of a series from its autocorrelation function (ACF).
 *
 * Method: the sample ACF r_k over observed pairs (both periods uncensored), k = 2 … min(n/3, 60);
 * the season is the smallest lag k that is a local ACF peak, significant at about 5 %
 * (r_k > 1.96/√n, Box–Jenkins white-noise bound) and within 90 % of the highest such peak, so a
 * weekly cycle is reported as 7 rather than its multiple 14. Returns 1 when nothing qualifies.
 * Source: Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §2.8.
 *
 * @param history the series (non-negative numbers)
 * @param censored optional: true where the value was not observed (skipped)
 * @throws InputError when history is empty or censored has another length
 * @example detectSeasonLength([1, 5, 1, 5, 1, 5, 1, 5, 1, 5, 1, 5]) // => 2
 */
export function detectSeasonLength(history: number[], censored?: boolean[]): number {
  if (!Array.isArray(history) || history.length === 0) {
    throw new InputError("history", reason("nonEmptyNumbers"));
  }
  const n = history.length;
  if (censored !== undefined && censored !== null && (!Array.isArray(censored) || censored.length !== n)) {
    throw new InputError("censored", reason("onePerPeriod", { count: n }));
  }
  // centred values x and observed flags w in typed arrays: the lag loops below are the cost of
  // the function (up to 60 passes over the series), so they run branch-free over x and w
  if (scratchX.length < n) {
    scratchX = new Float64Array(2 * n);
    scratchW = new Uint8Array(2 * n);
  }
  const w = scratchW;
  const x = scratchX;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    w[i] = 0;
    x[i] = 0;
    if (!(censored && censored[i]) && Number.isFinite(history[i])) {
      w[i] = 1;
      sum += history[i];
      count++;
    }
  }
  const maxLag = Math.min(Math.floor(n / 3), MAX_DETECTED_SEASON);
  if (count < 8 || maxLag < 2) return 1;
  const mean = sum / count;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    if (w[i] === 1) {
      x[i] = history[i] - mean;
      variance += x[i] * x[i];
    }
  }
  variance /= count;
  if (variance === 0) return 1;

  // observed pairs at lag k = (n − k) − unobserved later ends − unobserved earlier ends + pairs
  // unobserved at both ends (inclusion–exclusion over the few unobserved periods)
  const gaps: number[] = [];
  for (let i = 0; i < n; i++) if (w[i] === 0) gaps.push(i);
  const acf = new Float64Array(maxLag + 2);
  for (let k = 1; k <= maxLag + 1 && k < n; k++) {
    // unobserved periods have x = 0, so they add nothing to the sum
    let s = 0;
    for (let i = k; i < n; i++) s += x[i] * x[i - k];
    let pairs = n - k;
    for (const g of gaps) {
      if (g >= k) pairs--;
      if (g < n - k) pairs--;
      if (g >= k && w[g - k] === 0) pairs++;
    }
    acf[k] = pairs > 0 ? s / pairs / variance : 0;
  }
  const bound = 1.96 / Math.sqrt(count);
  const peaks: number[] = [];
  for (let k = 2; k <= maxLag; k++) {
    const next = k + 1 < n ? acf[k + 1] : -Infinity;
    if (acf[k] > bound && acf[k] >= acf[k - 1] && acf[k] >= next) peaks.push(k);
  }
  if (peaks.length === 0) return 1;
  const best = Math.max(...peaks.map((k) => acf[k]));
  return peaks.find((k) => acf[k] >= 0.9 * best) ?? 1;
}
