import { canonicalSku } from "../import/skuKey";
import { parseA1, parseSheetRef, rangeBounds as bounds, toA1 } from "./a1";
import type {
  CellContent,
  InputReadPlan,
  LostInput,
  LostReason,
  RangeRead,
  Where,
  WorkbookNow,
} from "./workbookNow";
import { columnNow, findRenamedSheets, tableColumnOf, type TableNow } from "./workbookNow";
export { findRenamedSheets, tableColumnOf };
export { parseSheetRef } from "./a1";
export type {
  CellContent,
  InputReadPlan,
  LostInput,
  LostReason,
  RangeRead,
  TableNow,
  WorkbookNow,
} from "./workbookNow";
import { excelSerialToIso as serialToIso } from "../core";
import type { CellValue, InputCellRef, PlanStateTable } from "./types";
import { daySkuId } from "./overrides";

/*
 * Finding the buyer's inputs by identity, not by the address they were written to (issue 16):
 * - a single input by its defined name: Excel moves a name when rows or columns are inserted or
 *   deleted above or left of it, and renames its sheet in the name when the sheet is renamed;
 * - a table input by its table (which follows its sheet), its column's header text and the row
 *   whose key cells (SKU, date, or date + SKU for the monitors) are its key, so inserted, deleted or moved
 *   columns and sorted, inserted or deleted rows keep every edit on its own SKU or day.
 * Inputs that cannot be found this way are reported (`LostInput`), never read from a guessed cell.
 * States written before headers were stored are read as those versions did (by position).
 *
 * Both writers use the same two steps: `planInputReads` says which cells and columns to read
 * (one batch, one Office.js sync), `resolveInputs` matches what was read to the stored inputs.
 */

/**
 * Which cells and table columns to read for the stored inputs, found by identity in `now`.
 * The number of ranges depends on the number of single inputs and input columns, never on the
 * number of SKUs or days.
 *
 * @param refs   the stored `PlanState.inputs`
 * @param tables the stored `PlanState.tables` (undefined in old states)
 */
export function planInputReads(
  refs: readonly InputCellRef[],
  tables: readonly PlanStateTable[] | undefined,
  now: WorkbookNow,
): InputReadPlan {
  const cells: RangeRead[] = [];
  const cellIndex = new Map<string, number>();
  const columns: RangeRead[] = [];
  const columnIndex = new Map<string, number>();
  const readCell = (sheet: string, address: string): number => {
    const id = `${sheet}\u0000${address}`;
    let i = cellIndex.get(id);
    if (i === undefined) {
      i = cells.push({ sheet, address }) - 1;
      cellIndex.set(id, i);
    }
    return i;
  };
  // a table's columns are asked for by each of its inputs (135,000 at 5,000 SKUs): remembered
  const byTable = new Map<TableNow, number[]>();
  const readTableColumn = (table: TableNow, col: number): number => {
    const known = byTable.get(table) ?? byTable.set(table, []).get(table)!;
    if (known[col] !== undefined) return known[col];
    const r = bounds(table.range);
    const address = `${toA1(r.top + 1, r.left + col)}:${toA1(Math.max(r.bottom, r.top + 1), r.left + col)}`;
    const id = `${table.sheet}\u0000${address}`;
    if (!columnIndex.has(id)) columnIndex.set(id, columns.push({ sheet: table.sheet, address }) - 1);
    return (known[col] = columnIndex.get(id)!);
  };
  const renamedSheets = findRenamedSheets(refs, tables ?? [], now);
  const named = refs.map((ref) => {
    if (ref.key.kind !== "name") return null;
    const text = now.names.get(ref.key.name);
    return text === undefined ? null : parseSheetRef(text);
  });

  const where = refs.map((ref, i): Where => {
    if (ref.key.kind === "name") {
      const at = named[i];
      if (!at || !now.sheets.has(at.sheet) || at.address.includes(":"))
        return { kind: "lost", reason: "name", subject: ref.key.name };
      return { kind: "cell", read: readCell(at.sheet, at.address) };
    }
    const stored = tableColumnOf(ref, tables);
    const table = stored ? now.tables.get(stored.table.name) : undefined;
    if (stored && table && stored.table.headers) {
      // by identity: the key column and this input's column by their headers
      const headers = stored.table.headers;
      const keyHeader = headers[stored.table.keyColumn] ?? "";
      const header = headers[stored.column] ?? "";
      const k = columnNow(table, keyHeader);
      if (k < 0) return { kind: "lost", reason: "keyColumn", subject: keyHeader };
      const c = columnNow(table, header);
      if (c < 0) return { kind: "lost", reason: "column", subject: header };
      // a day + SKU table needs its SKU column too: the row is the pair
      let skus: number | undefined;
      if (stored.table.keyKind === "daySku") {
        const skuHeader = headers[stored.table.skuColumn ?? -1] ?? "";
        const sc = columnNow(table, skuHeader);
        if (sc < 0) return { kind: "lost", reason: "keyColumn", subject: skuHeader };
        skus = readTableColumn(table, sc);
      }
      return {
        kind: "row",
        table: stored.table.name,
        keys: readTableColumn(table, k),
        column: readTableColumn(table, c),
        keyKind: stored.table.keyKind ?? "sku",
        ...(skus !== undefined ? { skus } : {}),
        legacy: false,
      };
    }
    if (stored && table) {
      // a state without headers (older StockUp): columns by their position in the table
      return {
        kind: "row",
        table: stored.table.name,
        keys: readTableColumn(table, stored.table.keyColumn),
        column: readTableColumn(table, stored.column),
        keyKind: stored.table.keyKind ?? "sku",
        ...(stored.table.keyKind === "daySku"
          ? { skus: readTableColumn(table, stored.table.skuColumn ?? 0) }
          : {}),
        legacy: true,
      };
    }
    if (stored && stored.table.headers) return { kind: "lost", reason: "table", subject: stored.table.name };
    // an older state without this table: by address on its sheet (renamed sheets followed)
    const sheet = renamedSheets.get(ref.sheet) ?? ref.sheet;
    if (!now.sheets.has(sheet)) return { kind: "lost", reason: "sheet", subject: ref.sheet };
    return { kind: "cell", read: readCell(sheet, ref.address) };
  });
  return { cells, columns, where, renamedSheets };
}

