// the module file, not ../index: index re-exports this module (an import cycle)
import { normalInverse } from "../normal/normalInverse";
import { calendarSeries, fitCalendarModel } from "./calendarModel";
import { detectSeasonLength } from "./detectSeasonLength";
import { estimatePromoLift } from "./estimatePromoLift";
import { fitAutoEts } from "./autoEts";
import { etsForecast, etsName, etsVarianceMultipliers } from "./ets";
import { chooseIntermittent } from "./intermittent";
import { quantileSorted } from "./quantile";
import type { ForecastInput, ForecastResult } from "./types";
import {
  plainFlags,
  plainValues,
  validateForecastInput,
  type Flags,
  type NormalisedForecastInput,
} from "./validateForecastInput";

/**
 * Average inter-demand interval above which a series is intermittent: 1.32, the cut-off of
 * Syntetos, Boylan & Croston (2005) between smooth/erratic and intermittent/lumpy demand.
 */
export const INTERMITTENT_ADI = 1.32;

/** Season of daily (dated) history when seasonLength is omitted: the week. */
export const DAILY_SEASON = 7;

/**
 * Largest share of observed zeros for the calendar model (1 in 20). Its log-space fit leaves zeros
 * out, which is harmless for a store that is open with no sales on a rare day but would bias a
 * low-count SKU upward; such series go to ETS or the intermittent methods.
 */
export const CALENDAR_MAX_ZERO_SHARE = 0.05;

/** Fewest one-step errors for an error-quantile interval; below it, quantiles of the observed demand. */
const MIN_EMPIRICAL_RESIDUALS = 10;

interface BaseForecast {
  forecast: number[];
  lower: number[];
  upper: number[];
  method: string;
  /** Lift applied to promo periods by the caller (calendar models carry their own). */
  applyLift: boolean;
  promoLift?: number;
  en: string;
  zh: string;
  backtest?: CalendarBacktest;
}

/** The input with plain arrays, as the single-series methods (ETS, intermittent, mean) take it. */
type PlainInput = NormalisedForecastInput & {
  history: number[];
  promoHistory: number[];
  censored: boolean[];
};

/**
 * `v` with plain arrays: itself when it has them (every `forecastPromo` call), else a copy of the
 * typed arrays the batch passes (its calendar-only runs never get here).
 */
function plain(v: NormalisedForecastInput): PlainInput {
  if (Array.isArray(v.history) && Array.isArray(v.promoHistory) && Array.isArray(v.censored))
    return v as PlainInput;
  return {
    ...v,
    history: plainValues(v.history),
    promoHistory: plainValues(v.promoHistory),
    censored: plainFlags(v.censored),
  };
}

/** Promo multiplier of a period with intensity p: lift^p (p = 1 → the full lift, 0 → none). */
function promoMultiplier(lift: number, p: number): number {
  return p > 0 ? Math.pow(lift, p) : 1;
}

function meanForecast(y: number[], v: PlainInput, z: number): BaseForecast {
  const obs = y.filter((_, t) => !v.censored[t]);
  const mean = obs.reduce((a, b) => a + b, 0) / obs.length;
  const sd = Math.sqrt(obs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, obs.length - 1));
  // a new observation's spread around a sample mean: sd·√(1 + 1/n)
  const half = z * sd * Math.sqrt(1 + 1 / obs.length);
  const forecast = new Array<number>(v.horizon).fill(mean);
  return {
    forecast,
    lower: forecast.map((f) => Math.max(0, f - half)),
    upper: forecast.map((f) => f + half),
    method: "Mean",
    applyLift: true,
    en: `Average of the ${obs.length} observed periods (too few for a smoothing model).`,
    zh: `取 ${obs.length} 个已观测周期的平均值（数据太少，无法使用平滑模型）。`,
  };
}

function etsPath(y: number[], v: PlainInput, s: number, z: number): BaseForecast {
  const auto = fitAutoEts(y, v.censored, s);
  if (auto === undefined) return meanForecast(y, v, z);
  const best = auto.fit;
  const point = etsForecast(best.run, best.spec, best.params, auto.window, v.horizon);
  const mult = etsVarianceMultipliers(best.spec, best.params, v.horizon);
  const sigma = Math.sqrt(best.sigma2);
  const name = etsName(best.spec);
  return {
    forecast: point.map((f) => Math.max(0, f)),
    // normal prediction interval ŷ ± z·σ·√v_h (Hyndman et al. 2008, §6.1), floored at 0
    lower: point.map((f, h) => Math.max(0, f - z * sigma * Math.sqrt(mult[h]))),
    upper: point.map((f, h) => Math.max(0, f + z * sigma * Math.sqrt(mult[h]))),
    method: name,
    applyLift: true,
    en: `Exponential smoothing ${name}, chosen by AICc (α = ${best.params.alpha.toFixed(2)}).`,
    zh: `指数平滑 ${name}，按 AICc 自动选择（α = ${best.params.alpha.toFixed(2)}）。`,
  };
}

