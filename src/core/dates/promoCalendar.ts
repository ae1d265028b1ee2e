/**
 * The promo-event calendar: the promotions StockUp knows by name and, for those with a fixed
 * date rule, their window in any year and the platform deadlines counted back from it. The CLI
 * (`--event bfcm` without dates), the pane's event picker, the plan's event list and the bundled
 * sample all read this one list.
 *
 * Deadlines are editable starting points, not facts: platforms publish the real dates a few
 * weeks ahead (Amazon Seller Central announcements). Deal submission usually closes 6–8 weeks
 * ahead (45 days here); FBA check-in about 3 weeks ahead (21 days).
 */
import { reason } from "../reasons";
import { InputError } from "../errors";
import { addDays, isoToDayNumber } from "./isoDate";

/** Every promotion a plan can be for; `tiktok` campaigns and `custom` have no date rule. */
export const PROMO_EVENT_IDS = ["primeDay", "bfcm", "double11", "double12", "tiktok", "custom"] as const;
export type PromoEventId = (typeof PROMO_EVENT_IDS)[number];

/** The events with a date rule (their window follows from the year). */
export const DATED_PROMO_EVENTS = ["primeDay", "bfcm", "double11", "double12"] as const;
export type DatedPromoEvent = (typeof DATED_PROMO_EVENTS)[number];

/** Days before the promo start that deal registration closes (default rule). */
export const DEFAULT_REGISTRATION_LEAD_DAYS = 45;
/**
 * Days before the promo start that stock must be checked in (default rule), also the cutoff
 * `shipSchedule` assumes when none is given. Three weeks: Amazon's peak-season inbound cutoffs
 * typically fall 3+ weeks before BFCM; assuming less would plan shipments that miss the promo.
 */
export const DEFAULT_INBOUND_LEAD_DAYS = 21;

/** Dates of one promotion, all ISO `YYYY-MM-DD`. */
export interface PromoDates {
  registrationDeadline: string;
  inboundCutoff: string;
  promoStart: string;
  promoEnd: string;
}

/**
 * Names a buyer may type for an event (compared lower-case without spaces, `_` or `-`), in
 * English and Chinese. The id itself is always accepted.
 */
const EVENT_ALIASES: Readonly<Record<string, PromoEventId>> = {
  primeday: "primeDay",
  prime: "primeDay",
  会员日: "primeDay",
  bfcm: "bfcm",
  blackfriday: "bfcm",
  cybermonday: "bfcm",
  黑五: "bfcm",
  黑五网一: "bfcm",
  "11.11": "double11",
  "1111": "double11",
  singlesday: "double11",
  双十一: "double11",
  双11: "double11",
  "12.12": "double12",
  "1212": "double12",
  双十二: "double12",
  双12: "double12",
  tiktok: "tiktok",
  tiktokshop: "tiktok",
  custom: "custom",
};

/**
 * The event a buyer's text names, or `undefined` when it names none.
 * @example promoEventOf("Black Friday") // => "bfcm"
 * @example promoEventOf("双十一") // => "double11"
 */
export function promoEventOf(text: string): PromoEventId | undefined {
  const key = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]/g, "");
  if (Object.prototype.hasOwnProperty.call(EVENT_ALIASES, key)) return EVENT_ALIASES[key];
  return PROMO_EVENT_IDS.find((id) => id.toLowerCase() === key);
}

/** True for an event with a date rule. */
export function isDatedPromoEvent(event: string): event is DatedPromoEvent {
  return (DATED_PROMO_EVENTS as readonly string[]).includes(event);
}

/** n-th given weekday (0 = Sunday) of a month (1 = January), as an ISO date. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
  const firstWeekday = (isoToDayNumber("year", first) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return addDays(first, ((weekday - firstWeekday + 7) % 7) + 7 * (n - 1));
}

/**
 * The usual window of a dated event in `year`, from its rule:
 * - Prime Day: starts the 2nd Tuesday of July, 4 days (2025: 8–11 July, Amazon's announcement;
 *   Amazon has also used the 3rd Tuesday and 2 days, so check the announcement).
 * - Black Friday / Cyber Monday: the Friday after the 4th Thursday of November (US Thanksgiving)
 *   through the following Monday, 4 days.
 * - 11.11 (Singles' Day) and 12.12: the single day.
 * @throws {InputError} an event without a date rule (tiktok, custom), or a year outside 1900–9998.
 * @example promoWindow("bfcm", 2026) // => { start: "2026-11-27", end: "2026-11-30" }
 */
export function promoWindow(event: PromoEventId, year: number): { start: string; end: string } {
  if (!isDatedPromoEvent(event)) {
    throw new InputError("event", reason("noDateRule", { event: String(event) }));
  }
  if (!Number.isInteger(year) || year < 1900 || year > 9998) {
    throw new InputError("year", reason("wholeYear", { got: String(year) }));
  }
  switch (event) {
    case "primeDay": {
      const start = nthWeekday(year, 7, 2, 2);
      return { start, end: addDays(start, 3) };
    }
    case "bfcm": {
      const start = addDays(nthWeekday(year, 11, 4, 4), 1); // Thanksgiving + 1 = Black Friday
      return { start, end: addDays(start, 3) }; // … through Cyber Monday
    }
    case "double11":
      return { start: `${year}-11-11`, end: `${year}-11-11` };
    case "double12":
      return { start: `${year}-12-12`, end: `${year}-12-12` };
  }
}

/**
 * The promo dates of a window: registration deadline and inbound cutoff counted back from the
 * start by the default rules above.
 * @example promoDatesOf({ start: "2026-11-27", end: "2026-11-30" }).inboundCutoff // => "2026-11-06"
 */
export function promoDatesOf(window: { start: string; end: string }): PromoDates {
  return {
    registrationDeadline: addDays(window.start, -DEFAULT_REGISTRATION_LEAD_DAYS),
    inboundCutoff: addDays(window.start, -DEFAULT_INBOUND_LEAD_DAYS),
    promoStart: window.start,
    promoEnd: window.end,
  };
}

/**
 * The next occurrence of `event` that still leaves time to register: this year's window when its
 * registration deadline is on or after `today`, otherwise next year's.
 * @throws {InputError} an event without a date rule; `today` not an ISO date.
 * @example nextPromoDates("bfcm", "2026-11-25").promoStart // => "2027-11-26"
 */
export function nextPromoDates(event: PromoEventId, today: string): PromoDates {
  isoToDayNumber("today", today);
  const year = Number(today.slice(0, 4));
  const dates = promoDatesOf(promoWindow(event, year));
  // Every event falls once a year and its deadline is < 1 year before it, so next year always fits.
  return dates.registrationDeadline >= today ? dates : promoDatesOf(promoWindow(event, year + 1));
}
