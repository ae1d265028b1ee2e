import { normalInverse } from "../normal/normalInverse";
import { shrinkToPool } from "./shrinkToPool";
import { Scratch } from "./scratch";

/**
 * The pooled model of the batch forecast: for every SKU of a batch
 *   ŷ_t = level × W[weekday(t)] × lift^promo(t) × S[block(t)]
 * where
 *   W     the SKU's weekday profile (mean demand on a weekday ÷ its mean, non-promo days of the
 *         last 364) shrunk toward the profile of its pool (category, else the whole batch) by
 *         empirical Bayes (shrinkToPool): a noisy SKU borrows most of its pool's profile, a clean
 *         one keeps its own;
 *   lift  promo days ÷ the same weekday's local non-promo level (last 728 days), shrunk the same
 *         way toward the pool's lift;
 *   level a weighted mean of five exponentially weighted means (half-lives 7–112 days) of the
 *         observed days divided by W × lift^promo, weighted by inverse squared error on four
 *         28-day backtests inside the history, the SKU's own relative errors plus its velocity
 *         band's (squared, not absolute: the mean, not the median, is what a buyer orders; an
 *         absolute loss would reward forecasting below the mean on skewed demand);
 *   S     the pool's seasonal movement: how the pool's sales moved last year from the level at
 *         this time of year, per 28-day block of the horizon (pools of 5+ SKUs only).
 * Intervals come from the backtests too, pooled over the SKUs of similar velocity:
 *   daily   a negative binomial around the forecast (counts: a slow mover's p90 is a whole number
 *           of units), Var = ŷ + φŷ², the overdispersion φ measured on the backtest days by the
 *           method of moments and shrunk toward the velocity band's;
 *   total   Var(total)/total² measured as Σ(actual − forecast)² / Σ forecast² over same-length
 *           window totals at weekly origins over the last year (so it carries the day-to-day
 *           correlation and the level error that sums of daily quantiles miss), shrunk toward the
 *           band's and never below the negative binomial's independent-days variance; bounds from
 *           a lognormal with that mean and variance, at standard scores calibrated on held-out
 *           windows of the batch (calibrateTotals.ts: the in-history backtests are optimistic).
 * Censored days (NaN in `y`) enter nothing: not the profile, the lift, the level or a score.
 */

/** Half-lives tried for the level, in days: one week to about a quarter. */
export const POOLED_HALF_LIVES = [7, 14, 28, 56, 112];
/** A year of weeks (same weekday a year ago). */
const YEAR_DAYS = 364;
/** Length of the blocks last year's seasonal movement is measured over. */
const SEASON_BLOCK = 28;
/** Days of non-promo history profiled for the weekday pattern. */
export const POOLED_PROFILE_DAYS = 364;
/** Days of history the promo lift is measured on. */
export const POOLED_LIFT_DAYS = 728;
/** Fewest SKUs of a pool (category or batch) before anything is borrowed from it. */
export const MIN_POOL_SIZE = 5;
/** Backtest windows for the half-life choice and the daily interval: 4 × 28 days. */
const BACKTEST_WINDOWS = 4;
const BACKTEST_DAYS = 28;
/** Fewest observed days before the earliest backtest origin. */
const MIN_TRAIN_DAYS = 28;
/** Weekly origins over the last year for the window-total ratios. */
const TOTAL_ORIGINS = 52;
/** Fewest degrees of freedom (observed days − weekdays) of a SKU's own within-weekday variance. */
const MIN_VARIANCE_DF = 21;
/** Prior weight, in backtest days, of the velocity band's overdispersion against a SKU's own. */
const DISPERSION_PRIOR_DAYS = 100;
/** Prior weight, in window totals, of the band's total variance against a SKU's own. */
const TOTAL_PRIOR = 20;
/** Above this mean a day's count is close enough to normal (a negative binomial sum would be slow). */
const NORMAL_ABOVE = 60;
/** Half-width of the local non-promo window the promo lift compares against. */
const LIFT_RADIUS = 28;
/** Prior variance of a lift around 1 when no pool is available (sd 0.5 in ratio). */
const LONE_LIFT_TAU2 = 0.25;

