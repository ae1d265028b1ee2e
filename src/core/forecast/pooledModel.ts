import { quantileSorted } from "./quantile";
import { shrinkToPool } from "./shrinkToPool";

/**
 * The pooled model of the batch forecast: for every SKU of a batch
 *   ŷ_t = level × W[weekday(t)] × lift^promo(t)
 * where
 *   W     the SKU's weekday profile (mean demand on a weekday ÷ its mean, non-promo days of the
 *         last 364) shrunk toward the profile of its pool (category, else the whole batch) by
 *         empirical Bayes (shrinkToPool): a noisy SKU borrows most of its pool's profile, a clean
 *         one keeps its own;
 *   lift  promo days ÷ the same weekday's local non-promo level (last 728 days), shrunk the same
 *         way toward the pool's lift;
 *   level an exponentially weighted mean of the observed days divided by W × lift^promo, its
 *         half-life (7–112 days) chosen per SKU by squared error on four 28-day backtests
 *         inside the history (squared, not absolute: the mean, not the median, is what a buyer
 *         orders; an absolute loss would reward forecasting below the mean on skewed demand).
 * Intervals come from the backtests too: daily bounds from the quantiles of actual ÷ forecast
 * on the backtest days and window totals from actual ÷ forecast of the same-length windows at
 * weekly origins over the last year — both pooled over the SKUs of similar velocity, so a
 * SKU's total interval carries the day-to-day correlation and the level error that sums of daily
 * quantiles miss.
 * Censored days (NaN in `y`) enter nothing: not the profile, the lift, the level or a score.
 */

/** Half-lives tried for the level, in days: one week to about a quarter. */
export const POOLED_HALF_LIVES = [7, 14, 28, 56, 112];
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
/** Prior weight (in ratios) of the velocity band's interval quantiles against a SKU's own. */
const INTERVAL_PRIOR = 30;
/** Half-width of the local non-promo window the promo lift compares against. */
const LIFT_RADIUS = 28;
/** Prior variance of a lift around 1 when no pool is available (sd 0.5 in ratio). */
const LONE_LIFT_TAU2 = 0.25;

