/**
 * The bundled sample lives in the present: its files keep the dates they were generated with, and
 * its settings say how to move them, so a new user always sees a live plan on any date —
 * the history ends yesterday and the promo is the next Black Friday → Cyber Monday at least
 * `minDaysAhead` days ahead. The sales keep their dates and repeat whole 364-day years to reach
 * yesterday (`repeatHistory`), so weekdays and last year's BFCM stay where the calendar has them;
 * the actuals (promo-day sales for the monitor) move with the promo, keeping only those dated on
 * or before today: an actual is a sale that has happened, and the live promo is always ahead, so
 * the live sample carries none (a plan must never show next year's promo as sold). Used by the CLI's `--sample`
 * and the pane's "Use sample data". Pure: `today` is an argument, never the clock.
 */
import { InputError, promoDatesOf, promoWindow, addDays, daysBetween, isoToDayNumber } from "../core";

/** assets/sample/settings.json: every date relative, plus the dates the files were written with. */
export interface SampleSettings {
  event: "bfcm";
  /** The promo is the next BFCM whose Black Friday is at least this many days after today. */
  minDaysAhead: number;
  /** Dates in the committed CSV files: their last history day and the promo start of actuals.csv. */
  written: { historyLastDay: string; promoStart: string };
}

/** The sample's promo on the live calendar. */
export interface SamplePromo {
  event: "bfcm";
  registrationDeadline: string;
  inboundCutoff: string;
  promoStart: string;
  promoEnd: string;
}

export interface LiveSample {
  /** sales.csv ending yesterday (its last year repeated), actuals.csv moved with the promo; skus.csv as it is. */
  sales: string;
  skus: string;
  /** The header and the shifted actuals dated on or before `today` (none while the promo is ahead). */
  actuals: string;
  /** How many actuals rows `actuals` holds. */
  actualsRows: number;
  promo: SamplePromo;
  /** The plan date the sample was shifted for. */
  today: string;
  /** The promo is the next BFCM at least this many days after `today` (unless a start was given). */
  minDaysAhead: number;
  /** "calendar": the next BFCM; "typed": the promo start the caller gave, the other dates from it. */
  promoFrom: "calendar" | "typed";
}

/**
 * The first BFCM whose Black Friday is at least `minDaysAhead` days after `today`; the dates
 * are the core's promo calendar (one rule for the CLI, the pane and the sample).
 * @example nextBfcm("2026-12-01", 60) // => { start: "2027-11-26", end: "2027-11-29" }
 */
export function nextBfcm(today: string, minDaysAhead: number): { start: string; end: string } {
  for (let year = Number(today.slice(0, 4)); ; year++) {
    const w = promoWindow("bfcm", year);
    if (daysBetween(today, w.start) >= minDaysAhead) return w;
  }
}

/** Black Friday through Cyber Monday (the core's promoWindow). */
const BFCM_DAYS = 4;

/** A whole number of weeks close to a year: weekdays stay, and BFCM usually moves by exactly this. */
const YEAR_OF_WEEKS = 364;

/**
 * The history as it would read if the file had been written yesterday: the same length, ending
 * `lastDay`. A day the file has keeps its rows; a later day takes the rows of the day whole
 * 364-day years before it (the file's last year repeated), an earlier one of the day whole years
 * after it. A plain shift would move last year's promo days off the promo (2026-12-01: BFCM 2025
 * into February); 364 days keep weekdays and the promo flags on the days they describe, so BFCM
 * 2025's data lands on BFCM 2026 (the plan's "last year" is 364 days back too). In the years whose
 * BFCM comes 371 days after the last, the repeated promo days are a week early.
 */