/** One SKU as the pooled model sees it. */
export interface PoolInput {
  /** Demand per day, NaN where censored. Length n. */
  y: Float64Array;
  /** Promo intensity per day, history then future. Length n + horizon. */
  promo: Float64Array | Uint8Array;
  /** Season position per day (weekday 0–6 when dated), history then future: 16 bits, seasons go up to 366. */
  pos: Uint16Array;
  seasonLength: number;
  /** Positions are calendar weekdays (dated, season 7): the profile can be pooled. */
  weekdays: boolean;
  n: number;
  horizon: number;
  category: string;
  /** The buyer's own lift, when given: replaces the estimate. */
  buyerLift?: number;
  /** Window [from, to) of the horizon whose total gets its own interval. */
  window: { from: number; to: number };
  /** Backtest windows another model was scored on: the pooled model's squared error on the same
   * days (observed, positive) is returned as `compareSse`. */
  compare?: { origins: number[]; window: number };
}

export interface PoolOutput {
  forecast: number[];
  /** Per day, the predictive median (whole units below NORMAL_ABOVE): what minimises absolute error. */
  median: number[];
  lower: number[];
  upper: number[];
  total: { forecast: number; lower: number; upper: number };
  lift: number;
  profile: number[];
  halfLife: number;
  /** Weight kept on the SKU's own weekday profile / lift (1 = nothing borrowed). */
  profileOwn: number;
  liftOwn: number;
  /** Which pool the weekday profile borrowed from: the category name, "batch", or "" (none). */
  pool: string;
  /** The lift was shrunk toward a pool's (else toward 1, no lift). */
  liftPooled: boolean;
  /** The batch holds this SKU only: its intervals come from its own backtests. */
  alone: boolean;
  /** Mean observed daily demand (last 364 non-promo days). */
  mean: number;
  /** The pool's seasonal movement applied to the first 28 days (1 = none borrowed). */
  season: number;
  /** Squared error on `compare`'s backtest days, when asked. */
  compareSse?: number;
  /** Quantiles (level's lower/upper) of actual ÷ forecast window totals, for another model's total. */
  totalRatio: { lower: number; upper: number };
  /** Var(total) ÷ total² the total's interval is drawn from (before calibration). */
  totalRelVar: number;
}

interface Stats {
  mean: number;
  /** Residual variance of a day around mean × raw profile. */
  sigma2: number;
  raw: number[];
  rawVar: number[];
  counts: number[];
}

/** Raw weekday profile of the last POOLED_PROFILE_DAYS non-promo observed days. */
function weekdayStats(s: PoolInput): Stats {
  const k = s.seasonLength;
  const sum = new Float64Array(k);
  const cnt = new Float64Array(k);
  const sq = new Float64Array(k);
  for (let t = Math.max(0, s.n - POOLED_PROFILE_DAYS); t < s.n; t++) {
    const v = s.y[t];
    if (v !== v || s.promo[t] > 0) continue;
    sum[s.pos[t]] += v;
    sq[s.pos[t]] += v * v;
    cnt[s.pos[t]]++;
  }
  let total = 0;
  let days = 0;
  let within = 0;
  let cells = 0;
  for (let p = 0; p < k; p++) {
    total += sum[p];
    days += cnt[p];
    if (cnt[p] > 0) {
      within += sq[p] - (sum[p] * sum[p]) / cnt[p];
      cells++;
    }
  }
  const mean = days > 0 ? total / days : 0;
  // a variance measured on a handful of days is no measurement: 9 zeros and a 1 spread over the
  // weekdays read as "noise-free" and kept every weekday at 0 (see shrinkToPool)
  const sigma2 = days - cells >= MIN_VARIANCE_DF ? within / (days - cells) : NaN;
  const raw: number[] = [];
  const rawVar: number[] = [];
  const counts: number[] = [];
  for (let p = 0; p < k; p++) {
    counts.push(cnt[p]);
    if (cnt[p] === 0 || mean <= 0) {
      raw.push(NaN);
      rawVar.push(NaN);
    } else {
      raw.push(sum[p] / cnt[p] / mean);
      rawVar.push(sigma2 / cnt[p] / (mean * mean));
    }
  }
  return { mean, sigma2, raw, rawVar, counts };
}

