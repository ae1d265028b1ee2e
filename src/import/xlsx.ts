/**
 * .xlsx input for the importers (CLI and anything else that can afford exceljs; the pane bundle
 * imports the CSV importers only, so exceljs stays out of it). The first (or named) worksheet is
 * read as a table, header in its first row, and fed through the same streaming importers as
 * CSV, so issues and results are identical whatever the file type.
 * Formula cells contribute their cached result; the formula text is never evaluated or kept.
 */
import ExcelJS from "exceljs";
import { InputError } from "../core/errors";
import {
  createSalesSink,
  importSales,
  type SalesImportMeta,
  type SalesImportOptions,
  type SalesRow,
} from "./importSales";
import { createSkuSink, importSkus, type SkuImportMeta, type SkuRow } from "./importSkus";
import type { TableSink } from "./readTable";
import { sniffFile } from "./sniffFile";
import type { ImportOptionsBase, ImportResult } from "./types";

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

/**
 * The worksheet `options.sheet` names: a number is the 1-based position in the tab order (exceljs's
 * getWorksheet(number) looks up an internal id, which moving or deleting tabs decouples from it).
 * @throws InputError a sheet was asked for that the workbook does not have: reading another one
 *   instead would import the wrong data without a word (options are the caller's, so they throw).
 */
function pickSheet(
  workbook: ExcelJS.Workbook,
  sheet: number | string | undefined,
): ExcelJS.Worksheet | undefined {
  const tabs = workbook.worksheets; // in tab order
  if (sheet === undefined) return tabs[0];
  const found = typeof sheet === "number" ? tabs[sheet - 1] : workbook.getWorksheet(sheet);
  if (found) return found;
  const what = typeof sheet === "number" ? `number ${sheet}` : `"${sheet}"`;
  throw new InputError(
    "sheet",
    `no worksheet ${what} in this workbook; it has: ${tabs.map((t) => t.name).join(", ")}`,
  );
}

/** Feeds a worksheet to a table sink row by row. Returns false when the workbook has no sheet. */
async function feedWorkbook(buffer: ArrayBuffer, sink: TableSink, options: XlsxOptions): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const sheet = pickSheet(workbook, options.sheet);
  if (!sheet) return false;
  const width = sheet.columnCount;
  let expected = 1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Empty rows are skipped by exceljs; pass them on so row numbers and blank counts stay true.
    for (; expected < rowNumber; expected++) if (expected > 1) sink.row([""], expected);
    expected = rowNumber + 1;
    const cells: string[] = [];
    // row.values is 1-based and sparse; reading it does not create cells as getCell() would
    const values = row.values as ExcelJS.CellValue[];
    for (let c = 1; c <= width; c++) cells.push(cellText(values[c])); // trimmed by the importers, as CSV cells
    if (rowNumber === 1) sink.header(cells, rowNumber);
    else sink.row(cells, rowNumber);
  });
  return true;
}

/**
 * Imports sales history from an .xlsx workbook (same rules and result as `importSales`).
 * @throws Error from exceljs when the bytes are not an .xlsx file (the caller shows the message).
 * @throws InputError when `sheet` names a worksheet the workbook does not have.
 */
export async function importSalesXlsx(
  buffer: ArrayBuffer,
  options: SalesImportOptions & XlsxOptions = {},
): Promise<ImportResult<SalesRow, SalesImportMeta>> {
  const sink = createSalesSink(options);
  await feedWorkbook(buffer, sink, options);
  return sink.finish("utf-8", "xlsx");
}

/**
 * Imports a SKU master from an .xlsx workbook (same rules and result as `importSkus`).
 * @throws Error from exceljs when the bytes are not an .xlsx file.
 * @throws InputError when `sheet` names a worksheet the workbook does not have.
 */
export async function importSkusXlsx(
  buffer: ArrayBuffer,
  options: ImportOptionsBase & XlsxOptions = {},
): Promise<ImportResult<SkuRow, SkuImportMeta>> {
  const sink = createSkuSink(options);
  await feedWorkbook(buffer, sink, options);
  return sink.finish("utf-8", "xlsx");
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
): Promise<ImportResult<SalesRow, SalesImportMeta>> {
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
