import ExcelJS from "exceljs";
import { utcMsToExcelSerial } from "../core";
import { parseA1 } from "../plan/a1";
import { parsePlanState } from "../plan/parsePlanState";
import { inputId, keepInputFormulas, overridesFromContents, type ReadOverrides } from "../plan/readOverrides";
import { planInputReads, resolveInputs, findRenamedSheets } from "../plan/locateInputs";
import type { CellContent, LostInput, RangeRead, TableNow, WorkbookNow } from "../plan/locateInputs";
import { rebuildReport, type RebuildReport } from "../plan/rebuildReport";
import { buyerSheetNames, withSheetNames } from "../plan/buyerSheetNames";
import type { CellValue, PlanModel, PlanState } from "../plan/types";
import { STATE_SHEET, type BaseWorkbook } from "./xlsxWriter";
import { readXlsxWorkbook } from "./tableFormulas";

/**
 * A cell as the plan model sees it. exceljs turns numbers with a date format into Dates (wall
 * clock as UTC): back to Excel serials. Rich text → its text; formulas → their cached result;
 * errors → blank.
 */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return utcMsToExcelSerial(v.getTime());
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/**
 * A cell's value and formula. Files store newer functions with an `_xlfn.` prefix; the model's
 * formulas are without it (src/plan/xlfn.ts), so it is taken off here.
 */
export function toCellContent(cell: ExcelJS.Cell): CellContent {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const f = cell.formula;
    if (typeof f === "string" && f !== "") {
      return {
        value: toCellValue(cell.result as ExcelJS.CellValue),
        formula: `=${f.replace(/_xlfn\./gi, "")}`,
      };
    }
  }
  return { value: toCellValue(cell.value), formula: null };
}

/** What a rebuild of a plan .xlsx found: the buyer's edits, what it could not find, which sheets are ours. */
export interface PlanEdits {
  overrides: ReadOverrides;
  /** Inputs that could not be found (src/plan/locateInputs.ts); the report says so. */
  lost: LostInput[];
  /** Plan sheets the buyer renamed: stored name → name now. */
  renamedSheets: Map<string, string>;
  /** The workbook's sheets, names and tables as read (the rebuilt sheets keep the buyer's names). */
  now: WorkbookNow;
  /** The stored state. */
  state: PlanState;
  /** The workbook as read (the writer keeps the buyer's own sheets from it). */
  workbook: ExcelJS.Workbook;
  /** Notes (comments) the buyer put on input cells, by `inputId`: they follow their input. */
  inputNotes: Map<string, ExcelJS.Cell["note"]>;
  /** Notes on plan-sheet cells that are not inputs: the rebuild rewrites those cells (reported). */
  otherNotes: number;
}

/** Sheets, defined names and tables of an exceljs workbook as they are now. */
export function workbookNowOf(wb: ExcelJS.Workbook): WorkbookNow {
  const names = new Map<string, string>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.ranges.length === 1) names.set(n.name, n.ranges[0]);
  }
  const tables = new Map<string, TableNow>();
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as {
      table: { name: string; tableRef?: string; ref: string };
    }[]) {
      const range = t.table.tableRef ?? t.table.ref;
      if (!range || !range.includes(":")) continue;
      const [from, to] = range.split(":").map(parseA1);
      const headers: CellValue[] = [];
      for (let c = from.col; c <= to.col; c++) headers.push(toCellValue(ws.getCell(from.row, c).value));
      tables.set(t.table.name, { sheet: ws.name, range, headers });
    }
  }
  return { sheets: new Set(wb.worksheets.map((w) => w.name)), names, tables };
}

/** The contents of a range read (a cell or a column), top to bottom. */
function readRange(wb: ExcelJS.Workbook, r: RangeRead): CellContent[] {
  const ws = wb.getWorksheet(r.sheet);
  if (!ws) return [];
  const [a, b = a] = r.address.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  const out: CellContent[] = [];
  for (let row = from.row; row <= to.row; row++) out.push(toCellContent(ws.getCell(row, from.col)));
  return out;
}

/** The stored state of a plan workbook, or null when it is not a StockUp plan. */
function storedState(wb: ExcelJS.Workbook): PlanState | null {
  const stateSheet = wb.getWorksheet(STATE_SHEET);
  if (!stateSheet) return null;
  let json = "";
  for (let r = 1; r <= stateSheet.rowCount; r++) {
    const v = toCellValue(stateSheet.getCell(`A${r}`).value);
    if (typeof v === "string") json += v;
  }
  return parsePlanState(json);
}

