import { daysOfMonth } from "./calendar";
import { quantileSorted } from "./quantile";
import { Scratch } from "./scratch";

/**
 * Calendar model for long daily series with dates: a multiplicative decomposition fitted in log
 * space,
 *   ln ŷ_t = L + P[weekday(t), promo(t)] + D[dayOfMonth(t)] + λ·Y(t)
 * where
 *   P  weekday × promo-state profile (mean log deviation from a centred 29-day mean, last year),
 *      each cell shrunk toward its weekday's other state ± the average promo effect;
 *   D  day-of-month effect (pay-day patterns), empirical-Bayes shrunk toward 0;
 *   L  robust recent level: exponentially weighted mean of the de-profiled log series;
 *   Y  last year's same period: how the series moved from the level window to the target window
 *      364 and 728 days earlier (364 keeps the weekday), averaged over the years available.
 * The level half-life and λ are chosen per series by rolling-origin validation inside the
 * history (Tashman 2000) — the forecast is the geometric mean of the three best (half-life, λ)
 * configurations — and the interval quantiles are the empirical quantiles of the backtest log
 * residuals of that combined forecast (conformal-style calibration; Lei et al.
 * 2018), so nothing is tuned to a particular data set.
 * Censored periods and zero observations (log undefined) are left out of every fit.
 */

/** Level half-lives tried, in days: one week to about a quarter. */
export const CALENDAR_HALF_LIVES = [7, 14, 28, 56, 112];
/** Weights tried for last year's same-period movement (0 = ignore last year). */
export const CALENDAR_YEARLY_WEIGHTS = [0, 0.5, 1];
/** How many of the best configurations are combined (geometric mean) into the forecast. */
export const CALENDAR_COMBINED = 3;
/** Length of each backtest window, in days: six weeks, a stock-up horizon; the same whatever horizon is asked for. */
export const CALENDAR_BACKTEST_DAYS = 42;
/** Rolling origins used for validation and interval calibration. */
export const CALENDAR_BACKTEST_ORIGINS = 4;
/** Fewest observed days before the earliest origin: eight weeks. */
export const CALENDAR_MIN_TRAIN = 56;
/** Seasons in the moving mean that removes the level before profiling (4 weeks of daily data). */
const LOCAL_SEASONS = 4;
/** Backfitting rounds of the weekday × promo profile against the local mean. */
const PROFILE_ITERATIONS = 3;
/** Half-width of last year's window around a target day (one week). */
const YEAR_RADIUS = 3;
/** Days profiled for the weekday × promo effects. */
const PROFILE_DAYS = 365;
/** Prior weight, in observations, of a cell's prior when no cell repeats (no noise estimate). */
const CELL_PRIOR_OBS = 3;
/** A year of weeks: last year's same weekday. */
const YEAR_DAYS = 364;

export interface CalendarSeries {
  /** ln(y) where observed and positive, else NaN. Length n (history). */
  z: Float64Array;
  /** Season position (t mod s) for t in [0, n + horizon): 16 bits, seasons go up to 366. */
  pos: Uint16Array;
  /** Promo state (0/1) for t in [0, n + horizon). */
  promo: Uint8Array;
  /** Day of month for t in [0, n + horizon). */
  dom: Uint8Array;
  /** Profile cell pos·2 + promo for t in [0, n + horizon): read for every day of every fit. */
  cell: Uint16Array;
  seasonLength: number;
  n: number;
  horizon: number;
}

export interface CalendarForecast {
  /** Point forecast (the conditional median, exp of the log forecast). */
  forecast: number[];
  lower: number[];
  upper: number[];
  /** Level half-life (days) of the best backtested configuration. */
  halfLife: number;
  /** Weight of last year's movement in the best backtested configuration. */
  yearlyWeight: number;
  /** exp(mean promo − non-promo profile difference) over weekdays that have both. */
  promoLift: number;
  /** Backtest residuals used for the interval. */
  residuals: number;
  /** The backtest: its origins, window length and the squared error of the combined forecast
   * on the original scale over the observed positive days of the windows (for comparing models),
   * and each origin's combined forecast of its window's days inside the history (for calibrating
   * the interval of a window total on held-out windows). */
  backtest: { origins: number[]; window: number; sse: number; forecasts: Float64Array[] };
}

