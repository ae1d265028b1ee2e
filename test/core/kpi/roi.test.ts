import { roi, landedCost, OutOfRangeError, InputError } from "../../../src/core/index";

describe("roi", () => {
  it("is (revenue − cost) / cost", () => {
    expect(roi({ revenue: 15000, cost: 10000 })).toBe(0.5);
    expect(roi({ revenue: 8000, cost: 10000 })).toBe(-0.2);
  });

  it("agrees with landedCost's ROI", () => {
    const r = landedCost({
      quantity: 1000,
      unitPrice: 35,
      fxRate: 0.14,
      unitWeightKg: 0.4,
      unitVolumeCbm: 0.002,
      mode: "sea_lcl",
      sellingPrice: 19.99,
    });
    expect(roi({ revenue: r.revenue!, cost: r.total })).toBeCloseTo(r.roi!, 12);
  });

  it("rejects a cost of 0", () => {
    expect(() => roi({ revenue: 1, cost: 0 })).toThrow(OutOfRangeError);
  });

  it("rejects NaN revenue", () => {
    expect(() => roi({ revenue: NaN, cost: 1 })).toThrow(InputError);
  });
});
