import fc from "fast-check";
import { chooseIntermittent, croston, tsb } from "../../../src/core/forecast/intermittent";

const Y = Object.freeze([0, 0, 3, 0, 5, 0, 0, 0, 4]) as number[];
const none = (n: number): boolean[] => new Array<boolean>(n).fill(false);

describe("croston", () => {
  it("smooths sizes and intervals as computed by hand (α = 0.1)", () => {
    // first demand 3 after 3 periods: z = 3, p = 3; demand 5 after 2: z = 3.2, p = 2.9;
    // demand 4 after 4: z = 3.28, p = 3.01 → Croston z/p = 1.0897010, SBA ×0.95 = 1.0352159
    expect(croston(Y, none(9), 0.1, "Croston").forecast).toBeCloseTo(1.089701, 6);
    expect(croston(Y, none(9), 0.1, "SBA").forecast).toBeCloseTo(1.035216, 6);
  });

  it("records one-step forecasts only after the first demand", () => {
    const run = croston(Y, none(9), 0.1, "Croston");
    expect(Number.isNaN(run.fitted[2])).toBe(true);
    expect(run.fitted[3]).toBeCloseTo(1, 12); // 3 / 3
    expect(run.fitted[5]).toBeCloseTo(3.2 / 2.9, 12);
  });

  it("skips censored periods instead of counting them as zero demand", () => {
    // censoring two of the three zeros before the last demand: interval 2, not 4
    // → p = 2.9 + 0.1·(2 − 2.9) = 2.81, f = 3.28 / 2.81
    const c = [false, false, false, false, false, true, true, false, false];
    expect(croston(Y, c, 0.1, "Croston").forecast).toBeCloseTo(3.28 / 2.81, 10);
  });

  it("forecasts 0 when nothing ever sold", () => {
    expect(croston([0, 0, 0], none(3), 0.1, "SBA").forecast).toBe(0);
  });
});

describe("tsb", () => {
  it("smooths the demand probability every period as computed by hand (α = β = 0.1)", () => {
    // d: 1/3 at the first demand, then ×0.9 on zeros, +0.1·(1 − d) on demand → 0.342757;
    // z: 3 → 3.2 → 3.28; forecast d·z = 1.1242430
    expect(tsb(Y, none(9), 0.1, 0.1).forecast).toBeCloseTo(1.124243, 6);
  });

  it("decays while nothing sells, unlike Croston", () => {
    const y = [...Y, 0, 0, 0, 0, 0, 0];
    expect(tsb(y, none(y.length), 0.1, 0.1).forecast).toBeLessThan(tsb(Y, none(9), 0.1, 0.1).forecast);
    expect(croston(y, none(y.length), 0.1, "Croston").forecast).toBeCloseTo(
      croston(Y, none(9), 0.1, "Croston").forecast,
      12,
    );
  });
});

describe("chooseIntermittent", () => {
  it("picks the method with the least one-step squared error and reports its errors", () => {
    const y = [0, 2, 0, 0, 3, 0, 2, 0, 0, 0, 4, 0, 0, 2, 0, 3];
    const choice = chooseIntermittent(y, none(y.length));
    expect(["Croston", "SBA", "TSB"]).toContain(choice.method);
    const mse = choice.errors.reduce((a, e) => a + e * e, 0) / choice.errors.length;
    for (const alpha of [0.05, 0.1, 0.2, 0.3]) {
      const run = croston(y, none(y.length), alpha, "Croston");
      let sq = 0;
      let k = 0;
      run.fitted.forEach((f, t) => {
        if (!Number.isNaN(f)) {
          sq += (y[t] - f) ** 2;
          k++;
        }
      });
      expect(mse).toBeLessThanOrEqual(sq / k + 1e-12);
    }
  });

  it("never lowers the Croston, SBA or TSB forecast when zeros are censored (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom(0.05, 0.1, 0.2, 0.3),
        (raw, mask, alpha) => {
          const y = raw.map((v) => (v > 3 ? v : 0)); // mostly zeros
          const censored = y.map((v, i) => v === 0 && mask[i]);
          for (const variant of ["Croston", "SBA"] as const) {
            const plain = croston(y, none(y.length), alpha, variant).forecast;
            expect(croston(y, censored, alpha, variant).forecast).toBeGreaterThanOrEqual(plain - 1e-12);
          }
          const plainTsb = tsb(y, none(y.length), alpha, alpha).forecast;
          expect(tsb(y, censored, alpha, alpha).forecast).toBeGreaterThanOrEqual(plainTsb - 1e-12);
        },
      ),
    );
  });
});