/** Builds the model's view of a history. */
export function calendarSeries(
  history: ArrayLike<number>,
  censored: ArrayLike<boolean | number>,
  promoHistory: ArrayLike<number>,
  promoFuture: ArrayLike<number>,
  startDay: number,
  seasonLength: number,
): CalendarSeries {
  const n = history.length;
  const horizon = promoFuture.length;
  const z = new Float64Array(n);
  const pos = new Uint16Array(n + horizon);
  const promo = new Uint8Array(n + horizon);
  for (let t = 0; t < n; t++) {
    z[t] = !censored[t] && history[t] > 0 ? Math.log(history[t]) : NaN;
    promo[t] = promoHistory[t] > 0 ? 1 : 0;
  }
  for (let h = 0; h < horizon; h++) promo[n + h] = promoFuture[h] > 0 ? 1 : 0;
  const cell = new Uint16Array(n + horizon); // (seasons up to 366 days: up to 733 cells)
  for (let t = 0; t < n + horizon; t++) {
    pos[t] = t % seasonLength;
    cell[t] = pos[t] * 2 + promo[t];
  }
  const dom = daysOfMonth(startDay, n + horizon);
  return { z, pos, promo, dom, cell, seasonLength, n, horizon };
}

/**
 * Work arrays reused from one fit to the next: a batch fits thousands of SKUs five times each
 * (four backtest origins and the final fit), and allocating these per fit was most of the
 * forecast stage's garbage. A buffer's contents are valid until the next fit; the fits are
 * synchronous and nothing outside this module sees the buffers.
 */
const buffers = new Scratch();
const PROFILE_SUM = 0;
const PROFILE_CNT = 1;
const RESIDUAL = 2;
const RESIDUAL_SUM = 3;
const RESIDUAL_CNT = 4;
const BACKTEST_RESIDUALS = 5;
const PROFILE = 6;
const CELL_SUM = 7;
const CELL_SQ = 8;
const CELL_CNT = 9;
const DOM_SUM = 10;
const DOM_SQ = 11;
const DOM_CNT = 12;
const DOM_EFFECT = 13;
/** Slots of the log-forecast grids: one per backtest origin, then the final fit's. */
const GRID = 14;

interface Components {
  /** Profile P[pos * 2 + promo]. */
  profile: Float64Array;
  /** Day-of-month effect D[dom]. */
  domEffect: Float64Array;
  /** e_t = z_t − P − D: the de-profiled log series (NaN where unobserved), t < end; scratch
   * buffers, valid until the next fit. */
  e: Float64Array;
  ePrefix: { sum: Float64Array; cnt: Float64Array };
}

/**
 * Start of the local-mean window of day t inside [0, end); the window is [start, min(end, start +
 * LOCAL_SEASONS·s)): four whole seasons (28 days for weekly data), so a weekday pattern averages
 * out exactly; centred where possible and shifted, not shortened, at the edges (a shortened
 * window would hold an uneven weekday mix). A number, not a pair: it runs for every profiled day.
 */
function localStart(t: number, end: number, width: number): number {
  return Math.floor(Math.max(0, Math.min(t - width / 2, end - width)));
}

/**
 * The weekday × promo profile on [0, end), by backfitting: the local mean is taken of the series
 * with the current profile removed (so uneven promo days in a window do not shift it), the cells
 * are re-measured against it, PROFILE_ITERATIONS times.
 */
function fitProfile(S: CalendarSeries, end: number): Float64Array {
  const { z, cell, seasonLength: s } = S;
  const cells = 2 * s;
  const profile = buffers.get(PROFILE, cells).fill(0, 0, cells);
  const from = Math.max(0, end - PROFILE_DAYS);
  // only the profiled days and their windows are needed: prefix sums over [start, end)
  const start = Math.max(0, from - LOCAL_SEASONS * s);
  const len = end - start;
  const width = LOCAL_SEASONS * s;
  const sum = buffers.get(PROFILE_SUM, len + 1);
  const cnt = buffers.get(PROFILE_CNT, len + 1);
  sum[0] = 0;
  cnt[0] = 0;
  const cellSum = buffers.get(CELL_SUM, cells);
  const cellSq = buffers.get(CELL_SQ, cells);
  const cellCnt = buffers.get(CELL_CNT, cells);
  for (let iter = 0; iter < PROFILE_ITERATIONS; iter++) {
    for (let i = 0; i < len; i++) {
      const t = start + i;
      const v = z[t] - profile[cell[t]];
      const ok = v === v;
      sum[i + 1] = sum[i] + (ok ? v : 0);
      cnt[i + 1] = cnt[i] + (ok ? 1 : 0);
    }
    cellSum.fill(0);
    cellSq.fill(0);
    cellCnt.fill(0);
    for (let t = from; t < end; t++) {
      const v = z[t];
      if (v !== v) continue;
      const a = localStart(t, end, width) - start;
      const b = Math.min(end - start, a + width);
      const x = v - (sum[b] - sum[a]) / (cnt[b] - cnt[a]);
      const c = cell[t];
      cellSum[c] += x;
      cellSq[c] += x * x;
      cellCnt[c]++;
    }
    shrinkCells(cellSum, cellSq, cellCnt, s, profile);
  }
  return profile;
}

