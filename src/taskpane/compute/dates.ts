/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so a buyer's time zone never moves a
 * cutoff by a day.
 */
const MS_PER_DAY = 86_400_000;

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** Date at UTC midnight for an ISO date. */
export function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** ISO date of a Date, read in UTC. */
export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * `iso` moved by `days` calendar days (negative = earlier).
 * @example addDays("2026-11-27", -21) // => "2026-11-06"
 */
export function addDays(iso: string, days: number): string {
  return toIso(new Date(toUtc(iso).getTime() + days * MS_PER_DAY));
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 * @example daysBetween("2026-11-01", "2026-11-11") // => 10
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}
