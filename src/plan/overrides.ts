/**
 * What a rebuild keeps: the identity of each input, the buyer's edits read back from the
 * workbook, and the state a writer stores so the next rebuild can tell edits from defaults
 * (written by `planState` in src/plan/inputCells.ts, matched by src/plan/locateInputs.ts).
 */
import type { Locale } from "../core";
import type { CellValue } from "./cellValue";

/**
 * Identifies an input across rebuilds: a named single input, a cell of the SKU table (its row's
 * SKU + the column key), or a cell of a table keyed by date (the monitor: its row's ISO date +
 * the column key). SKUs and dates are separate key spaces: a SKU named "2025-07-08" is not that
 * day's monitor row.
 */
export type InputKey =
  | { kind: "name"; name: string }
  | { kind: "table"; sku: string; column: string }
  | { kind: "date"; date: string; column: string }
  /** A cell of a table keyed by day and SKU (the monitor's per-SKU daily actuals). */
  | { kind: "daySku"; date: string; sku: string; column: string };

/**
 * The one string of a day + SKU row (`PlanOverrides.daySkus`): the ISO date is always 10
 * characters, so the SKU after it can hold anything and two rows never share a string.
 * @example daySkuId("2025-07-08", "A-CASE") // => "2025-07-08A-CASE"
 */
export function daySkuId(date: string, sku: string): string {
  return `${date}${sku}`;
}

/** `daySkuId` back into its date and SKU. */
export function splitDaySkuId(id: string): { date: string; sku: string } {
  return { date: id.slice(0, 10), sku: id.slice(10) };
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
  /** Day + SKU inputs by `daySkuId` then column key (absent before the per-SKU monitor). */
  daySkus?: Record<string, Record<string, CellValue>>;
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
  locale: Locale;
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
  /** What the key column holds (absent in older states: SKUs); "daySku": dates, with `skuColumn`. */
  keyKind?: "sku" | "date" | "daySku";
  /** For "daySku" tables: 0-based position of the SKU column (the row key's second part). */
  skuColumn?: number;
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
  daySkus: Object.freeze({}),
}) as PlanOverrides;
