import { cellText } from "../plan/cellText";
import { PLAN_STYLES } from "../plan/types";
import type { PlanCell, PlanChart, PlanSheet, PlanTable, PlanValidation, StyleKey } from "../plan/types";
import { columnIndex, colLetter, formatRange, parseRange, splitReference } from "../plan/a1";
import { actionBytes, utf8Length } from "./payload";
import { rectangles } from "./rectangles";
import type { Placed } from "./rectangles";
import { renameSheetReferences } from "./sheetReferences";
import { isFilledDown } from "./fillDown";
import { WorkbookError } from "./workbookError";

/** One unit of queued work with its estimated request bytes. Never syncs. */
export interface QueuedOp {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** Where a model sheet is being built: its staging sheet and the renames in force meanwhile. */
export interface RenderTarget {
  /** Name of the (staging) worksheet to write into; it already exists when the ops run. */
  sheetName: string;
  /** Every model sheet name → its staging name (formulas and chart ranges are rewritten). */
  renames: ReadonlyMap<string, string>;
  /** Final table name → temporary name while staged (table names are workbook-unique). */
  tableNames: ReadonlyMap<string, string>;
}

/** One worksheet proxy per context and sheet, so ops do not each add a getItem action. */
const proxies = new WeakMap<Excel.RequestContext, Map<string, Excel.Worksheet>>();
export function worksheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  let byName = proxies.get(context);
  if (!byName) proxies.set(context, (byName = new Map()));
  let ws = byName.get(name);
  if (!ws) byName.set(name, (ws = context.workbook.worksheets.getItem(name)));
  return ws;
}

/** `FF1F3864` (ARGB, as in PLAN_STYLES) → `#1F3864` (what Office.js takes). */
export function cssColor(argb: string): string {
  return `#${argb.length === 8 ? argb.slice(2) : argb}`;
}

/**
 * Excel column width in characters → points, for `range.format.columnWidth`.
 * ECMA-376 Part 1 §18.3.1.13: pixels = chars × max digit width + 5 px padding; Calibri 11 has a
 * 7 px max digit width; 1 px = 0.75 pt at 96 dpi.
 * @example
 * columnWidthPoints(10) // => 56.25
 */
export function columnWidthPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

/**
 * What goes into `range.formulas` for a cell, and its number format.
 * Strings are ALWAYS text (src/plan contract, issue 8): every string cell gets the Text format `@`
 * queued before the value, because Office.js applies Excel's typed-entry rules to `formulas` and
 * `values` — `=cmd|…`, `+1+1`, `-2+3`, `@SUM(…)` would become formulas and `00123` a number.
 * We use `@` rather than a leading apostrophe because the cell then reads back exactly the
 * imported text (and `values` returns it unchanged), the rule is declarative (visible as the
 * cell's format) and it also stops Excel converting SKU codes like `1E5` or `0012`.
 */
export function cellEntry(
  cell: PlanCell,
  renames: ReadonlyMap<string, string>,
): { entry: unknown; format: string } {
  if (cell.kind === "formula" && cell.formula) {
    return { entry: renameSheetReferences(cell.formula, renames), format: cell.numberFormat ?? "General" };
  }
  if (cell.kind === "input" && cell.inputFormula) {
    // a formula the buyer typed into an input stays a formula (a Text format would make it text)
    const format = cell.numberFormat && cell.numberFormat !== "@" ? cell.numberFormat : "General";
    return { entry: renameSheetReferences(cell.inputFormula, renames), format };
  }
  const v = cell.value;
  if (typeof v === "string") return { entry: cellText(v), format: "@" }; // within Excel's 32,767
  // "" empties the cell; null would mean "leave unchanged" to Office.js
  return { entry: v ?? "", format: cell.numberFormat ?? "General" };
}

interface Entry {
  entry: unknown;
  format: string;
}

