import { renameSync, rmSync } from "node:fs";
import { excelSerialToUtcMs } from "../core";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { colLetter, parseA1, parseRange } from "../plan/a1";
import { cellText } from "../plan/cellText";
import { tableLayouts } from "../plan/a1Model";
import { a1Parts, type TableLayout } from "../plan/structuredRefs";
import { planState } from "../plan/inputCells";
import { inputId } from "../plan/readOverrides";
import { toFileFormula } from "../plan/xlfn";
import { packInputs } from "../plan/packInputs";
import { addCalculatedColumns, calculatedColumns, type CalculatedColumns } from "./tableFormulas";
import { workbookParts, writeZip, type OwnSheetData, type PackageParts } from "./xlsxZip";
import { SheetDataXml, xmlEncode, type WrittenCell } from "./sheetDataXml";
import type {
  CellValue,
  PlanCell,
  PlanModel,
  PlanSheet,
  PlanTextLayout,
  PlanValidation,
} from "../plan/types";
import { PLAN_STYLES } from "../plan/types";

/** Name of the hidden sheet holding the `PlanState` JSON (split over cells: 32,767 chars each). */
export const STATE_SHEET = "StockUpState";
/** Excel's limit on the characters in one cell. */
const CELL_CHARS = 32_000;

/**
 * Renders a PlanModel into an exceljs workbook, mechanically: no layout or math here.
 * - formulas are written as `{ formula }` with `_xlfn.` prefixes and NO cached result, so Excel
 *   and LibreOffice (with OOXMLRecalcMode=0) calculate them on open;
 * - every string value is written as a string cell, whatever it starts with (= + - @ tab CR):
 *   exceljs stores it as shared text, never as a formula (proved in test/cli/xlsxWriter.test.ts);
 * - exceljs cannot write charts: each chart's `fallbackNote` is written in its place instead;
 * - the plan state (input addresses, what was written, schema version) goes to a very hidden
 *   sheet so a later rebuild keeps the buyer's edits (`readPlanOverrides`).
 * No external links, no macros: a plain .xlsx.
 */
export function planToWorkbook(model: PlanModel, base?: BaseWorkbook): ExcelJS.Workbook {
  return renderWorkbook(model, base, undefined);
}

/**
 * `planToWorkbook`, the cells of the sheets it can render (all but a chart note in a merge) left out of
 * exceljs's worksheets when `own` is given: their `<sheetData>` goes into `own` (`SheetDataXml`)
 * for `workbookParts` to render in exceljs's place.
 */
