/**
 * ISO calendar dates ('YYYY-MM-DD') as whole UTC days: no time zones, no clock. Day numbers count
 * days since 1970-01-01 (Date.UTC is pure arithmetic here: it never reads the current time).
 */
import { reason } from "../reasons";
import { InputError, OutOfRangeError } from "../errors";
import { requireFinite } from "../validate";

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO date to its day number (days since 1970-01-01).
 * @throws {InputError} not a string of the form YYYY-MM-DD, or not a real calendar date (2025-02-30).
 * @example isoToDayNumber("1970-01-02") // => 1
 */
export function isoToDayNumber(argument: string, value: unknown): number {
  if (typeof value !== "string") throw new InputError(argument, reason("dateText", { got: String(value) }));
  const m = ISO.exec(value);
  if (!m) throw new InputError(argument, reason("dateFormat", { got: value.slice(0, 40) }));
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999
  const check = new Date(0);
  const ms = check.setUTCFullYear(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches impossible dates
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new InputError(argument, reason("notCalendarDate", { got: value }));
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Day numbers of 0000-01-01 and 9999-12-31, the dates an ISO text (and Excel) can hold. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/**
 * Formats a day number (days since 1970-01-01) as YYYY-MM-DD. Years 0000–9999 only: checked on the
 * day number, because far outside it `Date` is invalid and would print "0NaN-NaN-NaN".
 * @throws {OutOfRangeError} the day is outside 0000-01-01 … 9999-12-31 (or not a number).
 */
export function dayNumberToIso(day: number, argument = "date"): string {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    throw new OutOfRangeError(argument, reason("outsideYears"));
  }
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  return `${String(y).padStart(4, "0")}-${String(dt.getUTCMonth() + 1).padStart(2, "0")}-${String(dt.getUTCDate()).padStart(2, "0")}`;
}

/**
 * The ISO date `days` days after `date` (before it when negative).
 * @throws {InputError} date is not an ISO date; days is not a whole number.
 * @example addDays("2025-02-27", 2) // => "2025-03-01"
 */
export function addDays(date: string, days: number): string {
  const d = isoToDayNumber("date", date);
  const n = requireFinite("days", days);
  if (!Number.isInteger(n)) throw new InputError("days", reason("wholeNumber", { got: n }));
  return dayNumberToIso(d + n, "days");
}

/**
 * Whole days from `from` to `to` (to − from; negative when `to` is earlier).
 * @throws {InputError} either is not an ISO date.
 * @example daysBetween("2025-10-01", "2025-10-08") // => 7
 */
export function daysBetween(from: string, to: string): number {
  return isoToDayNumber("to", to) - isoToDayNumber("from", from);
}
