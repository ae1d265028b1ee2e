import { addDays } from "./dates";

/** The promotions the wizard knows by name; `custom` means the buyer types every date. */
export type PromoEventId = "primeDay" | "bfcm" | "double11" | "double12" | "custom";

export const PROMO_EVENT_IDS: readonly PromoEventId[] = [
  "primeDay",
  "bfcm",
  "double11",
  "double12",
  "custom",
];

/** Dates of one promotion, all ISO `YYYY-MM-DD`. */
export interface PromoDates {
  registrationDeadline: string;
  inboundCutoff: string;
  promoStart: string;
  promoEnd: string;
}

/**
 * Days before the promo start for the two platform deadlines. Platforms publish the real dates a
 * few weeks ahead (Amazon Seller Central announcements); these are editable starting points, not
 * facts: deal submission usually closes 6–8 weeks ahead, FBA check-in about 3 weeks ahead.
 */
export const DEFAULT_REGISTRATION_LEAD_DAYS = 45;
export const DEFAULT_INBOUND_LEAD_DAYS = 21;

/** n-th given weekday (0 = Sunday) of a month (0 = January), as an ISO date. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return addDays(first.toISOString().slice(0, 10), offset + 7 * (n - 1));
}

/**
 * Usual promo window of a known event in `year`, computed from its rule:
 * - Prime Day: starts the 2nd Tuesday of July, 4 days (2025: 8–11 July, Amazon's announcement).
 * - Black Friday / Cyber Monday: the Friday after the 4th Thursday of November (US Thanksgiving)
 *   through the following Monday, 4 days.
 * - 11.11 (Singles' Day) and 12.12: the single day.
 * @throws Error for `custom`, which has no rule.
 * @example promoWindow("bfcm", 2026) // => { start: "2026-11-27", end: "2026-11-30" }
 */
export function promoWindow(
  event: Exclude<PromoEventId, "custom">,
  year: number,
): { start: string; end: string } {
  switch (event) {
    case "primeDay": {
      const start = nthWeekday(year, 6, 2, 2);
      return { start, end: addDays(start, 3) };
    }
    case "bfcm": {
      const start = addDays(nthWeekday(year, 10, 4, 4), 1); // Thanksgiving + 1 = Black Friday
      return { start, end: addDays(start, 3) }; // … through Cyber Monday
    }
    case "double11":
      return { start: `${year}-11-11`, end: `${year}-11-11` };
    case "double12":
      return { start: `${year}-12-12`, end: `${year}-12-12` };
  }
}

/**
 * The next occurrence of `event` that still leaves time to register: this year's window when its
 * registration deadline is on or after `today`, otherwise next year's. Deadlines are the defaults
 * above, counted back from the promo start.
 * @example nextPromoDates("bfcm", "2026-11-25").promoStart // => "2027-11-26"
 */
export function nextPromoDates(event: Exclude<PromoEventId, "custom">, today: string): PromoDates {
  const year = Number(today.slice(0, 4));
  let { start, end } = promoWindow(event, year);
  // Every event falls once a year and its deadline is < 1 year before it, so next year always fits.
  if (addDays(start, -DEFAULT_REGISTRATION_LEAD_DAYS) < today)
    ({ start, end } = promoWindow(event, year + 1));
  return {
    registrationDeadline: addDays(start, -DEFAULT_REGISTRATION_LEAD_DAYS),
    inboundCutoff: addDays(start, -DEFAULT_INBOUND_LEAD_DAYS),
    promoStart: start,
    promoEnd: end,
  };
}