/** Raw promo lift and its sampling variance, given the SKU's weekday profile. */
function liftStats(s: PoolInput, profile: number[], sigma2: number): { raw: number; variance: number } {
  // deflated non-promo values and their prefix sums, for the local level around each promo day
  const n = s.n;
  const from = Math.max(0, n - POOLED_LIFT_DAYS);
  const xs = new Float64Array(n + 1);
  const xc = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) {
    const v = s.y[t];
    const ok = v === v && !(s.promo[t] > 0) && profile[s.pos[t]] > 0;
    xs[t + 1] = xs[t] + (ok ? v / profile[s.pos[t]] : 0);
    xc[t + 1] = xc[t] + (ok ? 1 : 0);
  }
  let got = 0;
  let expected = 0;
  let k = 0;
  for (let t = from; t < n; t++) {
    const v = s.y[t];
    if (v !== v || !(s.promo[t] > 0)) continue;
    const a = Math.max(0, t - LIFT_RADIUS);
    const b = Math.min(n, t + LIFT_RADIUS + 1);
    const c = xc[b] - xc[a];
    if (c < 7) continue;
    got += v;
    expected += ((xs[b] - xs[a]) / c) * profile[s.pos[t]];
    k++;
  }
  if (k === 0 || expected <= 0) return { raw: NaN, variance: NaN };
  // Var(Σ y) ≈ k·σ² (a day's noise around its expectation) → Var(ratio) = k·σ² / (Σ expected)²
  return { raw: got / expected, variance: (k * sigma2) / (expected * expected) };
}

/**
 * Work arrays reused from one SKU to the next (levels for each half-life, their combination):
 * allocating ten per SKU was a good part of the batch's garbage. Valid until the next call.
 */
const buffers = new Scratch();
const LEVEL = 0;
const COMBINED_LEVEL = 1;
/** deflatorOf's answer, valid until its next call. */
const DEFLATOR = 2;

/**
 * Level (EWMA of deflated observed days) before each day t, for one half-life: level[t] uses
 * days < t, t ≤ n; written into the LEVEL scratch buffer (valid until the next call).
 */
function levels(s: PoolInput, deflator: Float64Array, halfLife: number): Float64Array {
  const d = Math.pow(0.5, 1 / halfLife);
  const out = buffers.get(LEVEL, s.n + 1);
  let num = 0;
  let den = 0;
  out[0] = NaN;
  for (let t = 0; t < s.n; t++) {
    num *= d;
    den *= d;
    const v = s.y[t];
    if (v === v && deflator[t] > 0) {
      num += v / deflator[t];
      den += 1;
    }
    out[t + 1] = den > 0 ? num / den : NaN;
  }
  return out;
}

/** Velocity band of a mean daily demand (Poisson regimes, factor 4 apart). */
function band(mean: number): number {
  if (mean < 0.5) return 0;
  if (mean < 2) return 1;
  if (mean < 8) return 2;
  if (mean < 32) return 3;
  return 4;
}

/**
 * Runs the pooled model over a batch. `lower`/`upper` bound the central `level` interval. The
 * window total's bounds are the lognormal's quantiles at the standard scores `totalZ` (default
 * the normal's for `level`; calibrateTotals.ts passes the scores learned on held-out windows).
 */