/**
 * A SKU cell as its canonical key (the importers' `canonicalSku`, so a buyer's retyped SKU with a
 * stray ideographic space or zero-width character still finds its row). Excel may hand back a
 * SKU like 10023 as a number once the buyer retyped it.
 */
function skuText(v: CellValue): string {
  return v === null ? "" : canonicalSku(String(v));
}

/** A date key cell (an Excel serial, or text typed as an ISO date) as an ISO date, or "". */
function dateText(v: CellValue): string {
  if (typeof v === "number" && Number.isFinite(v) && v >= 61 && v < 2_958_466) return serialToIso(v);
  const s = typeof v === "string" ? v.trim() : "";
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : "";
}

/** The inputs as they are now, and what could not be found. */
export interface ResolvedInputs {
  /** Stored inputs that were found (or whose row is gone with no edit to keep: left out). */
  refs: InputCellRef[];
  /** Their contents now, same order as `refs`. */
  contents: CellContent[];
  /** Where each was read now (null for an edit remembered from the last build), same order. */
  at: (RangeRead | null)[];
  lost: LostInput[];
}

/**
 * Matches what was read for `plan` to the stored inputs: a table input takes the cell of its
 * column in the row whose key is its SKU (or date) now; the first row wins when a key is listed
 * twice. An input whose row is gone is left out (the buyer deleted it; reported when it held an
 * edit). An input not found keeps the edit the state remembers, if it had one (reported either
 * way). A legacy table (no stored headers: read by column position) whose key column holds none
 * of its SKUs (a column was inserted or deleted) is reported as lost instead of read off by one.
 *
 * @param cells   contents of `plan.cells`, same order
 * @param columns contents of `plan.columns`, each top to bottom
 */
export function resolveInputs(
  refs: readonly InputCellRef[],
  plan: InputReadPlan,
  cells: readonly CellContent[],
  columns: readonly (readonly CellContent[])[],
): ResolvedInputs {
  const rowMaps = new Map<string, Map<string, number>>();
  const rowsOf = (keys: number, kind: "sku" | "date" | "daySku", skus?: number): Map<string, number> => {
    const id = `${keys}\u0000${kind}\u0000${skus ?? ""}`;
    let rows = rowMaps.get(id);
    if (!rows) {
      rows = new Map();
      const skuCells = columns[skus ?? -1] ?? [];
      (columns[keys] ?? []).forEach((c, i) => {
        let k = kind === "sku" ? skuText(c.value) : dateText(c.value);
        if (kind === "daySku") {
          const sku = skuText(skuCells[i]?.value ?? null);
          k = k === "" || sku === "" ? "" : daySkuId(k, sku);
        }
        if (k !== "" && !rows!.has(k)) rows!.set(k, i);
      });
      rowMaps.set(id, rows);
    }
    return rows;
  };
  const keyOf = ({ key: k }: InputCellRef): string => {
    if (k.kind === "daySku") return daySkuId(k.date, skuText(k.sku));
    return k.kind === "table" ? skuText(k.sku) : k.kind === "date" ? k.date : "";
  };
  // legacy tables read by position: a key column holding none of the stored keys is not the key
  // column any more (a column was inserted or deleted)
  const matched = new Set<string>();
  refs.forEach((ref, i) => {
    const w = plan.where[i];
    if (w.kind !== "row" || !w.legacy) return;
    if (rowsOf(w.keys, w.keyKind, w.skus).has(keyOf(ref))) matched.add(w.table);
  });
  const out: ResolvedInputs = { refs: [], contents: [], at: [], lost: [] };
  // an input not found keeps the edit the state remembers (never a value from a guessed cell)
  const lose = (ref: InputCellRef, reason: LostReason, subject: string) => {
    out.lost.push({ ref, reason, subject, remembered: ref.overridden });
    if (!ref.overridden) return;
    out.refs.push(ref);
    out.contents.push({ value: ref.written, formula: ref.formula ?? null });
    out.at.push(null);
  };
  refs.forEach((ref, i) => {
    const w = plan.where[i];
    if (w.kind === "lost") {
      lose(ref, w.reason, w.subject);
      return;
    }
    if (w.kind === "cell") {
      out.refs.push(ref);
      out.contents.push(cells[w.read] ?? { value: null, formula: null });
      out.at.push(plan.cells[w.read]);
      return;
    }
    if (w.legacy && !matched.has(w.table) && rowsOf(w.keys, w.keyKind, w.skus).size > 0) {
      lose(ref, "keyColumn", w.table);
      return;
    }
    const row = rowsOf(w.keys, w.keyKind, w.skus).get(keyOf(ref));
    if (row === undefined) {
      // the buyer deleted this SKU's (or day's) row: its edit goes with it, said when there was one
      if (ref.overridden) out.lost.push({ ref, reason: "row", subject: keyOf(ref), remembered: false });
      return;
    }
    out.refs.push(ref);
    out.contents.push(columns[w.column]?.[row] ?? { value: null, formula: null });
    const col = plan.columns[w.column];
    const top = parseA1(col.address.split(":")[0]);
    out.at.push({ sheet: col.sheet, address: toA1(top.row + row, top.col) });
  });
  return out;
}
