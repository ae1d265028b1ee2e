import Papa from "papaparse";
import type { IssueCollector } from "./issueCollector";

/** Receives a table one record at a time, so no importer holds all records at once. */
export interface TableSink {
  /** The first record. */
  header(cells: string[]): void;
  /** Every later record, with its 1-based row number (header = 1). */
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
      if (row === 1) sink.header(cells);
      else sink.row(cells, row);
    },
  });
}

/** 53-bit FNV-1a hash of a record's cells: duplicate detection without keeping the text. */
export function hashCells(cells: readonly string[]): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193) >>> 0; // field separator, so ["ab","c"] ≠ ["a","bc"]
  }
  // 32 + 21 bits fit a double exactly; two rows collide with probability ≈ n²/2⁵⁴ (≈2e-5 at 600k rows).
  return h1 * 0x200000 + (h2 & 0x1fffff);
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

  constructor(private readonly issues: IssueCollector) {}

  setHeader(cells: string[]): void {
    this.width = cells.length;
  }

  /** True when the record should be interpreted. */
  admit(cells: string[], row: number): boolean {
    if (cells.every((c) => c.trim() === "")) {
      this.blankRows++;
      return false;
    }
    this.sourceRows++;
    if (cells.length !== this.width) {
      this.issues.add("FIELD_COUNT", "warning", { row, detail: String(cells.length) });
    }
    const h = hashCells(cells);
    const first = this.seen.get(h);
    if (first !== undefined) {
      this.duplicateRows++;
      this.issues.add("DUPLICATE_ROW", "warning", { row, detail: String(first) });
      return false;
    }
    this.seen.set(h, row);
    return true;
  }
}
