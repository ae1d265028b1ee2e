/**
 * The model as writers put it in a workbook: every cell formula with structured references
 * (`[@[Order qty]]`, `StockUpSkus[Order qty]`) turned into A1 (`Q5`, `'StockUp SKUs'!$Q:$Q`).
 * The model itself never holds an address in a formula; the layout decides them here, once.
 * LibreOffice (the cross-check, co-authors on other tools) does not resolve structured references
 * in .xlsx files, and whole-column references still sum a row a buyer adds below the table.
 */
import { parseA1 } from "./a1";
import { a1Converter, type TableLayout } from "./structuredRefs";
import type { PlanModel } from "./types";

export function tableLayouts(model: PlanModel): TableLayout[] {
  return model.sheets.flatMap((s) =>
    s.tables.map((t) => {
      const left = parseA1(t.range.split(":")[0]).col - 1;
      return { name: t.name, sheet: s.name, columns: new Map(t.columns.map((c, i) => [c.header, left + i])) };
    }),
  );
}

/** @throws Error when a formula names a table or column the model does not have (a bug, not input) */
export function withA1Formulas(model: PlanModel): PlanModel {
  const tables = tableLayouts(model);
  return {
    ...model,
    sheets: model.sheets.map((s) => {
      const toA1 = a1Converter(tables, s.name);
      return {
        ...s,
        cells: s.cells.map((c) =>
          c.kind === "formula" && c.formula && c.formula.includes("[")
            ? { ...c, formula: toA1(c.formula, parseA1(c.address).row) }
            : c,
        ),
      };
    }),
  };
}
