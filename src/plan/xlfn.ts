/**
 * Functions newer than Excel 2007 are stored in files with an `_xlfn.` prefix
 * (ECMA-376 / MS-XLSX "future functions"). Office.js takes formulas without it; exceljs writes
 * formula text verbatim, so a file writer must add it or Excel and LibreOffice show #NAME?.
 * Only the functions StockUp's plan formulas can use are listed; extend when a formula needs more.
 */
export const XLFN_FUNCTIONS: readonly string[] = [
  "NORM.S.INV",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.DIST",
  "STDEV.S",
  "STDEV.P",
  "CEILING.MATH",
  "FLOOR.MATH",
  "DAYS",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "XLOOKUP",
  "IFNA",
  "CONCAT",
  "TEXTJOIN",
  "PERCENTILE.INC",
  "QUANTILE.INC",
];

/** A call of a listed function (longest names first, so NORM.S.INV is not read as NORM.S…). */
const CALL = `(^|[^A-Za-z0-9_.])(${[...XLFN_FUNCTIONS]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/\./g, "\\."))
  .join("|")})\\(`;
const XLFN_CALL = new RegExp(CALL, "gi");
/** The same without the global flag: `test` keeps no position between formulas. */
const ANY_XLFN = new RegExp(CALL, "i");

/**
 * Adds `_xlfn.` before every listed function call in an en-US formula, skipping string literals.
 *
 * @example
 * toFileFormula("=NORM.S.INV(B5)*2") // => "=_xlfn.NORM.S.INV(B5)*2"
 */
export function toFileFormula(formula: string): string {
  // most plan formulas call none of these: one test, no split (75,000 formulas at 5,000 SKUs)
  if (!ANY_XLFN.test(formula)) return formula;
  // split on string literals ("…" with "" escapes) so text inside quotes is never touched
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(XLFN_CALL, (_m, pre: string, name: string) => `${pre}_xlfn.${name.toUpperCase()}(`),
    )
    .join("");
}
