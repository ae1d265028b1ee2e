import { InputError, OverflowError } from "../errors";
import { reason } from "../reasons";
import { detectSeasonLength } from "./detectSeasonLength";
import { CALENDAR_BACKTEST_DAYS, calendarBacktestOrigins } from "./calendarModel";
import { CALENDAR_MAX_ZERO_SHARE, calendarForecast } from "./forecastPromo";
import { calibrateTotals, calibrationOf, windowScore, type TotalCalibration } from "./calibrateTotals";
import { lognormalRatio, runPooled, type PoolInput, type PoolOutput } from "./pooledModel";
import { shortHistoryForecast } from "./shortHistory";
import type { ForecastResult } from "./types";
import {
  plainFlags,
  plainValues,
  validateForecastInput,
  type Flags,
  type NormalisedForecastInput,
  type SeriesInput,
  type Values,
} from "./validateForecastInput";

/** One SKU of a batch: `forecastPromo`'s input plus an id, a category and the window to total. */
export interface BatchSeriesInput {
  /** The SKU (any text); results come back in input order with it. */
  id: string;
  /** Plain or typed arrays (a typed promo history or censored flag holds 1 for yes). */
  history: Values;
  promoHistory?: Values;
  promoFuture?: number[];
  censored?: Flags;
  /** ISO date of `history[0]` (daily): weekdays line up across SKUs, so profiles can be pooled. */
  startDate?: string;
  growth?: number;
  horizon?: number;
  seasonLength?: number;
  promoLift?: number;
  /** SKUs of one category (5 or more) pool with each other before the whole batch. */
  category?: string;
  /** Horizon periods [from, to) whose total gets its own interval; default the whole horizon. */
  window?: { from: number; to: number };
}

export interface BatchOptions {
  /** Horizon for SKUs without `promoFuture` or their own `horizon`. */
  horizon?: number;
  /** Central interval probability, default 0.8 (so `upper` is the p90). */
  level?: number;
  /**
   * What the SKUs' `category` is, for the method text: "category" (default) or "channel" (the
   * plan groups SKUs by sales channel), so a buyer reads 'borrowed from channel "amazon"'.
   */
  groupKind?: "category" | "channel";
}

/** The total over a SKU's window with the interval of the total itself. */
export interface WindowTotal {
  from: number;
  to: number;
  /** Σ forecast over the window. */
  forecast: number;
  /** Lower / upper bound of the central `level` interval of the total (not Σ of daily bounds). */
  lower: number;
  upper: number;
}

export interface BatchForecast extends ForecastResult {
  id: string;
  ok: true;
  total: WindowTotal;
  /** Observed (uncensored) days of history the forecast rests on; 1 = the short-history forecast. */
  observedDays: number;
  /**
   * Per day, the median of the predictive distribution: what minimises a day's absolute error
   * (daily WAPE). On skewed, intermittent demand it sits below `forecast` (a slow mover's median is
   * often 0), so it is for scoring days, never for ordering: the plan orders from `forecast` (the
   * mean) and `total`. The calendar model's point forecast is already its conditional median.
   */
  median: number[];
}

export interface BatchFailure {
  id: string;
  ok: false;
  /** Why this SKU has no forecast (InputError, OutOfRangeError or InsufficientDataError). */
  error: InputError;
}

export type BatchResult = BatchForecast | BatchFailure;

/** Season of dated daily history: the week. */
const WEEK = 7;
/** 1970-01-01 (day 0) was a Thursday: weekday 4 with Sunday = 0. */
const EPOCH_WEEKDAY = 4;

/**
 * Forecasts many SKUs at once, borrowing strength across them (see pooledModel.ts): each SKU's
 * weekday profile and promo lift are shrunk toward its category's (or the batch's) by how noisy
 * the SKU is, and interval widths come from backtests pooled over SKUs of similar velocity.
 * Per SKU the result is `forecastPromo`'s (forecast, lower, upper, method, promoLift, explanation
 * in en and zh) plus `total`: the window total with the p10/p90 (at level 0.8) of the total.
 * A day's forecast does not depend on the horizon asked for. A SKU with bad input gets
 * `ok: false` and the error; the others are still forecast.
 * @example forecastBatch([{ id: "A", history: [4, 4, 4, 4], horizon: 2 }])[0] // ok, forecast [4, 4]
 */