export function runPooled(
  batch: PoolInput[],
  level: number,
  totalZ?: { lo: number; hi: number },
): PoolOutput[] {
  const qLo = (1 - level) / 2;
  const qHi = (1 + level) / 2;
  const stats = batch.map(weekdayStats);

  // 1. weekday profiles, shrunk toward the category (or batch) profile of dated SKUs
  const profiles: number[][] = batch.map(() => []);
  const profileOwn = new Array<number>(batch.length).fill(1);
  const poolName = new Array<string>(batch.length).fill("");
  const groups = poolGroups(batch, (s) => s.weekdays);
  const pooledIdx = new Set<number>();
  for (const { name, members, assign } of groups) {
    for (let p = 0; p < 7; p++) {
      const est = shrinkToPool(
        members.map((i) => stats[i].raw[p]),
        members.map((i) => stats[i].rawVar[p]),
      );
      members.forEach((i, j) => {
        if (!assign.has(i)) return;
        profiles[i][p] = est.value[j];
        profileOwn[i] = p === 0 ? est.weight[j] / 7 : profileOwn[i] + est.weight[j] / 7;
      });
    }
    for (const i of assign) {
      pooledIdx.add(i);
      poolName[i] = name;
    }
  }
  batch.forEach((s, i) => {
    if (pooledIdx.has(i)) return;
    // alone: shrink toward a flat profile, τ² from the SKU's own spread across weekdays
    const est = shrinkToPool(stats[i].raw, stats[i].rawVar, 1);
    profiles[i] = est.value.map((v) => (Number.isFinite(v) && v > 0 ? v : 1));
    profileOwn[i] = est.weight.reduce((a, b) => a + b, 0) / Math.max(1, s.seasonLength);
  });
  profiles.forEach((p, i) => {
    for (let k = 0; k < p.length; k++) if (!(p[k] > 0)) p[k] = 1e-6;
    // renormalise to mean 1 over the observed weekday mix
    const c = stats[i].counts;
    const days = c.reduce((a, b) => a + b, 0);
    const m = days > 0 ? p.reduce((a, v, k) => a + v * c[k], 0) / days : 1;
    if (m > 0) for (let k = 0; k < p.length; k++) p[k] /= m;
  });

  // 2. promo lifts, shrunk toward the category (or batch) lift
  const lifts = new Array<number>(batch.length).fill(1);
  const liftOwn = new Array<number>(batch.length).fill(1);
  const liftRaw = batch.map((s, i) => liftStats(s, profiles[i], stats[i].sigma2));
  const liftGroups = poolGroups(batch, () => true);
  const liftPooled = new Set<number>();
  const liftPool = new Array<boolean>(batch.length).fill(false);
  for (const { members, assign } of liftGroups) {
    const est = shrinkToPool(
      members.map((i) => liftRaw[i].raw),
      members.map((i) => liftRaw[i].variance),
    );
    members.forEach((i, j) => {
      if (!assign.has(i)) return;
      lifts[i] = est.value[j];
      liftOwn[i] = est.weight[j];
      liftPooled.add(i);
      liftPool[i] = true;
    });
  }
  batch.forEach((_, i) => {
    if (liftPooled.has(i)) return;
    const r = liftRaw[i];
    // a lift whose noise cannot be measured (too few observed days for a variance) says nothing:
    // no lift, rather than a NaN weight that would turn every promo day's forecast into NaN
    if (!Number.isFinite(r.raw) || !Number.isFinite(r.variance)) {
      lifts[i] = 1;
      liftOwn[i] = 0;
      return;
    }
    const w = r.variance === 0 ? 1 : LONE_LIFT_TAU2 / (LONE_LIFT_TAU2 + r.variance);
    lifts[i] = 1 + w * (r.raw - 1);
    liftOwn[i] = w;
  });
  batch.forEach((s, i) => {
    if (s.buyerLift !== undefined) {
      lifts[i] = s.buyerLift;
      liftOwn[i] = 1;
    }
    lifts[i] = Math.min(10, Math.max(0.1, lifts[i]));
  });

  // 3. level half-life by backtest; backtest ratios for the intervals
  const bands = batch.map((_, i) => band(stats[i].mean));
  // a SKU's deflator is made where it is used, into one reused buffer, twice, rather than kept
  // for every SKU between the two passes (5,000 SKUs: ≈30 MB held through the batch)
  const tried = batch.map((s, i) => halfLifeErrors(s, deflatorOf(s, profiles[i], lifts[i])));
  const errs = tried.map((x) => x.errs);
  const bandErr = [0, 1, 2, 3, 4].map((b) => {
    const sum = new Float64Array(POOLED_HALF_LIVES.length);
    let k = 0;
    errs.forEach((e, i) => {
      if (bands[i] !== b || e[0] !== e[0]) return;
      for (let j = 0; j < e.length; j++) sum[j] += e[j];
      k++;
    });
    return sum.map((x) => (k > 0 ? x / k : NaN));
  });
  const fits = batch.map((s, i) =>
    fitLevel(
      s,
      deflatorOf(s, profiles[i], lifts[i]),
      chooseHalfLives(errs[i], bandErr[bands[i]]),
      tried[i].levels,
    ),
  );
  // band pools of overdispersion moments and squared relative total errors
  const dispNum = new Float64Array(5);
  const dispDen = new Float64Array(5);
  const totNum = new Float64Array(5);
  const totDen = new Float64Array(5);
  fits.forEach((f, i) => {
    dispNum[bands[i]] += f.dispNum;
    dispDen[bands[i]] += f.dispDen;
    totNum[bands[i]] += f.totNum;
    totDen[bands[i]] += f.totDen;
  });
  const zLo = normalInverse(qLo);
  const zHi = normalInverse(qHi);
  const quantiles = new Float64Array(3);

  // seasonality borrowed from the pool: how the pool's sales moved last year after this time of
  // year, per 28-day block of the horizon (Σ actual ÷ Σ level forecast over the pool's SKUs).
  // Only a pool (5 SKUs or more) is asked: one SKU's last year is too noisy to steer by.
  const season: Float64Array[] = batch.map(() => new Float64Array(0));
  for (const { members, assign } of liftGroups) {
    const blocks = Math.max(0, ...members.map((i) => fits[i].yearAgo.actual.length));
    const factor = new Float64Array(blocks).fill(1);
    for (let b = 0; b < blocks; b++) {
      let a = 0;
      let f = 0;
      for (const i of members) {
        if (b >= fits[i].yearAgo.actual.length) continue;
        a += fits[i].yearAgo.actual[b];
        f += fits[i].yearAgo.forecast[b];
      }
      if (f > 0 && a > 0) factor[b] = a / f;
    }
    for (const i of assign) season[i] = factor;
  }
  return batch.map((s, i) => {
    const f = fits[i];
    const prof = profiles[i];
    const forecast: number[] = [];
    const median: number[] = [];
    const lower: number[] = [];
    const upper: number[] = [];
    const b = bands[i];
    const phiBand = dispDen[b] > 0 ? Math.max(0, dispNum[b] / dispDen[b]) : 0;
    const phiOwn = f.dispDen > 0 ? Math.max(0, f.dispNum / f.dispDen) : phiBand;
    const phi = (f.days * phiOwn + DISPERSION_PRIOR_DAYS * phiBand) / (f.days + DISPERSION_PRIOR_DAYS);
    for (let h = 0; h < s.horizon; h++) {
      const t = s.n + h;
      const p = s.promo[t];
      const blk = Math.floor(h / SEASON_BLOCK);
      const sf = blk < season[i].length ? season[i][blk] : 1;
      const fc = sf * f.level * prof[s.pos[t]] * (p > 0 ? Math.pow(lifts[i], p) : 1);
      forecast.push(fc);
      if (h >= 7 && forecast[h - 7] === fc) {
        // the same weekday a week before, same forecast: the same quantiles (most days repeat)
        median.push(median[h - 7]);
        lower.push(lower[h - 7]);
        upper.push(upper[h - 7]);
        continue;
      }
      countQuantiles(fc, phi, qLo, zLo, qHi, zHi, quantiles);
      median.push(quantiles[1]);
      lower.push(Math.min(fc, quantiles[0]));
      upper.push(Math.max(fc, quantiles[2]));
    }
    let tot = 0;
    let indep = 0;
    for (let h = s.window.from; h < s.window.to; h++) {
      tot += forecast[h];
      indep += forecast[h] + phi * forecast[h] * forecast[h];
    }
    const bandV = totDen[b] > 0 ? totNum[b] / totDen[b] : 0;
    const m = f.totals;
    const ownV = f.totDen > 0 ? f.totNum / f.totDen : bandV;
    const relVar = Math.max(
      (m * ownV + TOTAL_PRIOR * bandV) / (m + TOTAL_PRIOR),
      tot > 0 ? indep / (tot * tot) : 0,
    );
    const tl = lognormalRatio(relVar, totalZ ? totalZ.lo : zLo);
    const tu = lognormalRatio(relVar, totalZ ? totalZ.hi : zHi);
    return {
      forecast,
      median,
      lower,
      upper,
      total: { forecast: tot, lower: Math.min(tot, tot * tl), upper: Math.max(tot, tot * tu) },
      lift: lifts[i],
      profile: prof,
      halfLife: f.halfLife,
      profileOwn: profileOwn[i],
      liftOwn: liftOwn[i],
      pool: poolName[i],
      liftPooled: liftPool[i],
      alone: batch.length === 1,
      mean: stats[i].mean,
      compareSse: f.compareSse,
      season: season[i].length > 0 ? season[i][0] : 1,
      totalRatio: { lower: Math.min(1, tl), upper: Math.max(1, tu) },
      totalRelVar: relVar,
    };
  });
}

