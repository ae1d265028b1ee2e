/** Observed vs not observed: what toDailySeries marks censored, and why it matters to the forecast. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { forecastPromo } from "../../src/core";
import { addDays, daysBetween } from "../../src/core/dates/isoDate";
import { InputError } from "../../src/core/errors";
import { importSales, type SalesRow } from "../../src/import/importSales";
import { toDailySeries, type DailySeries } from "../../src/import/toDailySeries";

const rows = (list: [string, string, number, (0 | 1)?][]): SalesRow[] =>
  list.map(([sku, date, units, promo]) =>
    promo === undefined ? { sku, date, units } : { sku, date, units, promo },
  );

describe("toDailySeries: observed vs not observed", () => {
  const sales = rows([
    ["A", "2025-03-01", 4],
    ["A", "2025-03-05", 6],
    ["B", "2025-03-03", 2],
    ["B", "2025-03-04", 1],
  ]);

  it("a day without sales inside the export's range is an observed 0", () => {
    const [a] = toDailySeries(sales);
    expect(a.history).toEqual([4, 0, 0, 0, 6]);
    expect(a.censored).toEqual([false, false, false, false, false]);
    expect(a.lastObserved).toBe("2025-03-05");
  });

  it("a SKU that stopped selling has observed zeros to the end of the export (not a shorter series)", () => {
    const b = toDailySeries(sales)[1];
    expect([b.startDate, b.history, b.censored]).toEqual(["2025-03-03", [2, 1, 0], [false, false, false]]);
    expect(b.lastObserved).toBe("2025-03-05"); // the export ran to 03-05: B sold nothing on 03-05
  });

  it("before a product's first sale is censored (not launched), unless the buyer says it was listed", () => {
    const aligned = toDailySeries(sales, { startDate: "2025-03-01" });
    expect(aligned[1].history).toEqual([0, 0, 2, 1, 0]);
    expect(aligned[1].censored).toEqual([true, true, false, false, false]);
    const listed = toDailySeries(sales, { startDate: "2025-03-01", listedFrom: { B: "2025-03-02" } });
    expect(listed[1].censored).toEqual([true, false, false, false, false]);
    // without an aligned start, a listing date before the first sale starts the series there
    const own = toDailySeries(sales, { listedFrom: { B: "2025-03-02" } })[1];
    expect([own.startDate, own.history, own.observedDays]).toEqual(["2025-03-02", [0, 2, 1, 0], 4]);
  });

  it("days after a stale export ends are censored and the origin stays the last observed day", () => {
    const [a] = toDailySeries(sales, { endDate: "2025-03-08" });
    expect(a.history).toEqual([4, 0, 0, 0, 6, 0, 0, 0]);
    expect(a.censored).toEqual([false, false, false, false, false, true, true, true]);
    expect([a.lastObserved, a.observedDays]).toEqual(["2025-03-05", 5]);
  });

  it("the export's stated range wins over its first and last rows", () => {
    const [a] = toDailySeries(sales, { observedTo: "2025-03-07" });
    expect(a.history).toEqual([4, 0, 0, 0, 6, 0, 0]); // the report ran to 03-07: two observed zeros
    expect(a.censored.every((c) => !c)).toBe(true);
    const early = toDailySeries(sales, { observedFrom: "2025-03-02", startDate: "2025-02-28" })[0];
    // 02-28 is before the report and before A's first sale; 03-01 has a row (evidence it was observed)
    expect(early.censored.slice(0, 3)).toEqual([true, false, false]);
  });

  it("a known stock-out or closure is censored, even a day with some sales", () => {
    const [a, b] = toDailySeries(sales, {
      unobserved: [
        { from: "2025-03-02", to: "2025-03-03", sku: "A" },
        { from: "2025-03-04", to: "2025-03-04" }, // store closed: every SKU
      ],
    });
    expect(a.censored).toEqual([false, true, true, true, false]);
    expect(b.censored).toEqual([false, true, false]); // B's 03-03 stays observed; 03-04 closed
    expect(b.history).toEqual([2, 1, 0]); // the units are kept, only marked
  });

  it("a daily sheet with gaps: missing rows are censored when asked, the range still applies", () => {
    const [a] = toDailySeries(sales, { missingDays: "censored" });
    expect(a.censored).toEqual([false, true, true, true, false]);
  });

  it("says whether the file had promo information", () => {
    expect(toDailySeries(sales)[0].hasPromoInfo).toBe(false);
    expect(toDailySeries(rows([["A", "2025-01-01", 1, 0]]))[0].hasPromoInfo).toBe(true);
  });

  it.each([
    [{ observedFrom: "2025-3-1" }, "observedFrom"],
    [{ observedFrom: "2025-03-05", observedTo: "2025-03-01" }, "observedTo"],
    [{ listedFrom: { A: "soon" } }, "listedFrom.A"],
    [{ unobserved: [{ from: "2025-03-03", to: "2025-03-02" }] }, "unobserved[0].to"],
  ])("rejects %j naming %s", (options, argument) => {
    expect(() => toDailySeries(sales, options)).toThrow(InputError);
    expect(() => toDailySeries(sales, options)).toThrow(expect.objectContaining({ argument }));
  });

  it("property: units are kept, censored days hold 0, lastObserved is the last uncensored day", () => {
    const arb = fc.array(
      fc.record({ sku: fc.constantFrom("A", "B"), day: fc.integer({ min: 0, max: 60 }), units: fc.nat(20) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 30 }), (list, tail) => {
        const unique = new Map(list.map((r) => [`${r.sku}${r.day}`, r]));
        const input = [...unique.values()].map((r) => ({
          sku: r.sku,
          date: addDays("2025-01-01", r.day),
          units: r.units,
        }));
        const last = input.reduce((m, r) => (r.date > m ? r.date : m), "");
        const series = toDailySeries(input, { endDate: addDays(last, tail) });
        for (const s of series) {
          const sum = s.history.reduce((a, b) => a + b, 0);
          expect(sum).toBe(input.filter((r) => r.sku === s.sku).reduce((a, r) => a + r.units, 0));
          s.censored.forEach((c, i) => c && expect(s.history[i]).toBe(0));
          expect(s.lastObserved).toBe(last);
          // the tail, and the stretches on which the whole file has no row (./exportGaps) inside the series
          const end = addDays(s.startDate, s.history.length - 1);
          const gapDays = (s.exportGaps ?? []).reduce(
            (n, g) =>
              n +
              Math.max(
                0,
                daysBetween(g.from < s.startDate ? s.startDate : g.from, g.to > end ? end : g.to) + 1,
              ),
            0,
          );
          expect(s.censored.filter((c) => c).length).toBe(tail + gapDays);
        }
      }),
    );
  });
});

describe("stale history: the forecast starts from the last observed day", () => {
  const sample = importSales(readFileSync(join(__dirname, "..", "..", "assets", "sample", "sales.csv"))).rows;
  const lastRow = sample.reduce((m, r) => (r.date > m ? r.date : m), "");
  // A promo ten weeks after the last row; the plan is made the day after it, or 7 weeks later.
  const promoStart = addDays(lastRow, 70);
  const promoEnd = addDays(promoStart, 3);

  /** The promo window's forecast as the plan computes it: from `origin` through the promo end. */
  function promoForecast(s: DailySeries, origin: string): number {
    const upTo = daysBetween(s.startDate, origin) + 1;
    const horizon = daysBetween(origin, promoEnd);
    const promoFuture = Array.from({ length: horizon }, (_, h) =>
      addDays(origin, h + 1) >= promoStart ? 1 : 0,
    );
    const f = forecastPromo({
      history: s.history.slice(0, upTo),
      promoHistory: s.promoHistory.slice(0, upTo),
      censored: s.censored.slice(0, upTo),
      promoFuture,
      startDate: s.startDate,
    });
    return f.forecast.slice(horizon - 4).reduce((a, b) => a + b, 0);
  }

  it.each(["SU-CABLE-C2C", "SU-CASE-IP15"])(
    "%s: planned 7 weeks after the last row ≈ planned the day after",
    (sku) => {
      const mine = sample.filter((r) => r.sku === sku);
      const fresh = toDailySeries(mine)[0];
      const freshSum = promoForecast(fresh, fresh.lastObserved!);
      // 7 weeks later the same rows are all there is; asking for the series up to the day before
      // the plan date marks the 48 days since the export censored and keeps the origin.
      const planDate = addDays(lastRow, 49);
      const stale = toDailySeries(mine, { endDate: addDays(planDate, -1) })[0];
      expect(stale.censored.slice(-48).every((c) => c)).toBe(true);
      expect(stale.lastObserved).toBe(lastRow);
      const staleSum = promoForecast(stale, stale.lastObserved!);
      expect(freshSum).toBeGreaterThan(100);
      expect(Math.abs(staleSum - freshSum) / freshSum).toBeLessThan(0.03);
      // The old route (every missing day a 0, forecast from the plan date) collapses: the test can fail.
      const zeroFilled = toDailySeries(mine, {
        endDate: addDays(planDate, -1),
        observedTo: addDays(planDate, -1),
      })[0];
      const zeroSum = promoForecast(zeroFilled, addDays(planDate, -1));
      expect(zeroSum).toBeLessThan(freshSum * 0.5);
    },
  );
});
