import fc from "fast-check";
import { InputError, InsufficientDataError, OutOfRangeError } from "../../../src/core/errors";
import { forecastPromo } from "../../../src/core/forecast/index";
import type { ForecastInput } from "../../../src/core/forecast/types";
import { rng, storeLike } from "./synthetic";

const FLAT = Object.freeze([10, 12, 11, 9, 10, 11, 12, 10, 9, 11, 10, 12]) as number[];

/** Validity of a result: lengths, order of the bounds, finite and non-negative. */
function expectValid(r: ReturnType<typeof forecastPromo>, horizon: number): void {
  expect(r.forecast).toHaveLength(horizon);
  expect(r.lower).toHaveLength(horizon);
  expect(r.upper).toHaveLength(horizon);
  for (let h = 0; h < horizon; h++) {
    expect(Number.isFinite(r.forecast[h])).toBe(true);
    expect(Number.isFinite(r.lower[h])).toBe(true);
    expect(Number.isFinite(r.upper[h])).toBe(true);
    expect(r.lower[h]).toBeGreaterThanOrEqual(0);
    expect(r.lower[h]).toBeLessThanOrEqual(r.forecast[h]);
    expect(r.forecast[h]).toBeLessThanOrEqual(r.upper[h]);
  }
}

describe("forecastPromo", () => {
  it("returns horizon periods, or one per promoFuture entry", () => {
    expect(forecastPromo({ history: FLAT, horizon: 5 }).forecast).toHaveLength(5);
    expect(forecastPromo({ history: FLAT, promoFuture: [0, 1, 0] }).forecast).toHaveLength(3);
  });

  it("forecasts a constant series as that constant", () => {
    const r = forecastPromo({ history: new Array<number>(20).fill(7), horizon: 3 });
    r.forecast.forEach((f) => expect(f).toBeCloseTo(7, 6));
  });

  it("scales forecast and bounds exactly by 1 + growth", () => {
    const base = forecastPromo({ history: FLAT, horizon: 4 });
    const grown = forecastPromo({ history: FLAT, horizon: 4, growth: 0.2 });
    for (let h = 0; h < 4; h++) {
      expect(grown.forecast[h]).toBeCloseTo(base.forecast[h] * 1.2, 10);
      expect(grown.lower[h]).toBeCloseTo(base.lower[h] * 1.2, 10);
      expect(grown.upper[h]).toBeCloseTo(base.upper[h] * 1.2, 10);
    }
  });

  it("applies the buyer's promo lift to promo periods only", () => {
    const r = forecastPromo({ history: FLAT, promoFuture: [0, 1, 0, 1], promoLift: 1.5 });
    expect(r.promoLift).toBe(1.5);
    expect(r.forecast[1] / r.forecast[0]).toBeCloseTo(1.5, 10);
    expect(r.forecast[3] / r.forecast[2]).toBeCloseTo(1.5, 10);
  });

  it("applies a promo intensity p as lift^p", () => {
    const r = forecastPromo({ history: FLAT, promoFuture: [0, 0.5, 2], promoLift: 1.44 });
    expect(r.forecast[1] / r.forecast[0]).toBeCloseTo(1.2, 10); // 1.44^0.5
    expect(r.forecast[2] / r.forecast[0]).toBeCloseTo(1.44 * 1.44, 10);
  });

  it("estimates the lift from promoHistory and applies it to promo periods", () => {
    // promo periods sell 20 against 10: raw lift 2 on 6 clean promo periods, 5 + 5 degrees of
    // freedom: cv² = 0.25/11 (the noise prior alone), v = cv²/6, weight 0.25/(0.25 + v) = 66/67
    const history = [10, 20, 10, 20, 10, 20, 10, 20, 10, 20, 10, 20];
    const promoHistory = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
    const r = forecastPromo({ history, promoHistory, promoFuture: [0, 1], seasonLength: 1 });
    expect(r.promoLift).toBeCloseTo(Math.pow(2, 66 / 67), 10);
    expect(r.forecast[1] / r.forecast[0]).toBeCloseTo(r.promoLift, 10);
  });

  it("uses an intermittent method for a SKU that sells on few periods", () => {
    const history = [0, 0, 3, 0, 0, 0, 5, 0, 0, 2, 0, 0, 0, 0, 4, 0, 0, 3, 0, 0];
    const r = forecastPromo({ history, horizon: 3 });
    expect(["Croston", "SBA", "TSB"]).toContain(r.method);
    expectValid(r, 3);
    expect(r.forecast[0]).toBeGreaterThan(0.3);
    expect(r.forecast[0]).toBeLessThan(2);
  });

  it("falls back to the mean with very few observations", () => {
    const r = forecastPromo({ history: [4, 6, 5], horizon: 2 });
    expect(r.method).toBe("Mean");
    expect(r.forecast).toEqual([5, 5]);
  });

  it("forecasts 0 when nothing ever sold", () => {
    const r = forecastPromo({ history: [0, 0, 0, 0], horizon: 2 });
    expect(r.method).toBe("Zero");
    expect(r.forecast).toEqual([0, 0]);
  });

  it("claims no promo lift when nothing ever sold, even with promo history or a buyer's lift", () => {
    // the zero forecast applies no lift; the note used to read "Promo lift ×1.00 (estimated per weekday)"
    for (const extra of [{ promoHistory: [0, 0, 1, 0, 0, 1] }, { promoLift: 2 }]) {
      const r = forecastPromo({ history: [0, 0, 0, 0, 0, 0], horizon: 2, ...extra });
      expect(r.method).toBe("Zero");
      expect(r.explanation).toBe("No sales in any observed period: forecast 0.");
      expect(r.explanationZh).toBe("所有已观测周期均无销量：预测为 0。");
    }
  });

  it("chooses a seasonal ETS model for an undated seasonal series", () => {
    const u = rng(7);
    const history = Array.from({ length: 84 }, (_, t) => [20, 22, 25, 30, 40, 45, 15][t % 7] + u() * 2);
    const r = forecastPromo({ history, horizon: 7 });
    expect(r.method).toMatch(/^ETS\(A,(N|Ad),(A|M)\)$/);
    expect(r.seasonLength).toBe(7);
    // the forecast keeps the weekly shape: the 6th day (45) well above the 7th (15)
    expect(r.forecast[5]).toBeGreaterThan(r.forecast[6] + 20);
  });

  it("excludes a censored stock-out instead of reading it as zero demand", () => {
    const history = [...FLAT, 0, 0, 0];
    const censored = [...FLAT.map(() => false), true, true, true];
    const seen = forecastPromo({ history, horizon: 1 }).forecast[0];
    const cens = forecastPromo({ history, censored, horizon: 1 }).forecast[0];
    expect(cens).toBeGreaterThan(9);
    expect(cens).toBeGreaterThan(seen);
  });

  it("never lowers the forecast when zeros are censored (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (y, mask) => {
          const censored = y.map((v, i) => v === 0 && mask[i]);
          if (censored.filter((c) => !c).length < 2) return;
          const plain = forecastPromo({ history: y, horizon: 3, seasonLength: 1 }).forecast;
          const cens = forecastPromo({ history: y, censored, horizon: 3, seasonLength: 1 }).forecast;
          const sum = (a: number[]): number => a.reduce((s, v) => s + v, 0);
          expect(sum(cens)).toBeGreaterThanOrEqual(sum(plain) * (1 - 1e-6));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives finite, ordered bounds for any valid input (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0.05, max: 0.99, noNaN: true }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        (history, horizon, level, growth) => {
          const promoHistory = history.map((_, i) => (i % 3 === 0 ? 1 : 0));
          const promoFuture = Array.from({ length: horizon }, (_, i) => i % 2);
          expectValid(forecastPromo({ history, promoHistory, promoFuture, level, growth }), horizon);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("widens the interval with the level", () => {
    const narrow = forecastPromo({ history: FLAT, horizon: 2, level: 0.5 });
    const wide = forecastPromo({ history: FLAT, horizon: 2, level: 0.95 });
    expect(wide.upper[0]).toBeGreaterThan(narrow.upper[0]);
    expect(wide.lower[0]).toBeLessThan(narrow.lower[0]);
  });

  it("explains the method in English and Chinese", () => {
    const r = forecastPromo({ history: FLAT, promoHistory: FLAT.map((_, i) => i % 2), promoFuture: [1] });
    expect(r.explanation).toMatch(/Promo lift ×/);
    expect(r.explanationZh).toMatch(/促销提升 ×/);
  });

  describe("calendar model on a synthetic store (held out, 42 days)", () => {
    const DAYS = 900;
    const TEST = 42;

    function heldOut(seed: number) {
      const s = storeLike(DAYS, seed);
      const n = DAYS - TEST;
      const input: ForecastInput = {
        history: s.sales.slice(0, n),
        promoHistory: s.promo.slice(0, n),
        censored: s.closed.slice(0, n),
        promoFuture: s.promo.slice(n),
        seasonLength: 7,
        startDate: s.startDate,
      };
      return { s, n, input, r: forecastPromo(input) };
    }

    it("uses the calendar model, beats the promo-aware naive and nears the noise floor", () => {
      let absModel = 0;
      let absNaive = 0;
      let actual = 0;
      for (const seed of [1, 2, 3, 4, 5]) {
        const { s, n, r } = heldOut(seed);
        expect(r.method).toBe("Calendar");
        for (let h = 0; h < TEST; h++) {
          const t = n + h;
          if (s.closed[t]) continue;
          // promo-aware naive: mean of the last 8 open same-weekday days with the same promo flag
          let sum = 0;
          let k = 0;
          for (let j = t - 7; j >= 0 && k < 8; j -= 7) {
            if (j < n && !s.closed[j] && s.promo[j] === s.promo[t]) {
              sum += s.sales[j];
              k++;
            }
          }
          absNaive += Math.abs(sum / k - s.sales[t]);
          absModel += Math.abs(r.forecast[h] - s.sales[t]);
          actual += s.sales[t];
        }
      }
      expect(absModel / actual).toBeLessThan(0.95 * (absNaive / actual));
      // noise floor: lognormal σ = 0.08 gives E|e^{σZ} − 1| ≈ σ·√(2/π) ≈ 0.064 even for a perfect model
      expect(absModel / actual).toBeLessThan(0.08);
    });

    it("covers about 90 % of held-out days with its p90", () => {
      let covered = 0;
      let days = 0;
      for (const seed of [4, 5, 6, 7]) {
        const { s, n, r } = heldOut(seed);
        for (let h = 0; h < TEST; h++) {
          if (s.closed[n + h]) continue;
          days++;
          if (s.sales[n + h] <= r.upper[h]) covered++;
        }
      }
      expect(covered / days).toBeGreaterThanOrEqual(0.8);
      expect(covered / days).toBeLessThanOrEqual(0.99);
    });

    it("recovers the promo lift of the generator (1.3) within 5 %", () => {
      expect(heldOut(8).r.promoLift).toBeGreaterThan(1.3 * 0.95);
      expect(heldOut(8).r.promoLift).toBeLessThan(1.3 * 1.05);
    });

    it("takes the week as the season of dated daily history when seasonLength is omitted", () => {
      const { input } = heldOut(10);
      const r = forecastPromo({ ...input, seasonLength: undefined });
      expect(r.seasonLength).toBe(7);
      expect(r.method).toBe("Calendar");
    });

    it("scales the calendar forecast exactly by 1 + growth", () => {
      const { input, r } = heldOut(12);
      const grown = forecastPromo({ ...input, growth: -0.1 });
      r.forecast.forEach((f, h) => expect(grown.forecast[h]).toBeCloseTo(f * 0.9, 8));
      r.upper.forEach((u, h) => expect(grown.upper[h]).toBeCloseTo(u * 0.9, 8));
    });

    it("gives finite, ordered bounds for any seed, horizon and level (property)", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1000 }),
          fc.integer({ min: 1, max: 60 }),
          fc.double({ min: 0.5, max: 0.98, noNaN: true }),
          (seed, horizon, level) => {
            const s = storeLike(400, seed, 1.2, 0.15);
            const n = 400 - horizon;
            const r = forecastPromo({
              history: s.sales.slice(0, n),
              promoHistory: s.promo.slice(0, n),
              censored: s.closed.slice(0, n),
              promoFuture: s.promo.slice(n),
              startDate: s.startDate,
              level,
            });
            expectValid(r, horizon);
          },
        ),
        { numRuns: 25 },
      );
    });

    it("uses the buyer's lift instead of its own promo profile when given", () => {
      const { input } = heldOut(9);
      const own = forecastPromo({ ...input, promoFuture: input.promoFuture!.map(() => 0) });
      const r = forecastPromo({ ...input, promoLift: 2 });
      input.promoFuture!.forEach((p, h) =>
        expect(r.forecast[h]).toBeCloseTo(own.forecast[h] * (p ? 2 : 1), 8),
      );
      expect(r.promoLift).toBe(2);
    });
  });

  describe("bad input", () => {
    const cases: [string, ForecastInput, typeof InputError, RegExp][] = [
      ["empty history", { history: [], horizon: 1 }, InputError, /^history/],
      ["NaN in history", { history: [1, NaN, 3], horizon: 1 }, InputError, /^history\[1\]/],
      ["negative history", { history: [1, -2, 3], horizon: 1 }, InputError, /^history\[1\]/],
      [
        "promoHistory length",
        { history: [1, 2, 3], promoHistory: [0, 1], horizon: 1 },
        InputError,
        /^promoHistory/,
      ],
      [
        "negative promo flag",
        { history: [1, 2, 3], promoHistory: [0, -1, 0], horizon: 1 },
        InputError,
        /^promoHistory\[1\]/,
      ],
      ["censored length", { history: [1, 2, 3], censored: [false], horizon: 1 }, InputError, /^censored/],
      ["horizon 0", { history: [1, 2, 3], horizon: 0 }, InputError, /^horizon/],
      ["horizon 1.5", { history: [1, 2, 3], horizon: 1.5 }, InputError, /^horizon/],
      ["no horizon", { history: [1, 2, 3] }, InputError, /^horizon/],
      ["horizon ≠ promoFuture", { history: [1, 2, 3], horizon: 2, promoFuture: [0] }, InputError, /^horizon/],
      ["empty promoFuture", { history: [1, 2, 3], promoFuture: [] }, InputError, /^promoFuture/],
      ["NaN promoFuture", { history: [1, 2, 3], promoFuture: [NaN] }, InputError, /^promoFuture\[0\]/],
      ["level 1", { history: [1, 2, 3], horizon: 1, level: 1 }, OutOfRangeError, /^level/],
      ["level 0", { history: [1, 2, 3], horizon: 1, level: 0 }, OutOfRangeError, /^level/],
      ["growth −1", { history: [1, 2, 3], horizon: 1, growth: -1 }, OutOfRangeError, /^growth/],
      ["growth NaN", { history: [1, 2, 3], horizon: 1, growth: NaN }, InputError, /^growth/],
      ["promoLift 0", { history: [1, 2, 3], horizon: 1, promoLift: 0 }, OutOfRangeError, /^promoLift/],
      [
        "seasonLength 0",
        { history: [1, 2, 3], horizon: 1, seasonLength: 0 },
        OutOfRangeError,
        /^seasonLength/,
      ],
      [
        "seasonLength 2.5",
        { history: [1, 2, 3], horizon: 1, seasonLength: 2.5 },
        InputError,
        /^seasonLength/,
      ],
      [
        "bad startDate",
        { history: [1, 2, 3], horizon: 1, startDate: "31/07/2015" },
        InputError,
        /^startDate/,
      ],
      [
        "one observed period",
        { history: [1, 2, 3], censored: [true, false, true], horizon: 1 },
        InsufficientDataError,
        /^history/,
      ],
    ];
    it.each(cases)("rejects %s", (_name, input, type, message) => {
      expect(() => forecastPromo(input)).toThrow(type);
      expect(() => forecastPromo(input)).toThrow(message);
    });

    it("does not read the value of a censored period", () => {
      expect(() =>
        forecastPromo({ history: [1, NaN, 3], censored: [false, true, false], horizon: 1 }),
      ).not.toThrow();
    });

    it("reads a non-number in a censored period as 0 sold (the floor of the censoring rule)", () => {
      // the only use of a censored value is the "recorded sales are a lower bound" floor, which
      // reads a blank/NaN as 0: so NaN and 0 there must give the same numbers, and both finite
      const history = [4, 6, 5, 7, 5, 6, 4, 6, 5, 7];
      const censored = history.map((_, t) => t === 3);
      const withNaN = forecastPromo({
        history: history.map((y, t) => (t === 3 ? NaN : y)),
        censored,
        horizon: 3,
      });
      const withZero = forecastPromo({
        history: history.map((y, t) => (t === 3 ? 0 : y)),
        censored,
        horizon: 3,
      });
      expect(withNaN.forecast).toEqual(withZero.forecast);
      expect(withNaN.lower).toEqual(withZero.lower);
      expect(withNaN.upper).toEqual(withZero.upper);
      for (const f of withNaN.upper) expect(Number.isFinite(f)).toBe(true);
    });
  });
});

describe("forecastPromo: a product launched inside the history range", () => {
  it("reads the zeros before the first sale as not-yet-launched, not as intermittent demand", () => {
    // 100 days before launch, then 300 days of a clean weekly pattern (by hand: the next week
    // repeats the pattern from where day 400 falls in it: positions 400..406 mod 7 → 15 20 22 …)
    const week = [20, 22, 25, 24, 30, 40, 15];
    const history = [
      ...new Array<number>(100).fill(0),
      ...Array.from({ length: 300 }, (_, i) => week[i % 7]),
    ];
    const r = forecastPromo({ history, horizon: 7, seasonLength: 7 });
    expect(r.method).not.toMatch(/Croston|SBA|TSB/);
    const expected = [15, 20, 22, 25, 24, 30, 40];
    r.forecast.forEach((f, h) => expect(f).toBeCloseTo(expected[h], 0));
  });
});
