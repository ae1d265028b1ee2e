/**
 * ISO dates ↔ Excel serial numbers (1900 date system). Serial 1 = 1900-01-01 but Excel counts a
 * fictitious 1900-02-29, so for every date from 1900-03-01 on, serial = days since 1899-12-30.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * @throws Error when the text is not a valid YYYY-MM-DD date on or after 1900-03-01
 * @example isoToSerial("2025-07-08") // => 45846
 */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date in the form YYYY-MM-DD`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`"${iso}" is not a calendar date`);
  }
  const serial = Math.round((ms - EPOCH_MS) / DAY_MS);
  if (serial < 61) throw new Error(`"${iso}" is before 1900-03-01, which Excel cannot date reliably`);
  return serial;
}

/** @example serialToIso(45846) // => "2025-07-08" */
export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** @example addDays("2025-07-08", -364) // => "2024-07-10" */
export function addDays(iso: string, days: number): string {
  return serialToIso(isoToSerial(iso) + days);
}
