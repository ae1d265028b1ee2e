/**
 * What Excel does to a workbook file when a buyer inserts or deletes rows and columns, sorts a
 * table or renames a sheet, done on an exceljs workbook: exceljs splices cells and moves defined
 * names itself; these helpers also move the tables (range, columns, header of an inserted column)
 * and rename sheets inside the names.
 */
import ExcelJS from "exceljs";
import { finishRebuild, readPlanEdits } from "../../src/cli/readPlanOverrides";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { colLetter, parseA1 } from "../../src/plan/a1";
import type { PlanModel, PlanOverrides } from "../../src/plan/types";

/** A plan file as the buyer's spreadsheet program sees it. */
export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  return readXlsxWorkbook(file); // exceljs alone cannot read the table's calculated columns
}

/** The CLI's rebuild of `file` in place (what `stockup plan` does when --out is an existing plan). */
export async function rebuildXlsx(file: string, build: (o: PlanOverrides) => PlanModel) {
  const edits = (await readPlanEdits(file))!;
  // the model finishRebuild returns: the plan sheets the buyer renamed keep the buyer's names
  const done = finishRebuild(build(edits.overrides), edits);
  await writePlanXlsx(done.model, file, done.base);
  return { edits, model: done.model, report: done.report };
}

type Table = { table: { name: string; ref: string; tableRef: string; columns: { name: string }[] } };
export const tablesOf = (ws: ExcelJS.Worksheet) => ws.getTables() as unknown as Table[];

function bounds(t: Table) {
  const [a, b] = t.table.tableRef.split(":").map(parseA1);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function setRange(t: Table, r: { top: number; left: number; bottom: number; right: number }): void {
  t.table.ref = `${colLetter(r.left - 1)}${r.top}`;
  t.table.tableRef = `${colLetter(r.left - 1)}${r.top}:${colLetter(r.right - 1)}${r.bottom}`;
}

/** Excel's Insert/Delete ▸ Sheet Rows on an exceljs sheet: cells and names move, tables follow. */
export function spliceRows(ws: ExcelJS.Worksheet, row: number, count: number): void {
  if (count > 0) ws.spliceRows(row, 0, ...Array.from({ length: count }, () => []));
  else ws.spliceRows(row, -count);
  for (const t of tablesOf(ws)) {
    const r = bounds(t);
    if (count > 0)
      setRange(t, {
        ...r,
        top: r.top >= row ? r.top + count : r.top,
        bottom: r.bottom >= row ? r.bottom + count : r.bottom,
      });
    else {
      const n = -count;
      const at = (x: number, hi: boolean) => (x < row ? x : x >= row + n ? x - n : hi ? row - 1 : row);
      setRange(t, { ...r, top: at(r.top, false), bottom: at(r.bottom, true) });
    }
  }
}

/** Excel's Insert/Delete ▸ Sheet Columns: a column inserted inside a table is headed Column1. */
export function spliceColumns(ws: ExcelJS.Worksheet, col: number, count: number): void {
  const tables = tablesOf(ws).map((t) => ({ t, r: bounds(t) }));
  if (count > 0) ws.spliceColumns(col, 0, ...Array.from({ length: count }, () => []));
  else ws.spliceColumns(col, -count);
  for (const { t, r } of tables) {
    if (count > 0) {
      const inside = col > r.left && col <= r.right;
      setRange(t, {
        ...r,
        left: r.left >= col ? r.left + count : r.left,
        right: r.right >= col ? r.right + count : r.right,
      });
      if (inside) {
        for (let i = 0; i < count; i++) {
          t.table.columns.splice(col - r.left + i, 0, { name: `Column${i + 1}` });
          ws.getCell(r.top, col + i).value = `Column${i + 1}`;
        }
      }
    } else {
      const n = -count;
      const gone = (c: number) => c >= col && c < col + n;
      t.table.columns = t.table.columns.filter((_, i) => !gone(r.left + i));
      const at = (x: number, hi: boolean) => (x < col ? x : x >= col + n ? x - n : hi ? col - 1 : col);
      setRange(t, { ...r, left: at(r.left, false), right: at(r.right, true) });
    }
  }
}

/** Data ▸ Sort of a table's body: row order[i] moves to row i, every cell of the table. */
export function sortTable(ws: ExcelJS.Worksheet, name: string, order: number[]): void {
  const t = tablesOf(ws).find((x) => x.table.name === name)!;
  const r = bounds(t);
  for (let c = r.left; c <= r.right; c++) {
    const before = order.map((from) => ws.getCell(r.top + 1 + from, c).value);
    before.forEach((v, i) => (ws.getCell(r.top + 1 + i, c).value = v));
  }
}

/** Renames a sheet as Excel does: defined names follow (exceljs keeps names as text). */
export function renameSheet(wb: ExcelJS.Workbook, from: string, to: string): void {
  wb.getWorksheet(from)!.name = to;
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  wb.definedNames.model = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => ({
    name: n.name,
    ranges: n.ranges.map((r) =>
      r.replace(`${q(from)}!`, `${q(to)}!`).replace(new RegExp(`^${from}!`), `${q(to)}!`),
    ),
  }));
}