/** A pool: the SKUs its estimate is computed over, and those that take their values from it. */
interface Pool {
  name: string;
  members: number[];
  assign: Set<number>;
}

/**
 * SKUs grouped by pool: a category with MIN_POOL_SIZE members is a pool of its own; the other
 * SKUs pool over the whole batch (every eligible SKU), when it has MIN_POOL_SIZE of them.
 */
function poolGroups(batch: PoolInput[], eligible: (s: PoolInput) => boolean): Pool[] {
  const byCat = new Map<string, number[]>();
  const all: number[] = [];
  batch.forEach((s, i) => {
    if (!eligible(s)) return;
    all.push(i);
    const list = byCat.get(s.category) ?? [];
    list.push(i);
    byCat.set(s.category, list);
  });
  const pools: Pool[] = [];
  const rest = new Set<number>();
  for (const [cat, members] of byCat) {
    if (cat !== "" && members.length >= MIN_POOL_SIZE)
      pools.push({ name: cat, members, assign: new Set(members) });
    else for (const i of members) rest.add(i);
  }
  if (rest.size > 0 && all.length >= MIN_POOL_SIZE) pools.push({ name: "batch", members: all, assign: rest });
  return pools;
}

interface LevelFit {
  level: number;
  halfLife: number;
  /** Last year, per 28-day block of the horizon: actual and what the level a year before forecast. */
  yearAgo: { actual: Float64Array; forecast: Float64Array };
  /** Method-of-moments overdispersion on the backtest days: Σ((y − ŷ)² − ŷ) and Σ ŷ². */
  dispNum: number;
  dispDen: number;
  /** Backtest days scored. */
  days: number;
  /** Window totals at weekly origins: Σ(actual − forecast)², Σ forecast² and how many. */
  totNum: number;
  totDen: number;
  totals: number;
  compareSse?: number;
}

