import type { CellValue, InputCellRef } from "../plan/types";
import { formatRange, parseRange } from "./address";
import { rectangles } from "./rectangles";
import { worksheetOf } from "./renderSheet";

/** The loads queued for reading input cells back; read with `inputValues` after the sync. */
export interface InputReadback {
  refs: readonly InputCellRef[];
  parts: { range: Excel.Range; top: number; left: number; indexes: number[][] }[];
}

/**
 * Queues one `values` load per rectangle of input cells (a table's input column is one range),
 * so reading every input costs one sync whatever the SKU count. Inputs on sheets that no longer
 * exist are not read (`inputValues` returns what StockUp wrote there).
 */
export function queueInputReadback(
  context: Excel.RequestContext,
  refs: readonly InputCellRef[],
  liveSheets: ReadonlySet<string>,
): InputReadback {
  const parts: InputReadback["parts"] = [];
  const bySheet = new Map<string, { row: number; col: number; item: number }[]>();
  refs.forEach((ref, i) => {
    if (!liveSheets.has(ref.sheet)) return;
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
  return { refs, parts };
}

/** Excel's empty cell ("") is the model's null; other values pass through. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Current values of the inputs, in `refs` order, after the sync that followed the queue call. */
export function inputValues(readback: InputReadback): CellValue[] {
  const values: CellValue[] = readback.refs.map((r) => r.written);
  for (const part of readback.parts) {
    const loaded = part.range.values;
    part.indexes.forEach((row, i) =>
      row.forEach((refIndex, j) => (values[refIndex] = toCellValue(loaded[i][j]))),
    );
  }
  return values;
}
