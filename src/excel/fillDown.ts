/**
 * Copying a formula k rows down, as Excel's fill handle (and `Range.autoFill`, ExcelApi 1.9) does:
 * every A1 reference whose row is relative (no `$` before the row number) moves k rows; absolute
 * rows, defined names, function names, quoted sheet names and string literals stay as they are.
 *
 * The writer uses it to prove that a whole column of the model's formulas is one formula filled
 * down; then it writes only the first row and asks Excel to fill the rest, so the request carries
 * one formula per column instead of one per SKU.
 *
 * @example
 * shiftRows("=MAX(0,H2-I$2)+LeadTime", 3) // => "=MAX(0,H5-I$2)+LeadTime"
 */
export function shiftRows(formula: string, k: number): string {
  if (k === 0) return formula;
  // a reference: optional $, 1–3 column letters, optional $, row; not part of a longer name,
  // not a function call like LOG10(, not followed by more letters/digits
  const ref = /(^|[^A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(])/g;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/) // string literals and quoted sheet names
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(ref, (m, pre: string, col: string, abs: string, row: string) =>
            abs === "$" ? m : `${pre}${col}${Number(row) + k}`,
          ),
    )
    .join("");
}

/**
 * True when `entries[k]` is `entries[0]` filled k rows down, for every k (so `autoFill` of the
 * first cell reproduces the column exactly). Needs at least two formulas.
 */
export function isFilledDown(entries: readonly unknown[]): boolean {
  const first = entries[0];
  if (entries.length < 2 || typeof first !== "string" || !first.startsWith("=")) return false;
  for (let k = 1; k < entries.length; k++) if (entries[k] !== shiftRows(first, k)) return false;
  return true;
}
