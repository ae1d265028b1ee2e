import { buildPlan } from "../../src/plan/buildPlan";
import { buyerSheetNames, withSheetNames } from "../../src/plan/buyerSheetNames";
import type { TableNow, WorkbookNow } from "../../src/plan/workbookNow";
import { tinyInput } from "./fixtures";

const model = buildPlan(tinyInput());
const [plan, skus, monitor, ...others] = model.sheets.map((s) => s.name);

/** The workbook as built, with sheet `from` renamed `to` (its tables and names follow it). */
function renamed(from: string, to: string): WorkbookNow {
  const at = (s: string) => (s === from ? to : s);
  const tables = new Map<string, TableNow>();
  for (const s of model.sheets)
    for (const t of s.tables) tables.set(t.name, { sheet: at(s.name), range: t.range, headers: [] });
  return {
    sheets: new Set(model.sheets.map((s) => at(s.name))),
    names: new Map(model.names.map((n) => [n.name, `'${at(n.sheet)}'!$${n.address}`])),
    tables,
  };
}

describe("buyerSheetNames: a renamed plan sheet keeps the buyer's name (issue 16 #2)", () => {
  it("finds the plan sheet by its input names and the SKU sheet by its table", () => {
    expect(buyerSheetNames(model, renamed(plan, "My plan"), new Set(["My plan", skus, monitor]))).toEqual(
      new Map([[plan, "My plan"]]),
    );
    expect(buyerSheetNames(model, renamed(skus, "采购清单"), new Set([plan, "采购清单", monitor]))).toEqual(
      new Map([[skus, "采购清单"]]),
    );
  });

  it("leaves a sheet under one of StockUp's own names (a plan built in the other language) and a sheet not the plan's", () => {
    expect(buyerSheetNames(model, renamed(plan, "备货计划"), new Set(["备货计划", skus, monitor]))).toEqual(
      new Map(),
    );
    expect(buyerSheetNames(model, renamed(plan, "Budget"), new Set([skus, monitor]))).toEqual(new Map());
  });

  it("renames the sheet, its defined names and the formulas and chart ranges that point at it", () => {
    const out = withSheetNames(model, new Map([[monitor, "Daily"]]));
    expect(out.sheets.map((s) => s.name)).toEqual([plan, skus, "Daily", ...others]);
    const text = JSON.stringify(out);
    expect(text).not.toContain(`'${monitor}'!`);
    expect(text).not.toContain(`"sheet":"${monitor}"`);
    const chart = out.sheets[2].charts[0];
    expect(chart.categories.startsWith("Daily!$A$")).toBe(true);
    expect(withSheetNames(model, new Map())).toBe(model);
  });
});
