/** A cell's plain value. Strings are text, never formulas. */
export type CellValue = number | string | boolean | null;
