/**
 * The add-in makes each formula column of the SKU table a calculated column (issue 12): once the
 * table exists, the column's formula is entered once and filled over the column's data body.
 */
import { writePlan } from "../../src/excel/writePlan";
import { calculatedColumnOps } from "../../src/excel/renderSheet";
import type { RenderTarget } from "../../src/excel/renderSheet";
import { withA1Formulas } from "../../src/plan/a1Model";
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanSheet } from "../../src/plan/types";
import { syntheticPlanInput } from "../support/syntheticPlanInput";
import { cellOf, createWorkbook, FakeHost } from "./fakeExcel";

/** A context that records every property set and method call on the ranges it hands out. */
function recordingContext() {
  const log: string[] = [];
  const range = (sheet: string, address: string) => ({
    set formulas(v: unknown) {
      log.push(`${sheet}!${address}.formulas=${JSON.stringify(v)}`);
    },
    autoFill(dest: string, type: string) {
      log.push(`${sheet}!${address}.autoFill(${dest},${type})`);
    },
  });
  const context = {
    workbook: { worksheets: { getItem: (sheet: string) => ({ getRange: (a: string) => range(sheet, a) }) } },
  };
  return { log, context: context as unknown as Excel.RequestContext };
}

const target: RenderTarget = {
  sheetName: "StockUp_tmp_2",
  renames: new Map([["Plan", "StockUp_tmp_1"]]),
  tableNames: new Map(),
};

/** Three SKUs: Qty and Price typed, Total = Qty × Price × the plan's FX rate (another sheet). */
function smallSheet(rows: number): PlanSheet {
  const cells: PlanSheet["cells"] = [
    { address: "A1", kind: "label", value: "Qty", style: "header" },
    { address: "B1", kind: "label", value: "Price", style: "header" },
    { address: "C1", kind: "label", value: "Total", style: "header" },
  ];
  for (let r = 2; r <= rows + 1; r++) {
    cells.push({ address: `A${r}`, kind: "input", value: r, style: "input" });
    cells.push({ address: `B${r}`, kind: "input", value: 2, style: "input" });
    cells.push({
      address: `C${r}`,
      kind: "formula",
      value: null,
      formula: `=A${r}*B${r}*Plan!$B$2`,
      style: "computed",
    });
  }
  return {
    name: "SKUs",
    cells,
    tables: [
      {
        name: "T",
        range: `A1:C${rows + 1}`,
        headerRow: 1,
        rowKeys: [],
        style: "TableStyleLight9",
        columns: [
          { key: "qty", header: "Qty", kind: "input" },
          { key: "price", header: "Price", kind: "input" },
          {
            key: "total",
            header: "Total",
            kind: "formula",
            formulaTemplate: "=[@[Qty]]*[@[Price]]*Plan!$B$2",
          },
        ],
      },
    ],
  } as unknown as PlanSheet;
}

describe("calculatedColumnOps", () => {
  it("enters the first row's formula (staged sheet names) once and fills it over the column body", () => {
    const sheet = smallSheet(3);
    const ops = calculatedColumnOps(sheet, sheet.tables[0], target);
    const { log, context } = recordingContext();
    for (const op of ops) op.queue(context);
    expect(log).toEqual([
      'StockUp_tmp_2!C2.formulas=[["=A2*B2*StockUp_tmp_1!$B$2"]]',
      "StockUp_tmp_2!C2.autoFill(C2:C4,FillCopy)",
    ]);
  });

  it("with one SKU enters the formula without a fill; an A1 template ({r}) is no calculated column", () => {
    const one = smallSheet(1);
    const { log, context } = recordingContext();
    for (const op of calculatedColumnOps(one, one.tables[0], target)) op.queue(context);
    expect(log).toEqual(['StockUp_tmp_2!C2.formulas=[["=A2*B2*StockUp_tmp_1!$B$2"]]']);
    const a1 = smallSheet(3);
    a1.tables[0].columns[2].formulaTemplate = "=A{r}*B{r}";
    expect(calculatedColumnOps(a1, a1.tables[0], target)).toEqual([]);
  });
});

describe("the real plan's SKU table", () => {
  const input = (skuCount: number) =>
    syntheticPlanInput({
      skuCount,
      days: 120,
      firstDay: "2025-06-01",
      sale: (i, d) => ({ units: 1 + ((i + d) % 4), promo: 0 }),
    });

  it("queues one write per formula column, whatever the SKU count", () => {
    const per = (n: number) => {
      const model = withA1Formulas(buildPlan(input(n)));
      const sheet = model.sheets.find((s) => s.tables.some((t) => t.name === "StockUpSkus"))!;
      const table = sheet.tables.find((t) => t.name === "StockUpSkus")!;
      const { log, context } = recordingContext();
      for (const op of calculatedColumnOps(sheet, table, { ...target, renames: new Map() }))
        op.queue(context);
      const formulaColumns = table.columns.filter((c) => c.kind === "formula").length;
      return { log, formulaColumns, sheet, table };
    };
    const small = per(3);
    const large = per(40);
    expect(small.formulaColumns).toBeGreaterThan(10);
    // a formula and a fill per formula column, for 3 SKUs and for 40
    for (const x of [small, large]) {
      expect(x.log.filter((l) => l.includes(".formulas="))).toHaveLength(x.formulaColumns);
      expect(x.log.filter((l) => l.includes(".autoFill("))).toHaveLength(x.formulaColumns);
    }
    // each write is the column's first-row cell formula, filled to the table's last row
    const first = large.table.columns.findIndex((c) => c.kind === "formula");
    const head = large.sheet.cells.find((c) => c.address === large.log[0].split("!")[1].split(".")[0])!;
    expect(head.address).toMatch(/^[A-Z]+2$/);
    expect(large.log[0]).toContain(JSON.stringify([[head.formula]]));
    expect(large.log[1]).toMatch(/autoFill\([A-Z]+2:[A-Z]+41,FillCopy\)$/);
    expect(first).toBeGreaterThan(0);
  });

  it("writes through the fake host: every body cell holds its row's formula; syncs do not grow with SKUs", async () => {
    const syncs: number[] = [];
    for (const n of [5, 60]) {
      const wb = createWorkbook();
      const host = new FakeHost(wb);
      const report = await writePlan(host.excelRun, (o) => buildPlan(input(n), o), {
        now: () => new Date("2025-09-29T08:00:00Z"),
      });
      syncs.push(report.syncs);
      const model = withA1Formulas(buildPlan(input(n)));
      const sheet = model.sheets.find((s) => s.tables.some((t) => t.name === "StockUpSkus"))!;
      for (const c of sheet.cells.filter((x) => x.kind === "formula")) {
        expect(cellOf(wb, sheet.name, c.address)?.formula).toBe(c.formula);
      }
    }
    expect(syncs[0]).toBe(syncs[1]);
  }, 60_000);
});