/**
 * Weekday × promo cells from their sums, shrunk by empirical Bayes: with σ² the pooled
 * within-cell variance,
 * - the promo effect δ is the average promo − non-promo difference over weekdays that saw both
 *   (weighted by the thinner side); when no weekday saw both (promos always on one weekday), the
 *   mean promo cell against the mean non-promo cell: the whole difference is the promo's, as in
 *   estimatePromoLift, so a promo on another weekday still gets it;
 * - a weekday's own deviation from δ keeps the weight τ_I² / (τ_I² + σ²(1/n₀ + 1/n₁)), τ_I² the
 *   spread of those deviations net of noise (so the lift does not depend on the weekday unless
 *   the data say so);
 * - a weekday seen in one state only takes the other as itself ± δ, its effect kept with weight
 *   τ_W² / (τ_W² + σ²/n), τ_W² the spread of weekday effects net of noise.
 * Noise-free data (σ² = 0) keep every cell as measured. Written into `profile` (2·s cells).
 */
function shrinkCells(
  sum: Float64Array,
  sq: Float64Array,
  cnt: Float64Array,
  s: number,
  profile: Float64Array,
): void {
  let ss = 0;
  let df = 0;
  for (let c = 0; c < 2 * s; c++) {
    if (cnt[c] < 2) continue;
    ss += sq[c] - (sum[c] * sum[c]) / cnt[c];
    df += cnt[c] - 1;
  }
  // too few repeated cells for a variance: a prior worth CELL_PRIOR_OBS observations per cell
  const sigma2 = df > 0 ? Math.max(0, ss / df) : NaN;
  const mean = (c: number): number => sum[c] / cnt[c];
  let dNum = 0;
  let dDen = 0;
  let p1 = 0;
  let n1All = 0;
  let p0 = 0;
  let n0All = 0;
  for (let p = 0; p < s; p++) {
    const n0 = cnt[2 * p];
    const n1 = cnt[2 * p + 1];
    if (n0 > 0 && n1 > 0) {
      const w = Math.min(n0, n1);
      dNum += w * (mean(2 * p + 1) - mean(2 * p));
      dDen += w;
    }
    p0 += sum[2 * p];
    n0All += n0;
    p1 += sum[2 * p + 1];
    n1All += n1;
  }
  const delta = dDen > 0 ? dNum / dDen : n0All > 0 && n1All > 0 ? p1 / n1All - p0 / n0All : 0;
  // between-weekday spreads net of sampling noise
  let iSq = 0;
  let iNoise = 0;
  let iN = 0;
  let wSq = 0;
  let wNoise = 0;
  let wN = 0;
  for (let p = 0; p < s; p++) {
    const n0 = cnt[2 * p];
    const n1 = cnt[2 * p + 1];
    if (n0 > 0 && n1 > 0) {
      iSq += (mean(2 * p + 1) - mean(2 * p) - delta) ** 2;
      iNoise += (sigma2 || 0) * (1 / n0 + 1 / n1);
      iN++;
    }
    if (n0 + n1 > 0) {
      const eff = n0 > 0 ? mean(2 * p) : mean(2 * p + 1) - delta;
      wSq += eff * eff;
      wNoise += (sigma2 || 0) / (n0 > 0 ? n0 : n1);
      wN++;
    }
  }
  const tauI2 = iN > 1 ? Math.max(0, (iSq - iNoise) / iN) : 0;
  const tauW2 = wN > 0 ? Math.max(0, (wSq - wNoise) / wN) : 0;
  const keep = (tau2: number, noise: number, n: number): number => {
    if (sigma2 !== sigma2) return n / (n + CELL_PRIOR_OBS);
    if (noise === 0) return 1;
    return tau2 / (tau2 + noise);
  };
  for (let p = 0; p < s; p++) {
    const n0 = cnt[2 * p];
    const n1 = cnt[2 * p + 1];
    let base: number;
    let diff = delta;
    if (n0 > 0 && n1 > 0) {
      const dev = mean(2 * p + 1) - mean(2 * p) - delta;
      diff = delta + keep(tauI2, (sigma2 || 0) * (1 / n0 + 1 / n1), Math.min(n0, n1)) * dev;
      // keep the count-weighted mean of the two cells as measured
      base = (n0 * mean(2 * p) + n1 * (mean(2 * p + 1) - diff)) / (n0 + n1);
    } else if (n0 > 0) {
      base = keep(tauW2, (sigma2 || 0) / n0, n0) * mean(2 * p);
    } else if (n1 > 0) {
      base = keep(tauW2, (sigma2 || 0) / n1, n1) * (mean(2 * p + 1) - delta);
    } else {
      base = 0;
    }
    profile[2 * p] = base;
    profile[2 * p + 1] = base + diff;
  }
}

