import fc from "fast-check";
import {
  splitBatches,
  landedCost,
  InputError,
  OutOfRangeError,
  SplitBatchesInput,
  ShippingMode,
} from "../../../src/core/index";

const cost = Object.freeze({
  unitPrice: 35,
  fxRate: 0.14,
  unitWeightKg: 0.4,
  unitVolumeCbm: 0.002,
  sellingPrice: 19.99,
});

describe("splitBatches", () => {
  it("sends the upper-quantile top-up by air and the rest by sea", () => {
    const r = splitBatches({ quantity: 1000, topUpUnits: 200, cost });
    expect(r.batches.map((b) => [b.mode, b.units, b.reason])).toEqual([
      ["sea_lcl", 800, "bulk"],
      ["air", 200, "topUp"],
    ]);
    // each batch is its own landed-cost calculation
    expect(r.batches[1].landed.total).toBe(landedCost({ ...cost, quantity: 200, mode: "air" }).total);
    expect(r.totalCents).toBe(r.batches[0].landed.totalCents + r.batches[1].landed.totalCents);
  });

  it("sends what cannot make the bulk ship-by date by the fast mode", () => {
    // 1000 − 700 ready = 300 > 100 top-up
    const r = splitBatches({ quantity: 1000, topUpUnits: 100, readyForBulkUnits: 700, cost });
    expect(r.batches.map((b) => b.units)).toEqual([700, 300]);
  });

  it("rounds the top-up up to whole cartons", () => {
    // ⌈200 / 24⌉ = 9 cartons = 216
    const r = splitBatches({ quantity: 1000, topUpUnits: 200, casePack: 24, cost });
    expect(r.batches.map((b) => b.units)).toEqual([784, 216]);
  });

  it("ships everything in bulk when no top-up is asked, with no premium", () => {
    const r = splitBatches({ quantity: 500, cost, bulkMode: "sea_fcl" });
    expect(r.batches).toHaveLength(1);
    expect(r.batches[0].mode).toBe("sea_fcl");
    expect(r.splitPremium).toBe(0);
  });

  it("reports what the air top-up costs over all-sea", () => {
    const r = splitBatches({ quantity: 1000, topUpUnits: 200, cost });
    const allSea = landedCost({ ...cost, quantity: 1000, mode: "sea_lcl" });
    expect(r.allBulkTotal).toBe(allSea.total);
    expect(r.splitPremium).toBeCloseTo(r.total - allSea.total, 9);
    expect(r.splitPremium).toBeGreaterThan(0);
  });

  it("splits the whole quantity and nothing more, for any input", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50000 }),
        fc.double({ min: 0, max: 60000, noNaN: true }),
        fc.double({ min: 0, max: 60000, noNaN: true }),
        fc.integer({ min: 1, max: 48 }),
        (quantity, topUpUnits, readyForBulkUnits, casePack) => {
          const r = splitBatches({ quantity, topUpUnits, readyForBulkUnits, casePack, cost });
          expect(r.batches.reduce((s, b) => s + b.units, 0)).toBe(quantity);
          expect(r.batches.every((b) => b.units > 0)).toBe(true);
          expect(r.totalCents).toBe(r.batches.reduce((s, b) => s + b.landed.totalCents, 0));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("rejects quantity 0 and fractional quantities", () => {
    expect(() => splitBatches({ quantity: 0, cost })).toThrow(OutOfRangeError);
    expect(() => splitBatches({ quantity: 10.5, cost })).toThrow(/^quantity: /);
  });

  it("reports a fractional quantity as #VALUE! (InputError), not #NUM!, as its JSDoc says", () => {
    let thrown: unknown;
    try {
      splitBatches({ quantity: 10.5, cost });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).not.toBeInstanceOf(OutOfRangeError);
    expect((thrown as Error).message).toBe("quantity: must be a whole number, got 10.5");
  });

  it("rejects a negative top-up", () => {
    expect(() => splitBatches({ quantity: 10, topUpUnits: -1, cost })).toThrow(/^topUpUnits: /);
  });

  it("rejects an unknown mode", () => {
    expect(() => splitBatches({ quantity: 10, topUpMode: "drone" as ShippingMode, cost })).toThrow(
      /^topUpMode: /,
    );
  });

  it("rejects a missing cost object", () => {
    expect(() => splitBatches({ quantity: 10 } as SplitBatchesInput)).toThrow(InputError);
    expect(() => splitBatches({ quantity: 10 } as SplitBatchesInput)).toThrow(/^cost: /);
  });

  it("passes landedCost's own errors through", () => {
    expect(() => splitBatches({ quantity: 10, cost: { ...cost, unitPrice: -1 } })).toThrow(/^unitPrice: /);
  });
});
