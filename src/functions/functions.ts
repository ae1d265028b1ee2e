/**
 * StockUp's Excel custom functions (namespace STOCKUP). This file is the webpack entry and the
 * input of the metadata generator (custom-functions-metadata): the JSDoc on each function *is*
 * its en-US metadata, so every function keeps its `@customfunction ID`, one `@param` per argument
 * and a `@returns` line. zh-CN text lives in i18n.zh-CN.ts (see localize.ts).
 *
 * Every parameter is typed `unknown` (or `unknown[][]` for ranges) so that Excel hands the raw
 * cell to the one coercion layer (coerce.ts): text numbers, full-width digits, blanks and error
 * values are then treated the same way in every function. Each body is wrapped in `excelSafe`,
 * which turns the core's typed errors into #VALUE! / #NUM! / #N/A with a message.
 * Functions are pure: no workbook writes, no network.
 */
import { estimatePromoLift, forecastPromo } from "../core";
import { type RangeArg, shapeLike, toChoice, toInteger } from "./coerce";
import { excelSafe } from "./excelError";
import { FORECAST_ARGUMENT_NAMES, SIDE_CHOICES, forecastCells, historyCells } from "./forecastArgs";
import { InputError } from "../core/errors";
import { message } from "./messages";

const forecastPromoSafe = excelSafe(
  (
    history: RangeArg,
    promoHistory: RangeArg,
    futurePromo: RangeArg,
    seasonLength: RangeArg,
    growth: RangeArg,
    level: RangeArg,
    side: RangeArg,
    startDate: RangeArg,
  ): number[][] => {
    // Read `side` first: a typo should fail before any forecasting work.
    const series = toChoice(side, "side", SIDE_CHOICES, "forecast");
    const { input, orientation } = forecastCells(
      history,
      promoHistory,
      futurePromo,
      seasonLength,
      growth,
      level,
      startDate,
    );
    return shapeLike(forecastPromo(input)[series], orientation);
  },
  FORECAST_ARGUMENT_NAMES,
);

/**
 * Forecasts demand per future period from sales history, aware of promotions. Spills one value per future period.
 * @customfunction FORECAST_PROMO
 * @param history Units sold per period, oldest first (a row or a column). Blank cells are not observed (stock-out); 0 means nothing sold.
 * @param [promo_history] Promo flag (1/0) or intensity per history period, same number of cells as history. Blank means no promo.
 * @param [future_promo] Promo flag per future period (one result per cell), or one number: how many periods to forecast. Default 1 period.
 * @param [season_length] Periods per season, e.g. 7 for daily data with a weekly cycle. Detected when omitted.
 * @param [growth] Expected growth as a fraction, e.g. 0.2 for +20%. Default 0.
 * @param [level] Central interval probability for lower/upper, between 0 and 1. Default 0.8 (upper is the p90).
 * @param [side] "mean" (default), "lower" or "upper": which series to return.
 * @param [start_date] Date of the first history period (daily history only); enables calendar effects.
 * @returns Forecast units per future period, laid out like future_promo (or like history).
 */
export function forecastPromoCell(
  history: unknown[][],
  promo_history?: unknown[][],
  future_promo?: unknown[][],
  season_length?: unknown,
  growth?: unknown,
  level?: unknown,
  side?: unknown,
  start_date?: unknown,
): number[][] {
  return forecastPromoSafe(
    history as RangeArg,
    promo_history as RangeArg,
    future_promo as RangeArg,
    season_length as RangeArg,
    growth as RangeArg,
    level as RangeArg,
    side as RangeArg,
    start_date as RangeArg,
  );
}

const promoLiftSafe = excelSafe(
  (history: RangeArg, promoHistory: RangeArg, seasonLength: RangeArg): number => {
    if (promoHistory === null || promoHistory === undefined) {
      throw new InputError("promo_history", message("required", {}));
    }
    const h = historyCells(history, promoHistory);
    const s = toInteger(seasonLength, "season_length", true) ?? 1;
    return estimatePromoLift(h.history, h.promo ?? [], h.censored, s).lift;
  },
  FORECAST_ARGUMENT_NAMES,
);

/**
 * Estimates the promo lift: how many times more sells on promo periods than on comparable normal periods.
 * @customfunction PROMO_LIFT
 * @param history Units sold per period, oldest first. Blank cells are not observed (stock-out); 0 means nothing sold.
 * @param promo_history Promo flag (1/0) or intensity per history period, same number of cells as history.
 * @param [season_length] Compare promo periods with normal periods at the same season position, e.g. 7 for weekdays. Default 1.
 * @returns The lift as a multiplier (1.5 = 50% more on promo periods), shrunk toward 1 when there are few promo periods.
 */
export function promoLiftCell(
  history: unknown[][],
  promo_history: unknown[][],
  season_length?: unknown,
): number {
  return promoLiftSafe(history as RangeArg, promo_history as RangeArg, season_length as RangeArg);
}

/** Function ids (as in the metadata) → implementations. */
export const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  FORECAST_PROMO: forecastPromoCell,
  PROMO_LIFT: promoLiftCell,
};

// Register at load when running inside Excel's custom-functions runtime (or the jest stub).
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
