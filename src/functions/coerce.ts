/**
 * Cell coercion for the custom functions: the one place where what Excel hands a function
 * (numbers, text, booleans, blanks, error values, ranges of any shape, `null` for an omitted
 * optional argument) becomes the plain numbers, strings and dates the core expects.
 *
 * Rules (the same for every function, so buyers learn them once):
 * - Blank = `null`, `undefined` or text of only spaces. In a history range a blank is "not
 *   observed" (censored); in a promo range it is "no promo"; a blank scalar is "omitted".
 * - Text numbers are accepted the way a buyer types them: " 12 ", "1,234", "12.5%", "¥30",
 *   full-width digits "１２" (NFKC-normalised). Booleans count as 1 / 0, as in Excel arithmetic.
 * - Ranges are read row by row (Excel's reading order) into one flat list; trailing blank cells
 *   are dropped so whole-column references (A:A) work. Where a series is expected (history,
 *   promo flags, daily demand) the range must be one column or one row: a block such as A2:C15
 *   over units|promo|price would otherwise be read row by row into a meaningless series.
 * - Probabilities (service level, interval level) accept 0.95, "95%" and 95: a number from 50 up
 *   to (not including) 100 can only mean a percentage there, since the level itself must lie
 *   strictly between 0 and 1. Below 50 (1.5, 20) it is not guessed: 1.5 is as likely a slip for
 *   0.15 as for 1.5 %, and no stock-up plan aims below a 50 % service level.
 * - An error value in any input cell stops the calculation and is propagated (see excelError.ts).
 */
import { InputError, OutOfRangeError } from "../core";
import { MAX_EXCEL_SERIAL, excelSerialToIso, isoToExcelSerial } from "../core";
import { CellErrorInput, errorCodeOf } from "./excelError";
import { message } from "./messages";

/** What Excel hands a function for one cell. */
export type Cell = number | string | boolean | null | undefined | CustomFunctions.Error | object;
/**
 * What Excel hands a parameter: a 2-D range, a single value, or `null` when omitted. `unknown`
 * because it is exactly that: every reader below checks what it got.
 */
export type RangeArg = unknown;

/**
 * Most cells a range argument may hold after trailing blanks are dropped: 100,000 periods is
 * 270 years of daily history, far beyond any real sales export, and keeps one cell's work bounded.
 */
export const MAX_RANGE_CELLS = 100_000;

/** How a range was laid out: results spill in the same orientation. */
export type Orientation = "row" | "column";

/** A range flattened to numbers. */
export interface NumberRange {
  /** One number per cell, reading order; blanks hold `blankValue` (0 unless stated). */
  values: number[];
  /** `true` where the cell was blank. */
  blank: boolean[];
  /** `row` when the range is one row of several cells, otherwise `column`. */
  orientation: Orientation;
  /** Number of cells in the range before trailing blanks were dropped. */
  cellCount: number;
}

const CURRENCY_PREFIX = /^[$¥€£]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** True for an empty cell: `null`, `undefined`, or text of only whitespace. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Parses text the way a buyer types a number. Returns `undefined` when it is not a number.
 * @example parseNumberText(" 1,234.5 ") // => 1234.5
 * @example parseNumberText("12%") // => 0.12
 */
export function parseNumberText(text: string): number | undefined {
  // NFKC turns full-width digits, "，" and "．" (common in Chinese input methods) into ASCII.
  let s = text.normalize("NFKC").trim().replace(CURRENCY_PREFIX, "").trim();
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  if (GROUPED_NUMBER.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN_NUMBER.test(s)) return undefined;
  const n = Number(s) * scale;
  return Number.isFinite(n) ? n : undefined;
}

function throwIfError(value: unknown, argument: string, cell?: number): void {
  const code = errorCodeOf(value);
  if (code === undefined) return;
  const reason =
    cell === undefined ? message("errorValue", { code }) : message("errorInCell", { cell, code });
  throw new CellErrorInput(argument, code, reason);
}

/** Takes the single value out of a 1×1 range (Excel may pass either). */
function unwrap(value: RangeArg): Cell {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0] as Cell;
    return value as unknown as Cell;
  }
  return value as Cell;
}

/**
 * One cell to a number, or `undefined` when blank.
 * @throws CellErrorInput the cell holds an error value
 * @throws InputError the cell is text that is not a number, or a range of several cells
 */
