import { requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link reorderPoint}. */
export interface ReorderPointInput {
  /** Mean demand per day d̄. */
  meanDailyDemand: number;
  /** Lead time L in days (supplier + first leg + check-in). */
  leadTimeDays: number;
  /** Safety stock in units (see `safetyStock`). */
  safetyStockUnits: number;
}

/**
 * Reorder point: the stock level at which to order, ROP = d̄·L + SS (expected demand during the
 * lead time plus safety stock; Silver, Pyke & Peterson 1998, §7.2).
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} a field is negative.
 * @example reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, safetyStockUnits: 176 }) // => 776
 */
export function reorderPoint(input: ReorderPointInput): number {
  requireObject("input", input);
  const d = requireNonNegative("meanDailyDemand", input.meanDailyDemand);
  const lead = requireNonNegative("leadTimeDays", input.leadTimeDays);
  const ss = requireNonNegative("safetyStockUnits", input.safetyStockUnits);
  return d * lead + ss; // ROP = d̄·L + SS
}
