/** Daily series for the forecast and the sales-vs-master cross-check. */
import fc from "fast-check";
import { findUnknownSkus } from "../../src/import/checkSkus";
import { importSales } from "../../src/import/importSales";
import { toCompactDailySeries, toDailySeries } from "../../src/import/toDailySeries";
import { InputError } from "../../src/core/errors";
import { fixtureBytes } from "./fixtures";

describe("toDailySeries", () => {
  const sales = importSales(fixtureBytes("sales-generic.csv"), { asOf: "2024-11-30" }).rows;

  it("fills the missing day with 0 (order exports: no orders = no sales)", () => {
    const a = toDailySeries(sales).find((s) => s.sku === "SKU-A")!;
    expect(a).toEqual({
      sku: "SKU-A",
      startDate: "2024-11-01",
      history: [10, 12, 30, 0, 11], // 11-04 has no row
      promoHistory: [0, 0, 1, 0, 0],
      censored: [false, false, false, false, false],
      lastObserved: "2024-11-05",
      observedDays: 5,
      hasPromoInfo: true,
    });
  });

  it("gives the plan the same series in typed arrays (flags as 1/0)", () => {
    const a = toCompactDailySeries(sales, { missingDays: "censored" }).find((s) => s.sku === "SKU-A")!;
    expect(a.history).toEqual(Float64Array.from([10, 12, 30, 0, 11]));
    expect(a.promoHistory).toEqual(Uint8Array.from([0, 0, 1, 0, 0]));
    expect(a.censored).toEqual(Uint8Array.from([0, 0, 0, 1, 0]));
    expect([a.startDate, a.lastObserved, a.observedDays, a.hasPromoInfo]).toEqual([
      "2024-11-01",
      "2024-11-05",
      4,
      true,
    ]);
  });

  it("marks missing days censored when asked", () => {
    const a = toDailySeries(sales, { missingDays: "censored" }).find((s) => s.sku === "SKU-A")!;
    expect(a.censored).toEqual([false, false, false, true, false]);
  });

  it("aligns every SKU on a common start and end", () => {
    const all = toDailySeries(sales, { startDate: "2024-11-01", endDate: "2024-11-06" });
    expect(all.map((s) => [s.sku, s.startDate, s.history])).toEqual([
      ["@SKU-C", "2024-11-01", [0, 1, 0, 0, 0, 0]],
      ["SKU-A", "2024-11-01", [10, 12, 30, 0, 11, 0]],
      ["SKU-B", "2024-11-01", [5, 0, 0, 8, 0, 0]],
    ]);
  });

  it("drops rows outside the window; a SKU without rows there gets no series", () => {
    const window = toDailySeries(sales, { startDate: "2024-11-02", endDate: "2024-11-03" });
    expect(window.map((s) => [s.sku, s.history])).toEqual([
      ["@SKU-C", [1, 0]],
      ["SKU-A", [12, 30]], // SKU-B sold on 11-01 and 11-04 only
    ]);
  });

  it("crosses a month end and a leap day", () => {
    const s = toDailySeries([
      { sku: "A", date: "2024-02-28", units: 1 },
      { sku: "A", date: "2024-03-01", units: 3 },
    ])[0];
    expect(s.history).toEqual([1, 0, 3]); // 28 Feb, 29 Feb, 1 Mar
  });

  it("returns nothing for no rows", () => {
    expect(toDailySeries([])).toEqual([]);
  });

  it.each([
    [{ startDate: "2024/01/01" }, "startDate"],
    [{ endDate: "2024-02-30" }, "endDate"],
    [{ startDate: "2024-02-01", endDate: "2024-01-01" }, "endDate"],
  ])("rejects %j naming %s", (options, argument) => {
    expect(() => toDailySeries(sales, options)).toThrow(InputError);
    expect(() => toDailySeries(sales, options)).toThrow(expect.objectContaining({ argument }));
  });

  it("keeps the total units and has one entry per calendar day", () => {
    const rowArb = fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      units: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rowArb, { selector: (r) => r.day, minLength: 1, maxLength: 30 }), (rows) => {
        const base = Date.UTC(2023, 0, 1);
        const sales = rows.map((r) => ({
          sku: "A",
          date: new Date(base + r.day * 86_400_000).toISOString().slice(0, 10),
          units: r.units,
        }));
        const [s] = toDailySeries(sales);
        const days = Math.max(...rows.map((r) => r.day)) - Math.min(...rows.map((r) => r.day)) + 1;
        expect([s.history.length, s.promoHistory.length, s.censored.length]).toEqual([days, days, days]);
        expect(s.history.reduce((a, b) => a + b, 0)).toBe(rows.reduce((a, r) => a + r.units, 0));
      }),
    );
  });
});

describe("findUnknownSkus", () => {
  it("reports each SKU with sales but no master row once", () => {
    const sales = [
      { sku: "A", date: "2024-01-01", units: 1 },
      { sku: "X", date: "2024-01-01", units: 1 },
      { sku: "X", date: "2024-01-02", units: 1 },
    ];
    const issues = findUnknownSkus(sales, [{ sku: "A", battery: false, liquid: false, magnetic: false }]);
    expect(issues.map((i) => [i.code, i.value, i.severity])).toEqual([["UNKNOWN_SKU", "X", "warning"]]);
    expect(issues[0].messageZh).toContain("X");
  });

  it("reports nothing when every SKU is known", () => {
    expect(
      findUnknownSkus(
        [{ sku: "A", date: "2024-01-01", units: 1 }],
        [{ sku: "A", battery: false, liquid: false, magnetic: false }],
      ),
    ).toEqual([]);
  });
});
