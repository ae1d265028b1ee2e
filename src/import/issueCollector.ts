import { InputError } from "../core";
import { formatIssueLocation, formatIssueMessage, type IssueLocation, type MessageParams } from "./messages";
import type { FormulaLikeCell, ImportIssue, IssueCode, IssueSeverity } from "./types";
import { isFormulaLike } from "./formulaText";
import type { DecimalSeparator } from "./parseNumber";

/** Default cap on stored issues; counts stay complete. */
export const DEFAULT_MAX_ISSUES = 1000;

/**
 * Collects issues with a cap, so a 50 MB file of bad rows does not build a 50 MB issue list.
 * `counts` is always complete; `truncated` says whether the list was cut.
 */
export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  readonly counts: Partial<Record<IssueCode, number>> = {};
  readonly formulaLikeCells: FormulaLikeCell[] = [];
  formulaLikeCount = 0;
  truncated = false;
  /** Row of the header: issues on it or above are about the file, not a rejected record. */
  headerRow = 1;
  /**
   * The file's decimal separator, decided once for the file (issue 16 #5). It lives here because
   * the collector is the one per-file object every cell reader (`numberCell`) is handed.
   */
  decimal?: DecimalSeparator;
  private readonly rejected = new Set<number>();
  /**
   * The record being read: issues on its row name its order, product and editor line, so the
   * buyer can find it (set by the importer around each record, null between records).
   */
  context: { row: number; locate: () => IssueLocation } | null = null;

  /** @throws InputError when `maxIssues` is not a whole number ≥ 0 (a caller's mistake, not the file's). */
  constructor(private readonly maxIssues: number = DEFAULT_MAX_ISSUES) {
    if (!(Number.isInteger(maxIssues) && maxIssues >= 0)) {
      throw new InputError("maxIssues", `must be a whole number ≥ 0, got ${maxIssues}`);
    }
  }

  /** Records one issue; `error` marks the row as rejected. */
  add(code: IssueCode, severity: IssueSeverity, params: MessageParams): void {
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    const row = params.row ?? 0;
    if (severity === "error" && row > this.headerRow) this.rejected.add(row);
    if (this.issues.length >= this.maxIssues) {
      this.truncated = true;
      return;
    }
    const issue: ImportIssue = {
      code,
      row,
      column: params.column ?? "",
      message: formatIssueMessage(code, params, "en"),
      messageZh: formatIssueMessage(code, params, "zh"),
      severity,
    };
    if (params.value !== undefined) issue.value = params.value;
    if (params.detail !== undefined) issue.detail = params.detail;
    if (params.format !== undefined) issue.format = params.format;
    if (params.accepted !== undefined) issue.accepted = params.accepted;
    const ctx = this.context;
    if (ctx && ctx.row === row && row > 0) {
      const at = ctx.locate(); // only for records that have an issue: most have none
      if (at.line !== undefined && at.line !== row) issue.line = at.line;
      if (at.orderId) issue.orderId = at.orderId;
      if (at.product) issue.product = at.product;
      issue.message += formatIssueLocation(issue, "en");
      issue.messageZh += formatIssueLocation(issue, "zh");
    }
    this.issues.push(issue);
  }

  /**
   * Flags text that a spreadsheet would read as a formula. The text is kept verbatim (never
   * evaluated); writers use `meta.formulaLikeCells` to write it as text.
   */
  checkText(text: string, row: number, column: string): void {
    if (!isFormulaLike(text)) return;
    this.formulaLikeCount++;
    if (this.formulaLikeCells.length < this.maxIssues) this.formulaLikeCells.push({ row, column });
    this.add("FORMULA_TEXT", "info", { row, column, value: text });
  }

  /** True when row `row` has an error issue (it was not imported). */
  isRejected(row: number): boolean {
    return this.rejected.has(row);
  }

  /** Number of distinct rows with at least one error. */
  get rejectedRows(): number {
    return this.rejected.size;
  }
}
