import { writePlan } from "../../src/excel/writePlan";
import { DEFAULT_MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { STATE_SHEET_NAME } from "../../src/excel/planState";
import { WorkbookError } from "../../src/excel/workbookError";
import {
  cellOf,
  createWorkbook,
  FakeHost,
  refText,
  sheetByName,
  snapshotWorkbook,
  typeInto,
} from "./fakeExcel";
import { defaultOnHand, fixtureBuilder, INJECTION_TITLES, skuCode } from "./fixtures";

const now = () => new Date("2026-05-01T08:00:00Z");

async function build(skus: number, wb = createWorkbook(), options = {}) {
  const host = new FakeHost(wb);
  const report = await writePlan(host.excelRun, fixtureBuilder(skus), { now, ...options });
  return { wb, host, report };
}

describe("writePlan: what a first build writes", () => {
  it("creates the plan sheets after the existing ones, the very-hidden state sheet and no staging sheets", async () => {
    const { wb, report } = await build(10);
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Sheet1", "Visible"],
      ["Plan", "Visible"],
      ["SKUs", "Visible"],
      [STATE_SHEET_NAME, "VeryHidden"],
    ]);
    expect(report.sheets).toEqual({ created: ["Plan", "SKUs"], replaced: [], removed: [] });
    expect(wb.activeSheetId).toBe(sheetByName(wb, "Plan").id);
  });

  it("writes values, formulas (en-US, as given) and number formats to the model's addresses", async () => {
    const { wb } = await build(10);
    expect(cellOf(wb, "Plan", "B3")).toMatchObject({
      value: 45850,
      formula: null,
      numberFormat: "yyyy-mm-dd",
    });
    expect(cellOf(wb, "Plan", "B4")).toMatchObject({ value: 0.95, numberFormat: "0.0%" });
    expect(cellOf(wb, "Plan", "B6")).toMatchObject({
      formula: "=PromoStart-LeadTimeDays",
      numberFormat: "yyyy-mm-dd",
    });
    // cross-sheet reference written against the staging sheet, renamed back by the swap
    expect(cellOf(wb, "Plan", "B8")?.formula).toBe("=SUM(SKUs!C2:C11)");
    expect(cellOf(wb, "SKUs", "E11")).toMatchObject({
      formula: "=MAX(0,D11*LeadTimeDays-C11)",
      numberFormat: "#,##0",
    });
    expect(cellOf(wb, "SKUs", "C11")).toMatchObject({ value: defaultOnHand(9), numberFormat: "#,##0" });
    expect(cellOf(wb, "SKUs", "A11")?.value).toBe(skuCode(9));
    expect(sheetByName(wb, "SKUs").cells.size).toBe(66); // 6 headers + 10 rows × 6 columns
  });

  it("writes every injection string as text, never as a formula", async () => {
    const { wb } = await build(INJECTION_TITLES.length + 2);
    INJECTION_TITLES.forEach((title, i) => {
      const cell = cellOf(wb, "SKUs", `B${i + 2}`);
      expect(cell).toMatchObject({ value: title, formula: null, numberFormat: "@" });
    });
    expect(cellOf(wb, "Plan", "B7")).toMatchObject({ value: "+86 Shenzhen Co.", formula: null });
  });

  it("creates one Excel table over the header and rows, with the model's name and style", async () => {
    const { wb, report } = await build(10);
    expect(
      wb.tables.map((t) => ({ name: t.name, address: t.address, style: t.style, sheet: t.sheetId })),
    ).toEqual([
      {
        name: "StockUpSkus",
        address: "A1:F11",
        style: "TableStyleLight9",
        sheet: sheetByName(wb, "SKUs").id,
      },
    ]);
    expect(report.tables.created).toEqual(["StockUpSkus"]);
  });

  it("defines every named input as an absolute reference to its cell", async () => {
    const { wb, report } = await build(10);
    expect(wb.names.map((n) => [n.name, n.formula])).toEqual([
      ["PromoStart", "=Plan!$B$3"],
      ["ServiceLevel", "=Plan!$B$4"],
      ["LeadTimeDays", "=Plan!$B$5"],
      ["Supplier", "=Plan!$B$7"],
    ]);
    expect(report.names.created).toHaveLength(4);
  });

  it("adds data validation with the model's bounds, blanks rule and message", async () => {
    const { wb } = await build(10);
    const plan = sheetByName(wb, "Plan").validations;
    expect(plan.find((v) => v.address === "B4")).toMatchObject({
      rule: { decimal: { formula1: 0.5, formula2: 0.999, operator: "Between" } },
      ignoreBlanks: false,
      errorAlert: { message: "50–99.9 %", showAlert: true, style: "Stop" },
    });
    expect(plan.find((v) => v.address === "B3")?.rule).toEqual({
      date: { formula1: "=45000", operator: "GreaterThanOrEqualTo" },
    });
    const skus = sheetByName(wb, "SKUs").validations;
    expect(skus.find((v) => v.address === "F2:F11")?.rule).toEqual({
      list: { inCellDropDown: true, source: "sea,air,express" },
    });
    expect(skus.find((v) => v.address === "C2:C11")?.rule).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
  });

  it("adds custom-formula conditional formats with the style's colours", async () => {
    const { wb } = await build(10);
    expect(sheetByName(wb, "SKUs").conditionalFormats).toEqual([
      { address: "E2:E11", type: "Custom", formula: "=$E2>100", fillColor: "#F8CBAD", fontColor: "#833C0B" },
    ]);
    expect(sheetByName(wb, "Plan").conditionalFormats[0]).toMatchObject({
      address: "B6",
      formula: "=B6<TODAY()",
    });
  });

  it("draws the line chart with both series over the final sheet's ranges", async () => {
    const { wb } = await build(10);
    const [chart] = sheetByName(wb, "SKUs").charts;
    expect(chart.type).toBe("Line");
    expect(chart.title).toBe("On hand vs need");
    expect(chart.position).toEqual({ from: "H2", to: "P20" });
    expect(chart.series.map((s) => [s.name, refText(wb, s.values), refText(wb, s.categories)])).toEqual([
      ["On hand", "SKUs!C2:C11", "SKUs!A2:A11"],
      ["Need", "SKUs!E2:E11", "SKUs!A2:A11"],
    ]);
  });

  it("freezes panes, sets column widths in points and styles cells by style key", async () => {
    const { wb } = await build(10);
    expect(sheetByName(wb, "Plan").freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheetByName(wb, "SKUs").freeze).toEqual({ rows: 1, columns: 1 });
    // 30 chars → (30·7 + 5)·0.75 = 161.25 pt
    expect(sheetByName(wb, "Plan").columnWidths.get(0)).toBe(161.25);
    expect(cellOf(wb, "Plan", "A1")?.format).toMatchObject({
      "font.bold": true,
      "font.size": 16,
      "font.color": "#1F3864",
    });
    expect(cellOf(wb, "SKUs", "C5")?.format).toMatchObject({
      "fill.color": "#FFF2CC",
      "border.EdgeTop.style": "Continuous",
    });
    expect(cellOf(wb, "SKUs", "A1")?.format).toMatchObject({ "font.bold": true, "fill.color": "#D9E1F2" });
  });

  it("writes through a request context the caller already opened (the pane's own Excel.run)", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb);
    const report = await host.run((ctx) =>
      writePlan(ctx as unknown as Excel.RequestContext, fixtureBuilder(4), { now }),
    );
    expect(report.changed).toBe(true);
    expect(cellOf(wb, "SKUs", "A5")?.value).toBe(skuCode(3));
    expect(host.syncCount).toBe(3);
  });

  it("stores the plan state: who built it, when, the model hash and every input", async () => {
    const { report } = await build(10, createWorkbook(), { builtBy: "Li Wei" });
    expect(report.state.builtBy).toBe("Li Wei");
    expect(report.state.builtAt).toBe("2026-05-01T08:00:00.000Z");
    expect(report.state.plan.inputs).toHaveLength(4 + 10 * 2);
    expect(report.state.tables).toEqual([
      { name: "StockUpSkus", sheet: "SKUs", rowKeys: Array.from({ length: 10 }, (_, i) => skuCode(i)) },
    ]);
  });
});