/**
 * Reads the buyer's edits back from a plan .xlsx written by `planToWorkbook` (possibly edited in
 * Excel or LibreOffice since), finding every input by identity (defined name; table, column
 * header and row key) as the add-in does. Returns null when the workbook is not a StockUp plan.
 * @throws Error when the stored plan state is unreadable or from a newer StockUp
 */
export async function readPlanEdits(file: string): Promise<PlanEdits | null> {
  const wb = await readXlsxWorkbook(file); // exceljs alone cannot read calculated columns
  const state = storedState(wb);
  if (!state) return null;
  const now = workbookNowOf(wb);
  const plan = planInputReads(state.inputs, state.tables, now);
  const resolved = resolveInputs(
    state.inputs,
    plan,
    plan.cells.map((c) => readRange(wb, c)[0] ?? { value: null, formula: null }),
    plan.columns.map((c) => readRange(wb, c)),
  );
  const renamedSheets = findRenamedSheets(state.inputs, state.tables ?? [], now);
  const inputNotes = new Map<string, ExcelJS.Cell["note"]>();
  const onInputs = new Set<string>();
  resolved.at.forEach((at, i) => {
    if (!at) return;
    onInputs.add(`${at.sheet}!${at.address}`);
    const note = wb.getWorksheet(at.sheet)?.getCell(at.address).note;
    if (note) inputNotes.set(inputId(resolved.refs[i].key), note);
  });
  let otherNotes = 0;
  for (const name of planSheetNames(state, renamedSheets)) {
    wb.getWorksheet(name)?.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.note && !onInputs.has(`${name}!${cell.address}`)) otherNotes++;
      }),
    );
  }
  // Everything is read from StockUp's own sheets and the state sheet: the rebuild writes them
  // anew, so their cells go now rather than after the forecast (the writer would drop them
  // there). At 5,000 SKUs they are ≈10^6 exceljs objects the collector walked through the whole
  // build (issue 16 scale, rebuild). The buyer's own sheets stay for the writer.
  for (const name of [...planSheetNames(state, renamedSheets), STATE_SHEET]) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  return {
    overrides: overridesFromContents(resolved.refs, resolved.contents),
    lost: resolved.lost,
    renamedSheets,
    now,
    state,
    workbook: wb,
    inputNotes,
    otherNotes,
  };
}

/**
 * The buyer's edits in a plan .xlsx (see `readPlanEdits`), or null when it is not a StockUp plan.
 * @throws Error when the stored plan state is unreadable or from a newer StockUp
 */
export async function readPlanOverrides(file: string): Promise<ReadOverrides | null> {
  return (await readPlanEdits(file))?.overrides ?? null;
}

/** StockUp's sheets in a plan workbook by their names now (renamed ones found by identity). */
function planSheetNames(state: PlanState, renamed: ReadonlyMap<string, string>): string[] {
  const stored = new Set([...state.inputs.map((r) => r.sheet), ...(state.tables ?? []).map((t) => t.sheet)]);
  return [...stored].map((n) => renamed.get(n) ?? n);
}

/**
 * After the model of a rebuild is built from `edits.overrides`: puts the buyer's formulas back on
 * their inputs, gives the plan sheets the buyer renamed their names back (`buyerSheetNames`), says
 * what was kept and not found, and names the workbook to write into (its buyer sheets kept,
 * StockUp's sheets — renamed ones included — replaced). Write the returned `model`.
 */
export function finishRebuild(
  built: PlanModel,
  edits: PlanEdits,
): { model: PlanModel; report: RebuildReport; base: BaseWorkbook } {
  keepInputFormulas(built, edits.overrides);
  const planSheets = planSheetNames(edits.state, edits.renamedSheets);
  const model = withSheetNames(built, buyerSheetNames(built, edits.now, new Set(planSheets)));
  return {
    model,
    report: rebuildReport(model, edits.overrides, edits.lost, edits.renamedSheets, {
      kept: edits.inputNotes.size,
      notKept: edits.otherNotes,
    }),
    base: {
      workbook: edits.workbook,
      planSheets,
      planNames: edits.state.inputs.flatMap((r) => (r.key.kind === "name" ? [r.key.name] : [])),
      inputNotes: edits.inputNotes,
    },
  };
}
