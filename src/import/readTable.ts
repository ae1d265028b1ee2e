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
  /**
   * The file's last record, before the first one is read, when it is a plain line (no quote):
   * a hint to size what the sink builds (the sales importer's day arrays), never data.
   */
  lastLine?(cells: string[]): void;
  /**
   * A line of a quote-free segment, `text[start, end)` (line break excluded), offered before its
   * cells are made: true when the sink took it as it is (then `row` is not called for it).
   */
  plainRow?(text: string, start: number, end: number, row: number, delimiter: string): boolean;
}

/** Characters per segment handed to the splitter (a record never straddles two). */
const SEGMENT = 1 << 20;

/**
 * Reads delimited text record by record into `sink`; records are never collected into one array
 * (bounded memory on 100 MB files). Empty lines are passed on (as `[""]`) so row numbers stay
 * those a spreadsheet shows.
 *
 * The text is cut into ≈1 MB segments at line breaks outside quotes (an even number of `"`
 * before the break: RFC 4180 escapes a quote as `""`, so parity tells inside from outside).
 * A segment without any `"` is split on line breaks and the delimiter directly — what
 * PapaParse's own fast mode does, minus its per-record bookkeeping, which was a fifth of the
 * 5,000-SKU import (issue 16 scale); a segment with quotes goes through PapaParse. A file with
 * old-Mac line breaks (a lone CR) goes through PapaParse whole.
 * @param segmentSize characters per segment (tests use a few to cross segment boundaries)
 */
export function readDelimitedTable(
  text: string,
  delimiter: string,
  sink: TableSink,
  segmentSize = SEGMENT,
): void {
  // A final line break ends the last record; it is not a blank row of its own.
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  if (sink.lastLine) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const last = text.slice(from, end);
    if (from > 0 && !last.includes('"')) sink.lastLine(last.split(delimiter));
  }
  const cr = text.indexOf("\r");
  if (cr >= 0 && cr < end && text[cr + 1] !== "\n") {
    papaSegment(text.slice(0, end), delimiter, sink, 0);
    return;
  }
  let row = 0;
  let pos = 0;
  // The first quote at or after the segment being cut (text.length = none left): one search
  // per quote, not a search to the end of a quote-free file for every segment.
  let quote = -1;
  const countQuotes = (from: number, to: number): number => {
    if (quote < from) quote = text.indexOf('"', from);
    if (quote < 0) quote = text.length;
    let n = 0;
    while (quote < to) {
      n++;
      quote = text.indexOf('"', quote + 1);
      if (quote < 0) quote = text.length;
    }
    return n;
  };
  while (pos < end) {
    let cut = pos + segmentSize >= end ? end : text.indexOf("\n", pos + segmentSize);
    if (cut < 0 || cut > end) cut = end;
    let quotes = countQuotes(pos, cut);
    // inside a quoted field: extend to the next line break until the quotes balance
    while (quotes % 2 === 1 && cut < end) {
      let next = text.indexOf("\n", cut + 1);
      if (next < 0 || next > end) next = end;
      quotes += countQuotes(cut, next);
      cut = next;
    }
    // a CRLF segment ends in CR: not part of the last record
    const segEnd = cut > pos && text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut;
    const segment = text.slice(pos, segEnd);
    row =
      quotes === 0 ? plainSegment(segment, delimiter, sink, row) : papaSegment(segment, delimiter, sink, row);
    pos = cut + 1;
  }
}

/** A segment without quotes: lines split on LF (a CR before it dropped), cells on the delimiter. */
function plainSegment(segment: string, delimiter: string, sink: TableSink, row: number): number {
  // Line by line and cell by cell with indexOf: no array of the segment's lines, and no line
  // string split again (slice + split was twice the time of cutting the cells out directly).
  const n = segment.length;
  const step = delimiter.length;
  // the next delimiter at or after the cell being cut (n = none left): every search starts where
  // the last one ended, so a file whose lines hold no delimiter is still read in linear time
  let next = -1;
  const plainRow = sink.plainRow;
  for (let start = 0; start <= n;) {
    let nl = segment.indexOf("\n", start);
    if (nl < 0) nl = n;
    const end = nl > start && segment.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    row++;
    if (plainRow !== undefined && row > 1 && plainRow(segment, start, end, row, delimiter)) {
      start = nl + 1;
      continue;
    }
    const cells: string[] = [];
    // indexed stores, not `push`: the builtin call per cell was 5 % of the 5,000-SKU import
    let k = 0;
    for (let at = start; ;) {
      if (next < at) {
        next = segment.indexOf(delimiter, at);
        if (next < 0) next = n;
      }
      if (next >= end) {
        cells[k] = segment.slice(at, end);
        break;
      }
      cells[k++] = segment.slice(at, next);
      at = next + step;
    }
    if (row === 1) sink.header(cells, row);
    else sink.row(cells, row);
    start = nl + 1;
  }
  return row;
}

/** A segment with quotes, through PapaParse's `step` callback. */
function papaSegment(segment: string, delimiter: string, sink: TableSink, row: number): number {
  Papa.parse<string[]>(segment, {
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
  return row;
}

/** True when every cell is empty or whitespace (checked without allocating trimmed copies). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.length === 0) continue;
    // a printable ASCII first character decides it without the regular expression (nearly every
    // record: its first cell is a date or an id)
    const first = c.charCodeAt(0);
    if ((first > 32 && first < 127) || NON_SPACE.test(c)) return false;
  }
  return true;
}
const NON_SPACE = /\S/;

/** The record hashes' multiplier and the code that ends each cell (so ["ab","c"] ≠ ["a","bc"]). */
const HASH_PRIME = 1000003;
export const CELL_END = 0x1f;
/** One character (or `CELL_END`) into a 32-bit polynomial hash. */
export const hashStep = (h: number, code: number): number => (Math.imul(h, HASH_PRIME) + code) | 0;

/**
 * 53-bit hash of a record's cells: duplicate detection without keeping the text. Two polynomial
 * hashes mod 2³² with different prime multipliers (1000003, 65599), multiplied with `Math.imul`
 * (32-bit integer product, no double rounded back to int32 per character: a fifth of the
 * 5,000-SKU import's hashing time). Two distinct records collide with probability ≈ n²/2⁵⁴
 * (≈2e-5 at 600k rows).
 */
export function hashCells(cells: readonly string[]): number {
  let h1 = 0;
  let h2 = 0;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = hashStep(h1, ch);
      h2 = (Math.imul(h2, 65599) + ch) | 0;
    }
    h1 = hashStep(h1, CELL_END);
    h2 = (Math.imul(h2, 65599) + CELL_END) | 0;
  }
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

/**
 * 31-bit hash of a record's cells, for comparing records that already share a key (the sales
 * importer's records of one SKU-day): one polynomial hash instead of `hashCells`'s two, whose 53
 * bits a global index of a million records needs and a handful of records per SKU-day does not.
 * Non-negative, so it is stored unboxed (a small integer).
 */
export function hashCells31(cells: readonly string[]): number {
  let h = 0;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
    h = hashStep(h, CELL_END);
  }
  return h & 0x7fffffff;
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