describe("writePlan: limits", () => {
  it("uses the same number of syncs for 10, 1,000 and 5,000 SKUs (first build and rebuild)", async () => {
    const counts: number[][] = [];
    for (const n of [10, 1000, 5000]) {
      const { wb, report } = await build(n);
      const host = new FakeHost(wb);
      const rebuilt = await writePlan(host.excelRun, fixtureBuilder(n), { now, force: true });
      counts.push([report.syncs, rebuilt.syncs, host.syncCount]);
    }
    // first build: read + 1 write + swap; rebuild: 3 reads + 1 write + swap
    expect(counts).toEqual([
      [3, 5, 5],
      [3, 5, 5],
      [3, 5, 5],
    ]);
  });

  it("keeps every request of a 5,000-SKU build under 4 MB as measured by the host", async () => {
    const { wb, host, report } = await build(5000);
    expect(host.maxRequest).toBeLessThanOrEqual(DEFAULT_MAX_REQUEST_BYTES);
    // the formula column was written once and filled down to the last row
    expect(cellOf(wb, "SKUs", "E5001")).toMatchObject({
      formula: "=MAX(0,D5001*LeadTimeDays-C5001)",
      numberFormat: "#,##0",
    });
    expect(cellOf(wb, "SKUs", "C5001")).toMatchObject({ value: defaultOnHand(4999), numberFormat: "#,##0" });
    expect(host.maxRequest).toBeGreaterThan(100_000); // the measurement is real: 30,000 values
    // the writer's estimate is never below what the host measured
    expect(Math.max(...report.requestBytes)).toBeGreaterThanOrEqual(host.requestBytes[1]);
  });

  it("splits into more requests when the budget is smaller: syncs follow payload, never rows", async () => {
    const budget = 50_000;
    const { host, report } = await build(2000, createWorkbook(), { maxRequestBytes: budget });
    const writes = report.requestBytes.length;
    const total = report.requestBytes.reduce((a, b) => a + b, 0);
    expect(writes).toBeGreaterThan(1);
    expect(writes).toBeLessThanOrEqual(Math.ceil(total / (budget / 2)) + 1); // packing wastes < half a request
    expect(host.maxRequest).toBeLessThanOrEqual(budget);
    expect(report.syncs).toBe(1 + writes + 1);
  });
});