function repeatHistory(text: string, lastDay: string, file: string): string {
  if (!/^\uFEFF?date,/.test(text)) throw new InputError(file, "must start with a date column");
  const lines = text.split(/\r?\n/);
  const header = lines[0];
  const byDay = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    const m = /^(\d{4}-\d{2}-\d{2}),/.exec(line);
    if (!m) continue;
    const rest = line.slice(m[1].length);
    const list = byDay.get(m[1]);
    if (list) list.push(rest);
    else byDay.set(m[1], [rest]);
  }
  if (byDay.size === 0) return text;
  const days = [...byDay.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (last === lastDay) return text;
  const span = daysBetween(first, last) + 1;
  const out = [header];
  for (let i = span - 1; i >= 0; i--) {
    const day = addDays(lastDay, -i);
    const after = daysBetween(last, day);
    const before = daysBetween(day, first);
    const years =
      after > 0 ? -Math.ceil(after / YEAR_OF_WEEKS) : before > 0 ? Math.ceil(before / YEAR_OF_WEEKS) : 0;
    for (const rest of byDay.get(addDays(day, years * YEAR_OF_WEEKS)) ?? []) out.push(day + rest);
  }
  return out.join("\n") + "\n";
}

/** Shifts the ISO date at the start of every data line by `days` (the date is the first column). */
function shiftCsvDates(text: string, days: number, file: string): string {
  if (!/^\uFEFF?date,/.test(text)) throw new InputError(file, "must start with a date column");
  if (days === 0) return text;
  const cache = new Map<string, string>();
  return text.replace(/^(\d{4}-\d{2}-\d{2})(?=,)/gm, (iso) => {
    let moved = cache.get(iso);
    if (moved === undefined) cache.set(iso, (moved = addDays(iso, days)));
    return moved;
  });
}

/** The header and the lines dated on or before `today` (ISO dates compare as text). */
function linesUpTo(csv: string, today: string): { text: string; rows: number } {
  const lines = csv.split(/\r?\n/);
  const kept = lines.slice(1).filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l) && l.slice(0, 10) <= today);
  return { text: [lines[0], ...kept, ""].join("\n"), rows: kept.length };
}

/**
 * Reads the sample's settings (the JSON text of assets/sample/settings.json).
 * @throws InputError naming the setting that is missing or malformed.
 */
export function readSampleSettings(json: string): SampleSettings {
  const s = JSON.parse(json) as Partial<SampleSettings>;
  if (!Number.isInteger(s.minDaysAhead))
    throw new InputError("minDaysAhead", "must be a whole number of days");
  if (s.event !== "bfcm") throw new InputError("event", 'must be "bfcm"');
  isoToDayNumber("written.historyLastDay", s.written?.historyLastDay);
  isoToDayNumber("written.promoStart", s.written?.promoStart);
  return s as SampleSettings;
}

/**
 * The sample moved to `today`: history ends yesterday (whole 364-day years repeated, weekdays and
 * promo days kept), promo = next BFCM ≥ `minDaysAhead` days ahead, deadlines counted back from
 * its start by the core promo calendar's rules (promoDatesOf), actuals moved with the promo and kept only when dated on or before today.
 * With `promoStart`, the promo is that day and the 3 after it, deadlines counted back the same way.
 * @throws InputError when `today` or `promoStart` is not an ISO date or the settings are malformed.
 * @example liveSample(files, "2026-09-15").promo.promoStart // => "2026-11-27"
 */
export function liveSample(
  files: { sales: string; skus: string; actuals: string; settings: string },
  today: string,
  promoStart?: string,
): LiveSample {
  isoToDayNumber("today", today);
  const s = readSampleSettings(files.settings);
  // a promo start the buyer typed moves the sample's promo (4 days, as BFCM) and its deadlines
  // with it, so no sample default can contradict it
  if (promoStart !== undefined) isoToDayNumber("promoStart", promoStart);
  const { start, end } =
    promoStart === undefined
      ? nextBfcm(today, s.minDaysAhead)
      : { start: promoStart, end: addDays(promoStart, BFCM_DAYS - 1) };
  const promoShift = daysBetween(s.written.promoStart, start);
  const actuals = linesUpTo(shiftCsvDates(files.actuals, promoShift, "actuals.csv"), today);
  return {
    sales: repeatHistory(files.sales, addDays(today, -1), "sales.csv"),
    skus: files.skus,
    actuals: actuals.text,
    actualsRows: actuals.rows,
    // the deadlines are the core promo calendar's (as `--event bfcm` and the pane's event picker)
    promo: { event: "bfcm", ...promoDatesOf({ start, end }) },
    today,
    minDaysAhead: s.minDaysAhead,
    promoFrom: promoStart === undefined ? "calendar" : "typed",
  };
}

/** The local calendar date of `now` (the buyer's "today"), ISO. */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
