/**
 * .xlsx input for the importers (the CLI, in Node: exceljs's streaming reader needs Node streams;
 * the pane bundle imports the CSV importers only, so exceljs stays out of it). The first (or named) worksheet is
 * read as a table, header in its first row, and fed through the same streaming importers as
 * CSV, so issues and results are identical whatever the file type.
 * Formula cells contribute their cached result; the formula text is never evaluated or kept.
 */
import { InputError } from "../core";
import ExcelJS from "exceljs";
import { createSalesSink, importSales, type SalesImportResult, type SalesImportOptions } from "./importSales";
import { createSkuSink, importSkus, type SkuImportMeta, type SkuRow } from "./importSkus";
import type { TableSink } from "./readTable";
import { sniffFile } from "./sniffFile";
import type { ImportMetaBase, ImportOptionsBase, ImportResult } from "./types";
import { formatIssueMessage } from "./messages";
import { Readable } from "node:stream";

/** Which worksheet to read: 1-based position or name. @defaultvalue 1 */
export interface XlsxOptions {
  sheet?: number | string;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Text of one exceljs cell value as a CSV export would show it. Dates: exceljs returns the
 * cell's wall-clock time as a UTC Date, so the UTC fields are the date as written.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    const d = `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
    const h = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return h === 0
      ? d
      : `${d} ${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}:${pad2(value.getUTCSeconds())}`;
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? "");
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** A table's width from one row: its last filled cell before a gap of more than 26 empty columns. */
function contiguousWidth(values: readonly ExcelJS.CellValue[]): number {
  let last = 0;
  for (let c = 1; c < values.length; c++) {
    if (values[c] === null || values[c] === undefined || values[c] === "") continue;
    if (c - last > 27) break; // a stray far-away cell (column XFD) is not part of the table
    last = c;
  }
  return last;
}

/** Rows looked at to learn the table's width (title lines and the header sit in the first few). */
const WIDTH_ROWS = 10;

/** What was found in the workbook besides the table read: for the "wrong tab" hint. */
export interface SheetScan {
  /** Name of the worksheet read, or null when the workbook has none to read. */
  read: string | null;
  /** Non-blank rows of the worksheet read. */
  rows: number;
  /** Other worksheets that hold data, in tab order. */
  othersWithData: string[];
  names: string[];
}

type Source = ArrayBuffer | Uint8Array | string;

/**
 * Streams a worksheet into a table sink with exceljs's streaming reader (issue 16 #10: the whole
 * workbook model of a 52 MB file ran out of heap): memory follows the importer's SKU-days, not
 * the file. Each row is cut or padded to the table's width, learnt from its first rows, so one
 * stray cell in column XFD costs one cell, not 16,384 per row. Empty rows are passed on as
 * blank records so row numbers stay those Excel shows. Worksheets after the one read are only
 * scanned for data (the hint when the buyer's data is on another tab).
 * @throws InputError when `options.sheet` names a worksheet the workbook does not have.
 */
