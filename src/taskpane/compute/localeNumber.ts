/**
 * Numbers as a buyer types them, read by the locale's separators (Intl), never by guessing:
 * "1,300" is 1300 where "," groups thousands (en, zh), "1,5" is 1.5 where "," is the decimal
 * mark (de, fr …). A comma that fits neither reading ("1,5" in English) is refused with a hint
 * rather than silently becoming 15.
 */

export interface Separators {
  group: string;
  decimal: string;
}

const cache = new Map<string, Separators>();

/** The grouping and decimal characters of `locale` (e.g. en-US → "," "."; de-DE → "." ","). */
export function separatorsOf(locale: string): Separators {
  let s = cache.get(locale);
  if (!s) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    } catch {
      parts = new Intl.NumberFormat("en-US").formatToParts(12345.6);
    }
    const group = parts.find((p) => p.type === "group")?.value ?? ",";
    const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
    // narrow no-break space (fr) and no-break space are typed as plain spaces
    s = { group: /\s/.test(group) ? " " : group, decimal };
    cache.set(locale, s);
  }
  return s;
}

/** Full-width digits and punctuation from a Chinese/Japanese IME, folded to ASCII. */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF05]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

export type LocaleNumber =
  | { ok: true; value: number }
  | { ok: false; reason: "empty" | "notNumber" | "ambiguousComma"; suggestion?: number };

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Parse `text` as a number written in `locale`. Group separators must sit between groups of
 * three digits; the decimal mark appears at most once; a trailing % is allowed (the field says
 * what it is a percentage of). In a locale whose decimal mark is ".", a "," that does not group
 * thousands ("1,5", "12,75") is `ambiguousComma` with the reading the buyer most likely meant.
 * @example parseLocaleNumber("1,300", "en-US") // => { ok: true, value: 1300 }
 * @example parseLocaleNumber("1,5", "de-DE") // => { ok: true, value: 1.5 }
 * @example parseLocaleNumber("1,5", "en-US") // => { ok: false, reason: "ambiguousComma", suggestion: 1.5 }
 */
export function parseLocaleNumber(text: string, locale: string): LocaleNumber {
  const { group, decimal } = separatorsOf(locale);
  let t = foldFullWidth(text).trim().replace(/\s*%$/, "").trim();
  if (t === "") return { ok: false, reason: "empty" };
  // a plain machine number (12.5, -3, 1e3) reads the same everywhere except where "." groups
  if (decimal === "." && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return finite(Number(t));
  const g = group === " " ? "[ \\u00a0\\u202f]" : escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^([-+]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const m = grouped.exec(t);
  if (m) return finite(Number(`${m[1]}${m[2].replace(new RegExp(g, "g"), "")}.${m[3] ?? "0"}`));
  if (decimal === "." && /^[-+]?\d+,\d+$/.test(t))
    return { ok: false, reason: "ambiguousComma", suggestion: Number(t.replace(",", ".")) };
  // where "," is the decimal mark, a machine-written "12.5" is still 12.5 (one dot, no group fit)
  if (decimal !== "." && /^[-+]?\d+\.\d{1,2}$/.test(t)) return finite(Number(t));
  t = t.replace(/^\+/, "");
  return { ok: false, reason: "notNumber" };
}

function finite(n: number): LocaleNumber {
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: "notNumber" };
}
