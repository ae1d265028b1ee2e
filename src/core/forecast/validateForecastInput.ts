import { isoToDayNumber } from "../dates/isoDate";
import { InputError, InsufficientDataError, OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import type { ForecastInput } from "./types";

/** Default central interval probability: 0.8, so `upper` is the p90 (DESIGN.md, core API). */
export const DEFAULT_LEVEL = 0.8;
/** Fewest observed (uncensored) periods a forecast needs: one level and one change. */
export const MIN_OBSERVED_PERIODS = 2;
/** Longest season accepted (a year of daily data plus leap day). */
export const MAX_SEASON_LENGTH = 366;

/**
 * A day series as a caller may pass it: a plain array, or a typed array (the batch forecast of a
 * large plan: 5,000 SKUs × 730 days as plain arrays were ≈90 MB of values the garbage collector
 * walks and copies; typed arrays it does neither). A flag series' typed form holds 1 for true.
 */
export type Values = number[] | Float64Array | Uint8Array;
export type Flags = boolean[] | Uint8Array;

/** The values as a plain array: the array itself, or a copy of a typed one. */
export function plainValues(a: Values): number[] {
  return Array.isArray(a) ? a : Array.from(a);
}

/** The flags as a plain boolean array: the array itself, or a copy of a typed one (1 = true). */
export function plainFlags(a: Flags): boolean[] {
  return Array.isArray(a) ? a : Array.from(a, Boolean);
}

/** `ForecastInput` whose history, promo history and censored flags may be typed arrays. */
export interface SeriesInput extends Omit<ForecastInput, "history" | "promoHistory" | "censored"> {
  history: Values;
  promoHistory?: Values;
  censored?: Flags;
}

/** Validated and normalised input: every optional argument resolved to a value. */
export interface NormalisedForecastInput {
  history: Values;
  promoHistory: Values;
  promoFuture: number[];
  hasPromoHistory: boolean;
  censored: Flags;
  horizon: number;
  seasonLength: number | undefined;
  growth: number;
  level: number;
  /** Day number (days since 1970-01-01, UTC) of history[0], when `startDate` is given. */
  startDay: number | undefined;
  promoLift: number | undefined;
  /** Count of uncensored periods. */
  observed: number;
}

/**
 * Parses an ISO `YYYY-MM-DD` date into a UTC day number (days since 1970-01-01): the core's one
 * date parser (dates/isoDate), under the argument name `startDate` unless told otherwise.
 * @throws InputError when the text is not a real calendar date.
 * @example parseIsoDay("1970-01-02") // => 1
 */
export function parseIsoDay(text: string, argument = "startDate"): number {
  return isoToDayNumber(argument, text);
}

function allBooleans(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (typeof values[i] !== "boolean") return false;
  return true;
}

/** A typed array of numbers (not a DataView, not a BigInt array: those are no day series). */
function isTypedNumbers(values: unknown): values is Float64Array | Uint8Array {
  return values instanceof Float64Array || values instanceof Uint8Array;
}

function checkNumberArray<T extends Values>(values: T, argument: string, skip?: Flags): T;
function checkNumberArray(values: unknown, argument: string, skip?: Flags): Values;
function checkNumberArray(values: unknown, argument: string, skip?: Flags): Values {
  if (values instanceof Uint8Array) return values; // whole numbers 0–255: nothing to check
  if (!Array.isArray(values) && !(values instanceof Float64Array))
    throw new InputError(argument, reason("arrayOfNumbers"));
  for (let i = 0; i < values.length; i++) {
    if (skip && skip[i]) continue; // a censored period's value is never read
    const v: unknown = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new InputError(`${argument}[${i}]`, reason("finite"));
    }
    if (v < 0) throw new InputError(`${argument}[${i}]`, reason("notNegative"));
  }
  return values as Values;
}

/**
 * Checks every argument of `forecastPromo` and resolves the defaults.
 * @throws InputError for a missing/empty history, a non-finite or negative value, mismatched
 *   lengths of `promoHistory`/`censored`, `horizon` not a positive integer or disagreeing with
 *   `promoFuture`, a bad `startDate`.
 * @throws OutOfRangeError for `level` outside (0, 1), `growth` ≤ −1, `promoLift` ≤ 0,
 *   `seasonLength` outside [1, 366].
 * @throws InsufficientDataError when fewer than 2 periods are observed (uncensored).
 * `minObserved` lowers the minimum for a caller with its own answer to a one-day history (the
 * batch forecast: a flat forecast at that day's level with a wide interval).
 * @example validateForecastInput({ history: [1, 2], horizon: 1 }).horizon // => 1
 */
