import fc from "fast-check";
import { importSales } from "../../src/import/importSales";
import { SalesHistory } from "../../src/import/salesHistory";
import { toDailySeries } from "../../src/import/toDailySeries";
import { findUnknownSkus } from "../../src/import/checkSkus";
import { buildPlan } from "../../src/plan/buildPlan";
import { planFigures } from "../../src/plan/engine";
import { tinyInput } from "../plan/fixtures";

describe("SalesHistory: the importer's daily totals in flat arrays", () => {
  it("sums rows of one SKU-day, marks a promo day when any row is one, keeps the last price", () => {
    const h = SalesHistory.fromRows([
      { sku: "B", date: "2024-01-03", units: 4 },
      { sku: "A", date: "2024-01-02", units: 2, promo: 0, price: 9 },
      { sku: "A", date: "2024-01-02", units: 3, promo: 1, price: 8 },
      { sku: "A", date: "2024-01-05", units: 1 },
    ]);
    expect(h.skus.map((s) => s.sku)).toEqual(["A", "B"]);
    expect(h.rowCount).toBe(3);
    expect([h.firstDate, h.lastDate]).toEqual(["2024-01-02", "2024-01-05"]);
    expect(h.rows()).toEqual([
      { sku: "A", date: "2024-01-02", units: 5, promo: 1, price: 8 },
      { sku: "A", date: "2024-01-05", units: 1 },
      { sku: "B", date: "2024-01-03", units: 4 },
    ]);
  });

  it("until() drops later days, trims the SKU's empty tail and leaves out a SKU with nothing left", () => {
    const h = SalesHistory.fromRows([
      { sku: "A", date: "2024-01-01", units: 2 },
      { sku: "A", date: "2024-01-05", units: 7 },
      { sku: "B", date: "2024-01-04", units: 4 },
    ]).until("2024-01-03");
    expect(h.rows()).toEqual([{ sku: "A", date: "2024-01-01", units: 2 }]);
    expect(h.skus[0].units.length).toBe(1);
    expect(h.lastDate).toBe("2024-01-01");
  });

  it("the import's history holds exactly its rows (the rows are made from it when read)", () => {
    const r = importSales(
      "date,sku,units,promo,price\n2024-01-02,B,2,1,5\n2024-01-01,A,3,0,4\n2024-01-01,A,1,1,6\n01/03/2024,A,2,0,4\n",
    );
    expect(r.history.rowCount).toBe(3);
    // A on 01-01: 4 units, revenue 3×4 + 1×6 = 18, price 18 / 4 = 4.5, promo 1 of 4 units → not a promo day
    expect(r.rows).toEqual([
      { sku: "A", date: "2024-01-01", units: 4, promo: 0, revenue: 18, price: 4.5 },
      { sku: "A", date: "2024-01-03", units: 2, promo: 0, revenue: 8, price: 4 },
      { sku: "B", date: "2024-01-02", units: 2, promo: 1, revenue: 10, price: 5 },
    ]);
    expect(r.history.rows()).toEqual(r.rows);
    expect(findUnknownSkus(r.history, []).map((i) => i.value)).toEqual(["A", "B"]);
  });

  it("keeps every unit on its SKU and day, and survives a round trip through rows (property)", () => {
    const row = fc.record({
      sku: fc.constantFrom("A", "B", "C"),
      day: fc.integer({ min: 0, max: 40 }),
      units: fc.integer({ min: 0, max: 50 }),
      promo: fc.option(fc.constantFrom(0 as const, 1 as const), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (raw) => {
        const rows = raw.map(({ sku, day, units, promo }) => ({
          sku,
          date: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10),
          units,
          ...(promo === undefined ? {} : { promo }),
        }));
        const h = SalesHistory.fromRows(rows);
        // every unit lands in its SKU's series, on its day
        for (const s of toDailySeries(h)) {
          const mine = rows.filter((r) => r.sku === s.sku);
          expect(s.history.reduce((a, b) => a + b, 0)).toBe(mine.reduce((a, r) => a + r.units, 0));
          const start = Date.parse(s.startDate);
          for (const r of mine) {
            const i = (Date.parse(r.date) - start) / 86_400_000;
            expect(s.censored[i]).toBe(false);
            if (r.promo === 1) expect(s.promoHistory[i]).toBe(1);
          }
        }
        expect(SalesHistory.fromRows(h.rows()).rows()).toEqual(h.rows());
      }),
      { numRuns: 60 },
    );
  });

  it("a plan built from the import's history equals one built from its rows", () => {
    const input = tinyInput();
    const csv = ["date,sku,units,promo,price"]
      .concat(
        (input.sales as { sku: string; date: string; units: number }[]).map(
          (r, i) => `${r.date},${r.sku},${r.units},${i % 9 === 0 ? 1 : 0},${(9.99 + (i % 3)).toFixed(2)}`,
        ),
      )
      .join("\n");
    const imported = importSales(csv);
    const fromHistory = { ...input, sales: imported.history };
    const fromRows = { ...input, sales: imported.rows };
    expect(planFigures(fromHistory)).toEqual(planFigures(fromRows));
    expect(buildPlan(fromHistory)).toEqual(buildPlan(fromRows));
  });
});
