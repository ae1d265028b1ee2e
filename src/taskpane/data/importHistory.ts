import { createSalesSink, decodeText, detectDelimiter, importSkus } from "../../import";
import type { ImportIssue, ImportInput } from "../../import";
import { readDelimitedTable, type TableSink } from "../../import/readTable";
import { decimalFor, type DecimalSeparator } from "../../import/parseNumber";
import { describeFile } from "../../import/sniffFile";
import { fileCostCurrency, type FileCostCurrency } from "../../import/costCurrency";
import type { RejectedRow, SalesRow, SkuRow } from "../draft";
import type { CellGrid } from "../host";

/** Issues that concern the whole file (row 0 or the header), shown in a MessageBar. */
export interface FileIssue {
  code: string;
  message: string;
  messageZh: string;
}

export interface HistoryImport {
  rows: SalesRow[];
  rejected: RejectedRow[];
  fileIssues: FileIssue[];
  /** Warnings (rows imported with an assumption: duplicates merged, future dates …). */
  warnings: number;
}

/** A sink that feeds the sales importer and keeps every record's cells by row number. */
function teeSink(asOf: string, decimal?: DecimalSeparator) {
  const sales = createSalesSink({ asOf, decimal });
  const cells = new Map<number, string[]>();
  let header: string[] = [];
  const sink: TableSink = {
    header(c, row) {
      header = c;
      sales.header(c, row);
    },
    row(c, row) {
      cells.set(row, c);
      sales.row(c, row);
    },
    malformed(row, detail) {
      sales.malformed(row, detail);
    },
  };
  return { sink, sales, cells, header: () => header };
}

function collect(
  result: { rows: SalesRow[]; issues: ImportIssue[] },
  header: string[],
  cells: Map<number, string[]>,
): HistoryImport {
  const rejected: RejectedRow[] = [];
  const fileIssues: FileIssue[] = [];
  let warnings = 0;
  for (const i of result.issues) {
    if (i.severity !== "error") {
      warnings += i.severity === "warning" ? 1 : 0;
      continue;
    }
    const rowCells = cells.get(i.row);
    if (i.row <= 1 || !rowCells)
      fileIssues.push({ code: i.code, message: i.message, messageZh: i.messageZh });
    else
      rejected.push({
        row: i.row,
        column: i.column,
        code: i.code,
        message: i.message,
        messageZh: i.messageZh,
        header,
        cells: rowCells,
      });
  }
  return { rows: result.rows, rejected, fileIssues, warnings };
}

/**
 * Sales history from a grid of cells (the selected range or a workbook table, header row first),
 * through the same importer as files: every good row kept, every bad row reported.
 * Excel date serials in the date column are accepted by the importer's date reader.
 */
export function importHistoryGrid(grid: CellGrid, asOf: string): HistoryImport {
  const t = teeSink(asOf);
  const text = (row: CellGrid[number]) => row.map((c) => (c === null || c === undefined ? "" : String(c)));
  if (grid.length > 0) t.sink.header(text(grid[0]), 1);
  grid.slice(1).forEach((row, i) => t.sink.row(text(row), i + 2));
  return collect(t.sales.finish("text", ","), t.header(), t.cells);
}

/** Sales history from a CSV/TSV export's bytes (UTF-8 ± BOM or GBK, delimiter detected). */
export function importHistoryFile(input: ImportInput, asOf: string): HistoryImport {
  if (typeof input !== "string") {
    // an image, an archive or a legacy .xls: one file-level issue naming the type
    const { kind, label } = describeFile(input);
    if (kind !== "text") {
      const t = teeSink(asOf);
      t.sales.notText(label);
      return collect(t.sales.finish("text", ","), [], t.cells);
    }
  }
  const { text, encoding } = decodeText(input);
  const delimiter = detectDelimiter(text);
  const t = teeSink(asOf, decimalFor(delimiter)); // one decimal separator for the file
  if (text.trim() !== "") readDelimitedTable(text, delimiter, t.sink);
  return collect(t.sales.finish(encoding, delimiter), t.header(), t.cells);
}

/**
 * Retry one rejected row with the cell at fault replaced by `value`: the header plus that row
 * go through the importer again. Returns the good row(s) or the row still rejected (new reason).
 */
export function fixRejected(
  r: RejectedRow,
  value: string,
  asOf: string,
): { rows: SalesRow[] } | { rejected: RejectedRow } {
  const col = r.header.indexOf(r.column);
  const cells = r.cells.slice();
  if (col >= 0) cells[col] = value;
  const t = teeSink(asOf);
  t.sink.header(r.header, 1);
  t.sink.row(cells, r.row);
  const out = collect(t.sales.finish("text", ","), r.header, t.cells);
  if (out.rejected.length > 0) return { rejected: out.rejected[0] };
  return { rows: out.rows };
}

/**
 * SKU master rows from a CSV export, how many rows were rejected, and the currency of the unit
 * costs. A file mixing currencies comes back without rows and with the import's message naming
 * the rows of each currency (as the CLI refuses it): a plan buys in one currency.
 */
export function importSkuFile(input: ImportInput): {
  skus: SkuRow[];
  rejected: number;
  fileIssues: FileIssue[];
  costCurrency: FileCostCurrency;
} {
  const result = importSkus(input);
  const errors = result.issues.filter((i) => i.severity === "error");
  const costCurrency = fileCostCurrency(result.meta?.costCurrencies ?? []);
  if (costCurrency.kind === "mixed")
    return {
      skus: [],
      rejected: errors.filter((i) => i.row > 1).length,
      fileIssues: [
        { code: "MIXED_COST_CURRENCY", message: costCurrency.message, messageZh: costCurrency.messageZh },
      ],
      costCurrency,
    };
  return {
    costCurrency,
    skus: result.rows.map((r) => ({ ...r, channel: r.channel ?? "" })),
    rejected: errors.filter((i) => i.row > 1).length,
    fileIssues: errors
      .filter((i) => i.row <= 1)
      .map((i) => ({ code: i.code, message: i.message, messageZh: i.messageZh })),
  };
}
