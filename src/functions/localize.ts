/**
 * Builds a localized custom-functions metadata file from the en-US one that the webpack plugin
 * generates from the JSDoc in functions.ts. The manifest serves it per locale
 * (`<bt:Url id="Functions.Metadata.Url">` with `<bt:Override Locale="zh-CN" …>`).
 *
 * Function ids and names and parameter names stay as they are: the Office docs ("Custom functions
 * naming and localization") allow a localized `name`, but formulas store the name the author
 * typed, so a workbook shared between a Chinese and an English Excel would show #NAME? for one of
 * them. Descriptions and parameter help are translated; each parameter's Chinese name leads its help.
 * Pure: no file access, so the build (webpack.config.js) and the tests call the same function.
 */
import type { Locale } from "../core";
import { FUNCTIONS_ZH_CN, type FunctionTranslation } from "./i18n.zh-CN";

/** The parts of the generated metadata this module reads and writes (the rest is copied as is). */
export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string; [key: string]: unknown }[];
    [key: string]: unknown;
  }[];
  [key: string]: unknown;
}

const TABLES: Record<Exclude<Locale, "en-US">, Record<string, FunctionTranslation>> = {
  "zh-CN": FUNCTIONS_ZH_CN,
};

/**
 * The metadata for `locale`: a deep copy of `enMetadata` with descriptions and parameter help
 * translated. en-US returns an unchanged copy.
 * @throws Error when a function or parameter has no translation (so the build fails instead of
 *   shipping English help to Chinese buyers), or for an unknown locale
 * @example localizeFunctionsMetadata(en, "zh-CN").functions[0].id // => "FORECAST_PROMO" (unchanged)
 */
export function localizeFunctionsMetadata(enMetadata: FunctionsMetadata, locale: Locale): FunctionsMetadata {
  const copy = JSON.parse(JSON.stringify(enMetadata)) as FunctionsMetadata;
  if (locale === "en-US") return copy;
  const table = TABLES[locale];
  if (!table) throw new Error(`no functions metadata translation for locale ${String(locale)}`);
  const missing: string[] = [];
  for (const fn of copy.functions) {
    const t = table[fn.id];
    if (!t) {
      missing.push(fn.id);
      continue;
    }
    fn.description = t.description;
    for (const p of fn.parameters) {
      const pt = t.parameters[p.name];
      if (!pt) missing.push(`${fn.id}.${p.name}`);
      else p.description = `${pt.label}：${pt.help}`;
    }
  }
  if (missing.length > 0)
    throw new Error(`${locale} functions metadata lacks translations for: ${missing.join(", ")}`);
  return copy;
}