function intermittentPath(y: number[], v: PlainInput, nonZero: number): BaseForecast {
  const choice = chooseIntermittent(y, v.censored);
  const f = choice.run.forecast;
  // empirical quantiles of the one-step errors (or of the observed demand when there are few)
  const pool =
    choice.errors.length >= MIN_EMPIRICAL_RESIDUALS
      ? choice.errors.map((e) => f + e)
      : y.filter((_, t) => !v.censored[t]);
  const sorted = pool.slice().sort((a, b) => a - b);
  const lo = Math.max(0, quantileSorted(sorted, (1 - v.level) / 2));
  const hi = Math.max(0, quantileSorted(sorted, (1 + v.level) / 2));
  const forecast = new Array<number>(v.horizon).fill(f);
  return {
    forecast,
    lower: forecast.map((x) => Math.min(x, lo)),
    upper: forecast.map((x) => Math.max(x, hi)),
    method: choice.method,
    applyLift: true,
    en: `Intermittent demand (sold in ${nonZero} of ${v.observed} observed periods): ${choice.method}, α = ${choice.alpha}.`,
    zh: `间歇性需求（${v.observed} 个已观测周期中有 ${nonZero} 个有销量）：${choice.method}，α = ${choice.alpha}。`,
  };
}

/**
 * Promo-aware demand forecast for one SKU or store.
 *
 * Method, chosen per series:
 * 1. Intermittent demand (average interval between sales > 1.32 observed periods; Syntetos,
 *    Boylan & Croston 2005): Croston, SBA or TSB, picked by one-step-ahead MSE.
 * 2. Daily data with `startDate` (season 7 unless given) and enough history for a rolling-origin backtest: the calendar
 *    model (see calendarModel.ts): weekday × promo profile, day of month and last year's same
 *    period in log space, parameters and interval quantiles from the backtest.
 * 3. Otherwise exponential smoothing ETS(A, N|Ad, N|A|M) chosen by AICc on the series with promo
 *    periods divided by the promo lift, fitted on the recent window (fitAutoEts in autoEts.ts);
 *    too short for that → the mean.
 * Outside the calendar model the promo lift is `estimatePromoLift` (or the buyer's `promoLift`) and
 * multiplies promo periods (intensity p → lift^p). The buyer's `promoLift` also overrides the
 * calendar model's own promo profile. `growth` multiplies forecast and bounds: ŷ·(1 + growth).
 * Censored periods never enter a fit (ETS carries its state over them, Croston skips them).
 *
 * @throws InputError / OutOfRangeError / InsufficientDataError as listed in validateForecastInput
 * @example forecastPromo({ history: [5, 5, 5, 5, 5, 5], horizon: 2 }).forecast // => [5, 5]
 */
export function forecastPromo(input: ForecastInput): ForecastResult {
  return forecastPromoDetailed(input).result;
}

/** Backtest of the calendar model, when it ran: see CalendarForecast.backtest. */
export interface CalendarBacktest {
  origins: number[];
  window: number;
  sse: number;
  /** Per origin, the combined forecast of its window's days inside the history. */
  forecasts: Float64Array[];
}

/**
 * `forecastPromo` with the calendar model's backtest, for the batch forecast's model choice
 * (internal: not exported from the module's index).
 */
export function forecastPromoDetailed(input: ForecastInput): {
  result: ForecastResult;
  backtest?: CalendarBacktest;
} {
  return forecastChecked(validateForecastInput(input), false) as {
    result: ForecastResult;
    backtest?: CalendarBacktest;
  };
}

/**
 * The batch's calendar run on an input it has already checked (`validateForecastInput`, 2 or
 * more observed periods): `forecastPromoDetailed`'s answer when that is the calendar model's,
 * else undefined, without running the other methods the batch would discard.
 */
export function calendarForecast(
  v: NormalisedForecastInput,
  beat = Infinity,
): { result: ForecastResult; backtest?: CalendarBacktest } | undefined {
  return forecastChecked(v, true, beat);
}

