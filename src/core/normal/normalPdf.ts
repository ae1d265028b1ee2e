import { requireFinite } from "../validate";

/** 1/√(2π) */
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Standard normal density φ(x) = exp(−x²/2) / √(2π).
 *
 * References: Abramowitz & Stegun (1964) 26.2.1.
 * @throws {InputError} x is not a finite number.
 * @example normalPdf(0) // => 0.3989422804014327
 */
export function normalPdf(x: number): number {
  requireFinite("x", x);
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}
