/**
 * The one place where errors become Excel error values. The core throws typed errors
 * (src/core/errors.ts); the coercion layer throws the same types plus `CellErrorInput` for error
 * values found in input cells. `toExcelError` maps each to a `CustomFunctions.Error`:
 *   InputError            → #VALUE! with the message
 *   OutOfRangeError       → #VALUE! with the message (service level 1.5, negative lead time).
 *                           Not #NUM!: Excel shows no message on #NUM!, and for these common
 *                           mistakes the message is the whole help.
 *   OverflowError         → #NUM!   inputs so large the result is not a finite number (as Excel's
 *                           own =1E308*10); the message is kept for hosts that show it
 *   InsufficientDataError → #N/A     with the message
 *   CellErrorInput        → the input's own code (#DIV/0!, #N/A …), like native functions do
 *   anything else         → #VALUE! "StockUp could not compute this: …" (a bug, never a crash)
 * Every message is capped at MAX_MESSAGE_CHARS. In zh-CN a core reason is written from its code
 * in the core's reason table (src/core/reasons.ts), and cell positions read "（第 N 个单元格）";
 * English messages are left exactly as the core and adapter write them.
 * Source: "Handle and return errors from your custom function" (Office Add-ins docs): only
 * #VALUE! and #N/A display custom messages; #NAME? and #REF! cannot be returned.
 */
import { InputError, InsufficientDataError, OverflowError, reasonText, type CodedReason } from "../core";
import { message, messageLanguage } from "./messages";

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

/**
 * Longest message a cell carries. A million unknown rate names once made a 14.9-million-character
 * message; Excel's own tooltips are a line or two, and the first part names the problem.
 */
export const MAX_MESSAGE_CHARS = 255;

/**
 * A message cut to `max` characters (ending in "…"), never splitting a surrogate pair.
 * @example capMessage("abcdef", 4) // => "abc…"
 */
export function capMessage(text: string, max = MAX_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // a high surrogate without its pair
  return `${text.slice(0, end)}…`;
}

function excelError(code: string, text: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, capMessage(text));
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
 * The text shown for a typed error: "argument: reason". A coded reason (every core reason,
 * src/core/reasons.ts) is written from the one table in the message language; a plain-text
 * reason (the adapter's own, already in the message language) is kept as it is, never lost.
 */
function textOf(error: InputError): string {
  if (messageLanguage() !== "zh-CN") return error.message;
  const zh = error.coded ? reasonText(error.coded, "zh-CN") : error.reason;
  return `${error.argument}: ${zh}`;
}

/**
 * The same error with the core's argument name replaced by the Excel one; `history[3]` (0-based
 * index into the flattened range) becomes `history (cell 4)`, counting cells as a buyer does.
 */
function renamed(error: InputError, names: ArgumentNames): InputError {
  const exact = names[error.argument];
  if (exact !== undefined) {
    // a nested core name that is a positional Excel argument: rates.dutyRate → duty_rate
    const Kind = error.constructor as new (argument: string, reason: string | CodedReason) => InputError;
    return new Kind(exact, error.coded ?? error.reason);
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
    const Kind = error.constructor as new (argument: string, reason: string | CodedReason) => InputError;
    return new Kind(`${names[head] ?? head} (${path})`, error.coded ?? error.reason);
  }
  const m = INDEXED.exec(error.argument);
  const base = m ? m[1] : error.argument;
  const excelName = names[base] ?? base;
  const argument = m ? `${excelName}${cellSuffix(Number(m[2]) + 1)}` : excelName;
  if (argument === error.argument) return error;
  const Kind = error.constructor as new (argument: string, reason: string | CodedReason) => InputError;
  return new Kind(argument, error.coded ?? error.reason);
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
  if (error instanceof OverflowError) {
    return excelError(CustomFunctions.ErrorCode.invalidNumber, textOf(error));
  }
  if (error instanceof InputError) {
    return excelError(CustomFunctions.ErrorCode.invalidValue, textOf(error));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return excelError(CustomFunctions.ErrorCode.invalidValue, message("internal", { detail }));
}

/**
 * True when a result holds a number that is not finite (NaN, ±Infinity), in a scalar or a spill.
 * Text cells of a spill (labels) are fine.
 */
function hasNonFinite(result: unknown): boolean {
  if (typeof result === "number") return !Number.isFinite(result);
  if (Array.isArray(result)) return result.some(hasNonFinite);
  return false;
}

/**
 * Runs one cell's computation and hands Excel either its value or a `CustomFunctions.Error`
 * (the documented way to return an error: throw it), never an unhandled exception and never a
 * NaN or Infinity: a non-finite number in the result becomes #NUM! with the overflow message.
 * `names` maps the core's argument names to the formula's. Each custom function is one exported
 * function whose body is `return guard(NAMES, () => …)`, so the JSDoc the metadata generator
 * reads sits on the function that does the work.
 * @example guard({}, () => 2 + 2) // => 4
 */
export function guard<R>(names: ArgumentNames, compute: () => R): R {
  let result: R;
  try {
    result = compute();
  } catch (error) {
    throw toExcelError(error, names);
  }
  if (hasNonFinite(result))
    throw excelError(CustomFunctions.ErrorCode.invalidNumber, message("overflow", {}));
  return result;
}
