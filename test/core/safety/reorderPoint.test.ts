import fc from "fast-check";
import { reorderPoint, OutOfRangeError, InputError } from "../../../src/core/index";

describe("reorderPoint", () => {
  it("is d̄·L + SS: 20/day × 30 days + 176 = 776 (hand)", () => {
    expect(reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, safetyStockUnits: 176 })).toBe(776);
  });

  it("covers the review period: 20/day × (30 + 7) days + 60.03 = 800.03 (hand, issue 14)", () => {
    expect(
      reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, reviewPeriodDays: 7, safetyStockUnits: 60.03 }),
    ).toBeCloseTo(800.03, 10);
    expect(() =>
      reorderPoint({ meanDailyDemand: 20, leadTimeDays: 30, reviewPeriodDays: -1, safetyStockUnits: 0 }),
    ).toThrow("reviewPeriodDays: must be ≥ 0, got -1");
    expect(() => reorderPoint({ meanDailyDemand: 1e308, leadTimeDays: 30, safetyStockUnits: 0 })).toThrow(
      /overflows/,
    );
  });

  it("grows with each input", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 365, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (d, l, ss) => {
          const r = reorderPoint({ meanDailyDemand: d, leadTimeDays: l, safetyStockUnits: ss });
          expect(
            reorderPoint({ meanDailyDemand: d + 1, leadTimeDays: l, safetyStockUnits: ss }),
          ).toBeGreaterThanOrEqual(r);
          expect(
            reorderPoint({ meanDailyDemand: d, leadTimeDays: l, safetyStockUnits: ss + 1 }),
          ).toBeGreaterThan(r);
        },
      ),
    );
  });

  it("rejects negative demand", () => {
    expect(() => reorderPoint({ meanDailyDemand: -1, leadTimeDays: 3, safetyStockUnits: 0 })).toThrow(
      OutOfRangeError,
    );
  });

  it("rejects NaN lead time", () => {
    expect(() => reorderPoint({ meanDailyDemand: 1, leadTimeDays: NaN, safetyStockUnits: 0 })).toThrow(
      /^leadTimeDays: /,
    );
  });

  it("rejects a non-number safety stock", () => {
    expect(() =>
      reorderPoint({ meanDailyDemand: 1, leadTimeDays: 3, safetyStockUnits: "5" as unknown as number }),
    ).toThrow(InputError);
  });
});
