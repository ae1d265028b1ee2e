import fc from "fast-check";
import { normalCdf, normalInverse, InputError, OutOfRangeError } from "../../../src/core/index";

describe("normalInverse", () => {
  it("matches R qnorm to 1e-12 at service levels buyers use", () => {
    // R 4.3: sprintf("%.17g", qnorm(c(0.5, 0.9, 0.95, 0.975, 0.99, 0.999)))
    expect(normalInverse(0.5)).toBe(0);
    expect(normalInverse(0.9)).toBeCloseTo(1.2815515655446004, 12);
    expect(normalInverse(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalInverse(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalInverse(0.99)).toBeCloseTo(2.3263478740408408, 12);
    expect(normalInverse(0.999)).toBeCloseTo(3.090232306167813, 12);
  });

  it("agrees with R's qnorm within 1e-15 relative, as its JSDoc states (0.95: ≈4 ulp apart)", () => {
    // R 4.3: sprintf("%.17g", qnorm(c(0.9, 0.95, 0.975))); this implementation gives …715 for 0.95
    for (const [p, r] of [
      [0.9, 1.2815515655446004],
      [0.95, 1.6448536269514722],
      [0.975, 1.959963984540054],
    ]) {
      expect(Math.abs(normalInverse(p) - r) / r).toBeLessThan(1e-15);
    }
  });

  it("is accurate in the far tails (R qnorm)", () => {
    // R: qnorm(0.001) = -3.090232306167813; qnorm(1e-10) = -6.361340902404056
    expect(normalInverse(0.001)).toBeCloseTo(-3.090232306167813, 11);
    expect(normalInverse(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalInverse(1 - 1e-10)).toBeCloseTo(6.361340902404056, 5); // 1 − 1e-10 is not exact in binary
  });

  it("is antisymmetric: Φ⁻¹(1 − p) = −Φ⁻¹(p)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        expect(normalInverse(1 - p) + normalInverse(p)).toBeCloseTo(0, 9);
      }),
    );
  });

  it("inverts normalCdf to better than 1e-9", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        const z = normalInverse(p);
        // compare in the tail that holds the digits
        const back = p < 0.5 ? normalCdf(z) : 1 - normalCdf(z);
        const target = p < 0.5 ? p : 1 - p;
        expect(Math.abs(back - target) / target).toBeLessThan(1e-9);
      }),
    );
  });

  it("increases with p", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (a, b) => {
          fc.pre(a < b);
          expect(normalInverse(a)).toBeLessThanOrEqual(normalInverse(b));
        },
      ),
    );
  });

  it("rejects p = 0 and p = 1 as out of range", () => {
    expect(() => normalInverse(0)).toThrow(OutOfRangeError);
    expect(() => normalInverse(1)).toThrow(OutOfRangeError);
    expect(() => normalInverse(1.5)).toThrow(/strictly between 0 and 1/);
  });

  it("rejects NaN and non-numbers naming p", () => {
    expect(() => normalInverse(NaN)).toThrow(InputError);
    expect(() => normalInverse("0.9" as unknown as number)).toThrow(/^p: /);
  });
});