function renderWorkbook(
  model: PlanModel,
  base: BaseWorkbook | undefined,
  own: Map<string, SheetDataXml> | undefined,
): ExcelJS.Workbook {
  // structured references (model) → A1 (file) as each sheet is written (`fileFormulas`):
  // LibreOffice does not resolve them in .xlsx
  const layouts = tableLayouts(model);
  const wb = base ? withoutPlan(base, model) : new ExcelJS.Workbook();
  wb.creator = model.meta.builtBy;
  wb.title = model.sheets[0]?.name ?? "StockUp";
  // fixed dates keep two builds of the same model byte-comparable apart from the zip timestamps
  wb.created = new Date(`${model.meta.refreshDate}T00:00:00Z`);
  wb.modified = wb.created;
  const notes = base?.inputNotes?.size ? base.inputNotes : undefined;
  for (const sheet of model.sheets) {
    const mine = own && !chartInMerge(sheet);
    writeSheet(wb, sheet, fileFormulas(layouts, sheet.name), mine ? own : undefined, notes);
  }
  for (const n of model.names) {
    wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!$${n.address.replace(/(\d+)/, "$$$1")}`, n.name);
  }
  const state = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  // the inputs packed column by column, as the add-in stores them (20 MB of JSON → ≈2 MB at 5,000 SKUs)
  const stored = planState(model);
  const json = JSON.stringify({ ...stored, inputs: packInputs(stored.inputs) });
  for (let i = 0, row = 1; i < json.length; i += CELL_CHARS, row++) {
    state.getCell(`A${row}`).value = json.slice(i, i + CELL_CHARS);
  }
  if (notes) {
    for (const sheet of model.sheets) {
      if (own?.has(sheet.name)) continue; // its notes are in its sheetData's (`sheetNotes`)
      const ws = wb.getWorksheet(sheet.name)!;
      for (const cell of sheet.cells) {
        const note = noteOf(cell, notes);
        if (note) ws.getCell(cell.address).note = note;
      }
    }
  }
  if (base) {
    // the plan's sheets first, then the buyer's own in their order
    const plan = new Set([...model.sheets.map((s) => s.name), STATE_SHEET]);
    const ordered = [
      ...wb.worksheets.filter((w) => plan.has(w.name)),
      ...wb.worksheets.filter((w) => !plan.has(w.name)),
    ];
    ordered.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: "visible" },
    ];
  }
  return wb;
}

type Notes = ReadonlyMap<string, ExcelJS.Cell["note"]>;

/** The buyer's note on a model cell (inputs only), if any. */
function noteOf(cell: PlanCell, notes: Notes): ExcelJS.Cell["note"] | undefined {
  return cell.kind === "input" && cell.key ? notes.get(inputId(cell.key)) : undefined;
}

/** Whether a chart's fallback note lands in a merged range (exceljs's merge rules there are not mirrored). */
function chartInMerge(sheet: PlanSheet): boolean {
  const merged = (sheet.textLayout?.merge ?? []).map(parseRange);
  return sheet.charts.some((c) => {
    const { row, col } = parseA1(c.fallbackNote.address);
    return merged.some((r) => row > r.top && row <= r.bottom + 1 && col > r.left && col <= r.right + 1);
  });
}

/** The buyer's notes on the sheet's cells by address (a later cell's over an earlier one's, as set last). */
function sheetNotes(sheet: PlanSheet, notes: Notes | undefined): Map<string, ExcelJS.Cell["note"]> {
  const out = new Map<string, ExcelJS.Cell["note"]>();
  if (notes) {
    for (const cell of sheet.cells) {
      const note = noteOf(cell, notes);
      if (note) out.set(cell.address, note);
    }
  }
  return out;
}

/** The temporary file a plan is written to before it replaces `file` (the CLI removes it on Ctrl-C). */
export function tempPlanPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * An existing plan workbook to rebuild into: the buyer's own sheets (and defined names) stay,
 * StockUp's are replaced.
 */
export interface BaseWorkbook {
  workbook: ExcelJS.Workbook;
  /** Sheets that are StockUp's now (by their current names, renamed ones included). */
  planSheets: readonly string[];
  /** Defined names that are StockUp's (the previous plan's input names). */
  planNames: readonly string[];
  /** The buyer's notes on inputs, by `inputId`: written on the same inputs in the new plan. */
  inputNotes?: ReadonlyMap<string, ExcelJS.Cell["note"]>;
}

/**
 * The base workbook without StockUp's sheets, its state sheet, its defined names and any name
 * pointing into a removed sheet (it would dangle). exceljs keeps the other sheets' cells, styles,
 * formulas, notes, validations and conditional formats; it cannot keep their charts or pivots.
 */
function withoutPlan(base: BaseWorkbook, model: PlanModel): ExcelJS.Workbook {
  const wb = base.workbook;
  const drop = new Set([...base.planSheets, ...model.sheets.map((s) => s.name), STATE_SHEET]);
  for (const ws of [...wb.worksheets]) if (drop.has(ws.name)) wb.removeWorksheet(ws.id);
  const names = new Set([...base.planNames, ...model.names.map((n) => n.name)]);
  const matrices = (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const intoDropped = n.ranges.some((r) => {
      const sheet = r.includes("!")
        ? r.slice(0, r.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")
        : "";
      return drop.has(sheet);
    });
    if (names.has(n.name) || intoDropped) delete matrices[n.name];
  }
  return wb;
}

/**
 * A model handed over to `writePlanXlsx`, which takes it out (sets `model` to undefined) as soon
 * as exceljs holds the cells: its ≈150 MB of objects and ≈80 MB of arrays at 5,000 SKUs are then
 * free while exceljs renders the file, the build's peak (issue 16). A model passed directly stays
 * referenced by the caller, and an async function keeps its locals until it returns.
 */
export interface ModelHandover {
  model?: PlanModel;
}

/**
 * Writes the model to an .xlsx file atomically (into `base`, an existing plan read from the same
 * file, when given: the buyer's own sheets stay): into a temporary file beside it, then renamed
 * over the target, so a failed or interrupted write leaves the previous plan as it was (issue 8).
 * The table parts get their calculated column formulas there too (`addCalculatedColumns`).
 * @param plan the model, or a `ModelHandover` whose model the writer takes
 */
export function writePlanXlsx(
  plan: PlanModel | ModelHandover,
  file: string,
  base?: BaseWorkbook,
): Promise<void> {
  let rendered: Rendered;
  try {
    rendered = toWorkbook(plan, base, "own");
  } catch (e) {
    return Promise.reject(e);
  }
  return writeWorkbook(rendered, file);
}

/**
 * Who renders the plan sheets' cells: the writer (`SheetDataXml`, where it can: the CLI's write)
 * or exceljs (every cell through exceljs's worksheets: the reference the first is tested against).
 */
export type SheetDataRenderer = "own" | "exceljs";

/**
 * The plan's package parts as `writePlanXlsx` writes them, calculated columns included, the
 * cells rendered by `cells` (test/cli/sheetDataXml.test.ts compares the two).
 */
export function planPackage(
  model: PlanModel,
  cells: SheetDataRenderer,
  base?: BaseWorkbook,
): Promise<PackageParts> {
  return packageParts(toWorkbook(model, base, cells));
}

/** A plan rendered into exceljs (and `own` sheetData) and its tables' calculated columns. */
interface Rendered {
  wb: ExcelJS.Workbook;
  own: OwnSheetData;
  columns: CalculatedColumns;
}

/** The workbook and the tables' calculated columns; not async, so no frame keeps the model after. */
function toWorkbook(
  plan: PlanModel | ModelHandover,
  base: BaseWorkbook | undefined,
  cells: SheetDataRenderer,
): Rendered {
  const model = "sheets" in plan ? plan : plan.model;
  if (!model) throw new Error("writePlanXlsx: the model was already handed over");
  if (!("sheets" in plan)) plan.model = undefined;
  const own = new Map<string, SheetDataXml>();
  const wb = renderWorkbook(model, base, cells === "own" ? own : undefined);
  return { wb, own, columns: calculatedColumns(model) };
}

/** The parts, rendered by exceljs and `own`, with the calculated columns exceljs cannot write. */
async function packageParts({ wb, own, columns }: Rendered): Promise<PackageParts> {
  // the parts uncompressed from exceljs, deflated by zlib on the way to disk (xlsxZip.ts)
  const parts = await workbookParts(wb, own);
  addCalculatedColumns(parts, columns);
  return parts;
}

async function writeWorkbook(rendered: Rendered, file: string): Promise<void> {
  const tmp = tempPlanPath(file);
  try {
    const parts = await packageParts(rendered);
    await writeZip(parts, tmp);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Whether the cell is in one of the tables' header rows. */
function isHeader(
  headers: readonly { row: number; left: number; right: number }[],
  row: number,
  col: number,
): boolean {
  for (const h of headers) if (h.row === row && col >= h.left && col <= h.right) return true;
  return false;
}

/**
 * A model formula of a cell in `row` as the file stores it: A1, `_xlfn.` prefixes, no `=`; `xml`
 * gives the same text XML-escaped (for `SheetDataXml`).
 */
interface FileFormula {
  (formula: string, row: number): string;
  xml(formula: string, row: number): string;
}

/**
 * `FileFormula` for one sheet: each distinct model formula is converted (and escaped) once
 * (`a1Parts`, then `toFileFormula` on each part) and only its row is filled in per cell; a table
 * column's formula is the same text on all its rows (issue 16: 135,000 formulas at 5,000 SKUs).
 * Escaping goes character by character and a row number has nothing to escape, so the escaped
 * parts joined by the row are the escaped formula.
 */
function fileFormulas(layouts: readonly TableLayout[], sheet: string): FileFormula {
  const toA1 = a1Parts(layouts, sheet);
  const done = new Map<string, { text: readonly string[]; xml: readonly string[] }>();
  const partsOf = (formula: string) => {
    let parts = done.get(formula);
    if (parts === undefined) {
      // only structured references need converting (A1 formulas are written as they are);
      // a part after the first follows a row number: a digit before it keeps `toFileFormula`
      // reading it as it would in the whole formula
      const a1 = formula.includes("[") ? toA1(formula) : [formula];
      const text = a1.map((p, i) =>
        i === 0 ? toFileFormula(p).replace(/^=/, "") : toFileFormula(`0${p}`).slice(1),
      );
      parts = { text, xml: text.map((p) => xmlEncode(p)) };
      done.set(formula, parts);
    }
    return parts;
  };
  const fill = (parts: readonly string[], row: number) =>
    parts.length === 1 ? parts[0] : parts.join(String(row));
  const out = (formula: string, row: number) => fill(partsOf(formula).text, row);
  out.xml = (formula: string, row: number) => fill(partsOf(formula).xml, row);
  return out;
}

/**
 * One plan sheet into the workbook. With `own`, exceljs's worksheet gets everything but the cells
 * (tables, validations, formats, page setup…) and the cells go into `own` as a `SheetDataXml`
 * fed in the order they would be written here (`SheetDataSource`).
 */
function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: PlanSheet,
  fileFormula: FileFormula,
  own?: Map<string, SheetDataXml>,
  notes?: Notes,
): void {
  const { rows, columns } = sheet.frozen;
  const ws = wb.addWorksheet(sheet.name, {
    views: rows || columns ? [{ state: "frozen", xSplit: columns, ySplit: rows }] : [],
    state: sheet.hidden ? "hidden" : "visible",
  });
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(col).width = width;
  const print = sheet.print;
  if (print) {
    // N pages wide, as many tall as needed (fitToHeight 0), title rows and columns on every page
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = print.pagesWide ?? 1;
    ws.pageSetup.fitToHeight = 0;
    ws.pageSetup.orientation = print.landscape ? "landscape" : "portrait";
    if (print.titleRows > 0) ws.pageSetup.printTitlesRow = `1:${print.titleRows}`;
    if (print.titleColumns) ws.pageSetup.printTitlesColumn = `A:${colLetter(print.titleColumns - 1)}`;
    // exceljs puts a "$" before each end of the range: "A$1" comes out as the absolute "$A$1"
    if (print.area) ws.pageSetup.printArea = print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  }
  // the tables first: exceljs writes their header rows; their bodies are written below with the
  // other cells, straight into the sheet (one shared empty row each: exceljs counts the rows for
  // the table's range and keeps the list, no copy of 370,000 values at 5,000 SKUs, issue 16)
  const EMPTY_ROW: ExcelJS.CellValue[] = [];
  const headerCells: { row: number; col: number; name: string }[] = [];
  const headerRows = sheet.tables.map((table) => {
    const [from, to] = table.range.split(":");
    const c1 = parseA1(from);
    const c2 = parseA1(to);
    ws.addTable({
      name: table.name,
      ref: from,
      headerRow: true,
      totalsRow: false,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.columns.map((col) => ({ name: col.header, filterButton: true })),
      rows: new Array<ExcelJS.CellValue[]>(c2.row - c1.row).fill(EMPTY_ROW),
    });
    table.columns.forEach((col, j) => headerCells.push({ row: c1.row, col: c1.col + j, name: col.header }));
    return { row: c1.row, left: c1.col, right: c2.col };
  });
  const styles: SharedStyles = new Map();
  const aligned = alignments(sheet.textLayout);
  if (own) {
    // the header cells the tables wrote are the sheetData's too (`SheetDataSource.headers`)
    (ws as unknown as { _rows: unknown[] })._rows = [];
    const overrides = sheet.charts.map((chart) => chartFallback(sheet, chart, styles, fileFormula));
    own.set(
      sheet.name,
      new SheetDataXml({
        headers: headerCells,
        cells: sheet.cells,
        value: (cell, row) => cellValue(cell, row, fileFormula),
        // `cellValue`'s formula cells, escaped
        formulaXml: (cell, row) =>
          cell.kind === "formula" && cell.formula ? fileFormula.xml(cell.formula, row) : undefined,
        style: (cell, value) =>
          sharedStyle(styles, cell, typeof value === "number", aligned.get(cell.address)),
        rowHeights: sheet.textLayout?.rowHeights ?? {},
        merges: sheet.textLayout?.merge ?? [],
        notes: sheetNotes(sheet, notes),
        overrides,
      }),
    );
  }
  for (const cell of own ? [] : sheet.cells) {
    const { row, col } = parseA1(cell.address);
    const value = cellValue(cell, row, fileFormula);
    const target = ws.getRow(row).getCell(col);
    // a table's header cell holds the column's name, written by the table
    if (!isHeader(headerRows, row, col)) target.value = value;
    target.style = sharedStyle(styles, cell, typeof value === "number", aligned.get(cell.address));
  }
  if (sheet.textLayout && !own) layOutTexts(ws, sheet.textLayout);
  for (const v of sheet.validations) {
    (
      ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.range, validation(v));
  }
  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    const s = PLAN_STYLES[cf.style];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [toFileFormula(cf.formula).replace(/^=/, "")],
          style: {
            font: { color: s.fontColor ? { argb: s.fontColor } : undefined, bold: s.bold },
            fill: s.fillColor
              ? {
                  type: "pattern",
                  pattern: "solid",
                  bgColor: { argb: s.fillColor },
                  fgColor: { argb: s.fillColor },
                }
              : undefined,
          },
        },
      ],
    });
  }
  for (const chart of own ? [] : sheet.charts) {
    const { value, style } = chartFallback(sheet, chart, styles, fileFormula);
    const fallback = ws.getCell(chart.fallbackNote.address);
    fallback.value = value;
    fallback.style = style;
  }
}

/**
 * exceljs cannot write charts: the chart's fallback note where the chart would be, in the model
 * cell's style with the note's font, as a new object (the shared one stays as is).
 */
function chartFallback(
  sheet: PlanSheet,
  chart: PlanSheet["charts"][number],
  styles: SharedStyles,
  fileFormula: FileFormula,
): WrittenCell {
  const at = chart.fallbackNote.address;
  const under = sheet.cells.find((c) => c.address === at);
  const font = { italic: true, color: { argb: PLAN_STYLES.note.fontColor } };
  return {
    ...parseA1(at),
    value: chart.fallbackNote.text,
    style: {
      ...(under ? sharedStyle(styles, under, typeof cellValue(under, 0, fileFormula) === "number") : {}),
      font,
    },
  };
}

/** Long texts: merged across their cells, rows as tall as the model says (alignment: `alignments`). */
function layOutTexts(ws: ExcelJS.Worksheet, layout: PlanTextLayout): void {
  for (const range of layout.merge) ws.mergeCells(range);
  for (const [row, points] of Object.entries(layout.rowHeights)) ws.getRow(Number(row)).height = points;
}

type Align = "wrap" | "top";

/** Each cell the text layout aligns: wrapped at the top, or only top-aligned (tall rows). */
function alignments(layout: PlanTextLayout | undefined): Map<string, Align> {
  const out = new Map<string, Align>();
  const mark = (range: string, how: Align) => {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.set(`${colLetter(col)}${row + 1}`, how);
  };
  for (const range of layout?.top ?? []) mark(range, "top");
  for (const range of layout?.wrap ?? []) mark(range, "wrap");
  return out;
}

/** A model cell as an exceljs value: strings stay strings (never formulas), formulas without results. */
function cellValue(cell: PlanCell, row: number, fileFormula: FileFormula): ExcelJS.CellValue {
  if (cell.kind === "formula" && cell.formula) {
    return { formula: fileFormula(cell.formula, row) } as ExcelJS.CellFormulaValue;
  }
  // a formula the buyer typed into an input stays a formula, written without a cached result
  if (cell.kind === "input" && cell.inputFormula) {
    return { formula: toFileFormula(cell.inputFormula).replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
  return typeof cell.value === "string" ? cellText(cell.value) : (cell.value as CellValue);
}

/**
 * The cell's style as one object shared by every cell of the same style, number format and value
 * kind: exceljs numbers a style object it has seen before without rendering it again (its
 * WeakMap), which a per-cell object defeats (issue 16: half the write at 5,000 SKUs). The value
 * kind is in the key because exceljs gives a style without a number format `General` for a
 * number cell only. Never mutate the result: set a new `style` on a cell instead.
 */
function sharedStyle(
  styles: SharedStyles,
  cell: PlanCell,
  isNumber: boolean,
  align?: Align,
): Partial<ExcelJS.Style> {
  // looked up by parts, not by a key string built for each of 500,000 cells (issue 16)
  let byFormat = styles.get(cell.style);
  if (!byFormat) styles.set(cell.style, (byFormat = new Map()));
  let kinds = byFormat.get(cell.numberFormat ?? "");
  if (!kinds) byFormat.set(cell.numberFormat ?? "", (kinds = []));
  const kind = (isNumber ? 1 : 0) + (align === "top" ? 2 : align === "wrap" ? 4 : 0);
  let style = kinds[kind];
  if (!style) {
    style = {};
    if (cell.numberFormat) style.numFmt = cell.numberFormat;
    applyStyle(style, cell);
    if (align) style.alignment = { vertical: "top", ...(align === "wrap" ? { wrapText: true } : {}) };
    kinds[kind] = style;
  }
  return style;
}

/** `sharedStyle`'s objects: by style key, number format, then value kind and alignment. */
type SharedStyles = Map<string, Map<string, Partial<ExcelJS.Style>[]>>;

function applyStyle(target: Partial<ExcelJS.Style>, cell: PlanCell): void {
  const s = PLAN_STYLES[cell.style];
  if (s.bold || s.italic || s.fontSize || s.fontColor) {
    target.font = {
      bold: s.bold,
      italic: s.italic,
      size: s.fontSize,
      color: s.fontColor ? { argb: s.fontColor } : undefined,
    };
  }
  if (s.fillColor) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: s.fillColor } };
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function validation(v: PlanValidation): ExcelJS.DataValidation {
  const base = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: "stop",
    error: v.errorMessage,
  };
  const rule = v.rule;
  if (rule.type === "list") {
    // a list literal is one quoted, comma-separated string; quotes inside are doubled
    return {
      ...base,
      type: "list",
      formulae: [`"${rule.values.map((x) => x.replace(/"/g, '""')).join(",")}"`],
    };
  }
  if (rule.type === "date") {
    // exceljs writes a date bound as dateToExcel(new Date(x)): hand it the instant of the serial,
    // not the serial itself (which it read as milliseconds after 1970: every bound 1970-01-01)
    const at = (serial: number) => new Date(excelSerialToUtcMs(serial));
    const b = [rule.min, rule.max].filter((x): x is number => x !== undefined).map(at);
    const operator =
      b.length === 2 ? "between" : rule.min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual";
    return { ...base, type: "date", operator, formulae: b.length ? b : [at(1)] };
  }
  if (rule.min !== undefined && rule.max !== undefined) {
    return { ...base, type: rule.type, operator: "between", formulae: [rule.min, rule.max] };
  }
  if (rule.min !== undefined) {
    return { ...base, type: rule.type, operator: "greaterThanOrEqual", formulae: [rule.min] };
  }
  if (rule.max !== undefined)
    return { ...base, type: rule.type, operator: "lessThanOrEqual", formulae: [rule.max] };
  return { ...base, type: rule.type, operator: "greaterThanOrEqual", formulae: [-1e307] };
}
