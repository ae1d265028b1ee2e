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

/** Bump when the layout or the stored state changes shape; see `PlanState`. */
export const PLAN_SCHEMA_VERSION = 1;

/** The two languages every label, message and help text exists in. */
export type PlanLocale = Locale;

/** A cell's plain value. Strings are text, never formulas. */
export type CellValue = number | string | boolean | null;

/**
 * label   — fixed text written by StockUp (localized);
 * input   — a value the buyer may change (kept across rebuilds, see `PlanOverrides`);
 * formula — native Excel formula (simple arithmetic on inputs);
 * value   — a computed or imported value written as a constant (forecasts, history, SKU titles).
 */
export type CellKind = "label" | "input" | "formula" | "value";

/** Visual roles. Writers map them to fonts/fills with `PLAN_STYLES`. */
export type StyleKey =
  | "title"
  | "section"
  | "header"
  | "label"
  | "input"
  | "computed"
  | "value"
  | "warning"
  | "note"
  | "late"
  | "risk"
  | "overstock";

/** How a writer renders a style key (ARGB colours without '#'). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fillColor?: string;
  /** Thin border around the cell. */
  border?: boolean;
}

/** The one place colours live, so both writers render the same sheet. */
export const PLAN_STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "FF1F3864" },
  section: { bold: true, fontSize: 12, fontColor: "FFFFFFFF", fillColor: "FF2F5597" },
  header: { bold: true, fillColor: "FFD9E1F2", border: true },
  label: {},
  // inputs are the cells a buyer types in: the classic light-yellow "input" fill
  input: { fillColor: "FFFFF2CC", fontColor: "FF1F3864", border: true },
  computed: { fontColor: "FF000000" },
  value: { fontColor: "FF404040" },
  warning: { bold: true, fontColor: "FF9C0006", fillColor: "FFFFC7CE" },
  note: { italic: true, fontColor: "FF7F7F7F" },
  late: { fontColor: "FF9C0006", fillColor: "FFFFC7CE" },
  // orange, not the inputs' yellow: a risk must not look like a cell to type in
  risk: { fontColor: "FF833C0B", fillColor: "FFF8CBAD" },
  overstock: { fontColor: "FF1F4E79", fillColor: "FFDDEBF7" },
};

/**
 * Identifies an input across rebuilds: a named single input, a cell of the SKU table (its row's
 * SKU + the column key), or a cell of a table keyed by date (the monitor: its row's ISO date +
 * the column key). SKUs and dates are separate key spaces: a SKU named "2025-07-08" is not that
 * day's monitor row.
 */
export type InputKey =
  | { kind: "name"; name: string }
  | { kind: "table"; sku: string; column: string }
  | { kind: "date"; date: string; column: string };

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
  rowKey?: { column: string; kind: "sku" | "date" };
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

export interface PlanSheet {
  name: string;
  cells: PlanCell[];
  tables: PlanTable[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  charts: PlanChart[];
  /** Rows/columns frozen above/left of the scroll area (0 = none). */
  frozen: { rows: number; columns: number };
  /**
   * Printing: rows repeated at the top of every page (1-based count from row 1; 0 = none), one
   * page wide (as many tall as needed), landscape for wide tables.
   */
  print?: { titleRows: number; landscape: boolean };
  /** Column widths in Excel character units, by column letter. */
  columnWidths: Record<string, number>;
  /** Hidden sheets hold data a writer needs but buyers do not (none by default). */
  hidden?: boolean;
}

export type ForecastMethodInfo = { sku: string; method: string };

export interface PlanMetadata {
  schemaVersion: number;
  locale: PlanLocale;
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

/**
 * What buyers typed: single inputs by name, SKU-table inputs by SKU then column key, date-keyed
 * inputs (the monitor's daily actuals) by ISO date then column key. Readers build these maps
 * without a prototype (`Object.create(null)`), so a SKU named `__proto__` is just a key.
 */
export interface PlanOverrides {
  inputs: Record<string, CellValue>;
  table: Record<string, Record<string, CellValue>>;
  /** Absent in overrides made before dates had their own key space: treat as empty. */
  dates?: Record<string, Record<string, CellValue>>;
}

/** One input cell and its identity, for reading current values back before a rebuild. */
export interface InputCellRef {
  sheet: string;
  address: string;
  key: InputKey;
  /** The value StockUp wrote there at build time. */
  written: CellValue;
  /** True when `written` already came from a buyer override (keep it even if unchanged). */
  overridden: boolean;
  /** The buyer's formula StockUp wrote back into this input (see `PlanCell.inputFormula`). */
  formula?: string;
}

/**
 * What a writer stores in the workbook (Office.js: settings/custom XML; exceljs: the hidden
 * `StockUpState` sheet) so a later rebuild can find the buyer's edits. See `planState`.
 */
export interface PlanState {
  schemaVersion: number;
  refreshDate: string;
  locale: PlanLocale;
  inputs: InputCellRef[];
  /**
   * The SKU tables as written, so a rebuild can follow a row the buyer sorted, deleted or
   * inserted to where its SKU is now (see `locateInputs`). Absent in states written before it
   * existed: their table inputs are read by address.
   */
  tables?: PlanStateTable[];
}

/** Where a table keyed by SKU (or date) was written, and which of its columns holds the key. */
export interface PlanStateTable {
  /** The Excel table's name, e.g. `StockUpSkus`. */
  name: string;
  sheet: string;
  /** Full range as written, header row included, e.g. `A1:T13`. */
  range: string;
  /** 0-based position of the SKU (row key) column within the table. */
  keyColumn: number;
  /** What the key column holds (absent in older states: SKUs). */
  keyKind?: "sku" | "date";
  /**
   * Header text of every column as written (absent in older states). A rebuild finds the key
   * column and each input column by its header, so inserted, deleted or moved columns keep edits.
   */
  headers?: string[];
}

export const EMPTY_OVERRIDES: PlanOverrides = Object.freeze({
  inputs: Object.freeze({}),
  table: Object.freeze({}),
  dates: Object.freeze({}),
}) as PlanOverrides;
