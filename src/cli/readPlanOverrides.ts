import ExcelJS from "exceljs";
import { overridesFromValues, parsePlanState } from "../plan/inputCells";
import type { CellValue, PlanOverrides } from "../plan/types";
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
  const values = state.inputs.map((ref) => {
    const ws = wb.getWorksheet(ref.sheet);
    return ws ? toCellValue(ws.getCell(ref.address).value) : ref.written;
  });
  return overridesFromValues(state.inputs, values);
}