/** Deflator (weekday profile × promo multiplier) per day, history and horizon (scratch: valid until the next call). */
function deflatorOf(s: PoolInput, profile: number[], lift: number): Float64Array {
  const deflator = buffers.get(DEFLATOR, s.n + s.horizon);
  for (let t = 0; t < s.n + s.horizon; t++) {
    const p = s.promo[t];
    deflator[t] = profile[s.pos[t]] * (p > 0 ? Math.pow(lift, p) : 1);
  }
  return deflator;
}

/** Backtest origins: BACKTEST_WINDOWS windows of BACKTEST_DAYS before the end. */
function backtestOrigins(n: number): number[] {
  const origins: number[] = [];
  for (let k = 1; k <= BACKTEST_WINDOWS; k++) {
    const o = n - k * BACKTEST_DAYS;
    if (o >= MIN_TRAIN_DAYS) origins.push(o);
  }
  return origins;
}

/**
 * Backtest squared error of each half-life, relative to the SKU's best one (1 = best), so SKUs
 * of any size can be averaged into their velocity band's verdict. NaN when there is no backtest.
 */
function halfLifeErrors(s: PoolInput, deflator: Float64Array): { errs: Float64Array; levels: LevelsOnDays } {
  const origins = backtestOrigins(s.n);
  const errs = new Float64Array(POOLED_HALF_LIVES.length);
  // each half-life's levels on the days fitLevel reads, so it need not run them again
  const days = levelDays(s);
  const levelsAt = new Float64Array(POOLED_HALF_LIVES.length * days.length);
  POOLED_HALF_LIVES.forEach((hl, j) => {
    const lv = levels(s, deflator, hl);
    for (let q = 0; q < days.length; q++) levelsAt[j * days.length + q] = lv[days[q]];
    let err = 0;
    for (const o of origins) {
      const L = lv[o];
      if (L !== L) continue;
      for (let t = o; t < o + BACKTEST_DAYS; t++) {
        const v = s.y[t];
        if (v === v) err += (v - L * deflator[t]) ** 2;
      }
    }
    errs[j] = err;
  });
  const min = Math.min(...errs);
  for (let j = 0; j < errs.length; j++) errs[j] = origins.length > 0 && min > 0 ? errs[j] / min : NaN;
  return { errs, levels: { days, at: levelsAt } };
}

/** Each half-life's levels on `levelDays`: at[j * days.length + q] is half-life j's on days[q]. */
interface LevelsOnDays {
  days: number[];
  at: Float64Array;
}

/**
 * The days whose level fitLevel reads (a level at t uses days < t): the backtest origins, the
 * window-total origins, the other model's origins, a year before the end, and the end.
 */
function levelDays(s: PoolInput): number[] {
  const n = s.n;
  const days = backtestOrigins(n);
  for (let k = 0; k < TOTAL_ORIGINS; k++) {
    const o = n - s.window.to - 7 * k;
    if (o < MIN_TRAIN_DAYS) break;
    days.push(o);
  }
  if (s.compare) for (const o of s.compare.origins) if (o <= n) days.push(o);
  if (n - YEAR_DAYS >= MIN_TRAIN_DAYS) days.push(n - YEAR_DAYS);
  days.push(n);
  return days;
}

