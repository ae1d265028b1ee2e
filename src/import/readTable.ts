import Papa from "papaparse";
import type { IssueCollector } from "./issueCollector";

/** Receives a table one record at a time, so no importer holds all records at once. */
export interface TableSink {
  /** The header record and its 1-based row number (1 unless title lines sit above it). */
  header(cells: string[], row: number): void;
  /** Every later record, with its 1-based row number. */
  row(cells: string[], row: number): void;
  /** A record the parser could not read (unbalanced quotes …). */
  malformed(row: number, detail: string): void;
}

/**
 * Streams delimited text through PapaParse's `step` callback: records are handed to `sink` as
 * they are parsed and never collected into one array (bounded memory on 50 MB files). Empty
 * lines are passed on (as `[""]`) so row numbers stay those a spreadsheet shows.
 */
export function readDelimitedTable(text: string, delimiter: string, sink: TableSink): void {
  let row = 0;
  // A final line break ends the last record; it is not a blank row of its own.
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  Papa.parse<string[]>(end === text.length ? text : text.slice(0, end), {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step(results) {
      row++;
      const cells = results.data;
      if (results.errors.length > 0) {
        sink.malformed(row, results.errors[0].message);
        return;
      }
      if (row === 1) sink.header(cells, row);
      else sink.row(cells, row);
    },
  });
}

/** True when every cell is empty or whitespace (checked without allocating trimmed copies). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i].length > 0 && NON_SPACE.test(cells[i])) return false;
  return true;
}
const NON_SPACE = /\S/;

/**
 * 53-bit hash of a record's cells: duplicate detection without keeping the text. Two polynomial
 * hashes mod 2³² with different prime multipliers (1000003, 65599 — both below 2²¹, so every
 * product stays an exact double and `| 0` keeps the arithmetic in small integers, fast even in
 * unoptimised code). Two distinct records collide with probability ≈ n²/2⁵⁴ (≈2e-5 at 600k rows).
 */
export function hashCells(cells: readonly string[]): number {
  let h1 = 0;
  let h2 = 0;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = (h1 * 1000003 + ch) | 0;
      h2 = (h2 * 65599 + ch) | 0;
    }
    // field separator, so ["ab","c"] and ["a","bc"] differ
    h1 = (h1 * 1000003 + 0x1f) | 0;
    h2 = (h2 * 65599 + 0x1f) | 0;
  }
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

/**
 * Checks shared by all importers before a record is interpreted: blank records (skipped,
 * counted), a field count different from the header (FIELD_COUNT warning, read by position), and
 * exact duplicates of an earlier record (DUPLICATE_ROW warning, counted once: an export that
 * lists the same order line twice, or a sheet pasted twice, must not double the sales).
 */
export class RecordGate {
  sourceRows = 0;
  blankRows = 0;
  duplicateRows = 0;
  private readonly seen = new Map<number, number>();
  private width = 0;

  /**
   * @param dedupe check exact duplicates here, against every earlier record (a global index).
   * The sales importer passes false and checks per SKU-day instead (`duplicate`), which finds
   * the same duplicates — equal records share SKU and date — without a million-entry index.
   */
  constructor(
    private readonly issues: IssueCollector,
    private readonly dedupe = true,
  ) {}

  /** Reports record `row` as an exact repeat of `firstRow` (counted once). */
  duplicate(row: number, firstRow: number): void {
    this.duplicateRows++;
    this.issues.add("DUPLICATE_ROW", "warning", { row, detail: String(firstRow) });
  }

  setHeader(cells: string[]): void {
    this.width = cells.length;
  }

  /** Frees the duplicate index once the last record is in (it can hold a million entries). */
  release(): void {
    this.seen.clear();
  }

  /** True when the record should be interpreted. */
  admit(cells: string[], row: number): boolean {
    if (isBlankRecord(cells)) {
      this.blankRows++;
      return false;
    }
    this.sourceRows++;
    if (cells.length !== this.width) {
      this.issues.add("FIELD_COUNT", "warning", { row, detail: String(cells.length) });
    }
    if (!this.dedupe) return true;
    const h = hashCells(cells);
    const first = this.seen.get(h);
    if (first !== undefined) {
      this.duplicate(row, first);
      return false;
    }
    this.seen.set(h, row);
    return true;
  }
}
