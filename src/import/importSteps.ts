/**
 * What every delimited importer (sales history, SKU master) does the same way: reading the text
 * into its sink, and the bookkeeping about the file (title lines, header, malformed records,
 * file-level issues, the `meta` fields they all report).
 */
import { decodeText } from "./decode";
import { detectDelimiter } from "./detectDelimiter";
import type { RequiredColumn } from "./formats/cells";
import { DEFAULT_MAX_ISSUES, IssueCollector } from "./issueCollector";
import { wrapList } from "./messages";
import { readDelimitedTable, RecordGate, type TableSink } from "./readTable";
import { describeFile } from "./sniffFile";
import { decimalFor } from "./parseNumber";
import type { DetectedEncoding, ImportInput, ImportMetaBase, ImportOptionsBase } from "./types";

/** A streaming importer: fed a header and records, then asked for its result. */
export interface FinishingSink<R> extends TableSink {
  finish(encoding: DetectedEncoding, delimiter: string): R;
  /** The file is not a table at all (an image, an archive, a legacy .xls): one file-level error. */
  notText(label: string): void;
}

/**
 * Decodes `input`, detects the delimiter (unless `options.delimiter` forces one), then feeds
 * every record to the sink `createSink(options)` makes and returns its result. Blank text feeds
 * nothing, so the sink reports EMPTY_FILE.
 * @throws whatever `createSink` throws for a bad option (InputError).
 */
export function importDelimited<O extends ImportOptionsBase, R>(
  input: ImportInput,
  options: O,
  createSink: (options: O) => FinishingSink<R>,
): R {
  if (typeof input !== "string") {
    const { kind, label } = describeFile(input);
    if (kind !== "text") {
      const sink = createSink(options);
      sink.notText(label);
      return sink.finish("text", options.delimiter ?? ",");
    }
  }
  const { text, encoding } = decodeText(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  // one decimal separator for the whole file (issue 16 #5)
  const sink = createSink({ ...options, decimal: decimalFor(delimiter, options.decimal) });
  if (text.trim() !== "") readDelimitedTable(text, delimiter, sink);
  return sink.finish(encoding, delimiter);
}

/**
 * What every delimited importer tracks about the file besides its rows: the issues, the record
 * gate, whether any record was read, and the header (its row and trimmed cells). The importer's
 * sink hands it the records that are not data (title lines, the header, malformed records).
 */
export class ImportFile {
  readonly issues: IssueCollector;
  readonly gate: RecordGate;
  /** Any record at all (title line, header, data, malformed); none → EMPTY_FILE. */
  anyRecord = false;
  headerRow = 1;
  /** The header cells as written, trimmed. */
  header: string[] = [];

  /**
   * @param dedupe passed to RecordGate: false when the importer checks exact duplicates itself.
   * @throws InputError when `maxIssues` is not a whole number ≥ 0 (IssueCollector).
   */
  constructor(maxIssues: number | undefined, dedupe = true) {
    this.issues = new IssueCollector(maxIssues ?? DEFAULT_MAX_ISSUES);
    this.gate = new RecordGate(this.issues, dedupe);
  }

  /** A title line above the header: noted, never imported. */
  preamble(row: number): void {
    this.anyRecord = true;
    this.issues.add("PREAMBLE_ROW", "info", { row });
  }

  /** Takes the header record; false when all its cells are blank (nothing to bind columns to). */
  takeHeader(cells: string[], row: number): boolean {
    this.anyRecord = true;
    this.headerRow = row;
    this.issues.headerRow = row;
    this.header = cells.map((c) => c.trim());
    this.gate.setHeader(cells);
    return !this.header.every((c) => c === "");
  }

  /**
   * A header that lacks required columns: one cell means the file was split on the wrong
   * delimiter (WRONG_DELIMITER), otherwise one MISSING_COLUMN per absent column, naming the
   * detected `format`, the header names accepted for the column and every column the header
   * does hold (in full, wrapped: the one needed may be last).
   */
  headerMismatch(row: number, missing: readonly (string | RequiredColumn)[], format: string): void {
    const header = this.header;
    if (header.length === 1) {
      this.issues.add("WRONG_DELIMITER", "error", { row, detail: header[0].slice(0, 60) });
      return;
    }
    for (const m of missing) {
      const column = typeof m === "string" ? m : m.name;
      const accepted = typeof m === "string" ? [m] : m.accepted;
      this.issues.add("MISSING_COLUMN", "error", {
        row,
        column,
        format,
        accepted: accepted.join(", "),
        detail: wrapList(header.filter((c) => c !== "")),
      });
    }
  }

  /** A record the table reader could not split: a source row, rejected. */
  malformed(row: number, detail: string): void {
    this.anyRecord = true;
    this.gate.sourceRows++;
    this.issues.add("MALFORMED_ROW", "error", { row, detail });
  }

  /**
   * File-level issues once every record is in: EMPTY_FILE when nothing was read, HEADER_ONLY
   * when a fitting header had no data under it; then the issues in row order.
   */
  closeIssues(headerMatched: boolean): void {
    if (!this.anyRecord) this.issues.add("EMPTY_FILE", "error", { row: 0 });
    else if (headerMatched && this.gate.sourceRows === 0) {
      this.issues.add("HEADER_ONLY", "warning", { row: this.headerRow });
    }
    this.issues.issues.sort((a, b) => a.row - b.row);
  }

  /**
   * The importer's sink: records go through the header search `search`; `finish` first flushes
   * it (a file of title lines only still gets its header) and frees the duplicate index, then
   * builds the result.
   */
  sink<R>(
    search: TableSink & { flush(): void },
    finish: (encoding: DetectedEncoding, delimiter: string) => R,
  ): FinishingSink<R> {
    const gate = this.gate;
    return {
      header: search.header,
      row: search.row,
      malformed: search.malformed,
      notText: (label) => {
        this.anyRecord = true; // not empty: something else
        this.issues.add("NOT_TEXT", "error", { row: 0, value: label });
      },
      finish(encoding, delimiter) {
        search.flush();
        gate.release();
        return finish(encoding, delimiter);
      },
    };
  }

  /** The `meta` fields every importer reports. */
  metaBase(encoding: DetectedEncoding, delimiter: string): ImportMetaBase {
    const { gate, issues } = this;
    return {
      encoding,
      delimiter,
      header: this.header,
      sourceRows: gate.sourceRows,
      blankRows: gate.blankRows,
      rejectedRows: issues.rejectedRows,
      duplicateRows: gate.duplicateRows,
      issueCounts: issues.counts,
      issuesTruncated: issues.truncated,
      formulaLikeCells: issues.formulaLikeCells,
      formulaLikeCount: issues.formulaLikeCount,
    };
  }
}