/**
 * Weights of the half-lives in the level: inverse backtest error (Bates & Granger 1969), the
 * error being the SKU's own relative squared error plus its velocity band's average (a slow
 * mover's four windows are too few to judge by alone). Similar errors give near-equal weights
 * (a robust combination); a clear winner, e.g. after a step change, takes most of the weight.
 * Sorted by weight, heaviest first.
 */
function chooseHalfLives(own: Float64Array, band: Float64Array): { j: number; w: number }[] {
  if (own.every((e) => e !== e) && band.every((e) => e !== e))
    return [{ j: POOLED_HALF_LIVES.indexOf(28), w: 1 }];
  const score = Array.from(own, (e, j) => (e === e ? e : 1) + (band[j] === band[j] ? band[j] : 1));
  const raw = score.map((e) => 1 / e);
  const tot = raw.reduce((a, b) => a + b, 0);
  return raw.map((w, j) => ({ j, w: w / tot })).sort((a, b) => b.w - a.w);
}

/**
 * The level and the interval moments of one SKU, from the chosen half-lives' weights and their
 * levels on `levelDays` (from halfLifeErrors).
 */
function fitLevel(
  s: PoolInput,
  deflator: Float64Array,
  chosen: { j: number; w: number }[],
  levels: LevelsOnDays,
): LevelFit {
  const n = s.n;
  const origins = backtestOrigins(n);
  // the level is the mean of the chosen half-lives' levels (a forecast combination), needed on
  // levelDays only; any other day is NaN, so a read of one would show at once
  const L = buffers.get(COMBINED_LEVEL, n + 1).fill(NaN, 0, n + 1);
  const { days: at, at: levelsAt } = levels;
  for (let q = 0; q < at.length; q++) {
    let sum = 0;
    // (an index loop: V8 boxed every product of a destructuring for…of here)
    for (let c = 0; c < chosen.length; c++) sum += levelsAt[chosen[c].j * at.length + q] * chosen[c].w;
    L[at[q]] = sum;
  }
  const best = chosen[0].j;
  let dispNum = 0;
  let dispDen = 0;
  let days = 0;
  for (const o of origins) {
    if (!(L[o] > 0)) continue;
    for (let t = o; t < o + BACKTEST_DAYS; t++) {
      const v = s.y[t];
      if (v !== v) continue;
      const f = L[o] * deflator[t];
      dispNum += (v - f) ** 2 - f;
      dispDen += f * f;
      days++;
    }
  }
  // window totals: the same [from, to) offsets from weekly origins over the last year
  let totNum = 0;
  let totDen = 0;
  let totals = 0;
  const { from, to } = s.window;
  for (let k = 0; k < TOTAL_ORIGINS; k++) {
    const o = n - to - 7 * k;
    if (o < MIN_TRAIN_DAYS) break;
    if (!(L[o] > 0)) continue;
    let act = 0;
    let fc = 0;
    let seen = 0;
    for (let t = o + from; t < o + to; t++) {
      const v = s.y[t];
      if (v !== v) continue;
      act += v;
      fc += L[o] * deflator[t];
      seen++;
    }
    if (fc > 0 && seen * 2 >= to - from) {
      totNum += (act - fc) ** 2;
      totDen += fc * fc;
      totals++;
    }
  }
  let compareSse: number | undefined;
  if (s.compare) {
    compareSse = 0;
    for (const o of s.compare.origins) {
      // a level refitted at each origin, as the other model was: only days before it
      for (let t = o; t < Math.min(n, o + s.compare.window); t++) {
        const v = s.y[t];
        if (v === v && v > 0) compareSse += (v - (L[o] > 0 ? L[o] : 0) * deflator[t]) ** 2;
      }
    }
  }
  // last year's movement after this time of year, per SEASON_BLOCK-day block of the horizon
  // (blocks, not the whole horizon, so a day's forecast does not depend on the horizon asked for)
  const blocks = Math.min(Math.floor(YEAR_DAYS / SEASON_BLOCK), Math.ceil(s.horizon / SEASON_BLOCK));
  const yearAgo = { actual: new Float64Array(blocks), forecast: new Float64Array(blocks) };
  const o = n - YEAR_DAYS;
  if (o >= MIN_TRAIN_DAYS && L[o] > 0) {
    for (let t = o; t < Math.min(n, o + blocks * SEASON_BLOCK); t++) {
      const v = s.y[t];
      if (v !== v) continue;
      const b = Math.floor((t - o) / SEASON_BLOCK);
      yearAgo.actual[b] += v;
      yearAgo.forecast[b] += L[o] * deflator[t];
    }
  }
  let level = L[n];
  if (!(level >= 0)) level = 0;
  return {
    level,
    halfLife: POOLED_HALF_LIVES[best],
    yearAgo,
    dispNum,
    dispDen,
    days,
    totNum,
    totDen,
    totals,
    compareSse,
  };
}