export function cellToNumber(value: RangeArg, argument: string, cell?: number): number | undefined {
  const v = unwrap(value);
  throwIfError(v, argument, cell);
  if (isBlank(v)) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new OutOfRangeError(argument, message("notFinite", {}));
    return v;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  const text = typeof v === "string" ? v : Array.isArray(v) ? "(range)" : String(v);
  const n = typeof v === "string" ? parseNumberText(v) : undefined;
  if (n === undefined) {
    throw new InputError(
      argument,
      cell === undefined ? message("notNumber", { text }) : message("notNumberInCell", { cell, text }),
    );
  }
  return n;
}

/**
 * A required number.
 * @throws InputError blank, or not a number
 * @example toNumber("1,234", "quantity") // => 1234
 */
export function toNumber(value: RangeArg, argument: string): number {
  const n = cellToNumber(value, argument);
  if (n === undefined) throw new InputError(argument, message("required", {}));
  return n;
}

/**
 * An optional number: `undefined` when omitted or blank.
 * @example toOptionalNumber(null, "growth") // => undefined
 */
export function toOptionalNumber(value: RangeArg, argument: string): number | undefined {
  return cellToNumber(value, argument);
}

/**
 * A whole number (required unless `optional`).
 * @throws InputError not a whole number
 */
export function toInteger(value: RangeArg, argument: string): number;
export function toInteger(value: RangeArg, argument: string, optional: true): number | undefined;
export function toInteger(value: RangeArg, argument: string, optional = false): number | undefined {
  const n = optional ? toOptionalNumber(value, argument) : toNumber(value, argument);
  if (n !== undefined && !Number.isInteger(n))
    throw new InputError(argument, message("notInteger", { value: n }));
  return n;
}

/** Numbers in [PERCENT_LEVEL_MIN, 100) are read as percentages where a probability is expected. */
export const PERCENT_LEVEL_MIN = 50;

/**
 * An optional probability strictly between 0 and 1 (service level, interval level), accepting
 * the ways a buyer writes 95 %: 0.95, "95%" (read as 0.95 by the text rules), or 95. A number in
 * [50, 100) can only be a percentage here, so it is divided by 100; anything else is passed on
 * unchanged and the core's range check explains it (1.5, 20 and 100 are not guessed).
 * @example toOptionalProbability(95, "service_level") // => 0.95
 * @example toOptionalProbability(0.9, "level") // => 0.9
 */
export function toOptionalProbability(value: RangeArg, argument: string): number | undefined {
  const n = toOptionalNumber(value, argument);
  return n !== undefined && n >= PERCENT_LEVEL_MIN && n < 100 ? n / 100 : n;
}

/**
 * Optional text, trimmed; `undefined` when omitted or blank.
 * @throws InputError a number or boolean where text was expected
 */
export function toOptionalText(value: RangeArg, argument: string): string | undefined {
  const v = unwrap(value);
  throwIfError(v, argument);
  if (isBlank(v)) return undefined;
  if (typeof v !== "string") throw new InputError(argument, message("notText", {}));
  return v.trim();
}

/**
 * One of a fixed set of choices, matched case-insensitively on trimmed text (aliases allowed,
 * e.g. Chinese words). Returns `fallback` when omitted.
 * @throws InputError the text matches no choice (the message lists the choices)
 * @example toChoice("SEA", "mode", { sea: "sea", air: "air" }, "sea") // => "sea"
 */
export function toChoice<T>(value: RangeArg, argument: string, choices: Record<string, T>, fallback?: T): T {
  const v = unwrap(value);
  throwIfError(v, argument);
  if (isBlank(v)) {
    if (fallback === undefined) throw new InputError(argument, message("required", {}));
    return fallback;
  }
  const key = String(v).normalize("NFKC").trim().toLowerCase();
  if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  const names = Object.keys(choices).filter((k) => /^[a-z0-9_]+$/.test(k));
  throw new InputError(argument, message("unknownChoice", { text: String(v), choices: names.join(", ") }));
}

function cellsOf(
  value: RangeArg,
  argument: string,
  series: boolean,
): { cells: Cell[]; orientation: Orientation } {
  if (!Array.isArray(value)) return { cells: [value as Cell], orientation: "column" };
  const rows = value as Cell[][];
  const columns = Array.isArray(rows[0]) ? rows[0].length : 1;
  if (series && rows.length > 1 && columns > 1) {
    throw new InputError(argument, message("notSeries", { rows: rows.length, columns }));
  }
  const orientation: Orientation = rows.length === 1 && columns > 1 ? "row" : "column";
  const cells: Cell[] = [];
  for (const row of rows) {
    if (Array.isArray(row)) for (const c of row) cells.push(c);
    else cells.push(row as Cell);
  }
  return { cells, orientation };
}

