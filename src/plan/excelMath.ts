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

/** 2⁻⁴⁸: LibreOffice's rtl::math::approxEqual tolerance (relative). */
const APPROX_EQUAL = 1 / (16777216 * 16777216);

/**
 * a − b as a spreadsheet computes it: two same-signed numbers equal to about 14 digits subtract
 * to exactly 0 (LibreOffice rtl::math::approxSub; Excel zeroes such results too), so
 * `1 − 0.7 − 0.3` is 0, not 5.55e-17.
 * @example excelSub(0.30000000000000004, 0.3) // => 0
 */
export function excelSub(a: number, b: number): number {
  if (((a < 0 && b < 0) || (a > 0 && b > 0)) && Math.abs(a - b) < Math.abs(a) * APPROX_EQUAL) return 0;
  return a - b;
}
