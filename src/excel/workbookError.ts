import { EXCEL_MESSAGES, formatExcelMessage } from "./messages";
import type { Locale } from "../core";
import type { ExcelMessageCode } from "./messages";

/** What a failed build left in the workbook (empty lists when it left everything as before). */
export interface KeptReport {
  /** Plan sheets that exist after the failure, by final name. */
  planSheets: string[];
  /** Staging sheets StockUp could not remove (named `StockUp_tmp_…`). */
  stagingSheets: string[];
  /** True when the stored plan state is the one from before this build. */
  previousState: boolean;
}

/**
 * The one error the Office.js writer throws on purpose. `message` is English; `messages` has
 * every locale so the pane can show the buyer's language without string lookups of its own.
 */
export class WorkbookError extends Error {
  readonly code: ExcelMessageCode;
  readonly messages: Readonly<Record<Locale, string>>;
  readonly kept: KeptReport | null;
  override readonly cause: unknown;

  constructor(
    code: ExcelMessageCode,
    params: Readonly<Record<string, string | number>> = {},
    options: { kept?: KeptReport; cause?: unknown } = {},
  ) {
    const messages = {
      "en-US": formatExcelMessage(code, "en-US", params),
      "zh-CN": formatExcelMessage(code, "zh-CN", params),
    };
    super(messages["en-US"]);
    this.name = "WorkbookError";
    this.code = code;
    this.messages = messages;
    this.kept = options.kept ?? null;
    this.cause = options.cause;
  }
}

/** True for every code the writer can raise (for exhaustive tests). */
export const WORKBOOK_ERROR_CODES = Object.keys(EXCEL_MESSAGES) as ExcelMessageCode[];
