/**
 * The languages StockUp speaks and the one way a message template gets its values. Every layer
 * (functions, plan, excel, import, cli, taskpane) may import the core, so both live here: adding
 * a language starts with `Locale`, and every message table follows it.
 */

/** The languages a buyer sees: English and Simplified Chinese. */
export type Locale = "en-US" | "zh-CN";

/** Every `Locale`, English first (the fallback). */
export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/**
 * Values for a template's `{name}` placeholders: any object of named values (an interface of
 * message parameters works as is); each value is written with `String()`.
 */
export type MessageVars = object;

/**
 * Fills `{name}` placeholders from `vars`. A placeholder without a value stays visible as
 * `{name}` (`missing: "keep"`, the default: a visible gap beats a silently wrong sentence) or
 * becomes empty text (`"empty"`, for optional parts such as an issue's column). Only own keys
 * count, so a value named like `constructor` or `__proto__` is never read from the prototype.
 * @example fillMessage("Row {row}: {detail}", { row: 7, detail: "no SKU" }) // => "Row 7: no SKU"
 * @example fillMessage("Row {row}{column}", { row: 7 }, "empty") // => "Row 7"
 */
export function fillMessage(
  template: string,
  vars: MessageVars = {},
  missing: "keep" | "empty" = "keep",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v: unknown = Object.prototype.hasOwnProperty.call(vars, name)
      ? (vars as Record<string, unknown>)[name]
      : undefined;
    if (v === undefined) return missing === "keep" ? whole : "";
    return String(v);
  });
}

/**
 * The `Locale` for a language tag from Office (`displayLanguage`), a browser or the command line:
 * any Chinese variant (zh, zh-CN, zh-Hans, zh-TW) maps to zh-CN, the only Chinese shipped;
 * everything else to en-US.
 * @example localeOf("zh") // => "zh-CN"
 */
export function localeOf(tag: string | null | undefined): Locale {
  return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh-CN" : "en-US";
}