/** `beat`: see fitCalendarModel (the calendar answer only when its backtest error is below it). */
function forecastChecked(
  checked: NormalisedForecastInput,
  calendarOnly: boolean,
  beat = Infinity,
): { result: ForecastResult; backtest?: CalendarBacktest } | undefined {
  const v = beforeLaunchCensored(checked);
  // the single-series methods read plain arrays: a typed input is copied once, when first needed
  let plainCopy: PlainInput | undefined;
  const plainV = (): PlainInput => (plainCopy ??= plain(v));
  // dated history is daily: the weekly cycle is the season (an ACF would confuse it with a
  // biweekly promo rhythm); undated history has its season detected
  const s =
    v.seasonLength ??
    (v.startDay !== undefined ? DAILY_SEASON : detectSeasonLength(plainV().history, plainV().censored));
  const z = normalInverse((1 + v.level) / 2); // level is in (0, 1), so p is in (0.5, 1)
  let hasPromo = false;
  if (v.hasPromoHistory)
    for (let t = 0; t < v.promoHistory.length && !hasPromo; t++)
      hasPromo = v.promoHistory[t] > 0 && !v.censored[t];
  // the lift is estimated only when a method applies it (the calendar model has its own)
  let known: number | undefined;
  const lift = (): number => {
    if (known === undefined) {
      const estimated = hasPromo && v.promoLift === undefined;
      known =
        v.promoLift ??
        (estimated
          ? estimatePromoLift(plainV().history, plainV().promoHistory, plainV().censored, s).lift
          : 1);
    }
    return known;
  };
  const liftWhy = v.promoLift !== undefined ? "buyer's" : "estimated";
  const liftWhyZh = v.promoLift !== undefined ? "买家设定的" : "估计的";

  const base = choosePath(v, s, z, lift, calendarOnly, beat);
  if (base === undefined) return undefined;
  const out: ForecastResult = {
    ...scale(base, v, base.applyLift ? lift() : 1),
    method: base.method,
    promoLift: base.applyLift ? lift() : (base.promoLift ?? 1),
    seasonLength: s,
  };
  if (base.method !== "Calendar" && v.observed < v.history.length) {
    // Sales recorded in a censored period are a lower bound on its demand (a stock-out sells
    // what was there; a blank counts as 0), so the forecast never falls below the one that
    // reads them as demand: censoring can only raise it. (The calendar model leaves zeros out
    // of its log-space fit anyway.)
    // (periods before the first sale stay censored: the product was not on sale yet)
    const launch = firstSale(v);
    const p = plainV();
    const recorded = p.history.map((y, t) => (p.censored[t] && !(Number.isFinite(y) && y >= 0) ? 0 : y));
    const asRecorded: PlainInput = {
      ...p,
      history: recorded,
      censored: recorded.map((_, t) => t < launch),
      observed: recorded.length - launch,
    };
    const floor = scale(choosePath(asRecorded, s, z, lift, false) as BaseForecast, v, lift());
    for (let h = 0; h < v.horizon; h++) {
      if (floor.forecast[h] > out.forecast[h]) {
        out.forecast[h] = floor.forecast[h];
        out.lower[h] = Math.min(out.lower[h], floor.forecast[h]);
        out.upper[h] = Math.max(out.upper[h], floor.upper[h]);
      }
    }
  }
  // a zero forecast applies no lift: a note "×1.00 (estimated per weekday)" would be untrue
  const showLift = (hasPromo || v.promoLift !== undefined) && base.method !== "Zero";
  const promoNote = showLift
    ? ` Promo lift ×${out.promoLift.toFixed(2)} (${base.applyLift ? liftWhy : "estimated per weekday"}).`
    : "";
  const promoNoteZh = showLift
    ? `促销提升 ×${out.promoLift.toFixed(2)}（${base.applyLift ? liftWhyZh : "按星期估计"}）。`
    : "";
  const growthNote = v.growth !== 0 ? ` Growth ${(v.growth * 100).toFixed(0)} % applied.` : "";
  const growthNoteZh = v.growth !== 0 ? `已计入增长 ${(v.growth * 100).toFixed(0)}%。` : "";
  out.explanation = base.en + promoNote + growthNote;
  out.explanationZh = base.zh + promoNoteZh + growthNoteZh;
  return { result: out, backtest: base.backtest };
}

/** Index of the first observed period with a sale (history.length when there is none). */
function firstSale(v: NormalisedForecastInput): number {
  const n = v.history.length;
  for (let t = 0; t < n; t++) if (!v.censored[t] && v.history[t] > 0) return t;
  return n;
}

/**
 * Zeros before a product's first sale mean "not launched yet", not "no demand": a history range
 * that starts before the launch would otherwise look intermittent (mostly zeros) and get a flat
 * Croston/TSB forecast for a product that sells every day since. Those periods are censored, as
 * the plan already does by starting each SKU's series at its first sale.
 */