export function validateForecastInput(
  input: ForecastInput | SeriesInput,
  minObserved = MIN_OBSERVED_PERIODS,
): NormalisedForecastInput {
  if (input === null || typeof input !== "object") {
    throw new InputError("input", reason("objectWithHistory"));
  }
  const { history } = input;
  if ((!Array.isArray(history) && !isTypedNumbers(history)) || history.length === 0) {
    throw new InputError("history", reason("nonEmptyNumbers"));
  }
  const n = history.length;

  let censored: Flags;
  if (input.censored === undefined || input.censored === null) {
    censored = new Array<boolean>(n).fill(false);
  } else if (input.censored instanceof Uint8Array) {
    if (input.censored.length !== n) {
      throw new InputError(
        "censored",
        reason("entriesMismatch", { count: input.censored.length, other: "history", otherCount: n }),
      );
    }
    censored = input.censored;
  } else {
    if (!Array.isArray(input.censored)) throw new InputError("censored", reason("arrayOfBooleans"));
    if (input.censored.length !== n) {
      throw new InputError(
        "censored",
        reason("entriesMismatch", { count: input.censored.length, other: "history", otherCount: n }),
      );
    }
    // (the caller's array when it already holds booleans only: nothing here writes to it)
    censored = allBooleans(input.censored) ? input.censored : input.censored.map((c) => c === true);
  }
  checkNumberArray(history, "history", censored);

  let promoHistory: Values;
  const hasPromoHistory = input.promoHistory !== undefined && input.promoHistory !== null;
  if (hasPromoHistory) {
    promoHistory = checkNumberArray(input.promoHistory, "promoHistory");
    if (promoHistory.length !== n) {
      throw new InputError(
        "promoHistory",
        reason("entriesMismatch", { count: promoHistory.length, other: "history", otherCount: n }),
      );
    }
  } else {
    promoHistory = new Array<number>(n).fill(0);
  }

  let horizon: number;
  let promoFuture: number[];
  const h = input.horizon;
  if (h !== undefined && h !== null && (typeof h !== "number" || !Number.isInteger(h) || h < 1)) {
    throw new InputError("horizon", reason("positiveInteger"));
  }
  if (input.promoFuture !== undefined && input.promoFuture !== null) {
    promoFuture = checkNumberArray(input.promoFuture, "promoFuture");
    if (promoFuture.length === 0) throw new InputError("promoFuture", reason("notEmpty"));
    if (h !== undefined && h !== null && h !== promoFuture.length) {
      throw new InputError(
        "horizon",
        reason("sizeMismatch", { value: h, other: "promoFuture", count: promoFuture.length }),
      );
    }
    horizon = promoFuture.length;
  } else {
    if (h === undefined || h === null) {
      throw new InputError("horizon", reason("horizonRequired"));
    }
    horizon = h;
    promoFuture = new Array<number>(horizon).fill(0);
  }

  let seasonLength: number | undefined;
  if (input.seasonLength !== undefined && input.seasonLength !== null) {
    const s = input.seasonLength;
    if (typeof s !== "number" || !Number.isInteger(s)) {
      throw new InputError("seasonLength", reason("wholePeriods"));
    }
    if (s < 1 || s > MAX_SEASON_LENGTH) {
      throw new OutOfRangeError("seasonLength", reason("between", { min: 1, max: MAX_SEASON_LENGTH }));
    }
    seasonLength = s;
  }

  let growth = 0;
  if (input.growth !== undefined && input.growth !== null) {
    if (typeof input.growth !== "number" || !Number.isFinite(input.growth)) {
      throw new InputError("growth", reason("growthFraction"));
    }
    if (input.growth <= -1) throw new OutOfRangeError("growth", reason("aboveMinusOne"));
    growth = input.growth;
  }

  let level = DEFAULT_LEVEL;
  if (input.level !== undefined && input.level !== null) {
    if (typeof input.level !== "number" || Number.isNaN(input.level)) {
      throw new InputError("level", reason("number"));
    }
    if (!(input.level > 0 && input.level < 1)) {
      throw new OutOfRangeError("level", reason("openUnit", { got: input.level }));
    }
    level = input.level;
  }

  let promoLift: number | undefined;
  if (input.promoLift !== undefined && input.promoLift !== null) {
    if (typeof input.promoLift !== "number" || !Number.isFinite(input.promoLift)) {
      throw new InputError("promoLift", reason("finite"));
    }
    if (input.promoLift <= 0) throw new OutOfRangeError("promoLift", reason("greaterThanZero"));
    promoLift = input.promoLift;
  }

  let startDay: number | undefined;
  if (input.startDate !== undefined && input.startDate !== null) {
    if (typeof input.startDate !== "string") throw new InputError("startDate", reason("isoDateText"));
    startDay = parseIsoDay(input.startDate);
  }

  let observed = 0;
  for (let i = 0; i < n; i++) if (!censored[i]) observed++;
  if (observed < minObserved) {
    throw new InsufficientDataError(
      "history",
      reason("needsUncensored", { min: minObserved, count: observed }),
    );
  }

  return {
    history,
    promoHistory,
    promoFuture,
    hasPromoHistory,
    censored,
    horizon,
    seasonLength,
    growth,
    level,
    startDay,
    promoLift,
    observed,
  };
}
