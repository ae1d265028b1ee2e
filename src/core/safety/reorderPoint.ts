import { optional, requireFiniteResult, requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link reorderPoint}. */
export interface ReorderPointInput {
  /** Mean demand per day d̄. */
  meanDailyDemand: number;
  /** Lead time L in days (supplier + first leg + check-in). */
  leadTimeDays: number;
  /** Review period R in days (periodic review: the next order can only come R days later). Default 0. */
  reviewPeriodDays?: number | null;
  /** Safety stock in units (see `safetyStock`). */
  safetyStockUnits: number;
}

/**
 * Reorder point (order-up-to level under periodic review): ROP = d̄·(L + R) + SS, the expected
 * demand until the *next* order can arrive plus safety stock (Silver, Pyke & Peterson 1998, §7.2
 * for R = 0, §7.4 for the review period). The safety stock over L + R comes from `safetyStock`
 * with the same R, so mean and buffer cover the same window.
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} a field is negative.
 * @throws {OverflowError} the result is not a finite number.
 * @example reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, safetyStockUnits: 176 }) // => 776
 * @example reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, reviewPeriodDays: 7, safetyStockUnits: 60.03 }) // => 800.03
 */
export function reorderPoint(input: ReorderPointInput): number {
  requireObject("input", input);
  const d = requireNonNegative("meanDailyDemand", input.meanDailyDemand);
  const lead = requireNonNegative("leadTimeDays", input.leadTimeDays);
  const review = optional("reviewPeriodDays", input.reviewPeriodDays, 0, requireNonNegative);
  const ss = requireNonNegative("safetyStockUnits", input.safetyStockUnits);
  return requireFiniteResult("meanDailyDemand", d * (lead + review) + ss); // ROP = d̄·(L + R) + SS
}
