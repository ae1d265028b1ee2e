/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01), without Date objects so that a
 * few hundred thousand conversions stay cheap. Algorithm: Howard Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms" (civil_from_days), proleptic Gregorian calendar.
 */

/** Day of month (1–31) and month (1–12) of a UTC day number. */
export interface CivilDay {
  dayOfMonth: number;
  month: number;
}

/**
 * Converts a day number to its day of month and month.
 * @example civilFromDays(0) // => { dayOfMonth: 1, month: 1 } (1970-01-01)
 */
export function civilFromDays(days: number): CivilDay {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // day of era [0, 146096]
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // March-based month [0, 11]
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { dayOfMonth, month };
}

/** Day of month (1–31) for `count` consecutive days starting at day number `start`. */
export function daysOfMonth(start: number, count: number): Uint8Array {
  const out = new Uint8Array(count);
  if (count === 0) return out;
  let { dayOfMonth } = civilFromDays(start);
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      // step one day; recompute only when the month may have rolled over
      dayOfMonth = dayOfMonth >= 28 ? civilFromDays(start + i).dayOfMonth : dayOfMonth + 1;
    }
    out[i] = dayOfMonth;
  }
  return out;
}
