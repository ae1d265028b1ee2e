/** Layout constants shared by the plan sheets: number formats, table names, A1 helpers, validation rules. */
import type { ValidationRule } from "./types";

/** Number formats (en-US codes; Excel localizes their display). */
export const FMT = {
  date: "yyyy-mm-dd",
  int: "#,##0",
  dec: "#,##0.00",
  money: "#,##0.00",
  pct: "0.0%",
  top: '"TOP 20%";-0;""',
  z: "0.0000",
} as const;

export const SKU_TABLE = "StockUpSkus";
export const MONITOR_TABLE = "StockUpMonitor";
export const MONITOR_SKU_TABLE = "StockUpMonitorSkus";

// Column letters live in the one A1 module; re-exported so the plan's imports stay short.
export { colLetter } from "./a1";

/** `'Sheet name'!$A$1:$A$9` — always quoted, quotes doubled (sheet names may hold spaces or CJK). */
export function absRef(sheet: string, col: string, r1: number, r2?: number): string {
  const q = `'${sheet.replace(/'/g, "''")}'!`;
  return r2 === undefined ? `${q}$${col}$${r1}` : `${q}$${col}$${r1}:$${col}$${r2}`;
}

/** Validation rules reused by many inputs: a fraction, whole days, non-negative numbers. */
export const RATE: ValidationRule = { type: "decimal", min: 0, max: 1 };
export const DAYS: ValidationRule = { type: "whole", min: 0, max: 365 };
export const NONNEG: ValidationRule = { type: "decimal", min: 0 };
export const WHOLE: ValidationRule = { type: "whole", min: 0 };
