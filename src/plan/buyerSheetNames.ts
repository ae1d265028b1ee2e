/**
 * A plan sheet the buyer renamed keeps the buyer's name on rebuild (issue 16 #2, "left"): both
 * writers find the sheet by identity (its tables and input names, which Excel carries along with
 * a renamed sheet) and write the rebuilt sheet under the name it has now, instead of the plan's.
 * A sheet whose name is one StockUp gives its sheets (in any language) was not named by the
 * buyer: it takes the plan's name, so switching the plan's language still renames its sheets.
 */
import { parseSheetRef } from "./a1";
import { PLAN_MESSAGES } from "./i18n";
import { renameSheetReferences } from "./sheetReferences";
import type { PlanModel } from "./types";
import type { WorkbookNow } from "./workbookNow";

/** The names StockUp gives its sheets (the `sheet…` texts), in every language. */
const STOCKUP_SHEET_NAMES: ReadonlySet<string> = new Set(
  Object.entries(PLAN_MESSAGES)
    .filter(([key]) => /^sheet[A-Z]/.test(key))
    .flatMap(([, text]) => [text.en, text.zh]),
);

/**
 * Model sheet name → the buyer's name for it, for each sheet of `model` found now (through its
 * tables, else its defined names) on a plan sheet (`planSheets`: the previous build's sheets by
 * their names now) that the buyer named.
 * @example
 * buyerSheetNames(model, now, new Set(["My plan"])) // => Map { "StockUp Plan" => "My plan" }
 */
export function buyerSheetNames(
  model: PlanModel,
  now: WorkbookNow,
  planSheets: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(model.sheets.map((s) => s.name));
  for (const sheet of model.sheets) {
    const found = [
      ...sheet.tables.map((t) => now.tables.get(t.name)?.sheet),
      ...model.names
        .filter((n) => n.sheet === sheet.name)
        .map((n) => {
          const ref = now.names.get(n.name);
          return ref === undefined ? undefined : parseSheetRef(ref)?.sheet;
        }),
    ].find((s): s is string => s !== undefined && now.sheets.has(s));
    if (
      found === undefined ||
      found === sheet.name ||
      !planSheets.has(found) ||
      STOCKUP_SHEET_NAMES.has(found) ||
      taken.has(found) // another model sheet's name: it stays that sheet's
    )
      continue;
    out.set(sheet.name, found);
    taken.add(found);
  }
  return out;
}

/**
 * The model with its sheets renamed (`names`: model name → name to write): the sheets, the
 * defined names on them, and every formula, conditional format and chart range that names them.
 * Structured references need nothing: tables keep their names.
 */
export function withSheetNames(model: PlanModel, names: ReadonlyMap<string, string>): PlanModel {
  if (names.size === 0) return model;
  const ref = (f: string) => renameSheetReferences(f, names);
  return {
    ...model,
    sheets: model.sheets.map((s) => ({
      ...s,
      name: names.get(s.name) ?? s.name,
      cells: s.cells.map((c) =>
        c.formula?.includes("!") || c.inputFormula?.includes("!")
          ? {
              ...c,
              ...(c.formula ? { formula: ref(c.formula) } : {}),
              ...(c.inputFormula ? { inputFormula: ref(c.inputFormula) } : {}),
            }
          : c,
      ),
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, formula: ref(cf.formula) })),
      charts: s.charts.map((ch) => ({
        ...ch,
        categories: ref(`=${ch.categories}`).slice(1),
        series: ch.series.map((x) => ({ ...x, values: ref(`=${x.values}`).slice(1) })),
      })),
    })),
    names: model.names.map((n) => ({ ...n, sheet: names.get(n.sheet) ?? n.sheet })),
  };
}
