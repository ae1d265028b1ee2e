import { createContext, useContext, useMemo, type ReactNode } from "react";
import { fillMessage, localeOf, type Locale } from "../../core";
import { en, type MessageKey, type Messages } from "./en";
import { zh } from "./zh";

export type { MessageKey, Messages } from "./en";
export const PANE_LOCALES: readonly Locale[] = ["en-US", "zh-CN"];
const TABLES: Record<Locale, Messages> = { "en-US": en, "zh-CN": zh };

/**
 * The locale for an Office display language: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) shows
 * Simplified Chinese, since that is the one Chinese table we have; everything else English.
 * @example localeFor("zh-CN") // => "zh-CN"
 */
export function localeFor(displayLanguage: string | undefined): Locale {
  return localeOf(displayLanguage);
}

export type Params = Record<string, string | number>;

/** The count a placeholder stands for: a number, or the digits of an already formatted one. */
function countOf(v: string | number | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return Number.NaN;
  return Number(v.replace(/[^\d.-]/g, ""));
}

/**
 * Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * `{name|one|other}` picks the plural form for the count in `name` by the locale's rules
 * (Intl.PluralRules: "1 SKU", "2 SKUs"; Chinese has one form).
 * @example format("{n} {n|SKU|SKUs}", { n: 1 }) // => "1 SKU"
 */
export function format(template: string, params?: Params, locale: string = "en-US"): string {
  if (!params) return template;
  const rules = new Intl.PluralRules(locale);
  const plural = template.replace(
    /\{(\w+)\|([^|}]*)\|([^}]*)\}/g,
    (m, name: string, one: string, other: string) =>
      name in params ? (rules.select(countOf(params[name])) === "one" ? one : other) : m,
  );
  return fillMessage(plural, params);
}

export interface I18n {
  locale: Locale;
  /**
   * Locale of numbers, money and dates, typed and shown: Office's display language when the pane
   * speaks it (de-DE: "1,5" is 1.5), else the pane's language.
   */
  numberLocale: string;
  /** ISO 4217 code of the money the buyer plans in. */
  currency: string;
  t(key: MessageKey, params?: Params): string;
  /** Whole or decimal number by locale, e.g. 1,234.5. */
  num(n: number, maximumFractionDigits?: number): string;
  /** Money with its currency, e.g. $1,234.50 / US$1,234.50. */
  money(n: number): string;
  /** Fraction as a percentage, e.g. 0.25 → 25%. */
  pct(fraction: number): string;
  /** ISO date in the pane's one date style, e.g. Nov 27, 2026 / 2026年11月27日. */
  date(iso: string): string;
  /** ISO date without the year, same style, for chart axes: Nov 27 / 11月27日. */
  shortDate(iso: string): string;
  /** An instant (ISO with time) in the buyer's local time: Nov 27, 2026, 3:05 PM. */
  dateTime(isoInstant: string): string;
  /** Items joined the way the language lists them: "A, B and C" / "A、B和C". */
  list(items: readonly string[]): string;
}

/**
 * The locale numbers and dates follow: Office's display language when the pane shows that
 * language (a German Office gets English text with German decimal commas, as Excel itself does),
 * else the pane's own locale (a buyer who switched to Chinese reads Chinese dates).
 * @example formatLocaleFor("en-US", "de-DE") // => "de-DE"
 */
export function formatLocaleFor(locale: Locale, displayLanguage: string | undefined): string {
  if (!displayLanguage || localeFor(displayLanguage) !== locale) return locale;
  try {
    return Intl.getCanonicalLocales(displayLanguage)[0] ?? locale;
  } catch {
    return locale;
  }
}

export function makeI18n(locale: Locale, options: { numberLocale?: string; currency?: string } = {}): I18n {
  const table = TABLES[locale];
  const numberLocale = options.numberLocale ?? locale;
  const currency = options.currency ?? "USD";
  const nf = new Map<number, Intl.NumberFormat>();
  const numberFormat = (d: number) => {
    let f = nf.get(d);
    if (!f) nf.set(d, (f = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: d })));
    return f;
  };
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(numberLocale, { style: "currency", currency });
  } catch {
    money = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  const pct = new Intl.NumberFormat(numberLocale, { style: "percent", maximumFractionDigits: 0 });
  // calendar dates are days, not instants: format them in UTC so no time zone shifts the day
  const df = new Intl.DateTimeFormat(numberLocale, { dateStyle: "medium", timeZone: "UTC" });
  const sdf = new Intl.DateTimeFormat(numberLocale, { month: "short", day: "numeric", timeZone: "UTC" });
  const dtf = new Intl.DateTimeFormat(numberLocale, { dateStyle: "medium", timeStyle: "short" });
  const lf = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const day = (iso: string, f: Intl.DateTimeFormat) => {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : f.format(d);
  };
  return {
    locale,
    numberLocale,
    currency,
    t: (key, params) => format(table[key], params, locale),
    num: (n, d = 0) => (Number.isFinite(n) ? numberFormat(d).format(n) : "–"),
    money: (n) => (Number.isFinite(n) ? money.format(n) : "–"),
    pct: (f) => (Number.isFinite(f) ? pct.format(f) : "–"),
    date: (iso) => day(iso, df),
    shortDate: (iso) => day(iso, sdf),
    dateTime: (instant) => {
      const d = new Date(instant);
      return Number.isNaN(d.getTime()) ? instant : dtf.format(d);
    },
    list: (items) => lf.format(items),
  };
}

const I18nContext = createContext<I18n>(makeI18n("en-US"));

export function I18nProvider({
  locale,
  numberLocale,
  currency,
  children,
}: {
  locale: Locale;
  numberLocale?: string;
  currency?: string;
  children: ReactNode;
}) {
  const value = useMemo(() => makeI18n(locale, { numberLocale, currency }), [locale, numberLocale, currency]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
