import { locateInputs, tableColumnOf } from "../plan/inputCells";
import type { CellValue, InputCellRef, PlanStateTable } from "../plan/types";
import { formatRange, parseRange } from "../plan/a1";
import { rectangles } from "./rectangles";
import { worksheetOf } from "./renderSheet";

/** A SKU table read by columns: its SKU column and each input column refs point into. */
interface TableRead {
  table: PlanStateTable;
  keys: Excel.Range;
  columns: Map<number, Excel.Range>;
}

/** The loads queued for reading input cells back; read with `inputValues` after the sync. */
export interface InputReadback {
  refs: readonly InputCellRef[];
  /** Stored tables (PlanState.tables); undefined for states written before they were stored. */
  tables: readonly PlanStateTable[] | undefined;
  parts: { range: Excel.Range; top: number; left: number; indexes: number[][] }[];
  tableReads: TableRead[];
}

/** The inputs as they are now: refs whose SKU left the table are gone, the rest have values. */
export interface CurrentInputs {
  refs: InputCellRef[];
  values: CellValue[];
}

/**
 * Queues one `values` load per rectangle of input cells (a table's input column is one range),
 * so reading every input costs one sync whatever the SKU count. Inputs on sheets that no longer
 * exist are not read (`inputValues` returns what StockUp wrote there).
 *
 * Inputs of a stored SKU table that still exists (`liveTables`) are read through the table
 * instead: its SKU column and each input column of its current body, in the same sync, so
 * `inputValues` can match every input to the row where its SKU is now (the buyer may have
 * sorted the table or deleted/inserted rows). Other inputs are read by address.
 *
 * @param tables     the stored `PlanState.tables` (may be undefined: everything by address)
 * @param liveTables names of the stored tables that exist now on their stored sheet
 */
export function queueInputReadback(
  context: Excel.RequestContext,
  refs: readonly InputCellRef[],
  liveSheets: ReadonlySet<string>,
  tables?: readonly PlanStateTable[],
  liveTables: ReadonlySet<string> = new Set(),
): InputReadback {
  const parts: InputReadback["parts"] = [];
  const readable = (tables ?? []).filter((t) => liveSheets.has(t.sheet) && liveTables.has(t.name));
  const tableReads = new Map<string, TableRead>();
  const bodyOf = new Map<string, Excel.Range>();
  const bySheet = new Map<string, { row: number; col: number; item: number }[]>();
  refs.forEach((ref, i) => {
    if (!liveSheets.has(ref.sheet)) return;
    const where = tableColumnOf(ref, readable);
    if (where) {
      const name = where.table.name;
      let body = bodyOf.get(name);
      if (!body) {
        body = context.workbook.tables.getItem(name).getDataBodyRange();
        bodyOf.set(name, body);
        const keys = body.getColumn(where.table.keyColumn).load("values");
        tableReads.set(name, { table: where.table, keys, columns: new Map() });
      }
      const read = tableReads.get(name)!;
      if (!read.columns.has(where.column))
        read.columns.set(where.column, body.getColumn(where.column).load("values"));
      return;
    }
    const r = parseRange(ref.address);
    const list = bySheet.get(ref.sheet) ?? [];
    list.push({ row: r.top, col: r.left, item: i });
    bySheet.set(ref.sheet, list);
  });
  for (const [sheet, placed] of bySheet) {
    for (const rect of rectangles(placed, () => "")) {
      const address = formatRange({
        top: rect.top,
        left: rect.left,
        bottom: rect.top + rect.rows.length - 1,
        right: rect.left + rect.rows[0].length - 1,
      });
      const range = worksheetOf(context, sheet).getRange(address).load("values");
      parts.push({ range, top: rect.top, left: rect.left, indexes: rect.rows });
    }
  }
  return { refs, tables: readable, parts, tableReads: [...tableReads.values()] };
}

/** Excel's empty cell ("") is the model's null; other values pass through. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Current values of the inputs after the sync that followed the queue call, in `refs` order.
 * Table inputs are taken from the row where their SKU is now; an input whose SKU is no longer
 * in the table is left out (nothing of it to keep), so `refs` may be shorter than the stored one.
 */
export function inputValues(readback: InputReadback): CurrentInputs {
  const values: CellValue[] = readback.refs.map((r) => r.written);
  for (const part of readback.parts) {
    const loaded = part.range.values;
    part.indexes.forEach((row, i) =>
      row.forEach((refIndex, j) => (values[refIndex] = toCellValue(loaded[i][j]))),
    );
  }
  const keys = new Map(
    readback.tableReads.map((t) => [t.table.name, t.keys.values.map((row) => toCellValue(row[0]))]),
  );
  const columns = new Map(readback.tableReads.map((t) => [t.table.name, t.columns]));
  const located = locateInputs(readback.refs, readback.tables, keys);
  const out: CurrentInputs = { refs: [], values: [] };
  located.forEach((where, i) => {
    if (where.kind === "gone") return;
    out.refs.push(readback.refs[i]);
    if (where.kind === "address") out.values.push(values[i]);
    else out.values.push(toCellValue(columns.get(where.table)?.get(where.column)?.values[where.row]?.[0]));
  });
  return out;
}
