/**
 * Shapes shared by every importer. The result follows PapaParse's public surface
 * (`{ data, errors, meta }`, STYLE.md §6) renamed for StockUp: `{ rows, issues, meta }`.
 * Importers parse everything, never stop at the first bad row and never drop a row without an
 * issue saying so; the pane or the CLI shows the issues and lets the buyer fix or skip.
 */

/**
 * How bad an issue is:
 * - `error`: the row (or, for row 0/1, the whole file) was NOT imported;
 * - `warning`: the row was imported but something was assumed, merged or is suspicious;
 * - `info`: nothing was changed; worth knowing (e.g. formula-like text kept as text).
 */
export type IssueSeverity = "error" | "warning" | "info";

/** Stable issue codes: the pane and the CLI key their messages and fix-up UI on these. */
export type IssueCode =
  | "EMPTY_FILE"
  | "HEADER_ONLY"
  | "PREAMBLE_ROW"
  | "WRONG_DELIMITER"
  | "MISSING_COLUMN"
  | "MALFORMED_ROW"
  | "FIELD_COUNT"
  | "MISSING_SKU"
  | "MISSING_VALUE"
  | "BAD_DATE"
  | "AMBIGUOUS_DATE_ORDER"
  | "FUTURE_DATE"
  | "BAD_NUMBER"
  | "NEGATIVE_QUANTITY"
  | "OUT_OF_RANGE"
  | "BAD_FLAG"
  | "BAD_CHANNEL"
  | "DUPLICATE_ROW"
  | "DUPLICATE_SKU"
  | "FORMULA_TEXT"
  | "UNKNOWN_SKU"
  | "SKU_SPELLINGS"
  | "NOT_TEXT"
  | "EMPTY_SHEET"
  | "SKU_FROM_TITLE"
  | "SKU_FROM_ID"
  | "WRONG_REPORT"
  | "REPORT_WITHOUT_DATES"
  | "DECIMAL_MISMATCH"
  | "DATE_OUT_OF_RANGE"
  | "BAD_CURRENCY"
  | "CURRENCY_CONFLICT"
  | "NO_COST_COLUMN";

/** One problem found in the input. */
export interface ImportIssue {
  code: IssueCode;
  /**
   * 1-based source row number as a spreadsheet shows it: the header is row 1, the first data
   * record row 2 (a quoted field spanning lines still counts as one row). 0 = the whole file.
   */
  row: number;
  /** The column as written in the file's header ("" when the issue is not about one column). */
  column: string;
  /** The offending cell text, when there is one (so the pane can show it and offer a fix). */
  value?: string;
  /** Extra detail used in the message (expected range, first row of a duplicate …). With `row`,
   * `column` and `value` it re-renders the message: `formatIssueMessage(issue.code, issue, "zh")`. */
  detail?: string;
  /**
   * Line in the file as a text editor shows it (1-based), when it differs from `row`: quoted
   * notes spanning several lines push later records down (text files only).
   */
  line?: number;
  /** The order the bad line belongs to (`#1331`, `111-…`), when the file has an order column. */
  orderId?: string;
  /** The product of the bad line (title or name), when the file has one. */
  product?: string;
  /** The detected file format (`SalesFormat`), on MISSING_COLUMN. */
  format?: string;
  /** Header names accepted for the missing column, on MISSING_COLUMN. */
  accepted?: string;
  /** English message (rendered from `ISSUE_MESSAGES[code].en`). */
  message: string;
  /** Simplified Chinese message (rendered from `ISSUE_MESSAGES[code].zh`). */
  messageZh: string;
  severity: IssueSeverity;
}

/** A cell whose text starts with = + - @ tab or CR: kept as text, writers must escape it. */
export interface FormulaLikeCell {
  row: number;
  column: string;
}

/** Text encodings the importers recognise from the bytes. */
export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gbk" | "text";

/** Day-month order used for slash dates (`03/04/2024`). */
export type DateOrder = "MDY" | "DMY";

/** Fields every importer reports in `meta`. */
export interface ImportMetaBase {
  encoding: DetectedEncoding;
  delimiter: string;
  /** The header cells as written (trimmed). */
  header: string[];
  /** Data records seen after the header (blank lines excluded). */
  sourceRows: number;
  /** Blank records skipped (no issue: a blank line carries no data). */
  blankRows: number;
  /** Records with at least one `error` issue, therefore not imported. */
  rejectedRows: number;
  /** Exact duplicate records kept once (DUPLICATE_ROW). */
  duplicateRows: number;
  /** Count of issues per code (complete even when `issues` was truncated). */
  issueCounts: Partial<Record<IssueCode, number>>;
  /** True when more than `maxIssues` issues were found and the list was cut. */
  issuesTruncated: boolean;
  /** Text cells kept as text that a spreadsheet would read as a formula (first `maxIssues`). */
  formulaLikeCells: FormulaLikeCell[];
  formulaLikeCount: number;
}

/** The result of every importer. */
export interface ImportResult<Row, Meta extends ImportMetaBase = ImportMetaBase> {
  rows: Row[];
  issues: ImportIssue[];
  meta: Meta;
}

/** Raw input accepted by the importers: decoded text, or the file's bytes. */
export type ImportInput = string | Uint8Array | ArrayBuffer;

/** Options shared by every importer. */
export interface ImportOptionsBase {
  /**
   * Keep at most this many issues (and formula-like cells) in the result; `meta.issueCounts`
   * still counts all. Bounds memory on a 50 MB file full of bad rows.
   * @defaultvalue 1000
   */
  maxIssues?: number;
  /** Force the delimiter instead of detecting it from the header line. */
  delimiter?: string;
  /**
   * The numbers' decimal separator for the whole file. Delimited files default to the
   * delimiter's convention ("," for semicolon-separated, "." otherwise); a sink created without
   * it guesses per cell (the pane's preview of a single value).
   */
  decimal?: "." | ",";
}

/** Daily units of one SKU. */
export interface SalesRow {
  sku: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  date: string;
  units: number;
  /** 1 = promo day, 0 = not; absent when the file has no promo information. */
  promo?: 0 | 1;
  revenue?: number;
  /** Average unit price paid that day. */
  price?: number;
}
