/**
 * Properties of the plan engine on random SKUs: whatever the demand, stock, lead time, case pack
 * and plan date, (1) no day from the first feasible arrival through the cover period is short,
 * (2) every batch is whole cartons and arrives in time from a PO date not before the plan date,
 * (3) a batch never uses a mode whose PO date has passed, (4) the landed cost's buckets add up.
 */
import fc from "fast-check";
import { planFigures } from "../../src/plan/engine";
import { scenario } from "./scenarioFixtures";
import type { SalesRow } from "../../src/plan/input";

describe("plan engine (property)", () => {
  it("covers every day after the first feasible arrival, in whole cartons, from feasible modes only", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 200 }), // days before the promo
        fc.integer({ min: 0, max: 3000 }), // on hand
        fc.integer({ min: 0, max: 60 }), // lead time
        fc.integer({ min: 1, max: 48 }), // case pack
        fc.integer({ min: 0, max: 400 }), // per day
        fc.integer({ min: 0, max: 2000 }), // MOQ
        (days, onHand, lead, pack, perDay, moq) => {
          const input = scenario(days, { onHand, leadTimeDays: lead, casePack: pack, moq });
          input.sales = (input.sales as SalesRow[]).map((r) => ({ ...r, units: perDay }));
          const fig = planFigures(input);
          const p = fig.skus[0];
          const feasible = p.modes.filter((m) => m.feasible);
          const first = feasible.length ? Math.min(...feasible.map((m) => m.earliest)) : Infinity;
          const start = Math.max(0, fig.cutoff - fig.planDate - fig.settings.coverDaysBeforeCutoff);
          const add = new Map<number, number>();
          for (const b of p.batches) {
            if (b.units === 0) continue;
            expect(b.units % pack).toBe(0);
            expect(p.modes.find((m) => m.mode === b.mode)!.feasible).toBe(true);
            expect(b.poDate!).toBeGreaterThanOrEqual(fig.planDate);
            expect(b.arrivalDate!).toBeLessThanOrEqual(Math.max(fig.cutoff, fig.planDate + first));
            add.set(b.arrivalDate! - fig.planDate, (add.get(b.arrivalDate! - fig.planDate) ?? 0) + b.units);
          }
          // stock day by day: lost sales before the first arrival (and regular replenishment's
          // days), none after it
          let s = onHand;
          p.demand.forEach((d, i) => {
            s += (add.get(i) ?? 0) - d;
            if (i < Math.max(first, start)) s = Math.max(0, s);
            else if (Number.isFinite(first)) expect(s).toBeGreaterThan(-1e-6);
          });
          const c = p.cost;
          expect(c.warehouse + c.selling + c.contingency).toBeCloseTo(c.total, 6);
        },
      ),
      { numRuns: 60 },
    );
  });
});
