/**
 * Steps every delimited importer (sales history, SKU master) takes the same way: reading the
 * text into a sink, reporting a header that does not fit, the file-level issues at the end and
 * the `meta` fields they all report.
 */
import { decodeText } from "./decode";
import { detectDelimiter } from "./detectDelimiter";
import type { IssueCollector } from "./issueCollector";
import { readDelimitedTable, type RecordGate, type TableSink } from "./readTable";
import type { DetectedEncoding, ImportInput, ImportMetaBase, ImportOptionsBase } from "./types";

/** A streaming importer: fed a header and records, then asked for its result. */
export interface FinishingSink<R> extends TableSink {
  finish(encoding: DetectedEncoding, delimiter: string): R;
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
  const { text, encoding } = decodeText(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const sink = createSink(options);
  if (text.trim() !== "") readDelimitedTable(text, delimiter, sink);
  return sink.finish(encoding, delimiter);
}

/**
 * A header row that lacks required columns: one cell means the file was split on the wrong
 * delimiter (WRONG_DELIMITER), otherwise one MISSING_COLUMN per absent column, showing what
 * the header does hold.
 */
export function reportHeaderMismatch(
  issues: IssueCollector,
  row: number,
  header: readonly string[],
  missing: readonly string[],
): void {
  if (header.length === 1) {
    issues.add("WRONG_DELIMITER", "error", { row, detail: header[0].slice(0, 60) });
    return;
  }
  for (const column of missing) {
    issues.add("MISSING_COLUMN", "error", {
      row,
      column,
      detail: `found: ${header.join(", ").slice(0, 120)}`,
    });
  }
}

/**
 * File-level issues once every record is in: EMPTY_FILE when nothing was read, HEADER_ONLY when
 * a fitting header had no data under it; then the issues in row order.
 */
export function closeIssues(
  issues: IssueCollector,
  anyRecord: boolean,
  headerMatched: boolean,
  gate: RecordGate,
  headerRow: number,
): void {
  if (!anyRecord) issues.add("EMPTY_FILE", "error", { row: 0 });
  else if (headerMatched && gate.sourceRows === 0) issues.add("HEADER_ONLY", "warning", { row: headerRow });
  issues.issues.sort((a, b) => a.row - b.row);
}

/** The `meta` fields every importer reports, from its collector and record gate. */
export function importMetaBase(
  encoding: DetectedEncoding,
  delimiter: string,
  header: string[],
  gate: RecordGate,
  issues: IssueCollector,
): ImportMetaBase {
  return {
    encoding,
    delimiter,
    header,
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