export function forecastBatch(series: BatchSeriesInput[], options: BatchOptions = {}): BatchResult[] {
  if (!Array.isArray(series)) throw new InputError("series", reason("arrayOfSeries"));
  const results: BatchResult[] = new Array(series.length);
  const inputs: PoolInput[] = [];
  const valid: { index: number; v: NormalisedForecastInput; id: string }[] = [];
  series.forEach((s, index) => {
    const raw: unknown = s !== null && typeof s === "object" ? s.id : undefined;
    const id = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : `#${index + 1}`;
    try {
      if (s === null || typeof s !== "object") throw new InputError("series", reason("objectWithHistory"));
      const input: SeriesInput = {
        ...s,
        horizon: s.horizon ?? (s.promoFuture ? undefined : options.horizon),
        level: options.level,
      };
      // one observed day is enough for a flat forecast with a wide interval (shortHistory.ts)
      const v = validateForecastInput(input, 1);
      const pool = toPoolInput(s, v);
      if (v.observed === 1) {
        const r = shortHistoryForecast(v, pool.window);
        results[index] = finiteOrOverflow({
          id,
          ok: true,
          forecast: r.forecast,
          median: r.median,
          lower: r.lower,
          upper: r.upper,
          method: "Mean",
          promoLift: v.promoLift ?? 1,
          seasonLength: pool.seasonLength,
          explanation: r.explanation,
          explanationZh: r.explanationZh,
          total: { ...pool.window, ...r.total },
          observedDays: 1,
        });
        return;
      }
      inputs.push(pool);
      valid.push({ index, v, id });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      results[index] = { id, ok: false, error: e };
    }
  });
  const level = valid.length > 0 ? valid[0].v.level : 0.8;
  // dense dated SKUs (stores, fast movers) may be better served by the single-series calendar
  // model (day of month, last year, weekday-specific promo effects): the pooled model is scored
  // on the calendar model's backtest days (known before it is fitted: they depend on the length
  // of the history only), then the calendar model runs and is kept where it does better, so the
  // answers of the SKUs that keep the pooled model are dropped at once instead of held to the end
  const candidate = valid.map((_, k) => {
    const s = inputs[k];
    if (!s.weekdays || !dense(s)) return false;
    s.compare = {
      origins: calendarBacktestOrigins(s.n, CALENDAR_BACKTEST_DAYS),
      window: CALENDAR_BACKTEST_DAYS,
    };
    return true;
  });
  // the window total's interval, calibrated on each SKU's held-out last window (calibrateTotals.ts)
  const totalZ = calibrateTotals(inputs, level);
  const out = runPooled(inputs, level, totalZ);
  const calendar = valid.map(({ v }, k) => {
    const pooledSse = out[k].compareSse;
    if (!candidate[k] || pooledSse === undefined) return undefined;
    // (the input is checked already; the other single-series methods would be discarded, and
    // so would a calendar fit that does not beat the pooled model: it stops after its backtest)
    const d = calendarForecast(v, pooledSse);
    if (d === undefined || d.result.method !== "Calendar" || d.backtest === undefined) return undefined;
    if (!(d.backtest.sse < pooledSse)) return undefined;
    return {
      result: d.result,
      sse: d.backtest.sse,
      forecasts: d.backtest.forecasts,
      origins: d.backtest.origins,
    };
  });
  // the calendar model's totals are calibrated on its own backtest windows, pooled over the SKUs
  // that use it (its errors are not the pooled model's)
  const calendarScores: number[] = [];
  calendar.forEach((cal, k) => {
    if (cal === undefined) return;
    const s = inputs[k];
    cal.origins.forEach((o, j) => {
      const fcs = cal.forecasts[j];
      if (s.window.to > fcs.length) return;
      let act = 0;
      let fc = 0;
      let seen = 0;
      for (let h = s.window.from; h < s.window.to; h++) {
        const y = s.y[o + h];
        if (y !== y) continue;
        act += y;
        fc += fcs[h];
        seen++;
      }
      const z = windowScore(act, fc, out[k].totalRelVar);
      if (seen * 2 >= s.window.to - s.window.from && z !== undefined) calendarScores.push(z);
    });
  });
  // a window further ahead than the calendar model's 42-day backtests (a promo planned months
  // out) has no scores of its own: its interval takes the pooled model's, scored on held-out
  // windows at the same lead (calibrateTotals), whose relative variance it already uses. Without
  // it the width stayed that of a 42-day forecast whatever the lead (bench/leadAccuracy: 53–64 %
  // of the M5 items' 7-day totals inside p10–p90 91–273 days ahead).
  const calendarZ = calendarScores.length > 0 ? calibrationOf(calendarScores, level) : totalZ;
  valid.forEach(({ index, v, id }, k) => {
    const cal = calendar[k];
    const r =
      cal !== undefined
        ? calendarResult(id, inputs[k], out[k], cal.result, cal.sse, out[k].compareSse as number, calendarZ)
        : toResult(id, v, inputs[k], out[k], options.groupKind ?? "category");
    results[index] = finiteOrOverflow({ ...r, observedDays: v.observed });
  });
  return results;
}

