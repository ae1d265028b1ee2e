import type { PlanFigures } from "../engine";
import type { SkuPlan } from "../engine/types";
import type { PlanMessageKey } from "../i18n";
import type { CellValue, ValidationRule } from "../types";

/** What a column's value and expected functions see for one row. */
export interface RowContext {
  p: SkuPlan;
  fig: PlanFigures;
  top: number;
  cumShare: number;
  /** Imported (or typed) actual units to date and the forecast / plan demand over the same days. */
  actual: number | null;
  /** Serial of the last promo day with an imported actual; null when this SKU has none. */
  actualsThrough: number | null;
  forecastToDate: number;
  targetToDate: number;
  /** Localized text of a message key. */
  t: (key: PlanMessageKey) => string;
}

/** Number formats by role; `money` and `cost` get the sale / purchase currency. */
/** `top` shows 1 as "TOP 20%", `risk` 1 as the localized "at risk": numbers, so totals can COUNTIF them. */
export type ColFormat =
  "int" | "dec" | "pct" | "date" | "money" | "cost" | "text" | "z" | "top" | "risk" | "stale";

export interface SkuColumn {
  key: string;
  header: PlanMessageKey;
  kind: "input" | "formula" | "value";
  fmt: ColFormat;
  width?: number;
  /** input/value: the row's value (inputs: before the buyer's edit). */
  value?: (x: RowContext) => CellValue;
  /**
   * formula: built from `c(key)`, this row's cell of another column (a structured reference), and
   * `t` for a text the formula returns (the same text on every row).
   */
  formula?: (c: (key: string) => string, t: RowContext["t"]) => string;
  /** formula: what it computes, from the row's other cells `v` (as written) and the plan. */
  expect?: (v: Readonly<Record<string, CellValue>>, x: RowContext) => number | string;
  rule?: ValidationRule;
  /** Blank allowed in an input (an override column: blank = the plan's number). */
  optional?: boolean;
}

export const num = (v: CellValue | undefined): number => (typeof v === "number" ? v : 0);
