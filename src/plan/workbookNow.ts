import { parseA1, parseSheetRef, rangeBounds as bounds } from "./a1";
import type { CellValue, InputCellRef, PlanStateTable } from "./types";

/*
 * The workbook as a rebuild finds it (tables, names and sheets now), what it reads, and what it
 * could not find: the shapes `locateInputs` works on, and the renamed-sheet detection both
 * writers run before reading.
 */

/** A table as it is in the workbook now. */
export interface TableNow {
  sheet: string;
  /** Full range now, header row included, A1 (`$` and a sheet prefix allowed). */
  range: string;
  /** Header row text, left to right. */
  headers: readonly CellValue[];
}

/** What a rebuild finds inputs by, as the workbook is now. */
export interface WorkbookNow {
  /** Sheet names now. */
  sheets: ReadonlySet<string>;
  /** Defined name → its reference now (`'Plan'!$B$5`, `=Plan!$B$5`); absent when deleted. */
  names: ReadonlyMap<string, string>;
  /** Table name → where it is now. */
  tables: ReadonlyMap<string, TableNow>;
}

/** Why an input could not be found (the rebuild says so instead of guessing). */
export type LostReason =
  /** The defined name is gone or points nowhere (#REF!: its cell was deleted). */
  | "name"
  /** The table is gone (deleted, or converted to a range). */
  | "table"
  /** No column of the table has the header this input column was written under. */
  | "column"
  /** The table's key column (SKU or date) is gone, so no row can be matched. */
  | "keyColumn"
  /** The sheet an older state read by address is gone. */
  | "sheet"
  /** The row of this SKU or day was deleted (reported only when it held an edit). */
  | "row";

export interface LostInput {
  ref: InputCellRef;
  reason: LostReason;
  /** The name, the column header or the sheet the reason is about. */
  subject: string;
  /**
   * True when the input held an edit at the last build and its remembered value is kept (its cell
   * was not found, so a change made since then could not be read). False: nothing kept.
   */
  remembered: boolean;
}

/** A cell's content as read: its value (a formula's result) and its formula, if any. */
export interface CellContent {
  value: CellValue;
  /** `=…` (en-US, no `_xlfn.` prefixes) when the cell holds a formula; else null. */
  formula: string | null;
}

/** One range to read, values and formulas (a single cell or one column of a table body). */
export interface RangeRead {
  sheet: string;
  /** A1 without sheet, e.g. `B5` or `D3:D14`. */
  address: string;
}

export type Where =
  | { kind: "cell"; read: number }
  | {
      kind: "row";
      keys: number;
      column: number;
      keyKind: "sku" | "date" | "daySku";
      /** "daySku": the read of the SKU column (the row key's second part). */
      skus?: number;
      table: string;
      legacy: boolean;
    }
  | { kind: "lost"; reason: LostReason; subject: string };

/** What to read, and for each stored input where its value will be. */
export interface InputReadPlan {
  /** Single cells (values + formulas). */
  cells: RangeRead[];
  /** Table body columns, top to bottom (values + formulas); key columns are among them. */
  columns: RangeRead[];
  where: Where[];
  /** Stored sheet name → its name now, for plan sheets the buyer renamed. */
  renamedSheets: Map<string, string>;
}

/**
 * Plan sheets the buyer renamed: stored sheet name → its name now, found through the tables on
 * it and the defined names of its inputs (Excel carries both along with a renamed sheet). A
 * stored name that still exists is not a rename.
 *
 * @param tables stored tables with their sheets (`PlanState.tables` or the writer's own list)
 * @example
 * findRenamedSheets([], [{ name: "StockUpSkus", sheet: "SKUs" }], now) // => Map { "SKUs" => "My SKUs" }
 */
export function findRenamedSheets(
  refs: readonly InputCellRef[],
  tables: readonly { name: string; sheet: string }[],
  now: WorkbookNow,
): Map<string, string> {
  const out = new Map<string, string>();
  const rename = (from: string, to: string) => {
    if (from !== to && !now.sheets.has(from) && now.sheets.has(to) && !out.has(from)) out.set(from, to);
  };
  for (const t of tables) {
    const table = now.tables.get(t.name);
    if (table) rename(t.sheet, table.sheet);
  }
  for (const ref of refs) {
    if (ref.key.kind !== "name") continue;
    const text = now.names.get(ref.key.name);
    const at = text === undefined ? null : parseSheetRef(text);
    if (at) rename(ref.sheet, at.sheet);
  }
  return out;
}

/**
 * The stored table a table input was written into and its 0-based column in it; null for single
 * inputs and for cells outside every stored table.
 *
 * @example
 * tableColumnOf({ sheet: "SKUs", address: "C5", key: { kind: "table", … }, … },
 *   [{ name: "StockUpSkus", sheet: "SKUs", range: "A1:F13", keyColumn: 0 }])
 * // => { table: { name: "StockUpSkus", … }, column: 2 }
 */
export function tableColumnOf(
  ref: InputCellRef,
  tables: readonly PlanStateTable[] | undefined,
): { table: PlanStateTable; column: number } | null {
  if (ref.key.kind === "name" || !tables) return null;
  const at = parseA1(ref.address);
  for (const table of tables) {
    if (table.sheet !== ref.sheet) continue;
    const r = bounds(table.range);
    if (at.row > r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right)
      return { table, column: at.col - r.left };
  }
  return null;
}

/** A header as Excel compares table column names: trimmed, case-insensitive. */
export function headerKey(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim().toLowerCase();
}

/** Each header row's first column per `headerKey`, made once: a rebuild asks for every input's columns. */
const columnsByHeader = new WeakMap<readonly CellValue[], { length: number; at: Map<string, number> }>();

/** Index of the (first) column headed `header` now, or -1. */
export function columnNow(now: TableNow, header: string): number {
  let byHeader = columnsByHeader.get(now.headers);
  // a header row is read once and not changed; its length is checked all the same
  if (!byHeader || byHeader.length !== now.headers.length) {
    byHeader = { length: now.headers.length, at: new Map() };
    now.headers.forEach((h, i) => {
      const key = headerKey(h);
      if (!byHeader!.at.has(key)) byHeader!.at.set(key, i);
    });
    columnsByHeader.set(now.headers, byHeader);
  }
  return byHeader.at.get(headerKey(header)) ?? -1;
}
