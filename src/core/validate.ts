/**
 * Argument checks shared by the core (internal: not re-exported from index.ts). Each returns the
 * value it checked, so a function can validate and destructure in one line, and throws the typed
 * errors of ./errors naming the argument as the caller spelled it.
 */
import { described, reason } from "./reasons";
import { InputError, OutOfRangeError, OverflowError } from "./errors";

/** A finite number (not NaN, not ±Infinity, not a string that looks like one). */
export function requireFinite(argument: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(argument, reason("notFinite", { got: described(value) }));
  }
  return value;
}

/** A finite number ≥ 0 (quantities, prices, days). */
export function requireNonNegative(argument: string, value: unknown): number {
  const x = requireFinite(argument, value);
  if (x < 0) throw new OutOfRangeError(argument, reason("atLeast", { min: 0, got: x }));
  return x;
}

/** A finite number > 0 (divisors, pack sizes, capacities). */
export function requirePositive(argument: string, value: unknown): number {
  const x = requireFinite(argument, value);
  if (x <= 0) throw new OutOfRangeError(argument, reason("above", { min: 0, got: x }));
  return x;
}

/** A rate as a fraction in [0, 1] (duty, commission, return rate …). */
export function requireRate(argument: string, value: unknown): number {
  const x = requireFinite(argument, value);
  if (x < 0 || x > 1) throw new OutOfRangeError(argument, reason("fraction", { got: x }));
  return x;
}

/** A probability strictly inside (0, 1) (service levels, fill rates, quantile levels). */
export function requireOpenUnit(argument: string, value: unknown): number {
  const x = requireFinite(argument, value);
  if (x <= 0 || x >= 1) throw new OutOfRangeError(argument, reason("openUnit", { got: x }));
  return x;
}

/**
 * A computed figure that must be finite: inputs near 1e308 can each be valid and still overflow
 * a sum or a product. Throws instead of letting Infinity or NaN reach a cell or a plan.
 */
export function requireFiniteResult(argument: string, value: number): number {
  if (!Number.isFinite(value)) throw new OverflowError(argument, reason("overflow"));
  return value;
}

/** A whole number ≥ min. */
export function requireInteger(argument: string, value: unknown, min = 0): number {
  const x = requireFinite(argument, value);
  if (!Number.isInteger(x)) throw new InputError(argument, reason("wholeNumber", { got: x }));
  if (x < min) throw new OutOfRangeError(argument, reason("atLeast", { min, got: x }));
  return x;
}

/** Applies `check` when the value is present; `undefined` and `null` (an omitted Excel argument) give the default. */
export function optional<T>(
  argument: string,
  value: unknown,
  fallback: T,
  check: (argument: string, value: unknown) => T,
): T {
  return value === undefined || value === null ? fallback : check(argument, value);
}

/** The input object itself must be an object (adapters may pass anything). */
export function requireObject(argument: string, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError(argument, reason("notObject", { got: described(value) }));
  }
}