function beforeLaunchCensored(v: NormalisedForecastInput): NormalisedForecastInput {
  const launch = firstSale(v);
  if (launch === 0 || launch === v.history.length) return v;
  let hidden = 0;
  for (let t = 0; t < launch; t++) if (!v.censored[t]) hidden++;
  if (hidden === 0) return v;
  // (in the caller's form: typed flags stay typed)
  const censored: Flags =
    v.censored instanceof Uint8Array ? v.censored.slice() : (v.censored as boolean[]).map((c) => c);
  for (let t = 0; t < launch; t++) censored[t] = v.censored instanceof Uint8Array ? 1 : true;
  return { ...v, censored, observed: v.observed - hidden };
}

/** Forecast, lower and upper after the promo multiplier and growth; bounds ordered around it. */
function scale(
  base: BaseForecast,
  v: NormalisedForecastInput,
  lift: number,
): { forecast: number[]; lower: number[]; upper: number[] } {
  const g = 1 + v.growth;
  const forecast: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let h = 0; h < v.horizon; h++) {
    const m = (base.applyLift ? promoMultiplier(lift, v.promoFuture[h]) : 1) * g;
    const f = base.forecast[h] * m;
    forecast.push(f);
    lower.push(Math.min(f, base.lower[h] * m));
    upper.push(Math.max(f, base.upper[h] * m));
  }
  return { forecast, lower, upper };
}

/**
 * Picks and runs the method for this series (see forecastPromo); `lift` gives the promo lift the
 * non-calendar methods deflate by. With `calendarOnly`, undefined unless the calendar model is
 * the method.
 */
function choosePath(
  v: NormalisedForecastInput,
  s: number,
  z: number,
  lift: () => number,
  calendarOnly: boolean,
  beat = Infinity,
): BaseForecast | undefined {
  let nonZero = 0;
  for (let t = 0; t < v.history.length; t++) if (!v.censored[t] && v.history[t] > 0) nonZero++;
  if (nonZero === 0) {
    if (calendarOnly) return undefined;
    const zeros = new Array<number>(v.horizon).fill(0);
    return {
      forecast: zeros,
      lower: zeros.slice(),
      upper: zeros.slice(),
      method: "Zero",
      applyLift: false,
      en: "No sales in any observed period: forecast 0.",
      zh: "所有已观测周期均无销量：预测为 0。",
    };
  }
  if (v.observed / nonZero > INTERMITTENT_ADI) {
    if (calendarOnly) return undefined;
    const p = plain(v);
    return intermittentPath(deflate(p, lift()), p, nonZero);
  }
  // the calendar model works in log space and leaves zeros out: use it only where they are rare
  const calendar =
    nonZero >= (1 - CALENDAR_MAX_ZERO_SHARE) * v.observed ? calendarPath(v, s, beat) : undefined;
  if (calendar !== undefined || calendarOnly) return calendar;
  const p = plain(v);
  return etsPath(deflate(p, lift()), p, s, z);
}

/** History with promo periods divided by their promo multiplier (censored values untouched). */
function deflate(v: PlainInput, lift: number): number[] {
  if (lift === 1) return v.history;
  return v.history.map((y, t) => (v.censored[t] ? y : y / promoMultiplier(lift, v.promoHistory[t])));
}

function calendarPath(v: NormalisedForecastInput, s: number, beat: number): BaseForecast | undefined {
  if (v.startDay === undefined) return undefined;
  // the buyer's own lift replaces the model's promo profile: forecast the non-promo state
  const future = v.promoLift !== undefined ? v.promoFuture.map(() => 0) : v.promoFuture;
  const S = calendarSeries(v.history, v.censored, v.promoHistory, future, v.startDay, s);
  const fit = fitCalendarModel(S, v.level, beat);
  if (fit === undefined) return undefined;
  return {
    forecast: fit.forecast,
    lower: fit.lower,
    upper: fit.upper,
    method: "Calendar",
    applyLift: v.promoLift !== undefined,
    promoLift: fit.promoLift,
    backtest: fit.backtest,
    en:
      `Calendar model: recent level × weekday-and-promo profile × day of month × last year's same period, ` +
      `3 best backtested settings combined (best: level half-life ${fit.halfLife} days, last-year weight ` +
      `${fit.yearlyWeight}); interval calibrated on ${fit.residuals} backtest days.`,
    zh:
      `日历模型：近期日销 × 星期与促销系数 × 月内日期系数 × 去年同期变化，` +
      `合并回测最好的 3 组参数（最佳：近期日销权重约每 ${fit.halfLife} 天减半，去年同期权重 ${fit.yearlyWeight}）；` +
      `区间按 ${fit.residuals} 个回测日校准。`,
  };
}
