import { OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link roi}. */
export interface RoiInput {
  /** Revenue (net of discounts). */
  revenue: number;
  /** Total cost invested (e.g. landedCost().total). */
  cost: number;
}

/**
 * Return on investment = (revenue − cost) / cost. Negative when the stock-up loses money.
 * Source: seed KPI ROI.
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} negative revenue; cost ≤ 0.
 * @example roi({ revenue: 15000, cost: 10000 }) // => 0.5
 */
export function roi(input: RoiInput): number {
  requireObject("input", input);
  const revenue = requireNonNegative("revenue", input.revenue);
  const cost = requireNonNegative("cost", input.cost);
  if (cost === 0) throw new OutOfRangeError("cost", reason("noInvestment"));
  return (revenue - cost) / cost;
}
