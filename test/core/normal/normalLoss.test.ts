import fc from "fast-check";
import { normalLoss, InputError } from "../../../src/core/index";

describe("normalLoss", () => {
  it("matches the tabulated loss function", () => {
    // G(z) = φ(z) − z(1 − Φ(z)); R: dnorm(1) - 1*pnorm(1, lower.tail=FALSE) = 0.083315470587686291
    // dnorm(2) - 2*pnorm(2, lower.tail=FALSE) = 0.0084907026168296; SPP Appendix B: G(1) = 0.0833, G(2) = 0.008491
    expect(normalLoss(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalLoss(1)).toBeCloseTo(0.083315470587686291, 14);
    expect(normalLoss(2)).toBeCloseTo(0.0084907026168296, 14);
  });

  it("satisfies G(−z) = G(z) + z", () => {
    // E[(Z − z)⁺] − E[(z − Z)⁺] = E[Z − z] = −z, and by symmetry E[(z − Z)⁺] = G(−z)… rearranged
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (z) => {
        expect(normalLoss(-z)).toBeCloseTo(normalLoss(z) + z, 12);
      }),
    );
  });

  it("is positive and decreasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 8, noNaN: true }),
        fc.double({ min: 1e-3, max: 2, noNaN: true }),
        (z, h) => {
          expect(normalLoss(z)).toBeGreaterThan(0);
          expect(normalLoss(z + h)).toBeLessThan(normalLoss(z));
        },
      ),
    );
  });

  it("rejects NaN naming z", () => {
    expect(() => normalLoss(NaN)).toThrow(InputError);
    expect(() => normalLoss(NaN)).toThrow(/^z: /);
  });
});