/** Fits P and D on [0, end). */
function fitComponents(S: CalendarSeries, end: number): Components {
  const { z, cell, dom, seasonLength: s } = S;
  const profile = fitProfile(S, end);

  // d = z − P; day-of-month effect from d minus its centred local mean (d becomes e below)
  const width = LOCAL_SEASONS * s;
  const d = buffers.get(RESIDUAL, end);
  const dp = { sum: buffers.get(PROFILE_SUM, end + 1), cnt: buffers.get(PROFILE_CNT, end + 1) };
  subtractEffects(d, z, profile, cell, end, dp);
  const domSum = buffers.get(DOM_SUM, 32).fill(0, 0, 32);
  const domSq = buffers.get(DOM_SQ, 32).fill(0, 0, 32);
  const domCnt = buffers.get(DOM_CNT, 32).fill(0, 0, 32);
  for (let t = Math.max(0, end - 2 * PROFILE_DAYS); t < end; t++) {
    const v = d[t];
    if (v !== v) continue;
    const a = localStart(t, end, width);
    const b = Math.min(end, a + width);
    const r = v - (dp.sum[b] - dp.sum[a]) / (dp.cnt[b] - dp.cnt[a]);
    domSum[dom[t]] += r;
    domSq[dom[t]] += r * r;
    domCnt[dom[t]]++;
  }
  // empirical-Bayes shrinkage of each day's mean toward 0: weight τ² / (τ² + σ²/n_d), with σ²
  // the pooled within-day variance and τ² the between-day variance net of sampling noise
  let within = 0;
  let withinN = 0;
  let between = 0;
  let days = 0;
  for (let k = 1; k <= 31; k++) {
    if (domCnt[k] < 2) continue;
    const m = domSum[k] / domCnt[k];
    within += domSq[k] - domCnt[k] * m * m;
    withinN += domCnt[k] - 1;
    between += m * m;
    days++;
  }
  const domEffect = buffers.get(DOM_EFFECT, 32).fill(0, 0, 32);
  if (days > 1 && withinN > 0) {
    const sigma2 = within / withinN;
    let noise = 0;
    for (let k = 1; k <= 31; k++) if (domCnt[k] >= 2) noise += sigma2 / domCnt[k];
    const tau2 = Math.max(0, (between - noise) / days);
    for (let k = 1; k <= 31; k++) {
      if (domCnt[k] < 2 || tau2 === 0) continue;
      domEffect[k] = (domSum[k] / domCnt[k]) * (tau2 / (tau2 + sigma2 / domCnt[k]));
    }
  }
  const e = d; // in place: d is not needed after this
  const ePrefix = { sum: buffers.get(RESIDUAL_SUM, end + 1), cnt: buffers.get(RESIDUAL_CNT, end + 1) };
  subtractEffects(e, d, domEffect, dom, end, ePrefix);
  return { profile, domEffect, e, ePrefix };
}

/**
 * out[t] = values[t] − effect[at[t]] for t < end (`out` may be `values`), and in the same pass the
 * prefix sums of the observed (not NaN) results and their count: prefix.sum[t] covers [0, t).
 */
function subtractEffects(
  out: Float64Array,
  values: Float64Array,
  effect: Float64Array,
  at: Uint8Array | Uint16Array,
  end: number,
  prefix: { sum: Float64Array; cnt: Float64Array },
): void {
  prefix.sum[0] = 0;
  prefix.cnt[0] = 0;
  for (let t = 0; t < end; t++) {
    const v = values[t] - effect[at[t]];
    out[t] = v;
    const ok = v === v; // not NaN
    prefix.sum[t + 1] = prefix.sum[t] + (ok ? v : 0);
    prefix.cnt[t + 1] = prefix.cnt[t] + (ok ? 1 : 0);
  }
}

