import fc from "fast-check";
import { normalCdf, InputError } from "../../../src/core/index";

describe("normalCdf", () => {
  it("matches R pnorm", () => {
    // R: pnorm(0) = 0.5; pnorm(1) = 0.8413447460685429; pnorm(1.96) = 0.9750021048517795
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145705, 14);
  });

  it("keeps relative accuracy in the lower tail", () => {
    // R: pnorm(-10) = 7.6198530241605269e-24; pnorm(-8) = 6.2209605742717841e-16;
    // pnorm(-6) = 9.8658764503769458e-10; pnorm(-5) = 2.8665157187919333e-07; pnorm(-3) = 0.0013498980316300946
    expect(normalCdf(-6) / 9.8658764503769458e-10).toBeCloseTo(1, 13);
    expect(normalCdf(-5) / 2.8665157187919333e-7).toBeCloseTo(1, 13);
    expect(normalCdf(-3) / 0.0013498980316300946).toBeCloseTo(1, 13);
    expect(normalCdf(-10) / 7.6198530241605269e-24).toBeCloseTo(1, 12);
    expect(normalCdf(-8) / 6.2209605742717841e-16).toBeCloseTo(1, 12);
  });

  it("is 0 and 1 beyond ±38 without NaN", () => {
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it("satisfies Φ(−x) = 1 − Φ(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(normalCdf(-x) + normalCdf(x)).toBeCloseTo(1, 14);
      }),
    );
  });

  it("rejects NaN and Infinity naming x", () => {
    expect(() => normalCdf(NaN)).toThrow(InputError);
    expect(() => normalCdf(Infinity)).toThrow(/^x: must be a finite number/);
  });
});
