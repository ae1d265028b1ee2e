/**
 * JavaScript twins of the few Excel functions whose floating-point behaviour differs from the
 * obvious Math call. Both Excel and LibreOffice round the quotient to 15 significant digits
 * before CEILING/ROUND (LibreOffice: rtl::math::approxCeil / rtl::math::round), so 2.0000000000000004
 * cases count as exact. Used to compute the expected value of each native formula.
 */
function approx(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(15));
}

/** Excel `CEILING(x, significance)` for x ≥ 0 and significance > 0. @example ceilingTo(7, 5) // => 10 */
export function ceilingTo(x: number, significance: number): number {
  if (significance === 0) return 0;
  return Math.ceil(approx(x / significance)) * significance;
}

/** Excel `ROUND(x, 0)`: half away from zero. @example round0(2.5) // => 3; round0(-2.5) // => -3 */
export function round0(x: number): number {
  const a = approx(x);
  return a < 0 ? -Math.round(-a) : Math.round(a);
}

/** Excel arithmetic on a cell value: blank → 0, TRUE → 1, text → NaN (Excel would show #VALUE!). */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return Number.NaN;
}
