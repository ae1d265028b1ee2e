/**
 * Excel date serials (1900 date system) ↔ ISO dates. Excel counts 1900-01-01 as serial 1 and,
 * copying a Lotus 1-2-3 bug, treats 1900 as a leap year: serial 60 is the non-existent
 * 1900-02-29, so every serial from 61 (1900-03-01) on is one more than the true day count.
 * Source: Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year" (KB 214326).
 */
import { reason } from "../reasons";
import { OutOfRangeError } from "../errors";
import { requireFinite } from "../validate";
import { dayNumberToIso, isoToDayNumber } from "./isoDate";

/** Day number (since 1970-01-01) of 1899-12-30, Excel's effective epoch from serial 61 on. */
const EPOCH_FROM_61 = -25569;
/** Serial of 9999-12-31, the last date Excel accepts. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * ISO date → Excel serial (1900 system).
 * @throws {InputError} not an ISO date.
 * @throws {OutOfRangeError} before 1900-01-01.
 * @example isoToExcelSerial("2025-11-28") // => 45989
 */
export function isoToExcelSerial(date: string): number {
  const day = isoToDayNumber("date", date);
  const serial = day - EPOCH_FROM_61;
  if (serial < 2) throw new OutOfRangeError("date", reason("excelStart", { got: date }));
  // before 1900-03-01 (true serial 61) Excel has not yet counted its phantom 29 February
  return serial < 61 ? serial - 1 : serial;
}

/**
 * Excel serial (1900 system) → ISO date. A time-of-day fraction is dropped (2.75 → serial 2).
 * @throws {InputError} not a finite number.
 * @throws {OutOfRangeError} below 1, above 2958465 (9999-12-31), or 60 (Excel's 1900-02-29,
 *   which never existed).
 * @example excelSerialToIso(45989) // => "2025-11-28"
 */
export function excelSerialToIso(serial: number): string {
  const s = Math.floor(requireFinite("serial", serial));
  if (s < 1 || s > MAX_EXCEL_SERIAL) {
    throw new OutOfRangeError("serial", reason("serialRange", { max: MAX_EXCEL_SERIAL, got: serial }));
  }
  if (s === 60) throw new OutOfRangeError("serial", reason("serial60"));
  return dayNumberToIso(EPOCH_FROM_61 + (s < 60 ? s + 1 : s));
}

/** Milliseconds in a day; Excel serials count days, JavaScript instants milliseconds. */
const MS_PER_DAY = 86_400_000;

/**
 * The instant (ms since 1970-01-01 UTC) of an Excel serial, fraction = time of day, for libraries
 * that hand dates as JavaScript `Date`s read as UTC wall clock (exceljs). Serials from 61
 * (1900-03-01) on, where Excel's day count is continuous.
 * @example excelSerialToUtcMs(25569) // => 0 (1970-01-01)
 */
export function excelSerialToUtcMs(serial: number): number {
  return (serial + EPOCH_FROM_61) * MS_PER_DAY;
}

/**
 * The Excel serial (with a time-of-day fraction) of an instant in ms since 1970-01-01 UTC: the
 * inverse of {@link excelSerialToUtcMs}.
 * @example utcMsToExcelSerial(Date.UTC(2025, 10, 28, 12)) // => 45989.5
 */
export function utcMsToExcelSerial(ms: number): number {
  return ms / MS_PER_DAY - EPOCH_FROM_61;
}
