import fc from "fast-check";
import { normalLoss, zForFillRate, InputError, OutOfRangeError } from "../../../src/core/index";

describe("zForFillRate", () => {
  it("solves G(z) = (1 − β)Q/σ: the SPP table example G(z) = 0.1 gives z ≈ 0.902", () => {
    // (1 − 0.98) × 500 / 100 = 0.1; SPP Appendix B: G(0.90) = 0.1004, G(0.91) = 0.0986 → z ≈ 0.9022
    const z = zForFillRate({ fillRate: 0.98, orderQuantity: 500, demandStdDevUnits: 100 });
    expect(z).toBeCloseTo(0.9022, 3);
    expect(normalLoss(z)).toBeCloseTo(0.1, 12);
  });

  it("gives z = 0 when the target equals G(0) and negative z for loose targets", () => {
    // target G(0) = 0.39894… exactly: (1 − β)·Q/σ with Q = σ = 1 → β = 1 − G(0)
    expect(
      zForFillRate({ fillRate: 1 - 0.3989422804014327, orderQuantity: 1, demandStdDevUnits: 1 }),
    ).toBeCloseTo(0, 9);
    expect(zForFillRate({ fillRate: 0.5, orderQuantity: 100, demandStdDevUnits: 10 })).toBeLessThan(0);
  });

  it("meets the target for any valid input, and more fill rate needs a higher z", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (beta, q, sigma) => {
          const target = ((1 - beta) * q) / sigma;
          fc.pre(target > 1e-12);
          const z = zForFillRate({ fillRate: beta, orderQuantity: q, demandStdDevUnits: sigma });
          expect(Number.isFinite(z)).toBe(true);
          expect(Math.abs(normalLoss(z) - target) / target).toBeLessThan(1e-8);
          const z2 = zForFillRate({
            fillRate: beta + (1 - beta) / 2,
            orderQuantity: q,
            demandStdDevUnits: sigma,
          });
          expect(z2).toBeGreaterThan(z);
        },
      ),
    );
  });

  it("rejects fillRate outside (0, 1)", () => {
    expect(() => zForFillRate({ fillRate: 1, orderQuantity: 10, demandStdDevUnits: 1 })).toThrow(
      OutOfRangeError,
    );
    expect(() => zForFillRate({ fillRate: 0, orderQuantity: 10, demandStdDevUnits: 1 })).toThrow(
      /^fillRate: /,
    );
  });

  it("rejects a non-positive orderQuantity", () => {
    expect(() => zForFillRate({ fillRate: 0.9, orderQuantity: 0, demandStdDevUnits: 1 })).toThrow(
      /^orderQuantity: /,
    );
  });

  it("rejects a non-positive or NaN demandStdDevUnits", () => {
    expect(() => zForFillRate({ fillRate: 0.9, orderQuantity: 10, demandStdDevUnits: -1 })).toThrow(
      OutOfRangeError,
    );
    expect(() => zForFillRate({ fillRate: 0.9, orderQuantity: 10, demandStdDevUnits: NaN })).toThrow(
      InputError,
    );
  });

  it("refuses targets that need z above 8", () => {
    expect(() => zForFillRate({ fillRate: 0.9, orderQuantity: 1, demandStdDevUnits: 1e16 })).toThrow(
      /above 8/,
    );
  });
});
