import fc from "fast-check";
import { orderQuantity, InputError, OutOfRangeError } from "../../../src/core/index";

describe("orderQuantity", () => {
  it("rounds the net requirement up to whole cartons (hand)", () => {
    // need = 1000 + 150 − 200 = 950; ⌈950 / 24⌉ = 40 cartons = 960 ≥ MOQ 500
    const r = orderQuantity({
      forecastUnits: 1000,
      safetyStockUnits: 150,
      onHandUnits: 200,
      casePack: 24,
      moq: 500,
    });
    expect(r.units).toBe(960);
    expect(r.cases).toBe(40);
    expect(r.netRequirement).toBe(950);
    expect(r.casePackRoundingUnits).toBe(10);
    expect(r.moqApplied).toBe(false);
  });

  it("lifts a small order to the MOQ, itself rounded to cartons", () => {
    // need 100 → 120 (5 cartons); MOQ 500 → ⌈500 / 24⌉ = 21 cartons = 504
    const r = orderQuantity({ forecastUnits: 100, safetyStockUnits: 0, casePack: 24, moq: 500 });
    expect(r.units).toBe(504);
    expect(r.moqApplied).toBe(true);
    expect(r.moqTopUpUnits).toBe(384);
  });

  it("orders 0 when stock on hand and on order cover the need (the MOQ does not force an order)", () => {
    const r = orderQuantity({
      forecastUnits: 500,
      safetyStockUnits: 50,
      onHandUnits: 400,
      onOrderUnits: 200,
      moq: 1000,
    });
    expect(r.units).toBe(0);
    expect(r.netRequirement).toBe(-50);
  });

  it("does not add a carton for floating-point noise", () => {
    // 0.1 × 3 × 80 = 24.000000000000004 in binary floating point: still one carton of 24
    expect(orderQuantity({ forecastUnits: 0.1 * 3 * 80, safetyStockUnits: 0, casePack: 24 }).units).toBe(24);
  });

  it("is a multiple of the case pack, ≥ MOQ and ≥ the need whenever it orders", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 5000 }),
        (forecast, ss, onHand, pack, moq) => {
          const r = orderQuantity({
            forecastUnits: forecast,
            safetyStockUnits: ss,
            onHandUnits: onHand,
            casePack: pack,
            moq,
          });
          expect(r.units % pack).toBe(0);
          if (r.netRequirement > 0) {
            expect(r.units).toBeGreaterThanOrEqual(moq);
            expect(r.units).toBeGreaterThanOrEqual(r.netRequirement - 1e-6);
            if (!r.moqApplied) expect(r.units - r.netRequirement).toBeLessThan(pack);
          } else {
            expect(r.units).toBe(0);
          }
        },
      ),
    );
  });

  it("rejects a negative forecast", () => {
    expect(() => orderQuantity({ forecastUnits: -1, safetyStockUnits: 0 })).toThrow(OutOfRangeError);
  });

  it("rejects NaN safety stock", () => {
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: NaN })).toThrow(/^safetyStockUnits: /);
  });

  it("rejects negative on-hand and on-order stock", () => {
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: 0, onHandUnits: -5 })).toThrow(
      /^onHandUnits: /,
    );
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: 0, onOrderUnits: -5 })).toThrow(
      /^onOrderUnits: /,
    );
  });

  it("rejects a case pack of 0 or a fraction", () => {
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: 0, casePack: 0 })).toThrow(
      /^casePack: /,
    );
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: 0, casePack: 2.5 })).toThrow(InputError);
  });

  it("rejects a fractional MOQ", () => {
    expect(() => orderQuantity({ forecastUnits: 1, safetyStockUnits: 0, moq: 10.5 })).toThrow(/^moq: /);
  });
});