/** One SKU as the pooled model sees it. */
export interface PoolInput {
  /** Demand per day, NaN where censored. Length n. */
  y: Float64Array;
  /** Promo intensity per day, history then future. Length n + horizon. */
  promo: Float64Array;
  /** Season position per day (weekday 0–6 when dated), history then future. */
  pos: Uint8Array;
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
  lower: number[];
  upper: number[];
  total: { forecast: number; lower: number; upper: number };
  lift: number;
  profile: number[];
  halfLife: number;
  /** Weight kept on the SKU's own weekday profile / lift (1 = nothing borrowed). */
  profileOwn: number;
  liftOwn: number;
  /** Which pool was borrowed from: the category name, "batch", or "" (none). */
  pool: string;
  /** Mean observed daily demand (last 364 non-promo days). */
  mean: number;
  /** Squared error on `compare`'s backtest days, when asked. */
  compareSse?: number;
  /** Quantiles (level's lower/upper) of actual ÷ forecast window totals, for another model's total. */
  totalRatio: { lower: number; upper: number };
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
  const sigma2 = days > cells ? within / (days - cells) : NaN;
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

/** Level (EWMA of deflated observed days) before each day t, for one half-life: level[t] uses days < t. */
function levels(s: PoolInput, deflator: Float64Array, halfLife: number): Float64Array {
  const d = Math.pow(0.5, 1 / halfLife);
  const out = new Float64Array(s.n + 1);
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
 * Runs the pooled model over a batch. `lower`/`upper` bound the central `level` interval.
 */
export function runPooled(batch: PoolInput[], level: number): PoolOutput[] {
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
    });
  }
  batch.forEach((_, i) => {
    if (liftPooled.has(i)) return;
    const r = liftRaw[i];
    if (!Number.isFinite(r.raw)) {
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
  const fits = batch.map((s, i) => fitLevel(s, profiles[i], lifts[i]));
  const bands = batch.map((_, i) => band(stats[i].mean));
  const dayPool: number[][] = [[], [], [], [], []];
  const totalPool: number[][] = [[], [], [], [], []];
  fits.forEach((f, i) => {
    for (const r of f.dayRatios) dayPool[bands[i]].push(r);
    for (const r of f.totalRatios) totalPool[bands[i]].push(r);
  });
  // numeric typed-array sorts: no comparator calls, no boxed numbers
  const sortAll = (a: number[][]): Float64Array[] => a.map((x) => Float64Array.from(x).sort());
  const daySorted = sortAll(dayPool);
  const totalSorted = sortAll(totalPool);
  const q = (own: Float64Array, pool: Float64Array, p: number, fallback: number): number => {
    const qp = pool.length > 0 ? quantileSorted(pool, p) : fallback;
    if (own.length === 0) return qp;
    const qo = quantileSorted(own, p);
    return (own.length * qo + INTERVAL_PRIOR * qp) / (own.length + INTERVAL_PRIOR);
  };

  return batch.map((s, i) => {
    const f = fits[i];
    const prof = profiles[i];
    const forecast: number[] = [];
    const lower: number[] = [];
    const upper: number[] = [];
    const ownDay = Float64Array.from(f.dayRatios).sort();
    const ownTotal = Float64Array.from(f.totalRatios).sort();
    const dl = q(ownDay, daySorted[bands[i]], qLo, 1);
    const du = q(ownDay, daySorted[bands[i]], qHi, 1);
    for (let h = 0; h < s.horizon; h++) {
      const t = s.n + h;
      const p = s.promo[t];
      const fc = f.level * prof[s.pos[t]] * (p > 0 ? Math.pow(lifts[i], p) : 1);
      forecast.push(fc);
      lower.push(Math.min(fc, fc * dl));
      upper.push(Math.max(fc, fc * du));
    }
    let tot = 0;
    for (let h = s.window.from; h < s.window.to; h++) tot += forecast[h];
    const tl = q(ownTotal, totalSorted[bands[i]], qLo, 1);
    const tu = q(ownTotal, totalSorted[bands[i]], qHi, 1);
    return {
      forecast,
      lower,
      upper,
      total: { forecast: tot, lower: Math.min(tot, tot * tl), upper: Math.max(tot, tot * tu) },
      lift: lifts[i],
      profile: prof,
      halfLife: f.halfLife,
      profileOwn: profileOwn[i],
      liftOwn: liftOwn[i],
      pool: poolName[i],
      mean: stats[i].mean,
      compareSse: f.compareSse,
      totalRatio: { lower: Math.min(1, tl), upper: Math.max(1, tu) },
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
  /** actual ÷ forecast on the backtest days of the chosen half-life. */
  dayRatios: number[];
  /** actual ÷ forecast of window totals at weekly origins. */
  totalRatios: number[];
  compareSse?: number;
}

function fitLevel(s: PoolInput, profile: number[], lift: number): LevelFit {
  const n = s.n;
  const deflator = new Float64Array(n + s.horizon);
  for (let t = 0; t < n + s.horizon; t++) {
    const p = s.promo[t];
    deflator[t] = profile[s.pos[t]] * (p > 0 ? Math.pow(lift, p) : 1);
  }
  // backtest origins: BACKTEST_WINDOWS windows of BACKTEST_DAYS before the end
  const origins: number[] = [];
  for (let k = 1; k <= BACKTEST_WINDOWS; k++) {
    const o = n - k * BACKTEST_DAYS;
    if (o >= MIN_TRAIN_DAYS) origins.push(o);
  }
  let best = -1;
  let bestErr = Infinity;
  const lv = POOLED_HALF_LIVES.map((hl) => levels(s, deflator, hl));
  POOLED_HALF_LIVES.forEach((_, j) => {
    let err = 0;
    for (const o of origins) {
      const L = lv[j][o];
      if (L !== L) continue;
      for (let t = o; t < o + BACKTEST_DAYS; t++) {
        const v = s.y[t];
        if (v === v) err += (v - L * deflator[t]) ** 2;
      }
    }
    if (err < bestErr) {
      bestErr = err;
      best = j;
    }
  });
  if (origins.length === 0) best = POOLED_HALF_LIVES.indexOf(28);
  const L = lv[best];
  const dayRatios: number[] = [];
  for (const o of origins) {
    if (!(L[o] > 0)) continue;
    for (let t = o; t < o + BACKTEST_DAYS; t++) {
      const v = s.y[t];
      const f = L[o] * deflator[t];
      if (v === v && f > 0) dayRatios.push(v / f);
    }
  }
  // window totals: the same [from, to) offsets from weekly origins over the last year
  const totalRatios: number[] = [];
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
    if (fc > 0 && seen * 2 >= to - from) totalRatios.push(act / fc);
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
  let level = L[n];
  if (!(level >= 0)) level = 0;
  return { level, halfLife: POOLED_HALF_LIVES[best], dayRatios, totalRatios, compareSse };
}
