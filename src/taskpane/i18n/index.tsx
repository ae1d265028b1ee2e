import { createContext, useContext, useMemo, type ReactNode } from "react";
import { fillMessage, localeOf, type Locale } from "../../core";
import { en, type MessageKey, type Messages } from "./en";
import { zh } from "./zh";

export type { MessageKey, Messages } from "./en";
/** The pane's language: the core's one `Locale` (the name is kept for the pane's imports). */
export type PaneLocale = Locale;
export const PANE_LOCALES: readonly PaneLocale[] = ["en-US", "zh-CN"];
const TABLES: Record<PaneLocale, Messages> = { "en-US": en, "zh-CN": zh };

/**
 * The locale for an Office display language: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) shows
 * Simplified Chinese, since that is the one Chinese table we have; everything else English.
 * @example localeFor("zh-CN") // => "zh-CN"
 */
export function localeFor(displayLanguage: string | undefined): PaneLocale {
  return localeOf(displayLanguage);
}

export type Params = Record<string, string | number>;

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params?: Params): string {
  return fillMessage(template, params);
}

export interface I18n {
  locale: PaneLocale;
  t(key: MessageKey, params?: Params): string;
  /** Whole or decimal number by locale, e.g. 1,234.5. */
  num(n: number, maximumFractionDigits?: number): string;
  /** Money without a currency symbol (rates are in the buyer's purchase currency). */
  money(n: number): string;
  /** Fraction as a percentage, e.g. 0.25 → 25%. */
  pct(fraction: number): string;
  /** ISO date in the locale's medium style, e.g. Nov 27, 2026 / 2026年11月27日. */
  date(iso: string): string;
}

export function makeI18n(locale: PaneLocale): I18n {
  const table = TABLES[locale];
  const nf = new Map<number, Intl.NumberFormat>();
  const numberFormat = (d: number) => {
    let f = nf.get(d);
    if (!f) nf.set(d, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: d })));
    return f;
  };
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const df = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    locale,
    t: (key, params) => format(table[key], params),
    num: (n, d = 0) => (Number.isFinite(n) ? numberFormat(d).format(n) : "–"),
    money: (n) => (Number.isFinite(n) ? money.format(n) : "–"),
    pct: (f) => (Number.isFinite(f) ? pct.format(f) : "–"),
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : df.format(d);
    },
  };
}

const I18nContext = createContext<I18n>(makeI18n("en-US"));

export function I18nProvider({ locale, children }: { locale: PaneLocale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