/** Values near 1e308 are valid one by one but overflow the arithmetic: an error, never a NaN. */
function finiteOrOverflow(r: BatchForecast): BatchResult {
  const finite = allFinite(r.forecast) && allFinite(r.lower) && allFinite(r.upper);
  const totalOk =
    Number.isFinite(r.total.forecast) && Number.isFinite(r.total.lower) && Number.isFinite(r.total.upper);
  return finite && totalOk
    ? r
    : { id: r.id, ok: false, error: new OverflowError("history", reason("overflow")) };
}

function allFinite(a: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/** Observed days with a sale make up all but CALENDAR_MAX_ZERO_SHARE of the observed days. */
function dense(s: PoolInput): boolean {
  let observed = 0;
  let positive = 0;
  for (let t = 0; t < s.n; t++) {
    const v = s.y[t];
    if (v !== v) continue;
    observed++;
    if (v > 0) positive++;
  }
  return observed > 0 && positive >= (1 - CALENDAR_MAX_ZERO_SHARE) * observed;
}

/**
 * The calendar model's forecast and its window total, with an interval of the pooled model's
 * relative variance at the scores calibrated on the calendar model's own backtest windows.
 */
function calendarResult(
  id: string,
  s: PoolInput,
  o: PoolOutput,
  r: ForecastResult,
  calSse: number,
  pooledSse: number,
  z: TotalCalibration,
): BatchForecast {
  let tot = 0;
  for (let h = s.window.from; h < s.window.to; h++) tot += r.forecast[h];
  const better = Math.round(100 * (1 - calSse / pooledSse));
  return {
    ...r,
    id,
    ok: true,
    median: r.forecast.slice(),
    explanation: `${r.explanation ?? ""} Chosen over the pooled model: ${better} % less squared error on the same backtest days.`,
    explanationZh: `${r.explanationZh ?? ""}在相同回测日上平方误差比合并模型低 ${better}%，故选用。`,
    observedDays: 0, // set by the caller
    total: {
      from: s.window.from,
      to: s.window.to,
      forecast: tot,
      lower: Math.min(tot, tot * lognormalRatio(o.totalRelVar, z.lo)),
      upper: Math.max(tot, tot * lognormalRatio(o.totalRelVar, z.hi)),
    },
  };
}

function toPoolInput(s: BatchSeriesInput, v: NormalisedForecastInput): PoolInput {
  const n = v.history.length;
  const dated = v.startDay !== undefined;
  const season =
    v.seasonLength ?? (dated ? WEEK : detectSeasonLength(plainValues(v.history), plainFlags(v.censored)));
  const weekdays = dated && season === WEEK;
  const y = new Float64Array(n);
  // days before the first sale are not-yet-launched, not zero demand
  let launched = false;
  for (let t = 0; t < n; t++) {
    const observed = !v.censored[t];
    if (observed && v.history[t] > 0) launched = true;
    y[t] = observed && launched ? v.history[t] : NaN;
  }
  if (!launched) for (let t = 0; t < n; t++) y[t] = v.censored[t] ? NaN : v.history[t];
  // flags as bytes when every value is a whole 0–255 (the plan's 0/1 days: 1 byte a day, not 8)
  const promo =
    allBytes(v.promoHistory) && allBytes(v.promoFuture)
      ? new Uint8Array(n + v.horizon)
      : new Float64Array(n + v.horizon);
  const pos = new Uint16Array(n + v.horizon);
  for (let t = 0; t < n + v.horizon; t++) {
    promo[t] = t < n ? v.promoHistory[t] : v.promoFuture[t - n];
    pos[t] = weekdays ? ((((v.startDay as number) + t + EPOCH_WEEKDAY) % 7) + 7) % 7 : t % season;
  }
  const window = s.window ?? { from: 0, to: v.horizon };
  if (
    window === null ||
    typeof window !== "object" ||
    !Number.isInteger(window.from) ||
    !Number.isInteger(window.to) ||
    window.from < 0 ||
    window.to > v.horizon ||
    window.from >= window.to
  ) {
    throw new InputError("window", reason("forecastWindow", { horizon: v.horizon }));
  }
  return {
    y,
    promo,
    pos,
    seasonLength: weekdays ? WEEK : season,
    weekdays,
    n,
    horizon: v.horizon,
    category: typeof s.category === "string" ? s.category : "",
    buyerLift: v.promoLift,
    window: { from: window.from, to: window.to },
    // present from the start (set later for calendar candidates), so every SKU's input has one
    // shape and the pooled model's loops see one object layout, not two
    compare: undefined,
  };
}

/** Every value is a whole number from 0 to 255 (a Uint8Array holds it exactly). */
function allBytes(values: Values): boolean {
  if (values instanceof Uint8Array) return true;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!(x >= 0 && x <= 255 && Math.floor(x) === x)) return false;
  }
  return true;
}

