/**
 * SAFETY_STOCK / REORDER_POINT share their arguments:
 *   (demand_history_or_mean, lead_time, service_level, [lead_time_sd], [review_period], [method])
 * A range of daily demand gives d̄ and σd (blanks are not observed); one number is d̄ alone,
 * which only the "percent" rule of thumb can use (a mean says nothing about variability).
 */
import {
  InputError,
  InsufficientDataError,
  demandStats,
  safetyStock,
  type SafetyStockInput,
  type SafetyStockResult,
  OutOfRangeError,
  reason,
} from "../core";
import {
  type RangeArg,
  toChoice,
  toNumber,
  toNumberRange,
  toOptionalNumber,
  toOptionalProbability,
} from "./coerce";
import { message } from "./messages";

/** The safety-stock methods a formula can ask for. */
export type CellSafetyMethod = "statistical" | "empirical" | "percent";

/** `method` words, case-insensitive, with Chinese names. */
export const METHOD_CHOICES: Record<string, CellSafetyMethod> = {
  statistical: "statistical",
  empirical: "empirical",
  percent: "percent",
  统计: "statistical",
  经验: "empirical",
  百分比: "percent",
};

/** Core argument names → SAFETY_STOCK parameter names, for error messages. */
export const SAFETY_ARGUMENT_NAMES = {
  history: "demand_history_or_mean",
  censored: "demand_history_or_mean",
  meanDailyDemand: "demand_history_or_mean",
  dailyDemandStdDev: "demand_history_or_mean",
  forecastUnits: "demand_history_or_mean",
  leadTimeDays: "lead_time",
  serviceLevel: "service_level",
  safetyStockRate: "service_level",
  leadTimeStdDevDays: "lead_time_sd",
  reviewPeriodDays: "review_period",
  safetyStockUnits: "safety_stock",
};

/** A number ≥ 0, refused with the core's own reason (the same words as its checks). */
function requireNonNegative(argument: string, value: number): number {
  if (value < 0) throw new OutOfRangeError(argument, reason("atLeast", { min: 0, got: value }));
  return value;
}

/** Demand read from `demand_history_or_mean`. */
interface Demand {
  mean: number;
  /** The daily series (blank = `null`), when a range was given. */
  history?: (number | null)[];
}

function readDemand(value: RangeArg): Demand {
  const arg = "demand_history_or_mean";
  if (value === null || value === undefined) throw new InputError(arg, message("required", {}));
  const range = toNumberRange(value, arg, { series: true });
  if (range.values.length === 0) throw new InputError(arg, message("required", {}));
  if (range.cellCount === 1) return { mean: range.values[0] };
  const history = range.values.map((v, i) => (range.blank[i] ? null : v));
  return { mean: demandStats({ history }).mean, history };
}

/** The safety stock and the figures REORDER_POINT needs. */
export interface SafetyCells {
  result: SafetyStockResult;
  meanDailyDemand: number;
  leadTimeDays: number;
  /** The review period R (0 when omitted): the reorder point's mean covers L + R, like SS. */
  reviewPeriodDays: number;
}

/**
 * Computes safety stock from SAFETY_STOCK's arguments.
 * @throws InputError / OutOfRangeError bad arguments; InsufficientDataError a single mean with a
 *   method that needs the history
 */
export function safetyCells(
  demand: RangeArg,
  leadTime: RangeArg,
  serviceLevel: RangeArg,
  leadTimeSd: RangeArg,
  reviewPeriod: RangeArg,
  method: RangeArg,
): SafetyCells {
  const how = toChoice(method, "method", METHOD_CHOICES, "statistical");
  const d = readDemand(demand);
  const lead = toNumber(leadTime, "lead_time");
  const review = toOptionalNumber(reviewPeriod, "review_period");
  // read for every method, though only "statistical" uses it: a typo must not pass unnoticed
  const leadSd = toOptionalNumber(leadTimeSd, "lead_time_sd");
  // a service level may be typed 95 or "95%"; the percent rule's share is a plain fraction
  // (15 could mean 15 % or 1500 %, so it is not guessed)
  const level =
    how === "percent"
      ? toOptionalNumber(serviceLevel, "service_level")
      : toOptionalProbability(serviceLevel, "service_level");
  if (how !== "percent" && level === undefined)
    throw new InputError("service_level", message("required", {}));
  let input: SafetyStockInput;
  if (how === "percent") {
    // SS = share × expected demand over the cover window (lead time + review period). Each factor
    // is checked first: the core only sees their product, and would blame the demand for a
    // negative lead time, quoting a number the buyer never typed.
    const mean = requireNonNegative("meanDailyDemand", d.mean);
    const days =
      requireNonNegative("leadTimeDays", lead) + requireNonNegative("reviewPeriodDays", review ?? 0);
    input = { method: "percent", forecastUnits: mean * days, safetyStockRate: level };
  } else if (d.history === undefined) {
    throw new InsufficientDataError("demand_history_or_mean", message("meanOnly", {}));
  } else if (how === "empirical") {
    input = {
      method: "empirical",
      history: d.history,
      leadTimeDays: lead,
      reviewPeriodDays: review,
      serviceLevel: level as number,
    };
  } else {
    const stats = demandStats({ history: d.history });
    input = {
      method: "statistical",
      meanDailyDemand: stats.mean,
      dailyDemandStdDev: stats.stdDev,
      leadTimeDays: lead,
      leadTimeStdDevDays: leadSd,
      reviewPeriodDays: review,
      serviceLevel: level as number,
    };
  }
  return {
    result: safetyStock(input),
    meanDailyDemand: d.mean,
    leadTimeDays: lead,
    reviewPeriodDays: review ?? 0,
  };
}