/** Exponentially weighted mean of e over t < end (NaN when nothing is observed). */
function ewma(e: Float64Array, end: number, halfLife: number): number {
  const decay = Math.pow(0.5, 1 / halfLife);
  const from = Math.max(0, end - Math.ceil(6 * halfLife));
  let w = 1;
  let num = 0;
  let den = 0;
  for (let t = end - 1; t >= from; t--) {
    const v = e[t];
    if (v === v) {
      num += w * v;
      den += w;
    }
    w *= decay;
  }
  return den > 0 ? num / den : NaN;
}

/**
 * Log forecasts for t in [end, end + h) from components fitted on [0, end), one array per
 * (halfLife, yearlyWeight) configuration, flattened as [hl][yw][k], in scratch buffer `slot`
 * (each origin of a fit has its own, so all of them are at hand for scoring).
 */
function predictGrid(
  S: CalendarSeries,
  comp: Components,
  end: number,
  h: number,
  slot: number,
): Float64Array {
  const { profile, domEffect, e, ePrefix } = comp;
  const nh = CALENDAR_HALF_LIVES.length;
  const ny = CALENDAR_YEARLY_WEIGHTS.length;
  const out = buffers.get(slot, nh * ny * h);
  for (let i = 0; i < nh; i++) {
    const hl = CALENDAR_HALF_LIVES[i];
    let level = ewma(e, end, hl);
    if (level !== level) level = ePrefix.sum[end] / Math.max(1, ePrefix.cnt[end]);
    // level a year (and two) before the origin, for last year's movement
    const baseAgo = [ewma(e, end - YEAR_DAYS, hl), ewma(e, end - 2 * YEAR_DAYS, hl)];
    for (let k = 0; k < h; k++) {
      const t = end + k;
      let ySum = 0;
      let yN = 0;
      for (let year = 1; year <= 2; year++) {
        const base = baseAgo[year - 1];
        if (base !== base) continue;
        const a = Math.max(0, t - year * YEAR_DAYS - YEAR_RADIUS);
        const b = Math.min(end, t - year * YEAR_DAYS + YEAR_RADIUS + 1);
        if (b - a < 1) continue;
        const cnt = ePrefix.cnt[b] - ePrefix.cnt[a];
        if (cnt < 3) continue;
        ySum += (ePrefix.sum[b] - ePrefix.sum[a]) / cnt - base;
        yN++;
      }
      const yearly = yN > 0 ? ySum / yN : 0;
      const base = level + profile[S.cell[t]] + domEffect[S.dom[t]];
      for (let j = 0; j < ny; j++) out[(i * ny + j) * h + k] = base + CALENDAR_YEARLY_WEIGHTS[j] * yearly;
    }
  }
  return out;
}

/**
 * Rolling origins for the backtest: up to CALENDAR_BACKTEST_ORIGINS, one window apart, each with
 * at least CALENDAR_MIN_TRAIN days before it. When the history is too short for that spacing the
 * origins move closer together (at least a week apart) and their windows overlap, so a short
 * history still gets a backtest, on the part of each window inside the history.
 */
export function calendarBacktestOrigins(n: number, horizon: number): number[] {
  const room = n - CALENDAR_MIN_TRAIN;
  const step = Math.max(7, Math.min(horizon, Math.floor(room / CALENDAR_BACKTEST_ORIGINS)));
  const origins: number[] = [];
  for (let k = 1; k <= CALENDAR_BACKTEST_ORIGINS; k++) {
    const o = n - k * step;
    if (o < CALENDAR_MIN_TRAIN) break;
    origins.push(o);
  }
  return origins;
}

/**
 * Fits the calendar model: rolling-origin validation ranks (level half-life, weight of last
 * year's movement) by absolute error on the original scale (first-order, y·|ln y − ln ŷ|), then the final fit on the
 * whole history forecasts, with interval bounds from the backtest residual quantiles.
 * Returns undefined when fewer than two origins or twenty residuals are available, and when
 * the backtest's squared error is `beat` or more: the batch keeps the calendar
 * model only where it beats the pooled model on these days, so a loser's final fit (about a
 * fifth of the work) and its forecast arrays would be thrown away.
 */
