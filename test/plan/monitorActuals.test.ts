import fc from "fast-check";
import { buildPlan } from "../../src/plan/buildPlan";
import { inputCells } from "../../src/plan/inputCells";
import { overridesFromValues } from "../../src/plan/readOverrides";
import type { CellValue, PlanModel, PlanOverrides } from "../../src/plan/types";
import { isoToExcelSerial } from "../../src/core";
import { cellAt, constantSales, namedCell, SKU_A, skuCell, tinyInput } from "./fixtures";

// tinyInput's promo runs 2025-07-08 … 07-11: monitor rows 5 … 8, Actual in column D. Imported
// actuals count only on or before the plan date: these plans are made on the promo's last day.
const duringPromo = (extra: Parameters<typeof tinyInput>[0] = {}) =>
  tinyInput({ today: "2025-07-11", ...extra });
const DATES = ["2025-07-08", "2025-07-09", "2025-07-10", "2025-07-11"];
const mon = (m: PlanModel, address: string) => cellAt(m, 2, address);
const typed = (cells: Record<string, CellValue>): PlanOverrides => ({
  inputs: {},
  table: {},
  dates: Object.fromEntries(Object.entries(cells).map(([date, v]) => [date, { actual: v }])),
});
/** Values the buyer sees after typing `edits` (address → value) over a model's inputs. */
function readBack(m: PlanModel, edits: Record<string, CellValue>): PlanOverrides {
  const refs = inputCells(m);
  const sheet = m.sheets[2].name;
  return overridesFromValues(
    refs,
    refs.map((r) => (r.sheet === sheet && r.address in edits ? edits[r.address] : r.written)),
  );
}

