import { isIsoDate } from "./dates";
import { parseLocaleNumber } from "./localeNumber";

/** One observed day: units sold, of one SKU when the line named it, else of the selected scope. */
export interface ActualDay {
  date: string;
  sku?: string;
  units: number;
  /** 1-based line of the pasted text (to point at a suspicious value). */
  line?: number;
}

export interface ActualsOptions {
  /** Locale the numbers are written in ("1,300" groups thousands in en, "1,5" is 1.5 in de). */
  numberLocale?: string;
  /** SKUs of the plan: a middle field that is one of them is a SKU, never part of the units. */
  knownSkus?: readonly string[];
}

/** Split one line by `sep`, keeping a "quoted, field" whole. */
function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** 2026-11-28 or 2026/11/28 as ISO; "" when it is not a calendar date. */
function isoOf(text: string): string {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text.trim());
  if (!m) return "";
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : "";
}

type Layout = { date: number; sku: number; units: number; width: number };

/** Columns named in a header line (en and zh names); null when the line is not a header. */
function headerLayout(fields: string[]): Layout | null {
  const find = (re: RegExp) => fields.findIndex((f) => re.test(f.trim()));
  const date = find(/^(date|day|日期|时间)$/i);
  const units = find(/^(units?|qty|quantity|sold|actual|数量|销量|件数|实际销量)$/i);
  if (date < 0 || units < 0) return null;
  return {
    date,
    sku: find(/^(sku|seller[ -]?sku|asin|货号|商品编码|sku编码)$/i),
    units,
    width: fields.length,
  };
}

/**
 * Parse pasted or imported actuals: `date, units` (for the SKU selected in the pane, or all
 * SKUs) or `date, sku, units`, separated by comma, semicolon or tab, with or without a header
 * (`date,units`, `sku,date,units`, 日期/销量 …). Units are read in the buyer's locale, so in an
 * English pane `2026-11-28, 1,300` is 1,300 units on one date, never SKU "1" selling 300: the
 * extra comma belongs to the number unless the field before it is one of the plan's SKUs.
 * Unreadable lines are reported by number, nothing is guessed.
 */
export function parseActuals(
  text: string,
  options: ActualsOptions = {},
): { days: ActualDay[]; badLines: number[] } {
  const locale = options.numberLocale ?? "en-US";
  const known = new Set(options.knownSkus ?? []);
  const days: ActualDay[] = [];
  const badLines: number[] = [];
  let layout: Layout | null = null;
  let seenData = false;
  const units = (t: string) => {
    const n = parseLocaleNumber(t, locale);
    return n.ok && n.value >= 0 ? n.value : null;
  };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const sep = raw.includes("\t") ? "\t" : raw.includes(";") ? ";" : ",";
    const fields = splitLine(raw, sep);
    if (!seenData && !layout) {
      const h = headerLayout(fields);
      if (h) {
        layout = h;
        return;
      }
    }
    seenData = true;
    const push = (date: string, sku: string | undefined, u: number | null) => {
      if (!date || u === null || (sku !== undefined && sku === "")) badLines.push(line);
      else days.push(sku === undefined ? { date, units: u, line } : { date, sku, units: u, line });
    };
    const L = layout as Layout | null;
    // a line shorter than the header (a SKU-less "date, units" under date,sku,units) is read
    // without it, as are files with no header at all
    if (L && fields.length >= L.width) {
      // a units column last may have been split at its thousands separator: glue it back
      const extra = fields.length - L.width;
      if (extra > 0 && L.units !== L.width - 1) return badLines.push(line);
      const u = units(fields.slice(L.units).join(sep));
      return push(isoOf(fields[L.date]), L.sku >= 0 ? fields[L.sku] : undefined, u);
    }
    const date = isoOf(fields[0]);
    const rest = fields.slice(1);
    if (rest.length === 0) return badLines.push(line);
    if (rest.length === 1) return push(date, undefined, units(rest[0]));
    const asUnits = units(rest.join(sep));
    const skuFirst = units(rest.slice(1).join(sep));
    if (known.has(rest[0])) return push(date, rest[0], skuFirst);
    if (asUnits !== null) return push(date, undefined, asUnits);
    // a middle field that is not a number is a SKU (an unknown one: the monitor names it)
    if (units(rest[0]) === null) return push(date, rest[0], skuFirst);
    badLines.push(line);
  });
  return { days, badLines };
}