describe("writePlan: rebuilds", () => {
  it("replaces the plan without duplicating sheets, tables or names", async () => {
    const { wb } = await build(10);
    const host = new FakeHost(wb);
    const report = await writePlan(host.excelRun, fixtureBuilder(12), { now });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Plan", "SKUs", STATE_SHEET_NAME]);
    expect(wb.tables.map((t) => [t.name, t.address])).toEqual([["StockUpSkus", "A1:F13"]]);
    expect(wb.names.map((n) => n.name)).toEqual(["PromoStart", "ServiceLevel", "LeadTimeDays", "Supplier"]);
    expect(wb.names[0].formula).toBe("=Plan!$B$3"); // re-pointed, not #REF!
    expect(report).toMatchObject({ rowsAdded: 2, rowsRemoved: 0, sheets: { replaced: ["Plan", "SKUs"] } });
  });

  it("counts rows removed when SKUs leave the plan", async () => {
    const { wb } = await build(12);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(9), { now });
    expect([report.rowsAdded, report.rowsRemoved]).toEqual([0, 3]);
    expect(wb.tables[0].address).toBe("A1:F10");
  });

  it("writes nothing when nothing changed: same workbook, three read syncs", async () => {
    const { wb } = await build(10);
    const before = snapshotWorkbook(wb);
    const host = new FakeHost(wb);
    const report = await writePlan(host.excelRun, fixtureBuilder(10), { now: () => new Date("2030-01-01") });
    expect(report.changed).toBe(false);
    expect(host.syncCount).toBe(3);
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("removes plan sheets and names the new model no longer has", async () => {
    const { wb } = await build(5);
    const smaller = fixtureBuilder(5)();
    smaller.sheets = smaller.sheets.filter((s) => s.name === "SKUs");
    smaller.sheets[0].cells = smaller.sheets[0].cells.map((c) => ({ ...c })); // no formula uses Plan
    smaller.names = [];
    const report = await writePlan(new FakeHost(wb).excelRun, smaller, { now });
    expect(report.sheets).toEqual({ created: [], replaced: ["SKUs"], removed: ["Plan"] });
    expect(report.names.removed).toEqual(["PromoStart", "ServiceLevel", "LeadTimeDays", "Supplier"]);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "SKUs", STATE_SHEET_NAME]);
    expect(wb.names).toEqual([]);
  });

  it("keeps the plan where the buyer moved it and hides sheets the model marks hidden", async () => {
    const { wb } = await build(5);
    // the buyer drags the plan sheets in front of Sheet1
    const plan = wb.sheets.splice(1, 2);
    wb.sheets.unshift(...plan);
    const model = fixtureBuilder(5)();
    model.sheets[1].hidden = true;
    await writePlan(new FakeHost(wb).excelRun, model, { now });
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Plan", "Visible"],
      ["SKUs", "Hidden"],
      ["Sheet1", "Visible"],
      [STATE_SHEET_NAME, "VeryHidden"],
    ]);
  });

  it("refuses to take over a table name used on a sheet it did not create", async () => {
    const { wb } = await build(3);
    const other = createWorkbook(["Data"]);
    await new FakeHost(other).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").tables.add("A1:B3", true).name = "StockUpSkus";
      await ctx.sync();
    });
    const before = snapshotWorkbook(other);
    await expect(writePlan(new FakeHost(other).excelRun, fixtureBuilder(3))).rejects.toMatchObject({
      code: "nameTaken",
      messages: { "en-US": expect.stringContaining("StockUpSkus") },
    });
    expect(snapshotWorkbook(other)).toEqual(before);
    expect(wb.tables).toHaveLength(1);
  });

  it("recreates plan sheets a buyer deleted, keeping the overrides the state remembers", async () => {
    const { wb } = await build(5);
    typeInto(wb, "Plan", "B5", 12);
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(5), { now });
    wb.sheets = wb.sheets.filter((s) => s.name !== "Plan"); // deleted by a buyer
    wb.names = [];
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(5), { now });
    expect(report.sheets.created).toEqual(["Plan"]);
    expect(report.overrides.inputs).toEqual({ LeadTimeDays: 12 });
    expect(cellOf(wb, "Plan", "B5")?.value).toBe(12);
  });

  it("writes nothing when the caller's build throws", async () => {
    const { wb } = await build(5);
    const before = snapshotWorkbook(wb);
    const host = new FakeHost(wb);
    await expect(
      writePlan(host.excelRun, () => {
        throw new Error("promoEnd: before promoStart");
      }),
    ).rejects.toThrow("promoEnd: before promoStart");
    expect(host.syncCount).toBe(3); // reads only
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("refuses to replace a sheet it did not create", async () => {
    const wb = createWorkbook(["Plan"]);
    const before = snapshotWorkbook(wb);
    await expect(build(10, wb)).rejects.toMatchObject({ code: "nameTaken" });
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("rejects a model with a sheet name Excel would refuse, before writing", async () => {
    const wb = createWorkbook();
    const model = fixtureBuilder(3)();
    model.sheets[0].name = "Plan: Q3";
    await expect(writePlan(new FakeHost(wb).excelRun, model)).rejects.toBeInstanceOf(WorkbookError);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
