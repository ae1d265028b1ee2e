/**
 * The PlanModel: a writer-agnostic, fully laid-out description of the StockUp plan workbook.
 *
 * Data flows import → core → PlanModel → writer. Both writers (Office.js in src/excel, exceljs in
 * src/cli) render a PlanModel mechanically: every address, formula, number format, style, name,
 * validation and conditional format is decided here, so the writers contain no math and no layout.
 *
 * Conventions every writer must follow:
 * - `value` strings are ALWAYS text. A string that starts with `=`, `+`, `-`, `@`, tab or CR is
 *   still text (formula/CSV injection, issue 8): write it as a string, never as a formula.
 * - Only cells of kind `formula` carry a `formula`. Formulas are Excel en-US syntax with a leading
 *   `=` and function names WITHOUT the `_xlfn.` prefix. Office.js writes them as they are; file
 *   writers add the prefix with `toFileFormula` (src/plan/xlfn.ts).
 * - Dates are Excel serial numbers (1900 date system) with a date number format, so formulas can
 *   subtract them and both writers write plain numbers.
 * - Addresses are A1 on the cell's own sheet, upper case, without `$` (e.g. `B4`, `A30:P42`).
 */
import type { Locale } from "../core";
import type { StyleKey } from "./styles";
import type { InputKey } from "./overrides";

// the model's look and what a rebuild keeps live in their own modules; importers find them here too
export type { StyleKey, CellStyle } from "./styles";
export { PLAN_STYLES } from "./styles";
export type { InputKey, PlanOverrides, InputCellRef, PlanState, PlanStateTable } from "./overrides";
export { EMPTY_OVERRIDES } from "./overrides";

/** Bump when the layout or the stored state changes shape; see `PlanState`. */
export const PLAN_SCHEMA_VERSION = 1;

import type { CellValue } from "./cellValue";

export type { CellValue };

/**
 * label   — fixed text written by StockUp (localized);
 * input   — a value the buyer may change (kept across rebuilds, see `PlanOverrides`);
 * formula — native Excel formula (simple arithmetic on inputs);
 * value   — a computed or imported value written as a constant (forecasts, history, SKU titles).
 */
export type CellKind = "label" | "input" | "formula" | "value";

export interface PlanCell {
  /** A1 address on the sheet (no `$`). */
  address: string;
  kind: CellKind;
  /** label/input/value: what to write. formula: null (writers write the formula only). */
  value: CellValue;
  /** Only for kind `formula`: `=…`, en-US, no `_xlfn.` prefixes. */
  formula?: string;
  /**
   * Only for kind `formula`: the number the core computes for the same inputs. Not written as a
   * cached result (DESIGN.md: no cached values); used by the LibreOffice cross-check and tests.
   */
  expected?: number | string | boolean;
  numberFormat?: string;
  style: StyleKey;
  /** Only for kind `input`: its stable identity (named range name or SKU + table column key). */
  key?: InputKey;
  /** Only for kind `input`: true when `value` came from a buyer override, not an import/default. */
  overridden?: boolean;
  /**
   * Only for kind `input`: a formula the buyer typed into the input, kept across rebuilds
   * (`value` is its last known result, used for the expected numbers). Writers write the formula.
   */
  inputFormula?: string;
}

/** A column of the SKU (or monitor) table. */
export interface PlanTableColumn {
  /** Stable key, e.g. `onHand`; also the override key for table inputs. */
  key: string;
  /** Localized header text (also the Excel table column name; unique within the table). */
  header: string;
  kind: "input" | "formula" | "value";
  /**
   * For `formula` columns: the per-row template in A1 style with `{r}` for the row number, e.g.
   * `=MAX(0,H{r}-I{r})`. The concrete per-row formulas are in `sheet.cells` already.
   */
  formulaTemplate?: string;
  numberFormat?: string;
}

