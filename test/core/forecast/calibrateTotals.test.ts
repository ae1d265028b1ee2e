/**
 * The window total's p10–p90 is calibrated on held-out windows learned in the batch
 * (src/core/forecast/calibrateTotals.ts): hand-worked scores, and a seeded synthetic batch whose
 * level drifts (so the in-history backtests are optimistic) covers ≈ 80 % of the real totals.
 */
import { calibrationOf, CALIBRATION_PRIOR, windowScore } from "../../../src/core/forecast/calibrateTotals";
import { forecastBatch } from "../../../src/core/forecast/index";
import { rng } from "../../support/rng";

const Z90 = 1.2815515655446004; // Φ⁻¹(0.9)

describe("windowScore and calibrationOf (by hand)", () => {
  it("scores a total on the lognormal scale: σ² = ln(1 + relVar), z = (ln(a/f) + σ²/2) / σ", () => {
    // relVar = e − 1 → σ² = 1; actual = forecast × e^0.5 → (0.5 + 0.5) / 1 = 1
    expect(windowScore(100 * Math.exp(0.5), 100, Math.E - 1)).toBeCloseTo(1, 12);
    // relVar = e^4 − 1 → σ = 2; actual = forecast × e^−2 → (−2 + 2) / 2 = 0
    expect(windowScore(50 * Math.exp(-2), 50, Math.exp(4) - 1)).toBeCloseTo(0, 12);
    expect(windowScore(0, 10, 0.5)).toBe(-Infinity); // a window that sold nothing
    expect(windowScore(5, 0, 0.5)).toBeUndefined();
    expect(windowScore(5, 10, 0)).toBeUndefined();
  });

  it("blends the scores' conformal quantiles with the normal's by their number", () => {
    const none = calibrationOf([], 0.8);
    expect(none.lo).toBeCloseTo(-Z90, 8);
    expect(none.hi).toBeCloseTo(Z90, 8);
    expect(none.scored).toBe(0);
    // 20 scores 1…20 (/10): lower rank ⌊21 × 0.1⌋ = 2 → 0.2, upper rank ⌈21 × 0.9⌉ = 19 → 1.9;
    // blended with CALIBRATION_PRIOR (20) pseudo-scores at ∓1.2816: (20q + 20z) / 40
    expect(CALIBRATION_PRIOR).toBe(20);
    const c = calibrationOf(
      Array.from({ length: 20 }, (_, i) => (i + 1) / 10),
      0.8,
    );
    expect(c.lo).toBeCloseTo((0.2 - Z90) / 2, 8);
    expect(c.hi).toBeCloseTo((1.9 + Z90) / 2, 8);
    // more than 10 % of windows sold nothing: the lower bound of the total is 0
    expect(calibrationOf([-Infinity, -Infinity, 0, 0, 0, 0, 0, 0, 0, 1], 0.8).lo).toBe(-Infinity);
  });
});

const PROFILE = [0.8, 0.9, 1, 1, 1.1, 1.4, 0.8];

function poisson(u: () => number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const x = u();
  while (x > s && k < 5000) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
}

/** Box–Muller standard normal. */
function normal(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

describe("forecastBatch window-total interval", () => {
  it("covers ≈ 80 % of held-out 28-day totals of SKUs whose level drifts (seeded simulation)", () => {
    // 2 × 200 SKUs, 500 days + 28 held out: log level a random walk (sd 0.08 a day), weekday
    // profile, day shocks (mean 1) and Poisson counts. The in-history backtests see the drift only
    // partly (the profile and half-life are fitted on the days they score): without the held-out
    // calibration the same batches' totals are covered 0.66 / 0.72 of the time.
    let covered = 0;
    let below = 0;
    let scored = 0;
    for (const seed of [1, 3]) {
      const u = rng(seed);
      const n = 500;
      const H = 28;
      const hist: number[][] = [];
      const fut: number[] = [];
      for (let i = 0; i < 200; i++) {
        let lg = Math.log(0.5 + 20 * u() * u());
        const y: number[] = [];
        for (let t = 0; t < n + H; t++) {
          lg += 0.08 * normal(u);
          const shock = 0.5 + 0.5 * -Math.log(1 - u());
          y.push(poisson(u, Math.exp(lg) * PROFILE[t % 7] * shock));
        }
        hist.push(y.slice(0, n));
        fut.push(y.slice(n).reduce((a, b) => a + b, 0));
      }
      const out = forecastBatch(
        hist.map((history, i) => ({ id: `S${i}`, history, startDate: "2024-01-01" })),
        { horizon: H },
      );
      out.forEach((r, i) => {
        if (!r.ok) return;
        scored++;
        if (fut[i] < r.total.lower) below++;
        else if (fut[i] <= r.total.upper) covered++;
      });
    }
    expect(scored).toBe(400);
    expect(covered / scored).toBeGreaterThan(0.74);
    expect(covered / scored).toBeLessThan(0.86);
    // and not lopsided: each tail holds well under a fifth
    expect(below / scored).toBeLessThan(0.16);
    expect((scored - covered - below) / scored).toBeLessThan(0.16);
  });
});

describe("a window months ahead, forecast by the calendar model", () => {
  it("takes the pooled model's calibration at that lead: ≈ 80 % of 7-day totals 120 days out", () => {
    // 80 dense SKUs (≈ 30 a day, weekday profile, level a random walk with sd 0.02 a day), 500
    // days of sales, a 7-day window 120 days after the last day. The calendar model's own
    // backtests are 42 days long: it has no window at this lead to learn from and takes the pooled
    // model's, scored at the lead. Here 71 of 80 totals fall inside (63 with the 42-day width:
    // this drift is mild; on the M5 items 91–273 days ahead that width held only 53–64 %, see
    // bench/leadAccuracy): wider than needed for the better model, never narrower.
    const u = rng(9);
    const n = 500;
    const lead = 120;
    const W = 7;
    const hist: number[][] = [];
    const fut: number[] = [];
    for (let i = 0; i < 80; i++) {
      let lg = Math.log(20 + 20 * u());
      const y: number[] = [];
      for (let t = 0; t < n + lead + W; t++) {
        lg += 0.02 * normal(u);
        y.push(poisson(u, Math.exp(lg) * PROFILE[t % 7]));
      }
      hist.push(y.slice(0, n));
      fut.push(y.slice(n + lead).reduce((a, b) => a + b, 0));
    }
    const out = forecastBatch(
      hist.map((history, i) => ({
        id: `S${i}`,
        history,
        startDate: "2024-01-01",
        horizon: lead + W,
        window: { from: lead, to: lead + W },
      })),
    );
    let covered = 0;
    let calendar = 0;
    out.forEach((r, i) => {
      if (!r.ok) return;
      if (r.method === "Calendar") calendar++;
      if (fut[i] >= r.total.lower && fut[i] <= r.total.upper) covered++;
    });
    expect(calendar).toBeGreaterThan(40);
    expect(covered / 80).toBeGreaterThan(0.7);
    expect(covered / 80).toBeLessThan(0.95);
  });
});