/** How a range argument may be laid out. */
export interface RangeShape {
  /** One column or one row only (a series of periods); a block is refused. Default false. */
  series?: boolean;
}

/**
 * A range (or a single cell) to a flat list of numbers, reading row by row. Trailing blanks are
 * dropped; other blanks become 0 and are flagged in `blank`.
 * @throws CellErrorInput a cell holds an error value (the message names the cell)
 * @throws InputError a cell is non-numeric text; a block where `series` is asked for
 * @throws OutOfRangeError more than MAX_RANGE_CELLS cells hold data
 * @example toNumberRange([[1], [null], ["3"]], "history").values // => [1, 0, 3]
 */
export function toNumberRange(value: RangeArg, argument: string, shape: RangeShape = {}): NumberRange {
  const blankValue = 0;
  const { cells, orientation } = cellsOf(value, argument, shape.series ?? false);
  let last = cells.length - 1;
  while (last >= 0 && isBlank(cells[last])) last--;
  const used = last + 1;
  if (used > MAX_RANGE_CELLS) {
    throw new OutOfRangeError(argument, message("tooManyCells", { cells: used, max: MAX_RANGE_CELLS }));
  }
  const values = new Array<number>(used);
  const blank = new Array<boolean>(used);
  for (let i = 0; i < used; i++) {
    const c = cells[i];
    // Fast path: most cells of a sales export are plain numbers.
    if (typeof c === "number" && Number.isFinite(c)) {
      values[i] = c;
      blank[i] = false;
      continue;
    }
    const n = cellToNumber(c, argument, i + 1);
    values[i] = n ?? blankValue;
    blank[i] = n === undefined;
  }
  return { values, blank, orientation, cellCount: cells.length };
}

/**
 * Like toNumberRange, but an omitted argument (`null`) or an all-blank range gives `undefined`.
 */
export function toOptionalNumberRange(
  value: RangeArg,
  argument: string,
  shape: RangeShape = {},
): NumberRange | undefined {
  if (value === null || value === undefined) return undefined;
  const range = toNumberRange(value, argument, shape);
  return range.values.length === 0 ? undefined : range;
}

/**
 * Lays a list of numbers out as a spill range: one row when `orientation` is `row`, else one column.
 * @example shapeLike([1, 2], "row") // => [[1, 2]]
 */
export function shapeLike(values: number[], orientation: Orientation): number[][] {
  return orientation === "row" ? [values.slice()] : values.map((v) => [v]);
}

/** Excel serial 61 is 1900-03-01; below it Excel's 1900 leap-year bug makes serials ambiguous. */
const FIRST_RELIABLE_SERIAL = 61;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

/**
 * A date cell (Excel serial number) or date text (YYYY-MM-DD, YYYY/MM/DD) to an ISO date string.
 * Time of day is dropped. Dates before 1900-03-01 are refused: Excel's phantom 1900-02-29 makes
 * earlier serials ambiguous, and no promo plan needs them.
 * @throws InputError not a date; OutOfRangeError before 1900-03-01 or after 9999-12-31
 * @example toIsoDate(46337, "promo_date") // => "2026-11-11"
 */
export function toIsoDate(value: RangeArg, argument: string): string {
  const v = unwrap(value);
  throwIfError(v, argument);
  if (isBlank(v)) throw new InputError(argument, message("required", {}));
  let serial: number | undefined;
  if (typeof v === "string") {
    const s = v.normalize("NFKC").trim();
    const m = ISO_DATE.exec(s);
    if (m) {
      const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
      if (iso < "1900-03-01") throw new OutOfRangeError(argument, message("dateBefore1900", { text: s }));
      try {
        serial = isoToExcelSerial(iso);
      } catch {
        // the core rejects impossible dates (2026-02-30): report them as the buyer typed them
        throw new InputError(argument, message("notDate", { text: v }));
      }
    } else {
      serial = parseNumberText(s);
      if (serial === undefined) throw new InputError(argument, message("notDate", { text: v }));
    }
  } else if (typeof v === "number") {
    serial = v;
  } else {
    throw new InputError(argument, message("notDate", { text: String(v) }));
  }
  if (!Number.isFinite(serial)) throw new OutOfRangeError(argument, message("notFinite", {}));
  if (Math.floor(serial) < FIRST_RELIABLE_SERIAL) {
    throw new OutOfRangeError(argument, message("dateBefore1900", { text: String(serial) }));
  }
  if (serial >= MAX_EXCEL_SERIAL + 1)
    throw new OutOfRangeError(argument, message("notDate", { text: String(serial) }));
  return excelSerialToIso(serial);
}
