import fc from "fast-check";
import { buildPlan } from "../../src/plan/buildPlan";
import { inputCells } from "../../src/plan/inputCells";
import { overridesFromValues } from "../../src/plan/readOverrides";
import type { CellValue, PlanModel, PlanOverrides } from "../../src/plan/types";
import { isoToExcelSerial } from "../../src/core";
import { cellAt, constantSales, SKU_A, skuCell, tinyInput } from "./fixtures";

// tinyInput's promo runs 2025-07-08 … 07-11: monitor rows 5 … 8, Actual in column D
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
  const imported = buildPlan(tinyInput({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }));

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
    const m = buildPlan(tinyInput({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }), over);
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
    const m = buildPlan(tinyInput({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] }), over);
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
    const imported = buildPlan(tinyInput({ actuals }));
    expect(skuCell(imported, "A-CASE", "actual")).toMatchObject({
      kind: "input",
      value: 30,
      style: "input",
      key: { kind: "table", sku: "A-CASE", column: "actual" },
    });
    const m = buildPlan(tinyInput({ actuals }), { inputs: {}, table: { "A-CASE": { actual: 90 } } });
    expect(skuCell(m, "A-CASE", "actual")).toMatchObject({ value: 90, overridden: true });
    // pace triples with 3× the actual over the same days (30 → 90), against forecast and target
    expect(exp(m, "paceForecast")).toBeCloseTo(3 * exp(imported, "paceForecast"), 12);
    expect(exp(m, "paceTarget")).toBeCloseTo(3 * exp(imported, "paceTarget"), 12);
    expect(exp(m, "paceTarget")).toBeCloseTo(90 / (skuCell(m, "A-CASE", "targetToDate").value as number), 12);
  });
});

describe("buildPlan: resize advice from actuals", () => {
  // two SKUs selling 10 a day; only A-CASE has an actual: 30 units on the first promo day 2025-07-08
  const skuB = { ...SKU_A, sku: "B-CABLE", title: "Cable" };
  const m = buildPlan(
    tinyInput({
      skus: [SKU_A, skuB],
      sales: [...constantSales("A-CASE"), ...constantSales("B-CABLE")],
      actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }],
    }),
  );
  const v = (sku: string, key: string) => {
    const c = skuCell(m, sku, key);
    return c.kind === "formula" ? c.expected : c.value;
  };
  const modes = ["sea", "air", "express"] as const;

  it("leaves a SKU without actuals blank: no pace, every batch as planned (never pace 0 → batch 0)", () => {
    expect(v("B-CABLE", "actual")).toBeNull();
    expect(v("B-CABLE", "actualsThrough")).toBeNull();
    expect(v("B-CABLE", "paceTarget")).toBe("");
    expect(v("B-CABLE", "paceForecast")).toBe("");
    expect(modes.some((md) => (v("B-CABLE", `${md}Units`) as number) > 0)).toBe(true);
    for (const md of modes) expect(v("B-CABLE", `${md}Resize`)).toBe(v("B-CABLE", `${md}Units`));
    expect(skuCell(m, "B-CABLE", "seaResize").formula).toContain("ISNUMBER([@[Pace vs target]])");
  });

  it("resizes only batches shipping after the latest actual: all of A-CASE's shipped before 07-08", () => {
    expect(v("A-CASE", "actual")).toBe(30);
    expect(v("A-CASE", "actualsThrough")).toBe(isoToExcelSerial("2025-07-08"));
    // 30 sold vs a target above 30 on day 1: the pace is off 1, so the old rule (ship > plan date
    // 2025-05-01) would have resized the batches; each ships before 07-08 (arrival ≤ cutoff 06-20)
    const pace = v("A-CASE", "paceTarget") as number;
    expect(pace).toBeCloseTo(30 / (v("A-CASE", "targetToDate") as number), 12);
    expect(Math.abs(pace - 1)).toBeGreaterThan(0.1);
    for (const md of modes) {
      const units = v("A-CASE", `${md}Units`) as number;
      if (units > 0)
        expect(v("A-CASE", `${md}Arrival`) as number).toBeLessThanOrEqual(isoToExcelSerial("2025-06-20"));
      expect(v("A-CASE", `${md}Resize`)).toBe(units);
    }
    expect(skuCell(m, "A-CASE", "seaResize").formula).toContain(">MAX(PlanDate,[@[Actuals through]])");
  });
});
