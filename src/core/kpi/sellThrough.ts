import { OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { optional, requireFiniteResult, requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link sellThrough}. */
export interface SellThroughInput {
  /** Units sold in the period. */
  unitsSold: number;
  /** Units received in the period. */
  unitsReceived: number;
  /** Units on hand when the period started. Default 0. */
  openingUnits?: number | null;
}

/**
 * Sell-through rate = units sold / (opening stock + units received), a fraction in [0, 1].
 * Source: the retail definition (seed KPI 售罄率).
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} a negative field; nothing available (0 / 0); more sold than available.
 * @example sellThrough({ unitsSold: 850, unitsReceived: 1000 }) // => 0.85
 */
export function sellThrough(input: SellThroughInput): number {
  requireObject("input", input);
  const sold = requireNonNegative("unitsSold", input.unitsSold);
  const received = requireNonNegative("unitsReceived", input.unitsReceived);
  const opening = optional("openingUnits", input.openingUnits, 0, requireNonNegative);
  // 1e308 + 1e308 overflows to Infinity, and sold / Infinity would read as a 0 % sell-through
  const available = requireFiniteResult("unitsReceived", opening + received);
  if (available === 0) throw new OutOfRangeError("unitsReceived", reason("noStock"));
  if (sold > available) {
    throw new OutOfRangeError("unitsSold", reason("exceedsAvailable", { sold, available }));
  }
  return sold / available; // sell-through = sold / available
}
