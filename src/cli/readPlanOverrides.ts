import ExcelJS from "exceljs";
import { parseA1 } from "../plan/a1";
import { locateInputs, overridesFromValues, parsePlanState } from "../plan/inputCells";
import type { CellValue, InputCellRef, PlanOverrides, PlanStateTable } from "../plan/types";
import { STATE_SHEET } from "./xlsxWriter";

const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A cell as the plan model sees it. exceljs turns numbers with a date format into Dates (wall
 * clock as UTC): back to Excel serials. Rich text → its text; formulas → their cached result;
 * errors → blank.
 */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EPOCH_MS) / 86_400_000;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/**
 * Reads the buyer's edits back from a plan .xlsx written by `planToWorkbook` (possibly edited in
 * Excel or LibreOffice since). Returns null when the workbook is not a StockUp plan.
 * @throws Error when the stored plan state is unreadable or from a newer StockUp
 */
export async function readPlanOverrides(file: string): Promise<PlanOverrides | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const stateSheet = wb.getWorksheet(STATE_SHEET);
  if (!stateSheet) return null;
  let json = "";
  for (let r = 1; r <= stateSheet.rowCount; r++) {
    const v = toCellValue(stateSheet.getCell(`A${r}`).value);
    if (typeof v === "string") json += v;
  }
  const state = parsePlanState(json);
  // each SKU table's SKU column as it is now, so edits follow their SKU when the buyer sorted
  // the table or deleted/inserted rows (tables of older states are read by address)
  const keys = new Map<string, CellValue[]>();
  const origin = new Map<string, { row: number; col: number }>();
  for (const t of state.tables ?? []) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) continue;
    const o = bodyOrigin(t);
    const column: CellValue[] = [];
    // down to the sheet's last used row: a table grown by inserted rows is read whole
    for (let r = o.row; r <= Math.max(ws.rowCount, o.row); r++)
      column.push(toCellValue(ws.getCell(r, o.col + t.keyColumn).value));
    keys.set(t.name, column);
    origin.set(t.name, o);
  }
  const located = locateInputs(state.inputs, state.tables, keys);
  const refs: InputCellRef[] = [];
  const values: CellValue[] = [];
  located.forEach((where, i) => {
    const ref = state.inputs[i];
    if (where.kind === "gone") return; // its SKU left the table: no edit to keep
    const ws = wb.getWorksheet(ref.sheet);
    const o = where.kind === "row" ? origin.get(where.table) : undefined;
    refs.push(ref);
    if (!ws) values.push(ref.written);
    else if (where.kind === "row" && o)
      values.push(toCellValue(ws.getCell(o.row + where.row, o.col + where.column).value));
    else values.push(toCellValue(ws.getCell(ref.address).value));
  });
  return overridesFromValues(refs, values);
}

/** 1-based sheet row of a stored table's first body row and column of its first column. */
function bodyOrigin(t: PlanStateTable): { row: number; col: number } {
  const first = parseA1(t.range.split(":")[0]);
  return { row: first.row + 1, col: first.col };
}
