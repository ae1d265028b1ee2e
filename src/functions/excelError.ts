/**
 * The one place where errors become Excel error values. The core throws typed errors
 * (src/core/errors.ts); the coercion layer throws the same types plus `CellErrorInput` for error
 * values found in input cells. `toExcelError` maps each to a `CustomFunctions.Error`:
 *   InputError            → #VALUE! with the message
 *   OutOfRangeError       → #NUM!   (Excel shows no message for #NUM!, but it is kept)
 *   InsufficientDataError → #N/A    with the message
 *   CellErrorInput        → the input's own code (#DIV/0!, #N/A …), like native functions do
 *   anything else         → #VALUE! "StockUp could not compute this: …" (a bug, never a crash)
 * In zh-CN the core's English reasons go through translateReason.ts and cell positions read
 * "（第 N 个单元格）"; English messages are left exactly as the core and adapter write them.
 * Source: "Handle and return errors from your custom function" (Office Add-ins docs): only
 * #VALUE! and #N/A display custom messages; #NAME? and #REF! cannot be returned.
 */
import { InputError, InsufficientDataError, OutOfRangeError } from "../core/errors";
import { message, messageLanguage } from "./messages";
import { reasonInChinese } from "./translateReason";

/** Excel error codes a custom function may return (#NAME? and #REF! are input-only). */
const RETURNABLE_CODES = new Set(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NULL!"]);

/** Rich error cell values (`Excel.ErrorCellValue.errorType`) → the classic code. */
const ERROR_TYPE_CODES: Record<string, string> = {
  div0: "#DIV/0!",
  notavailable: "#N/A",
  value: "#VALUE!",
  num: "#NUM!",
  null: "#NULL!",
  name: "#NAME?",
  ref: "#REF!",
};

/** An input cell held an Excel error value; the result propagates it. */
export class CellErrorInput extends Error {
  /** The Excel error code found in the input, e.g. `#DIV/0!`. */
  readonly code: string;
  /** The argument (parameter name) that held it. */
  readonly argument: string;

  constructor(argument: string, code: string, reason: string) {
    super(`${argument}: ${reason}`);
    this.name = "CellErrorInput";
    this.argument = argument;
    this.code = code;
  }
}

/**
 * The Excel error code an input cell holds, or `undefined` when the value is not an error.
 * Excel hands error cells to `any`-typed parameters as `CustomFunctions.Error` objects (`code`),
 * and newer hosts may hand rich values (`{ type: "Error", errorType: "Div0" }`).
 * @example errorCodeOf(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)) // => "#DIV/0!"
 */
export function errorCodeOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const v = value as { code?: unknown; type?: unknown; errorType?: unknown };
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  if (v.type === "Error" || typeof v.errorType === "string") {
    const t = typeof v.errorType === "string" ? v.errorType.toLowerCase() : "";
    return ERROR_TYPE_CODES[t] ?? "#VALUE!";
  }
  return undefined;
}

function excelError(code: string, text: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text);
}

/** Core argument names (camelCase) → the Excel parameter names a buyer sees in the formula. */
export type ArgumentNames = Record<string, string>;

const INDEXED = /^([A-Za-z_]\w*)\[(\d+)\]$/;

/**
 * camelCase → snake_case, the spelling buyers see in formulas and the rates table.
 * @example snakeCase("paymentFeeRate") // => "payment_fee_rate"
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** " (cell 4)" after an argument name, in the message language (cells counted from 1). */
function cellSuffix(cell: number): string {
  return messageLanguage() === "zh-CN" ? `（第 ${cell} 个单元格）` : ` (cell ${cell})`;
}

/**
 * The text shown for a typed error: "argument: reason". The core writes its reasons in English;
 * in zh-CN the reason goes through the translator (unknown reasons stay English, never lost).
 */
function textOf(error: InputError): string {
  if (messageLanguage() !== "zh-CN") return error.message;
  return `${error.argument}: ${reasonInChinese(error.reason)}`;
}

/**
 * The same error with the core's argument name replaced by the Excel one; `history[3]` (0-based
 * index into the flattened range) becomes `history (cell 4)`, counting cells as a buyer does.
 */
function renamed(error: InputError, names: ArgumentNames): InputError {
  const exact = names[error.argument];
  if (exact !== undefined) {
    // a nested core name that is a positional Excel argument: rates.dutyRate → duty_rate
    const Kind = error.constructor as new (argument: string, reason: string) => InputError;
    return new Kind(exact, error.reason);
  }
  const dot = error.argument.indexOf(".");
  if (dot > 0) {
    // rates.paymentFeeRate → rates (payment_fee_rate): the name as typed in the rates table
    const head = error.argument.slice(0, dot);
    const path = error.argument
      .slice(dot + 1)
      .split(".")
      .map((seg) => (/^[A-Z0-9]+$/.test(seg) ? seg.toLowerCase() : snakeCase(seg)))
      .join("_");
    const Kind = error.constructor as new (argument: string, reason: string) => InputError;
    return new Kind(`${names[head] ?? head} (${path})`, error.reason);
  }
  const m = INDEXED.exec(error.argument);
  const base = m ? m[1] : error.argument;
  const excelName = names[base] ?? base;
  const argument = m ? `${excelName}${cellSuffix(Number(m[2]) + 1)}` : excelName;
  if (argument === error.argument) return error;
  const Kind = error.constructor as new (argument: string, reason: string) => InputError;
  return new Kind(argument, error.reason);
}

/**
 * Maps anything thrown while computing a cell to the Excel error the buyer sees, naming
 * arguments as the formula does (`names` maps the core's names to the Excel ones).
 * Subclasses are tested before `InputError` because they extend it.
 * @example toExcelError(new InputError("mode", "unknown")).code // => "#VALUE!"
 */
export function toExcelError(error: unknown, names: ArgumentNames = {}): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof InputError) error = renamed(error, names);
  if (error instanceof CellErrorInput) {
    // #NAME? / #REF! cannot be returned by a custom function; #VALUE! carries the original in its message.
    const code = RETURNABLE_CODES.has(error.code) ? error.code : CustomFunctions.ErrorCode.invalidValue;
    return excelError(code, error.message);
  }
  if (error instanceof InsufficientDataError) {
    return excelError(CustomFunctions.ErrorCode.notAvailable, textOf(error));
  }
  if (error instanceof OutOfRangeError) {
    return excelError(CustomFunctions.ErrorCode.invalidNumber, textOf(error));
  }
  if (error instanceof InputError) {
    return excelError(CustomFunctions.ErrorCode.invalidValue, textOf(error));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(CustomFunctions.ErrorCode.invalidValue, message("internal", { detail }));
}

/**
 * Wraps a cell function so that whatever it throws reaches Excel as a `CustomFunctions.Error`
 * (the documented way to return an error: throw it) and never as an unhandled exception.
 * @example const safe = excelSafe((x: number) => { if (x < 0) throw new OutOfRangeError("x", "must be ≥ 0"); return x; });
 */
export function excelSafe<A extends unknown[], R>(
  fn: (...args: A) => R,
  names: ArgumentNames = {},
): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (error) {
      throw toExcelError(error, names);
    }
  };
}