export function fitCalendarModel(
  S: CalendarSeries,
  level: number,
  beat = Infinity,
): CalendarForecast | undefined {
  const { n, horizon, z } = S;
  // the backtest windows have a fixed length, whatever horizon was asked for: a day's forecast
  // must not depend on how many days are requested
  const bt = CALENDAR_BACKTEST_DAYS;
  const origins = calendarBacktestOrigins(n, bt);
  if (origins.length < 2) return undefined;
  const nh = CALENDAR_HALF_LIVES.length;
  const ny = CALENDAR_YEARLY_WEIGHTS.length;
  const configs = nh * ny;
  const absErr = new Float64Array(configs);
  const preds: { origin: number; grid: Float64Array }[] = [];
  for (let j = 0; j < origins.length; j++) {
    const o = origins[j];
    const grid = predictGrid(S, fitComponents(S, o), o, bt, GRID + j);
    preds.push({ origin: o, grid });
    const span = Math.min(bt, n - o); // the part of the window inside the history
    for (let k = 0; k < span; k++) {
      const v = z[o + k];
      if (v !== v) continue;
      // |y − ŷ| = y·|1 − e^{ln ŷ − ln y}| ≈ y·|ln y − ln ŷ| to first order: absolute error on the
      // original scale without an exp per configuration
      const y = Math.exp(v);
      for (let c = 0; c < configs; c++) absErr[c] += y * Math.abs(v - grid[c * bt + k]);
    }
  }
  // forecast combination: the geometric mean of the CALENDAR_COMBINED best configurations, which
  // hedges against picking a configuration by chance on a few origins (Hibon & Evgeniou 2005)
  const order = Array.from({ length: configs }, (_, c) => c).sort((a, b) => absErr[a] - absErr[b]);
  const chosen = order.slice(0, CALENDAR_COMBINED);
  const combined = (grid: Float64Array, width: number, k: number): number => {
    let sum = 0;
    // (an index loop: V8 boxed the sums of a for…of here)
    for (let i = 0; i < chosen.length; i++) sum += grid[chosen[i] * width + k];
    return sum / chosen.length;
  };
  // (a typed buffer sorted without a comparator: a comparator boxes every residual it compares)
  const residualBuf = buffers.get(BACKTEST_RESIDUALS, origins.length * bt);
  let count = 0;
  let sse = 0;
  for (const { origin, grid } of preds) {
    for (let k = 0; k < Math.min(bt, n - origin); k++) {
      const v = z[origin + k];
      if (v !== v) continue;
      const lz = combined(grid, bt, k);
      residualBuf[count++] = v - lz;
      sse += (Math.exp(v) - Math.exp(lz)) ** 2;
    }
  }
  if (count < 20 || sse >= beat) return undefined;
  const forecasts: Float64Array[] = [];
  for (const { origin, grid } of preds) {
    const fc = new Float64Array(Math.min(bt, n - origin));
    for (let k = 0; k < fc.length; k++) fc[k] = Math.exp(combined(grid, bt, k));
    forecasts.push(fc);
  }
  const residuals = residualBuf.subarray(0, count).sort();
  // empirical quantiles of the backtest log residuals (R type 7) set the interval
  const qLo = quantileSorted(residuals, (1 - level) / 2);
  const qHi = quantileSorted(residuals, (1 + level) / 2);

  const comp = fitComponents(S, n);
  const grid = predictGrid(S, comp, n, horizon, GRID + origins.length);
  const forecast: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let k = 0; k < horizon; k++) {
    const lz = combined(grid, horizon, k);
    forecast.push(Math.exp(lz));
    lower.push(Math.exp(lz + Math.min(0, qLo)));
    upper.push(Math.exp(lz + Math.max(0, qHi)));
  }
  const best = order[0];
  let liftSum = 0;
  let liftN = 0;
  for (let p = 0; p < S.seasonLength; p++) {
    liftSum += comp.profile[2 * p + 1] - comp.profile[2 * p];
    liftN++;
  }
  return {
    forecast,
    lower,
    upper,
    halfLife: CALENDAR_HALF_LIVES[Math.floor(best / ny)],
    yearlyWeight: CALENDAR_YEARLY_WEIGHTS[best % ny],
    promoLift: Math.exp(liftSum / Math.max(1, liftN)),
    residuals: residuals.length,
    backtest: { origins, window: bt, sse, forecasts },
  };
}