/** A formula entry (text cells are never formulas: they are written into `@` cells). */
function cellKindFormula(e: Entry): boolean {
  return e.format !== "@" && typeof e.entry === "string" && e.entry.startsWith("=");
}

/** Row slices of a rectangle whose JSON stays under `maxBytes` (a slice has at least one row). */
function sliceRows<T>(rows: T[][], rowBytes: (row: T[]) => number, maxBytes: number): T[][][] {
  const slices: T[][][] = [];
  let current: T[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const b = rowBytes(row);
    if (current.length > 0 && bytes + b > maxBytes) {
      slices.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += b;
  }
  if (current.length > 0) slices.push(current);
  return slices;
}

/** Columns `left..right` (inclusive, relative to the rectangle) of rows `from..to`. */
function part<T>(rows: T[][], from: number, to: number, left: number, right: number): T[][] {
  return rows.slice(from, to + 1).map((row) => row.slice(left, right + 1));
}

/**
 * The value/formula/number-format writes of a sheet. Cells are covered by rectangles; each
 * rectangle is cut into column strips:
 * - a strip of columns that are one formula filled down (checked cell by cell with `shiftRows`)
 *   is written as its first row plus one `autoFill(strip, "FillCopy")` (ExcelApi 1.9): the
 *   request carries one formula per column, whatever the number of SKUs;
 * - other strips are written as `formulas` matrices, sliced by rows so no op exceeds
 *   `maxOpBytes`. When every column has one number format, the first row's formats are copied
 *   down with `autoFill(strip, "FillFormats")` before the values, instead of a format matrix.
 * Formats always go in before values: a string entered into a Text (`@`) cell stays text.
 */
export function cellOps(sheet: PlanSheet, target: RenderTarget, maxOpBytes: number): QueuedOp[] {
  const placed: Placed<Entry>[] = sheet.cells.map((c) => {
    const r = parseRange(c.address);
    return { row: r.top, col: r.left, item: cellEntry(c, target.renames) };
  });
  const ops: QueuedOp[] = [];
  const ws = (context: Excel.RequestContext) => worksheetOf(context, target.sheetName);
  // formulas and constants in separate rectangles, so a formula column below a header is a
  // rectangle of its own and can be filled down
  const isFormula = (e: Entry) => (cellKindFormula(e) ? "f" : "d");
  for (const rect of rectangles(placed, isFormula)) {
    const height = rect.rows.length;
    const width = rect.rows[0].length;
    const column = (j: number) => rect.rows.map((row) => row[j]);
    const uniformFormat = (j: number) => column(j).every((e) => e.format === rect.rows[0][j].format);
    const filled = Array.from(
      { length: width },
      (_, j) => height > 1 && uniformFormat(j) && isFilledDown(column(j).map((e) => e.entry)),
    );
    for (let j0 = 0; j0 < width;) {
      let j1 = j0;
      while (j1 + 1 < width && filled[j1 + 1] === filled[j0]) j1++;
      const strip = {
        top: rect.top,
        left: rect.left + j0,
        bottom: rect.top + height - 1,
        right: rect.left + j1,
      };
      const stripAddress = formatRange(strip);
      const firstRow = formatRange({ ...strip, bottom: strip.top });
      const first = part(rect.rows, 0, 0, j0, j1)[0];
      if (filled[j0]) {
        const formulas = [first.map((e) => e.entry)];
        const formats = [first.map((e) => e.format)];
        ops.push({
          bytes:
            actionBytes(firstRow, formats) +
            actionBytes(firstRow, formulas) +
            actionBytes(stripAddress, "FillCopy"),
          queue(context) {
            const head = ws(context).getRange(firstRow);
            head.numberFormat = formats;
            head.formulas = formulas;
            head.autoFill(stripAddress, "FillCopy");
          },
        });
      } else {
        const formatsUniform = height > 1 && first.every((_, j) => uniformFormat(j0 + j));
        const allGeneral = rect.rows.every((row) =>
          row.slice(j0, j1 + 1).every((e) => e.format === "General"),
        );
        if (formatsUniform && !allGeneral) {
          const formats = [first.map((e) => e.format)];
          ops.push({
            bytes: actionBytes(firstRow, formats) + actionBytes(stripAddress, "FillFormats"),
            queue(context) {
              const head = ws(context).getRange(firstRow);
              head.numberFormat = formats;
              head.autoFill(stripAddress, "FillFormats");
            },
          });
        }
        const withFormats = !formatsUniform && !allGeneral;
        const rowBytes = (row: Entry[]) =>
          utf8Length(JSON.stringify(row.slice(j0, j1 + 1).map((e) => e.entry))) +
          (withFormats ? utf8Length(JSON.stringify(row.slice(j0, j1 + 1).map((e) => e.format))) : 0) +
          2;
        let top = rect.top;
        for (const slice of sliceRows(rect.rows, rowBytes, maxOpBytes)) {
          const address = formatRange({
            top,
            left: strip.left,
            bottom: top + slice.length - 1,
            right: strip.right,
          });
          top += slice.length;
          const formulas = slice.map((row) => row.slice(j0, j1 + 1).map((e) => e.entry));
          const formats = withFormats ? slice.map((row) => row.slice(j0, j1 + 1).map((e) => e.format)) : null;
          ops.push({
            bytes:
              actionBytes(address, formulas) +
              (formats ? actionBytes(address, formats) : 0) +
              actionBytes(address),
            queue(context) {
              const range = ws(context).getRange(address);
              if (formats) range.numberFormat = formats;
              range.formulas = formulas;
            },
          });
        }
      }
      j0 = j1 + 1;
    }
  }
  return ops;
}

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Font, fill and border of every styled cell, one action per property per rectangle of one style. */
export function styleOps(sheet: PlanSheet, target: RenderTarget): QueuedOp[] {
  const placed: Placed<StyleKey>[] = sheet.cells
    .filter((c) => Object.keys(PLAN_STYLES[c.style] ?? {}).length > 0)
    .map((c) => {
      const r = parseRange(c.address);
      return { row: r.top, col: r.left, item: c.style };
    });
  return rectangles(placed, (s) => s).map((rect) => {
    const address = formatRange({
      top: rect.top,
      left: rect.left,
      bottom: rect.top + rect.rows.length - 1,
      right: rect.left + rect.rows[0].length - 1,
    });
    const style = PLAN_STYLES[rect.key as StyleKey];
    const props = Object.keys(style).length + (style.border ? BORDER_EDGES.length : 0);
    return {
      bytes: (props + 1) * actionBytes(address, "#FFFFFF"),
      queue(context) {
        const format = worksheetOf(context, target.sheetName).getRange(address).format;
        if (style.bold !== undefined) format.font.bold = style.bold;
        if (style.italic !== undefined) format.font.italic = style.italic;
        if (style.fontSize !== undefined) format.font.size = style.fontSize;
        if (style.fontColor) format.font.color = cssColor(style.fontColor);
        if (style.fillColor) format.fill.color = cssColor(style.fillColor);
        if (style.border) for (const edge of BORDER_EDGES) format.borders.getItem(edge).style = "Continuous";
      },
    };
  });
}

/**
 * Data validation rule in Office.js shape (ExcelApi 1.8).
 * @throws WorkbookError `invalidModel` when a list item contains a comma
 */
export function validationRule(v: PlanValidation): Excel.DataValidationRule {
  const rule = v.rule;
  if (rule.type === "list") {
    // Office.js takes the list as one comma-separated source: an item with a comma would split
    const bad = rule.values.find((v) => v.includes(","));
    if (bad !== undefined) {
      throw new WorkbookError("invalidModel", {
        detail: `list item "${bad}" in ${v.range} contains a comma`,
      });
    }
    return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  }
  const operator =
    rule.min !== undefined && rule.max === undefined
      ? "GreaterThanOrEqualTo"
      : rule.max !== undefined && rule.min === undefined
        ? "LessThanOrEqualTo"
        : "Between";
  // no bounds at all: any number (Excel's limits as bounds)
  const bounds =
    rule.min === undefined && rule.max === undefined
      ? [-9.99e307, 9.99e307]
      : [rule.min, rule.max].filter((b): b is number => b !== undefined);
  if (rule.type === "date") {
    // dates are serials; a formula "=45000" is a date to Excel
    const basic: Excel.DateTimeDataValidation = { formula1: `=${bounds[0]}`, operator };
    if (bounds.length > 1) basic.formula2 = `=${bounds[1]}`;
    return { date: basic };
  }
  const basic: Excel.BasicDataValidation = { formula1: bounds[0] ?? 0, operator };
  if (bounds.length > 1) basic.formula2 = bounds[1];
  return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/** A model range such as `'Monitor'!$A$5:$A$35` resolved on the staging sheets. */
function stagedRange(context: Excel.RequestContext, ref: string, target: RenderTarget): Excel.Range {
  const { sheet, address } = splitReference(ref);
  return worksheetOf(context, target.renames.get(sheet) ?? sheet).getRange(address);
}

function chartOp(chart: PlanChart, index: number, target: RenderTarget): QueuedOp {
  return {
    bytes: actionBytes(chart) * 2,
    queue(context) {
      const [first, ...rest] = chart.series;
      const ws = worksheetOf(context, target.sheetName);
      const c = ws.charts.add("Line", stagedRange(context, first.values, target), "Columns");
      c.name = `StockUpChart${index + 1}`;
      c.title.text = chart.title;
      const s0 = c.series.getItemAt(0);
      s0.name = first.name;
      s0.setXAxisValues(stagedRange(context, chart.categories, target));
      for (const s of rest) {
        const added = c.series.add(s.name);
        added.setValues(stagedRange(context, s.values, target));
        added.setXAxisValues(stagedRange(context, chart.categories, target));
      }
      c.setPosition(chart.from, chart.to);
    },
  };
}

/**
 * Makes each formula column of a table a calculated column, so a row a buyer adds at the bottom
 * gets the column's formulas (and the whole-column totals sum it). Once the table exists, the
 * column's first-row formula is entered again and filled over the column's data body: Excel turns
 * a formula entered into a table column into a calculated column ("Fill formulas in tables to
 * create calculated columns", on by default; it applies to API writes too), and the fill keeps the
 * cells right where a user turned that option off. One formula per column, whatever the SKU count.
 * The cells keep their A1 formulas (a1Model.ts: LibreOffice co-authors cannot read structured
 * references); only columns whose model formula is row-independent (structured) qualify.
 */
export function calculatedColumnOps(sheet: PlanSheet, table: PlanTable, target: RenderTarget): QueuedOp[] {
  const r = parseRange(table.range);
  if (r.bottom <= r.top) return []; // no body rows
  const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
  const ops: QueuedOp[] = [];
  table.columns.forEach((c, i) => {
    if (c.kind !== "formula" || !c.formulaTemplate || c.formulaTemplate.includes("{r}")) return;
    const col = r.left + i;
    const head = formatRange({ top: r.top + 1, bottom: r.top + 1, left: col, right: col });
    const body = formatRange({ top: r.top + 1, bottom: r.bottom, left: col, right: col });
    const cell = byAddress.get(head);
    if (cell?.kind !== "formula" || !cell.formula) return;
    const formulas = [[renameSheetReferences(cell.formula, target.renames)]];
    ops.push({
      bytes: actionBytes(head, formulas) + actionBytes(body, "FillCopy"),
      queue(context) {
        const first = worksheetOf(context, target.sheetName).getRange(head);
        first.formulas = formulas;
        if (body !== head) first.autoFill(body, "FillCopy"); // one SKU: nothing to fill
      },
    });
  });
  return ops;
}

/**
 * Everything that decorates written cells: column widths, the Excel table, validations,
 * conditional formats, charts, frozen panes. Queued after the cells (a table takes its header
 * names from the cells it is created over).
 */
export function decorationOps(sheet: PlanSheet, target: RenderTarget): QueuedOp[] {
  const ops: QueuedOp[] = [];
  const ws = (context: Excel.RequestContext) => worksheetOf(context, target.sheetName);
  for (const [letter, chars] of Object.entries(sheet.columnWidths)) {
    columnIndex(letter); // throws on a bad letter before anything is queued
    ops.push({
      bytes: actionBytes(letter, chars),
      queue: (context) => {
        ws(context).getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
      },
    });
  }
  for (const t of sheet.tables) {
    ops.push({
      bytes: actionBytes(t.range, t.name, t.style) * 2,
      queue: (context) => {
        const table = ws(context).tables.add(t.range, true);
        table.name = target.tableNames.get(t.name) ?? t.name;
        table.style = t.style;
      },
    });
    ops.push(...calculatedColumnOps(sheet, t, target));
  }
  for (const v of sheet.validations) {
    const rule = validationRule(v);
    ops.push({
      bytes: actionBytes(v.range, rule, v.errorMessage) * 2,
      queue: (context) => {
        const dv = ws(context).getRange(v.range).dataValidation;
        dv.rule = rule;
        dv.ignoreBlanks = v.allowBlank;
        dv.errorAlert = { message: v.errorMessage, showAlert: true, style: "Stop", title: "StockUp" };
      },
    });
  }
  for (const cf of sheet.conditionalFormats) {
    const style = PLAN_STYLES[cf.style];
    const formula = renameSheetReferences(cf.formula, target.renames);
    ops.push({
      bytes: actionBytes(cf.range, formula) * 3,
      queue: (context) => {
        const custom = ws(context).getRange(cf.range).conditionalFormats.add("Custom").custom;
        custom.rule.formula = formula;
        if (style.fillColor) custom.format.fill.color = cssColor(style.fillColor);
        if (style.fontColor) custom.format.font.color = cssColor(style.fontColor);
      },
    });
  }
  sheet.charts.forEach((chart, i) => ops.push(chartOp(chart, i, target)));
  const print = sheet.print;
  if (print) {
    ops.push({
      bytes: actionBytes(print) * 3,
      queue: (context) => {
        const layout = ws(context).pageLayout;
        // N pages wide, as many pages tall as needed; title rows and columns on every page
        layout.orientation = print.landscape ? "Landscape" : "Portrait";
        layout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
        if (print.titleRows > 0) layout.setPrintTitleRows(`$1:$${print.titleRows}`);
        if (print.titleColumns) layout.setPrintTitleColumns(`$A:$${colLetter(print.titleColumns - 1)}`);
        if (print.area) layout.setPrintArea(print.area);
      },
    });
  }
  const texts = sheet.textLayout;
  if (texts) {
    // long texts: merged across their cells, wrapped at the top, rows as tall as the model says
    ops.push({
      bytes: actionBytes(texts) * 3,
      queue: (context) => {
        const sheetNow = ws(context);
        for (const range of texts.merge) sheetNow.getRange(range).merge(false);
        for (const range of texts.top) sheetNow.getRange(range).format.verticalAlignment = "Top";
        for (const range of texts.wrap) {
          const format = sheetNow.getRange(range).format;
          format.wrapText = true;
          format.verticalAlignment = "Top";
        }
        for (const [row, points] of Object.entries(texts.rowHeights))
          sheetNow.getRange(`${row}:${row}`).format.rowHeight = points;
      },
    });
  }
  const { rows, columns } = sheet.frozen;
  if (rows > 0 || columns > 0) {
    ops.push({
      bytes: actionBytes(rows, columns),
      queue: (context) => {
        const panes = ws(context).freezePanes;
        if (rows > 0 && columns > 0) panes.freezeAt(`A1:${colLetter(columns - 1)}${rows}`);
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    });
  }
  return ops;
}
