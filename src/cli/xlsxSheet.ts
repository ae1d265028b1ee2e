/**
 * One plan sheet into the CLI's workbook (`writeSheet`), mechanically: its page setup, tables,
 * validations and conditional formats into an exceljs worksheet, and its cells either into that
 * worksheet too (every cell through exceljs: `planToWorkbook`, the reference) or into a
 * `SheetDataXml` the package renderer writes in exceljs's place (`writePlanXlsx`). Both take the
 * same values, style objects and order, so both render the same bytes (test/cli/sheetDataXml.test.ts).
 */
import ExcelJS from "exceljs";
import { excelSerialToUtcMs } from "../core";
import { colLetter, parseA1, parseRange } from "../plan/a1";
import { cellText } from "../plan/cellText";
import { a1Parts, type TableLayout } from "../plan/structuredRefs";
import { inputId } from "../plan/readOverrides";
import { toFileFormula } from "../plan/xlfn";
import type { CellValue, PlanCell, PlanSheet, PlanTextLayout, PlanValidation } from "../plan/types";
import { PLAN_STYLES } from "../plan/types";
import { escapeText } from "./sharedStringsXml";
import { SheetDataXml, type WrittenCell } from "./sheetDataXml";

/** The buyer's notes on inputs, by `inputId`. */
export type Notes = ReadonlyMap<string, ExcelJS.Cell["note"]>;

/** The buyer's note on a model cell (inputs only), if any. */
export function noteOf(cell: PlanCell, notes: Notes): ExcelJS.Cell["note"] | undefined {
  return cell.kind === "input" && cell.key ? notes.get(inputId(cell.key)) : undefined;
}

/** Whether a chart's fallback note lands in a merged range (exceljs's merge rules there are not mirrored). */
export function chartInMerge(sheet: PlanSheet): boolean {
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
export interface FileFormula {
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
export function fileFormulas(layouts: readonly TableLayout[], sheet: string): FileFormula {
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
      parts = { text, xml: text.map((p) => escapeText(p)) };
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
export function writeSheet(
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
