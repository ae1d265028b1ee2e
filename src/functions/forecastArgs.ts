/**
 * Turns FORECAST_PROMO / PROMO_LIFT cell arguments into the core's `ForecastInput`, and picks
 * the orientation the result spills in.
 */
import { InputError, MAX_SEASON_LENGTH, OutOfRangeError, type ForecastInput } from "../core";
import {
  MAX_RANGE_CELLS,
  type Orientation,
  type RangeArg,
  toInteger,
  toIsoDate,
  toNumberRange,
  toOptionalNumber,
  toOptionalNumberRange,
  toOptionalProbability,
  isBlank,
} from "./coerce";
import { message } from "./messages";

/** Horizon when `future_promo` is omitted: the next period only. */
export const DEFAULT_HORIZON = 1;

/** Core argument names → FORECAST_PROMO parameter names, for error messages. */
export const FORECAST_ARGUMENT_NAMES = {
  promoHistory: "promo_history",
  promoFuture: "future_promo",
  horizon: "future_promo",
  seasonLength: "season_length",
  startDate: "start_date",
  censored: "history",
};

/** Which series FORECAST_PROMO returns. */
export type ForecastSide = "forecast" | "lower" | "upper";

/** `side` words, case-insensitive, with Chinese aliases. */
export const SIDE_CHOICES: Record<string, ForecastSide> = {
  mean: "forecast",
  forecast: "forecast",
  lower: "lower",
  upper: "upper",
  均值: "forecast",
  预测: "forecast",
  下限: "lower",
  上限: "upper",
};

/**
 * An optional season length: a whole number of periods in [1, MAX_SEASON_LENGTH] (the core's
 * bound). Checked here for PROMO_LIFT too, whose core estimator trusts it: 3e9 once ran 23 s.
 * @throws InputError not a whole number; OutOfRangeError outside the bound
 */
export function seasonLengthOf(value: RangeArg): number | undefined {
  const s = toInteger(value, "season_length", true);
  if (s !== undefined && (s < 1 || s > MAX_SEASON_LENGTH)) {
    throw new OutOfRangeError("season_length", message("seasonTooLong", { max: MAX_SEASON_LENGTH }));
  }
  return s;
}

/** A `ForecastInput` with the spill orientation. */
export interface ForecastCells {
  input: ForecastInput;
  orientation: Orientation;
}

/**
 * History and promo history, aligned: blanks in `history` are censored; blanks in the promo range
 * are "no promo". Both ranges must have the same number of cells (so A:A with B:B works too).
 * @throws InputError the ranges differ in size; InsufficientDataError comes later from the core
 */
export function historyCells(
  history: RangeArg,
  promoHistory: RangeArg,
): { history: number[]; censored: boolean[]; promo?: number[]; orientation: Orientation } {
  if (history === null || history === undefined) throw new InputError("history", message("required", {}));
  const h = toNumberRange(history, "history", { series: true });
  if (h.values.length === 0) throw new InputError("history", message("emptyRange", {}));
  const p = toOptionalNumberRange(promoHistory, "promo_history", { series: true });
  let promo: number[] | undefined;
  if (p !== undefined) {
    if (p.cellCount !== h.cellCount) {
      throw new InputError(
        "promo_history",
        message("lengthMismatch", { other: "history", cells: p.cellCount, otherCells: h.cellCount }),
      );
    }
    // Trailing blanks were dropped from both: pad the promo flags with "no promo", or cut the
    // flags that belong to history cells dropped as trailing blanks.
    promo = p.values.slice(0, h.values.length);
    while (promo.length < h.values.length) promo.push(0);
  }
  return { history: h.values, censored: h.blank, promo, orientation: h.orientation };
}

/**
 * Reads every FORECAST_PROMO argument except `side`.
 * `future_promo` is either a range of promo flags (one result per cell, spilled in the range's
 * orientation) or a single number of periods to forecast.
 */
export function forecastCells(
  history: RangeArg,
  promoHistory: RangeArg,
  futurePromo: RangeArg,
  seasonLength: RangeArg,
  growth: RangeArg,
  level: RangeArg,
  startDate: RangeArg,
): ForecastCells {
  const h = historyCells(history, promoHistory);
  const input: ForecastInput = { history: h.history, censored: h.censored };
  if (h.promo) input.promoHistory = h.promo;
  let orientation = h.orientation;

  const future = futurePromo === null || futurePromo === undefined ? undefined : futurePromo;
  const single =
    future !== undefined && (!Array.isArray(future) || (future.length === 1 && future[0].length === 1));
  if (future === undefined || (single && isBlank(Array.isArray(future) ? future[0][0] : future))) {
    input.horizon = DEFAULT_HORIZON;
  } else if (single) {
    input.horizon = toInteger(future, "future_promo");
    // Bound the work one cell can ask for (and the spill: a sheet has 1,048,576 rows).
    if (input.horizon > MAX_RANGE_CELLS) {
      throw new OutOfRangeError(
        "future_promo",
        message("tooManyPeriods", { periods: input.horizon, max: MAX_RANGE_CELLS }),
      );
    }
  } else {
    const f = toNumberRange(future, "future_promo", { series: true });
    // Every cell of the range is a future period, blank = no promo, so trailing blanks count:
    // the cap must hold here too, or a blank whole column (D:D) would spill 1,048,576 rows.
    if (f.cellCount > MAX_RANGE_CELLS) {
      throw new OutOfRangeError(
        "future_promo",
        message("tooManyPeriods", { periods: f.cellCount, max: MAX_RANGE_CELLS }),
      );
    }
    const flags = f.values.concat(new Array<number>(f.cellCount - f.values.length).fill(0));
    input.promoFuture = flags;
    orientation = f.orientation;
  }

  const s = seasonLengthOf(seasonLength);
  if (s !== undefined) input.seasonLength = s;
  const g = toOptionalNumber(growth, "growth");
  if (g !== undefined) input.growth = g;
  const l = toOptionalProbability(level, "level");
  if (l !== undefined) input.level = l;
  if (startDate !== null && startDate !== undefined && !isBlank(startDate)) {
    input.startDate = toIsoDate(startDate, "start_date");
  }
  return { input, orientation };
}