async function feedWorkbook(source: Source, sink: TableSink, options: XlsxOptions): Promise<SheetScan> {
  const input =
    typeof source === "string"
      ? source
      : Readable.from([
          source instanceof Uint8Array
            ? Buffer.from(source.buffer, source.byteOffset, source.byteLength)
            : Buffer.from(source),
        ]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache", // date formats: date cells arrive as Dates
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  const scan: SheetScan = { read: null, rows: 0, othersWithData: [], names: [] };
  let position = 0;
  for await (const ws of reader) {
    position++;
    const name = (ws as unknown as { name?: string }).name ?? `Sheet${position}`;
    scan.names.push(name);
    const wanted =
      scan.read === null &&
      (options.sheet === undefined || options.sheet === position || options.sheet === name);
    if (!wanted) {
      for await (const row of ws) {
        if (contiguousWidth(row.values as ExcelJS.CellValue[]) > 0) {
          if (scan.read !== null && !scan.othersWithData.includes(name)) scan.othersWithData.push(name);
        }
      }
      continue;
    }
    scan.read = name;
    let width = 0;
    let expected = 1;
    let seen = 0;
    for await (const row of ws) {
      const values = row.values as ExcelJS.CellValue[];
      const rowNumber = row.number;
      if (seen < WIDTH_ROWS) width = Math.max(width, contiguousWidth(values));
      if (contiguousWidth(values) === 0) continue; // an empty row: passed on below as a gap
      seen++;
      scan.rows++;
      // Rows exceljs skips: pass them on so row numbers and blank counts stay true.
      for (; expected < rowNumber; expected++) if (expected > 1) sink.row([""], expected);
      expected = rowNumber + 1;
      const cells: string[] = new Array<string>(width);
      for (let c = 1; c <= width; c++) cells[c - 1] = cellText(values[c]); // trimmed by the importers
      if (rowNumber === 1) sink.header(cells, rowNumber);
      else sink.row(cells, rowNumber);
    }
  }
  if (options.sheet !== undefined && scan.read === null) {
    const what = typeof options.sheet === "number" ? `number ${options.sheet}` : `"${options.sheet}"`;
    throw new InputError("sheet", `no worksheet ${what} in this workbook; it has: ${scan.names.join(", ")}`);
  }
  return scan;
}

/** A sink's result plus, when the sheet read was empty and another has data, a hint issue. */
function withSheetHint<R extends ImportResult<unknown, ImportMetaBase>>(result: R, scan: SheetScan): R {
  if (scan.read !== null && scan.rows === 0 && scan.othersWithData.length > 0) {
    const other = scan.othersWithData[0];
    const params = { row: 0, value: scan.read, detail: other };
    result.issues.unshift({
      code: "EMPTY_SHEET",
      row: 0,
      column: "",
      value: scan.read,
      detail: other,
      severity: "error",
      message: formatIssueMessage("EMPTY_SHEET", params, "en"),
      messageZh: formatIssueMessage("EMPTY_SHEET", params, "zh"),
    });
    result.issues = result.issues.filter((i) => i.code !== "EMPTY_FILE");
  }
  return result;
}

/**
 * Imports sales history from an .xlsx workbook (same rules and result as `importSales`).
 * @throws Error from exceljs when the bytes are not an .xlsx file (the caller shows the message).
 * @throws InputError when `sheet` names a worksheet the workbook does not have.
 */
export async function importSalesXlsx(
  source: Source,
  options: SalesImportOptions & XlsxOptions = {},
): Promise<SalesImportResult> {
  const sink = createSalesSink(options);
  const scan = await feedWorkbook(source, sink, options);
  return withSheetHint(sink.finish("utf-8", "xlsx"), scan);
}

/**
 * Imports a SKU master from an .xlsx workbook (same rules and result as `importSkus`).
 * @throws Error from exceljs when the bytes are not an .xlsx file.
 * @throws InputError when `sheet` names a worksheet the workbook does not have.
 */
export async function importSkusXlsx(
  source: Source,
  options: ImportOptionsBase & XlsxOptions = {},
): Promise<ImportResult<SkuRow, SkuImportMeta>> {
  const sink = createSkuSink(options);
  const scan = await feedWorkbook(source, sink, options);
  return withSheetHint(sink.finish("utf-8", "xlsx"), scan);
}

const toArrayBuffer = (b: Uint8Array | ArrayBuffer): ArrayBuffer =>
  b instanceof Uint8Array ? (b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer) : b;

/**
 * Imports a sales file of any supported kind: .xlsx via exceljs, anything else as delimited text
 * (the CLI's entry point: it does not trust file extensions).
 * @throws Error from exceljs when a ZIP is not a valid workbook.
 */
export async function importSalesFile(
  bytes: Uint8Array | ArrayBuffer,
  options: SalesImportOptions & XlsxOptions = {},
): Promise<SalesImportResult> {
  return sniffFile(bytes) === "xlsx"
    ? importSalesXlsx(toArrayBuffer(bytes), options)
    : importSales(bytes, options);
}

/**
 * Imports a SKU master of any supported kind (.xlsx or delimited text).
 * @throws Error from exceljs when a ZIP is not a valid workbook.
 */
export async function importSkusFile(
  bytes: Uint8Array | ArrayBuffer,
  options: ImportOptionsBase & XlsxOptions = {},
): Promise<ImportResult<SkuRow, SkuImportMeta>> {
  return sniffFile(bytes) === "xlsx"
    ? importSkusXlsx(toArrayBuffer(bytes), options)
    : importSkus(bytes, options);
}