describe("buildPlan: monitor Actual inputs", () => {
  const imported = buildPlan(duringPromo({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }));

  it("writes each day's Actual as an input keyed by its date, in the input style", () => {
    expect(mon(imported, "D5")).toMatchObject({
      kind: "input",
      value: 30,
      style: "input",
      key: { kind: "date", date: "2025-07-08", column: "actual" },
    });
    expect(mon(imported, "D5").overridden).toBeUndefined();
    expect(mon(imported, "D6")).toMatchObject({ kind: "input", value: null, key: { date: "2025-07-09" } });
    expect(imported.sheets[2].tables[0].columns[3]).toMatchObject({ key: "monActual", kind: "input" });
    expect(imported.sheets[2].validations).toEqual([
      expect.objectContaining({ range: "D5:D8", rule: { type: "decimal", min: 0 }, allowBlank: true }),
    ]);
  });

  it("keeps a typed actual over the imported one and feeds it to the running total and variance", () => {
    // the buyer typed 50 on day 1 (imported 30) and 20 on day 2 (nothing imported)
    const over = readBack(imported, { D5: 50, D6: 20 });
    expect(over.dates).toEqual({ "2025-07-08": { actual: 50 }, "2025-07-09": { actual: 20 } });
    const m = buildPlan(duringPromo({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }), over);
    expect(mon(m, "D5")).toMatchObject({ value: 50, overridden: true });
    expect(mon(m, "D6")).toMatchObject({ value: 20, overridden: true });
    const c5 = mon(m, "C5").value as number;
    const c6 = mon(m, "C6").value as number;
    // F = running total of D on days with an actual: 50, then 50 + 20 = 70; blank without one
    // (the chart's line stops where the data stops instead of running flat); G = D − C
    expect(mon(m, "F5").expected).toBe(50);
    expect(mon(m, "F6").expected).toBe(70);
    expect(mon(m, "F8").expected).toBe("");
    expect(mon(m, "G5").expected as number).toBeCloseTo(50 - c5, 12);
    expect(mon(m, "G6").expected as number).toBeCloseTo(20 - c6, 12);
    expect(mon(m, "G7").expected).toBe("");
  });

  it("keeps a typed actual across a second rebuild with no new edit", () => {
    const m1 = buildPlan(tinyInput(), typed({ "2025-07-10": 12 }));
    const m2 = buildPlan(tinyInput(), readBack(m1, {}));
    expect(mon(m2, "D7")).toMatchObject({ value: 12, overridden: true });
    expect(mon(m2, "F7").expected).toBe(12);
    expect(mon(m2, "F8").expected).toBe("");
  });

  it("counts an emptied imported actual as an edit: the day stays blank", () => {
    const over = readBack(imported, { D5: null });
    expect(over.dates).toEqual({ "2025-07-08": { actual: null } });
    const m = buildPlan(duringPromo({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }), over);
    expect(mon(m, "D5")).toMatchObject({ value: null, overridden: true });
    expect(mon(m, "F5").expected).toBe("");
    expect(mon(m, "G5").expected).toBe("");
  });

  it("treats typed text as no number, as Excel's SUM and ISNUMBER do", () => {
    const m = buildPlan(tinyInput(), typed({ "2025-07-08": "ten" }));
    expect(mon(m, "D5")).toMatchObject({ value: "ten", overridden: true });
    expect(mon(m, "F5").expected).toBe("");
    expect(mon(m, "G5").expected).toBe("");
  });

  it("keeps each actual on its date when the promo window moves (and drops days outside it)", () => {
    const over = typed({ "2025-07-09": 7, "2025-07-11": 9 });
    const s = { ...tinyInput().settings, promoStart: "2025-07-09", promoEnd: "2025-07-12" };
    const m = buildPlan(tinyInput({ settings: s }), over);
    expect(mon(m, "D5")).toMatchObject({ value: 7, key: { date: "2025-07-09" } });
    expect(mon(m, "D7")).toMatchObject({ value: 9, key: { date: "2025-07-11" } });
    expect(mon(m, "D8").value).toBeNull();
    expect(mon(m, "F7").expected).toBe(16);
  });

  it("running totals and variances always follow the typed actuals (property)", () => {
    const day = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.tuple(day, day, day, day), (days) => {
        const cells: Record<string, CellValue> = {};
        days.forEach((v, i) => {
          if (v !== undefined) cells[DATES[i]] = v;
        });
        const m = buildPlan(tinyInput(), typed(cells));
        let cum = 0;
        days.forEach((v, i) => {
          const r = 5 + i;
          cum += v ?? 0;
          expect(mon(m, `D${r}`).value).toBe(v ?? null);
          expect(mon(m, `F${r}`).expected).toBe(v === undefined ? "" : cum);
          const g = mon(m, `G${r}`).expected;
          if (v === undefined) expect(g).toBe("");
          else expect(g as number).toBeCloseTo(v - (mon(m, `C${r}`).value as number), 9);
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe("buildPlan: SKU actual-to-date input", () => {
  const actuals = [{ date: "2025-07-08", sku: "A-CASE", units: 30 }];
  const exp = (m: PlanModel, key: string) => skuCell(m, "A-CASE", key).expected as number;

  it("is an input keyed by SKU; a typed value drives pace and the resized batches not shipped yet", () => {
    const imported = buildPlan(duringPromo({ actuals }));
    expect(skuCell(imported, "A-CASE", "actual")).toMatchObject({
      kind: "input",
      value: 30,
      style: "input",
      key: { kind: "table", sku: "A-CASE", column: "actual" },
    });
    const m = buildPlan(duringPromo({ actuals }), { inputs: {}, table: { "A-CASE": { actual: 90 } } });
    expect(skuCell(m, "A-CASE", "actual")).toMatchObject({ value: 90, overridden: true });
    // pace triples with 3× the actual over the same days (30 → 90), against forecast and target
    expect(exp(m, "paceForecast")).toBeCloseTo(3 * exp(imported, "paceForecast"), 12);
    expect(exp(m, "paceTarget")).toBeCloseTo(3 * exp(imported, "paceTarget"), 12);
    expect(exp(m, "paceTarget")).toBeCloseTo(90 / (skuCell(m, "A-CASE", "targetToDate").value as number), 12);
  });
});

describe("buildPlan: actuals dated after the plan date are not actuals", () => {
  // the review's case: a plan made months before the promo with a file of the promo's days
  const future = [
    { date: "2025-07-09", sku: "A-CASE", units: 40 },
    { date: "2025-07-08", sku: "A-CASE", units: 30 },
    { date: "2025-04-30", sku: "A-CASE", units: 12 }, // before the promo: kept, outside the monitor
  ];
  const warnings = (m: PlanModel) =>
    m.sheets[0].cells.filter((c) => c.style === "warning").map((c) => String(c.value));

  it("leaves them out of every number and says how many rows and from which date, in en and zh", () => {
    const m = buildPlan(tinyInput({ actuals: future }));
    expect(skuCell(m, "A-CASE", "actual").value).toBeNull();
    expect(skuCell(m, "A-CASE", "paceTarget").expected).toBe("");
    for (const r of [5, 6, 7, 8]) expect(mon(m, `D${r}`).value).toBeNull();
    expect(namedCell(m, "ActualTotal").expected).toBe(0);
    expect(warnings(m)).toContain(
      "2 actuals rows dated after the plan date 2025-05-01 were ignored (the first is dated 2025-07-08): an actual is a sale that has happened.",
    );
    const zh = buildPlan(
      tinyInput({ actuals: future, settings: { ...tinyInput().settings, locale: "zh-CN" } }),
    );
    expect(warnings(zh)).toContain(
      "有 2 行实际销量的日期晚于计划日 2025-05-01，已忽略（最早一行为 2025-07-08）：实际销量只能是已经发生的销售。",
    );
  });

  it("counts them once the plan date reaches them (plan date 2025-07-08: day 1 in, day 2 out)", () => {
    const m = buildPlan(tinyInput({ today: "2025-07-08", actuals: future }));
    expect(skuCell(m, "A-CASE", "actual").value).toBe(30);
    expect([mon(m, "D5").value, mon(m, "D6").value]).toEqual([30, null]);
    expect(warnings(m).some((w) => w.startsWith("1 actuals rows dated after the plan date 2025-07-08"))).toBe(
      true,
    );
    expect(
      buildPlan(tinyInput({ today: "2025-07-09", actuals: future })).sheets[0].cells.some((c) =>
        String(c.value).includes("were ignored"),
      ),
    ).toBe(false);
  });
});

describe("buildPlan: pace and resize advice from actuals", () => {
  // two SKUs selling 10 a day (growth 10 %: forecast and plan demand 11 a day in the promo); only
  // A-CASE has actuals, 30 on 2025-07-08 and 25 on 07-10 (none on 07-09: not observed, not 0)
  const skuB = { ...SKU_A, sku: "B-CABLE", title: "Cable" };
  const actuals = [
    { date: "2025-07-08", sku: "A-CASE", units: 30 },
    { date: "2025-07-10", sku: "A-CASE", units: 25 },
  ];
  const input = (today: string) =>
    tinyInput({
      today,
      skus: [SKU_A, skuB],
      sales: [...constantSales("A-CASE"), ...constantSales("B-CABLE")],
      actuals,
    });
  const m = buildPlan(input("2025-07-10"));
  const v = (model: PlanModel, sku: string, key: string) => {
    const c = skuCell(model, sku, key);
    return c.kind === "formula" ? c.expected : c.value;
  };
  const modes = ["sea", "air", "express"] as const;

  it("compares each SKU with its forecast on the days it has actuals only", () => {
    expect(v(m, "A-CASE", "actual")).toBe(55);
    expect(v(m, "A-CASE", "actualsThrough")).toBe(isoToExcelSerial("2025-07-10"));
    // 2 days with data × 11 = 22 (07-09 has no data: not counted)
    expect(v(m, "A-CASE", "forecastToDate") as number).toBeCloseTo(22, 9);
    expect(v(m, "A-CASE", "paceForecast") as number).toBeCloseTo(55 / 22, 9);
    expect(v(m, "A-CASE", "paceTarget") as number).toBeCloseTo(55 / 22, 9);
  });

  it("totals' pace counts only SKUs with actuals (B-CABLE's forecast to date is not a 0 actual)", () => {
    // B-CABLE has no actual: its forecast to date (07-08 … 07-10, 3 × 11 = 33) stays on its row
    expect(v(m, "B-CABLE", "forecastToDate") as number).toBeCloseTo(33, 9);
    expect(namedCell(m, "ActualTotal").expected).toBe(55);
    expect(namedCell(m, "ForecastToDateTotal").expected as number).toBeCloseTo(22, 9);
    expect(namedCell(m, "ForecastToDateTotal").formula).toBe(
      '=SUMIFS(StockUpSkus[Forecast to date],StockUpSkus[Actual to date],">=0")',
    );
    // 55 / 22 = 2.5, where summing B-CABLE in would have said 55 / 55 = 1.0 (on pace)
    expect(namedCell(m, "PaceForecastTotal").expected as number).toBeCloseTo(2.5, 9);
  });

  it("leaves a SKU without actuals blank: no pace, every batch as planned (never pace 0 → batch 0)", () => {
    const early = buildPlan(input("2025-05-01"));
    expect(v(early, "B-CABLE", "actual")).toBeNull();
    expect(v(early, "B-CABLE", "actualsThrough")).toBeNull();
    expect(v(early, "B-CABLE", "paceTarget")).toBe("");
    expect(v(early, "B-CABLE", "paceForecast")).toBe("");
    expect(modes.some((md) => (v(early, "B-CABLE", `${md}Units`) as number) > 0)).toBe(true);
    for (const md of modes)
      expect(v(early, "B-CABLE", `${md}Resize`)).toBe(v(early, "B-CABLE", `${md}Units`));
    expect(skuCell(early, "B-CABLE", "seaResize").formula).toContain("ISNUMBER([@[Pace vs target]])");
  });

  it("a batch that shipped before the latest actual is never resized, at any pace", () => {
    // the plan as made on 2025-05-01: air 500 + express 100 for the typed 600, both ship 05-21
    // (arrival 06-07 − 7 buffer − 10 transit; 06-02 − 7 − 5). During the promo the buyer types
    // 55 sold by 07-10 against a target of 22 (pace 2.5): the batches left 50 days earlier
    const typed = { inputs: {}, table: { "A-CASE": { orderOverride: 600, actual: 55 } } };
    const plan = buildPlan(input("2025-05-01"), typed);
    expect(modes.map((md) => v(plan, "A-CASE", `${md}Units`))).toEqual([0, 500, 100]);
    expect(v(plan, "A-CASE", "airArrival")).toBe(isoToExcelSerial("2025-06-07"));
    // made before the promo, the plan has no forecast to date to hold the typed 55 against: the
    // pace is blank (unknown, not 1 "on track"), every batch as planned
    expect(v(plan, "A-CASE", "paceTarget")).toBe("");
    for (const md of modes) expect(v(plan, "A-CASE", `${md}Resize`)).toBe(v(plan, "A-CASE", `${md}Units`));
    // rebuilt on 07-10 with the actuals in: pace 2.5, but every mode's PO and ship dates have
    // passed, so there is no batch left to resize (0 → 0), only the shortfall warning
    const during = buildPlan(input("2025-07-10"), typed);
    expect(v(during, "A-CASE", "paceTarget") as number).toBeCloseTo(2.5, 9);
    for (const md of modes)
      expect(v(during, "A-CASE", `${md}Resize`)).toBe(v(during, "A-CASE", `${md}Units`));
    expect(skuCell(m, "A-CASE", "seaResize").formula).toContain(">MAX(PlanDate,[@[Actuals through]])");
  });
});