/** Share borrowed (1 − weight kept), as "62 %" (en) or "62%" (zh). */
function pct(kept: number, zh = false): string {
  return `${Math.round(100 * (1 - kept))}${zh ? "" : " "}%`;
}

function toResult(
  id: string,
  v: NormalisedForecastInput,
  s: PoolInput,
  o: PoolOutput,
  groupKind: "category" | "channel",
): BatchForecast {
  const g = 1 + v.growth;
  // (no growth: the pooled model's own arrays, nothing else holds them)
  const grown = (a: number[]): number[] => (g === 1 ? a : a.map((x) => x * g));
  const forecast = grown(o.forecast);
  const median = grown(o.median);
  const lower = grown(o.lower);
  const upper = grown(o.upper);
  const hasPromo = s.buyerLift !== undefined || v.promoHistory.some((p) => p > 0);
  const from = o.pool === "batch" ? "the batch" : o.pool ? `${groupKind} "${o.pool}"` : "";
  // plain buyer's words: the SKUs it borrows from, never "the pool" or "level" (水平)
  const group = groupKind === "channel" ? "渠道" : "品类";
  const fromZh = o.pool === "batch" ? "本批 SKU" : o.pool ? `${group}“${o.pool}”的 SKU` : "";
  const liftFrom =
    s.buyerLift !== undefined
      ? "buyer's"
      : o.liftPooled
        ? `${pct(o.liftOwn)} from the pool`
        : `shrunk ${pct(o.liftOwn)} toward no lift`;
  const liftFromZh =
    s.buyerLift !== undefined
      ? "买家设定"
      : o.liftPooled
        ? `${pct(o.liftOwn, true)} 参考${fromZh || "其他 SKU"}`
        : `向无提升收缩 ${pct(o.liftOwn, true)}`;
  const intervals = o.alone
    ? "intervals from its own backtests"
    : "intervals from backtests pooled over SKUs of similar sales rate";
  const intervalsZh = o.alone ? "区间按自身回测校准" : "区间按销量相近 SKU 的回测合并校准";
  const en =
    `Pooled model: level (recent weighted means, mostly half-life ${o.halfLife} days) × weekday profile` +
    (from ? ` (${pct(o.profileOwn)} borrowed from ${from})` : "") +
    (hasPromo ? ` × promo lift ×${o.lift.toFixed(2)} (${liftFrom})` : "") +
    (o.season !== 1
      ? ` × the pool's seasonal movement last year (×${o.season.toFixed(2)} over the next 28 days)`
      : "") +
    `; ${intervals}.` +
    (v.growth !== 0 ? ` Growth ${(v.growth * 100).toFixed(0)} % applied.` : "");
  const zh =
    `合并模型：近期日销（加权平均，权重约每 ${o.halfLife} 天减半）× 星期系数` +
    (fromZh ? `（${pct(o.profileOwn, true)} 借自${fromZh}）` : "") +
    (hasPromo ? ` × 促销提升 ×${o.lift.toFixed(2)}（${liftFromZh}）` : "") +
    (o.season !== 1
      ? ` × ${fromZh || "本批 SKU"} 去年同期的走势（未来 28 天 ×${o.season.toFixed(2)}）`
      : "") +
    `；${intervalsZh}。` +
    (v.growth !== 0 ? `已计入增长 ${(v.growth * 100).toFixed(0)}%。` : "");
  return {
    id,
    ok: true,
    forecast,
    median,
    lower,
    upper,
    method: "Pooled",
    promoLift: hasPromo ? o.lift : 1,
    seasonLength: s.seasonLength,
    explanation: en,
    explanationZh: zh,
    observedDays: v.observed,
    total: {
      from: s.window.from,
      to: s.window.to,
      forecast: o.total.forecast * g,
      lower: o.total.lower * g,
      upper: o.total.upper * g,
    },
  };
}
