import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import {
  estimatePromoLift,
  PROMO_LIFT_PRIOR_SD,
  PROMO_NOISE_PRIOR_CV2,
  PROMO_NOISE_PRIOR_PERIODS,
} from "../../../src/core/forecast/estimatePromoLift";

describe("estimatePromoLift", () => {
  it("shrinks a doubling seen on two promo periods toward 1 by hand", () => {
    // raw = 40/20 = 2; no residual noise, 1 + 1 degrees of freedom, so only the noise prior:
    // cv² = (1·0.25 + 0)/(1 + 2) = 1/12; v = cv²/2 = 1/24; weight 0.25/(0.25 + 1/24) = 6/7
    // → 2^(6/7) = 1.8114473
    expect([PROMO_LIFT_PRIOR_SD, PROMO_NOISE_PRIOR_CV2, PROMO_NOISE_PRIOR_PERIODS]).toEqual([0.5, 0.25, 1]);
    const r = estimatePromoLift([10, 20, 10, 20], [0, 1, 0, 1]);
    expect(r.lift).toBeCloseTo(1.8114473, 6);
    expect(r.promoPeriods).toBe(2);
    expect(r.baselinePeriods).toBe(2);
    expect(r.shrunk).toBe(true);
  });

  it("keeps a lift measured on plenty of clean data whole (issue: 22 promo days at 25 vs 10 → 2.5)", () => {
    const y: number[] = [];
    const p: number[] = [];
    for (let t = 0; t < 112; t++) {
      const promo = t % 5 === 2 ? 1 : 0; // 22 promo days
      y.push(promo ? 25 : 10);
      p.push(promo);
    }
    const r = estimatePromoLift(y, p, undefined, 7);
    expect(r.promoPeriods).toBe(22);
    // cv² = 0.25/(1 + 21 + 83) = 0.00238; v = cv²/22; weight 0.99957 → 2.5^0.99957 = 2.4990
    expect(r.lift).toBeCloseTo(2.5, 2);
  });

  it("approaches the raw ratio as promo periods accumulate", () => {
    const y = Array.from({ length: 400 }, (_, t) => (t % 2 ? 15 : 10));
    const p = Array.from({ length: 400 }, (_, t) => t % 2);
    // 200 clean promo periods: cv² = 0.25/399, v = cv²/200, weight 1/(1 + 1/79800) → 1.4999924
    expect(estimatePromoLift(y, p).lift).toBeCloseTo(Math.pow(1.5, 1 / (1 + 1 / 79800)), 10);
  });

  it("compares promo periods with the same season position", () => {
    // weekday-like season of 2: position 0 sells 10, position 1 sells 30; promos only on
    // position 0 selling 20 → lift 2 at that position (raw); a season-blind ratio would be < 1
    const y = [20, 30, 10, 30, 20, 30, 10, 30];
    const p = [1, 0, 0, 0, 1, 0, 0, 0];
    const r = estimatePromoLift(y, p, undefined, 2);
    // raw 40/20 = 2, no residual noise, 1 + 3 + 1 degrees of freedom: cv² = 0.25/6, v = cv²/2,
    // weight 0.25/(0.25 + 1/48) = 12/13
    expect(r.lift).toBeCloseTo(Math.pow(2, 12 / 13), 10);
    expect(estimatePromoLift(y, p).lift).toBeLessThan(1);
  });

  it("falls back to all non-promo periods when promos always hit the same season position", () => {
    // season 2; every position-1 period is a promo, so position 1 has no non-promo baseline.
    // Non-promo periods (position 0) average (10+12+14)/3 = 12; promo periods sum 24+30+36 = 90
    // against an expected 3·12 = 36 → raw 2.5. Relative squared residuals: non-promo
    // (1/6)² + 0 + (1/6)², promo (24/30 − 1)² + 0 + (36/30 − 1)² = 0.08; 2 + 2 degrees of freedom:
    // cv² = (0.25 + 1/18 + 0.08)/5, v = cv²/3, weight 0.25/(0.25 + v) (by hand).
    const y = [10, 24, 12, 30, 14, 36];
    const p = [0, 1, 0, 1, 0, 1];
    const r = estimatePromoLift(y, p, undefined, 2);
    expect(r.promoPeriods).toBe(3);
    const v = (0.25 + 1 / 18 + 0.08) / 5 / 3;
    expect(r.lift).toBeCloseTo(Math.pow(2.5, 0.25 / (0.25 + v)), 10);
  });

  it("ignores censored periods", () => {
    // the censored promo period's 0 must not drag the lift below 1
    const r = estimatePromoLift([10, 20, 10, 0], [0, 1, 0, 1], [false, false, false, true]);
    expect(r.promoPeriods).toBe(1);
    // one promo period, 1 degree of freedom: cv² = 0.25/2, v = 0.125, weight 2/3
    expect(r.lift).toBeCloseTo(Math.pow(2, 2 / 3), 10);
  });

  it("returns 1, not shrunk, when there is no promo period", () => {
    expect(estimatePromoLift([1, 2, 3], [0, 0, 0])).toEqual({
      lift: 1,
      promoPeriods: 0,
      baselinePeriods: 3,
      shrunk: false,
    });
  });

  it("lies between 1 and the raw ratio (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.boolean()), { minLength: 2, maxLength: 60 }),
        (rows) => {
          const y = rows.map(([v]) => v);
          const p = rows.map(([, b]) => (b ? 1 : 0));
          const promo = y.filter((_, i) => p[i]);
          const base = y.filter((_, i) => !p[i]);
          if (promo.length === 0 || base.length === 0) return;
          const raw =
            promo.reduce((a, b) => a + b, 0) / promo.length / (base.reduce((a, b) => a + b, 0) / base.length);
          const { lift } = estimatePromoLift(y, p);
          expect(lift).toBeGreaterThanOrEqual(Math.min(1, raw) - 1e-12);
          expect(lift).toBeLessThanOrEqual(Math.max(1, raw) + 1e-12);
        },
      ),
    );
  });

  it("rejects an empty history", () => {
    expect(() => estimatePromoLift([], [])).toThrow(InputError);
  });

  it("rejects promoHistory of another length, naming it", () => {
    expect(() => estimatePromoLift([1, 2], [1])).toThrow(/^promoHistory/);
  });

  it("rejects censored of another length", () => {
    expect(() => estimatePromoLift([1, 2], [1, 0], [true])).toThrow(/^censored/);
  });

  it("rejects a negative sale, naming the period", () => {
    expect(() => estimatePromoLift([1, -2], [1, 0])).toThrow(/^history\[1\]/);
  });

  it("rejects a NaN promo flag", () => {
    expect(() => estimatePromoLift([1, 2], [NaN, 0])).toThrow(/^promoHistory\[0\]/);
  });

  it("rejects a season length that is not a positive whole number", () => {
    expect(() => estimatePromoLift([1, 2], [1, 0], undefined, 0)).toThrow(/^seasonLength/);
  });
});