/** An Excel table (ListObject). Its header and body cells are all in `sheet.cells`. */
export interface PlanTable {
  /** Workbook-unique table name, e.g. `StockUpSkus`. */
  name: string;
  /** Full range including the header row, e.g. `A40:T52`. */
  range: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: PlanTableColumn[];
  /** SKU of each body row, top to bottom (empty for tables not keyed by SKU). */
  rowKeys: string[];
  /** Built-in table style name, e.g. `TableStyleLight9`. */
  style: string;
  /**
   * The column whose value identifies each body row, for tables not keyed by a `sku` column:
   * e.g. the monitor's date column (`kind: "date"`, Excel serials). A rebuild finds each row's
   * inputs through it after the buyer sorted, inserted or deleted rows.
   */
  rowKey?: { column: string; kind: "sku" | "date" | "daySku"; skuColumn?: string };
}

/** A workbook-scoped defined name for a single cell (every single input has one). */
export interface PlanName {
  name: string;
  sheet: string;
  /** A1 address without `$`; writers make it absolute: `'Plan'!$B$4`. */
  address: string;
}

export type ValidationRule =
  | { type: "list"; values: string[] }
  | { type: "decimal" | "whole"; min?: number; max?: number }
  /** Dates as Excel serials. */
  | { type: "date"; min?: number; max?: number };

export interface PlanValidation {
  /** A1 range on the sheet, e.g. `B5` or `H41:H52`. */
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  /** Localized message shown when the buyer types something invalid. */
  errorMessage: string;
}

/** A formula-based conditional format; `formula` is relative to the top-left cell of `range`. */
export interface PlanConditionalFormat {
  range: string;
  formula: string;
  style: Extract<StyleKey, "late" | "risk" | "overstock" | "warning">;
}

/** A line chart of actual vs forecast. Ranges are absolute with sheet: `'Monitor'!$A$5:$A$35`. */
export interface PlanChart {
  title: string;
  type: "line";
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left and bottom-right anchor cells. */
  from: string;
  to: string;
  /** A writer that cannot draw charts (exceljs) writes this text at this address instead. */
  fallbackNote: { address: string; text: string };
}

/**
 * Page setup: rows repeated at the top of every page and columns at the left (counts from row 1
 * and column A; 0 = none), orientation, how many pages wide the printout fits (default 1; always
 * as many pages tall as needed) and the area printed (A1 range; absent = what the sheet uses).
 */
export interface PlanPrint {
  titleRows: number;
  titleColumns?: number;
  landscape: boolean;
  pagesWide?: number;
  area?: string;
}

/**
 * Long texts laid out to be read on screen and on paper: A1 ranges merged into one cell, ranges
 * whose text wraps (top-aligned), ranges only top-aligned (the other cells of a tall row, so a
 * label and its input sit level with the first line of the help beside them), and row heights in
 * points by 1-based row number.
 */
export interface PlanTextLayout {
  merge: string[];
  wrap: string[];
  top: string[];
  rowHeights: Record<number, number>;
}

export interface PlanSheet {
  name: string;
  cells: PlanCell[];
  tables: PlanTable[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Rows/columns frozen above/left of the scroll area (0 = none). */
  frozen: { rows: number; columns: number };
  /** How the sheet prints (both writers set the same page setup). */
  print?: PlanPrint;
  /** Long texts wrapped inside the printed columns (sheets/printLayout.ts). */
  textLayout?: PlanTextLayout;
  /** Column widths in Excel character units, by column letter. */
  columnWidths: Record<string, number>;
  /** Hidden sheets hold data a writer needs but buyers do not (none by default). */
  hidden?: boolean;
}

export type ForecastMethodInfo = { sku: string; method: string };

export interface PlanMetadata {
  schemaVersion: number;
  locale: Locale;
  /** ISO date the forecasts were computed ("today" passed to buildPlan). */
  refreshDate: string;
  /** e.g. `StockUp 0.1.0 (CLI)`. */
  builtBy: string;
  event: string;
  forecastMethods: ForecastMethodInfo[];
}

export interface PlanModel {
  meta: PlanMetadata;
  sheets: PlanSheet[];
  names: PlanName[];
}
