/**
 * The monitor's Actual column through the Office.js writer on the fake Excel host: a daily
 * actual the buyer typed survives a rebuild, wins over the imported one, and the monitor's
 * formulas' expected numbers use it.
 */
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanModel, PlanOverrides } from "../../src/plan/types";
import { writePlan } from "../../src/excel/writePlan";
import { cellOf, createWorkbook, FakeHost, sortTableRows, typeInto } from "./fakeExcel";
import { tinyInput } from "../plan/fixtures";

const now = () => new Date("2025-07-10T08:00:00Z");
const MON = "StockUp Monitor";
// imported: 30 units on the first promo day (2025-07-08, monitor row 5)
const build = (o: PlanOverrides): PlanModel =>
  // (planned on 2025-07-10, the clock below: an actual dated after the plan date would be ignored)
  buildPlan(
    tinyInput({ today: "2025-07-10", actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }),
    o,
  );
const expectedAt = (m: PlanModel, address: string) =>
  m.sheets[2].cells.find((c) => c.address === address)?.expected;

describe("writePlan: monitor actuals the buyer typed", () => {
  it("writes the Actual column as inputs and keeps a typed actual across two rebuilds", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(cellOf(wb, MON, "D5")?.value).toBe(30);
    typeInto(wb, MON, "D6", 44); // day 2, nothing imported
    typeInto(wb, MON, "D5", 35); // day 1, the buyer corrects the import
    let model: PlanModel | undefined;
    const builder = (o: PlanOverrides) => (model = build(o));
    const report = await writePlan(new FakeHost(wb).excelRun, builder, { now });
    expect(report.overrides.dates).toEqual({ "2025-07-08": { actual: 35 }, "2025-07-09": { actual: 44 } });
    expect(cellOf(wb, MON, "D5")?.value).toBe(35);
    expect(cellOf(wb, MON, "D6")?.value).toBe(44);
    // the model's structured reference, written as A1: a running total up to this row's date
    expect(cellOf(wb, MON, "F6")?.formula).toBe('=IF(ISNUMBER(D6),SUMIFS($D:$D,$A:$A,"<="&A6),"")');
    expect(expectedAt(model!, "F6")).toBe(79); // 35 + 44
    expect(expectedAt(model!, "G6") as number).toBeCloseTo(
      44 - (model!.sheets[2].cells.find((c) => c.address === "C6")!.value as number),
      12,
    );
    // a rebuild without new edits keeps them (they were overrides last time)
    const again = await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(again.overrides.dates).toEqual({ "2025-07-08": { actual: 35 }, "2025-07-09": { actual: 44 } });
    expect(cellOf(wb, MON, "D6")?.value).toBe(44);
  });

  it("keeps an emptied imported actual empty after the rebuild", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, build, { now });
    typeInto(wb, MON, "D5", null);
    const report = await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(report.overrides.dates).toEqual({ "2025-07-08": { actual: null } });
    expect(cellOf(wb, MON, "D5")?.value ?? null).toBeNull();
    // no actual that day: the running total is blank, not a flat 0
    expect(expectedAt(build(report.overrides), "F5")).toBe("");
  });
});

describe("writePlan: the per-SKU monitor's actuals (keyed by day + SKU)", () => {
  const BY_SKU = "StockUp Monitor by SKU";
  // one SKU, 4 promo days: rows 5 … 8 are 07-08 … 07-11, Actual in column D
  it("keeps a typed day on its day and SKU after the buyer sorted the table, across rebuilds", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(cellOf(wb, BY_SKU, "D5")?.value).toBe(30); // imported, 07-08
    typeInto(wb, BY_SKU, "D6", 44); // 07-09, nothing imported
    sortTableRows(wb, "StockUpMonitorSkus", [3, 2, 1, 0]); // newest day first: 07-09 now on row 7
    expect(cellOf(wb, BY_SKU, "D7")?.value).toBe(44);
    let model: PlanModel | undefined;
    const report = await writePlan(new FakeHost(wb).excelRun, (o) => (model = build(o)), { now });
    expect(report.overrides.daySkus).toEqual({ "2025-07-09A-CASE": { skuActual: 44 } });
    // rebuilt in date order: 07-09 is row 6 again, its running totals use the typed 44
    expect(cellOf(wb, BY_SKU, "D6")?.value).toBe(44);
    const at = (a: string) => model!.sheets[3].cells.find((c) => c.address === a)?.expected;
    expect(at("F6")).toBe(74); // 30 + 44
    expect(at("E6") as number).toBeCloseTo(22, 9); // 2 days with actuals × 11
    const again = await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(again.overrides.daySkus).toEqual({ "2025-07-09A-CASE": { skuActual: 44 } });
  });
});