/**
 * Quantile p of a count with mean μ and variance μ + φμ² (negative binomial; Poisson at φ = 0):
 * the smallest whole number whose cumulative probability reaches p. Above NORMAL_ABOVE the
 * normal approximation μ + z·sd (z = Φ⁻¹(p)) is used, floored at 0.
 */
export function countQuantile(mean: number, phi: number, p: number, z: number): number {
  if (!(mean > 0)) return 0;
  if (mean > NORMAL_ABOVE) return Math.max(0, mean + z * Math.sqrt(mean + phi * mean * mean));
  ONE_P[0] = p;
  walkQuantiles(mean, phi, ONE_P, 1, ONE_OUT);
  return ONE_OUT[0];
}

/**
 * countQuantile at pLo (score zLo), 0.5 (score 0) and pHi (zHi), pLo ≤ 0.5 ≤ pHi, into
 * out[0..2], from one walk of the distribution: each stops where its own walk would, so the
 * answers are countQuantile's, for about a third of the work.
 */
export function countQuantiles(
  mean: number,
  phi: number,
  pLo: number,
  zLo: number,
  pHi: number,
  zHi: number,
  out: Float64Array,
): void {
  if (!(mean > 0) || mean > NORMAL_ABOVE) {
    out[0] = countQuantile(mean, phi, pLo, zLo);
    out[1] = countQuantile(mean, phi, 0.5, 0);
    out[2] = countQuantile(mean, phi, pHi, zHi);
    return;
  }
  THREE_P[0] = pLo;
  THREE_P[1] = 0.5;
  THREE_P[2] = pHi;
  walkQuantiles(mean, phi, THREE_P, 3, out);
}

// probabilities handed to the walk (no array per call: a plan asks for millions of quantiles)
const ONE_P = new Float64Array(1);
const ONE_OUT = new Float64Array(1);
const THREE_P = new Float64Array(3);

/**
 * Walks the count distribution (mean μ, variance μ + φμ²; Poisson at φ = 0) up from 0, adding
 * P(j) to the cumulative probability, and writes into out[i] the first j whose cumulative
 * probability reaches ps[i] (ps ascending, m of them): a higher p stops no sooner. Capped at
 * μ + 50 sd + 50, past any quantile asked for.
 */
function walkQuantiles(mean: number, phi: number, ps: Float64Array, m: number, out: Float64Array): void {
  let prob: number;
  let ratio: number;
  let k = 0;
  if (phi < 1e-9) {
    prob = Math.exp(-mean);
    ratio = mean;
  } else {
    k = 1 / phi;
    prob = Math.pow(1 + phi * mean, -k);
    ratio = (phi * mean) / (1 + phi * mean);
  }
  let cdf = prob;
  let j = 0;
  const cap = mean + 50 * Math.sqrt(mean + phi * mean * mean) + 50;
  let next = 0;
  for (;;) {
    while (next < m && !(cdf < ps[next] && j < cap)) out[next++] = j;
    if (next === m) return;
    prob *= phi < 1e-9 ? ratio / (j + 1) : (ratio * (j + k)) / (j + 1);
    j++;
    cdf += prob;
  }
}

/**
 * Quantile of total ÷ its mean for a lognormal distribution with mean 1 and variance v, at the
 * normal quantile z: σ² = ln(1 + v), quantile exp(−σ²/2 + zσ) (right-skewed like demand totals,
 * never negative).
 */
export function lognormalRatio(v: number, z: number): number {
  if (!(v > 0)) return 1;
  if (z === -Infinity) return 0;
  const s2 = Math.log1p(v);
  return Math.exp(-s2 / 2 + z * Math.sqrt(s2));
}
