import fc from "fast-check";
import { InputError, InsufficientDataError, OverflowError } from "../../../src/core/errors";
import {
  forecastBatch,
  type BatchForecast,
  type BatchResult,
  type BatchSeriesInput,
} from "../../../src/core/forecast/index";
import { countQuantile, countQuantiles, lognormalRatio } from "../../../src/core/forecast/pooledModel";
import { rng, storeLike } from "./synthetic";

const PATTERN = [5, 8, 10, 12, 20, 15, 6];
/** 2024-01-01 was a Monday. */
const MONDAY = "2024-01-01";

function ok(r: BatchResult): BatchForecast {
  if (!r.ok) throw new Error(`expected a forecast, got ${r.error.message}`);
  return r;
}

/** Poisson draw by inversion (small means). */
function poisson(u: () => number, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let s = p;
  const x = u();
  while (x > s && k < 1000) {
    k++;
    p *= mean / k;
    s += p;
  }
  return k;
}

/** Days of a generated SKU: units 0–40, censored or not, on promo or not. */
const dayRecords = (minLength: number) =>
  fc.array(fc.record({ y: fc.integer({ min: 0, max: 40 }), c: fc.boolean(), p: fc.boolean() }), {
    minLength,
    maxLength: 90,
  });

describe("forecastBatch", () => {
  it("reproduces 16 noise-free weeks of [5,8,10,12,20,15,6] exactly, whatever the pool", () => {
    const history = Array.from({ length: 112 }, (_, t) => PATTERN[t % 7]);
    const alone = ok(forecastBatch([{ id: "A", history, startDate: MONDAY, horizon: 7 }])[0]);
    alone.forecast.forEach((f, h) => expect(f).toBeCloseTo(PATTERN[h], 9));
    // in a batch of noisy flat SKUs, the clean one still keeps its own profile (nothing is
    // borrowed from a pool when a SKU's own estimate has no noise)
    const u = rng(5);
    const noisy = Array.from({ length: 8 }, (_, i) => ({
      id: `N${i}`,
      history: Array.from({ length: 112 }, () => poisson(u, 3)),
      startDate: MONDAY,
    }));
    const batch = forecastBatch([{ id: "A", history, startDate: MONDAY }, ...noisy], { horizon: 7 });
    ok(batch[0]).forecast.forEach((f, h) => expect(f).toBeCloseTo(PATTERN[h], 9));
  });

  it("gives a day the same forecast whatever the horizon asked for", () => {
    const u = rng(11);
    const history = Array.from({ length: 200 }, (_, t) => poisson(u, PATTERN[t % 7]));
    const promoHistory = history.map((_, t) => (t % 9 === 0 ? 1 : 0));
    const short = ok(
      forecastBatch([{ id: "A", history, promoHistory, promoFuture: [1, 0, 0], startDate: MONDAY }])[0],
    );
    const long = ok(
      forecastBatch([
        { id: "A", history, promoHistory, promoFuture: [1, 0, 0, 1, 0, 0, 0], startDate: MONDAY },
      ])[0],
    );
    for (let h = 0; h < 3; h++) expect(short.forecast[h]).toBeCloseTo(long.forecast[h], 12);
  });

  it("keeps going when one SKU is bad: that SKU carries the error, the others are forecast", () => {
    const out = forecastBatch(
      [
        { id: "good", history: [3, 4, 5, 4, 3, 4, 5, 4] },
        { id: "neg", history: [3, -1, 2] },
        { id: "short", history: [3, 5], censored: [true, true] },
      ],
      { horizon: 2 },
    );
    expect(out.map((r) => r.id)).toEqual(["good", "neg", "short"]);
    expect(ok(out[0]).forecast).toHaveLength(2);
    const neg = out[1];
    expect(neg.ok).toBe(false);
    if (!neg.ok) {
      expect(neg.error).toBeInstanceOf(InputError);
      expect(neg.error.argument).toBe("history[1]");
    }
    const short = out[2];
    expect(!short.ok && short.error instanceof InsufficientDataError).toBe(true);
  });

  it("turns an overflow into an error for that SKU, never a NaN forecast", () => {
    const out = forecastBatch([
      { id: "huge", history: [1e308, 1e308, 1, 5], horizon: 2 },
      { id: 7 as unknown as string, history: [1, 2, 3], horizon: 1 },
    ]);
    expect(out[0].ok).toBe(false);
    if (!out[0].ok) {
      expect(out[0].error).toBeInstanceOf(OverflowError);
      expect(out[0].error.argument).toBe("history");
    }
    expect(out[1].id).toBe("7");
    expect(forecastBatch([])).toEqual([]);
    expect(() => forecastBatch("x" as unknown as [])).toThrow(/^series: must be an array/);
  });

  it("rejects a window outside the horizon for that SKU only", () => {
    const out = forecastBatch([{ id: "A", history: [1, 2, 3, 4], horizon: 3, window: { from: 2, to: 5 } }]);
    expect(out[0].ok).toBe(false);
    if (!out[0].ok) expect(out[0].error.argument).toBe("window");
  });

  it("does not read censored days as zeros: a stale tail leaves the level where the sales were", () => {
    const history = [...Array.from({ length: 84 }, () => 10), ...new Array<number>(14).fill(0)];
    const censored = history.map((_, t) => t >= 84);
    const r = ok(forecastBatch([{ id: "A", history, censored, startDate: MONDAY, horizon: 7 }])[0]);
    r.forecast.forEach((f) => expect(f).toBeCloseTo(10, 9));
  });

  it("borrows the weekday profile of a noisy slow mover from its pool and says so (en + zh)", () => {
    const u = rng(3);
    const week = [0.6, 0.8, 1, 1, 1.2, 1.6, 0.8]; // Monday … Sunday
    const skus = Array.from({ length: 30 }, (_, i) => ({
      id: `S${i}`,
      category: "snacks",
      startDate: MONDAY,
      history: Array.from({ length: 364 }, (_, t) => poisson(u, 0.7 * week[t % 7])),
    }));
    const profileError = (rs: BatchForecast[]): number => {
      let err = 0;
      for (const r of rs) {
        const m = r.forecast.reduce((a, b) => a + b, 0) / 7;
        r.forecast.forEach((f, h) => (err += Math.abs(f / m - week[h]))); // week has mean 1
      }
      return err / (rs.length * 7);
    };
    const out = forecastBatch(skus, { horizon: 7 }).map(ok);
    // each SKU alone (≈ 52 draws of mean < 1 per weekday) against the same SKUs pooled
    const alone = skus.map((s) => ok(forecastBatch([s], { horizon: 7 })[0]));
    expect(profileError(out)).toBeLessThan(0.1);
    expect(profileError(out)).toBeLessThan(profileError(alone) / 2);
    expect(out[0].explanation).toMatch(/borrowed from category "snacks"/);
    expect(out[0].explanationZh).toMatch(/借自品类“snacks”的 SKU/);
  });

  it("gives the window total its own interval, narrower than the sum of daily bounds for independent days", () => {
    const u = rng(9);
    const skus = Array.from({ length: 20 }, (_, i) => ({
      id: `S${i}`,
      startDate: MONDAY,
      history: Array.from({ length: 400 }, () => poisson(u, 4)),
    }));
    const out = forecastBatch(skus, { horizon: 28 }).map(ok);
    for (const r of out) {
      const t = r.total;
      expect(t.forecast).toBeCloseTo(
        r.forecast.reduce((a, b) => a + b, 0),
        9,
      );
      expect(t.lower).toBeLessThanOrEqual(t.forecast);
      expect(t.upper).toBeGreaterThanOrEqual(t.forecast);
      const sumUpper = r.upper.reduce((a, b) => a + b, 0);
      const sumLower = r.lower.reduce((a, b) => a + b, 0);
      expect(t.upper).toBeLessThan(sumUpper);
      expect(t.lower).toBeGreaterThan(sumLower);
    }
  });

  it("property: censored days, promo flags, categories and windows never break a result", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: dayRecords(2),
            category: fc.constantFrom("a", "b", ""),
            from: fc.integer({ min: 0, max: 9 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (skus) => {
          const out = forecastBatch(
            skus.map((k, i) => ({
              id: `S${i}`,
              startDate: MONDAY,
              category: k.category,
              history: k.days.map((d) => d.y),
              censored: k.days.map((d) => d.c),
              promoHistory: k.days.map((d) => (d.p ? 1 : 0)),
              promoFuture: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
              window: { from: k.from, to: 10 },
            })),
          );
          out.forEach((r, i) => {
            if (!r.ok) {
              // only too little observed data may refuse a SKU here
              expect(r.error).toBeInstanceOf(InsufficientDataError);
              expect(skus[i].days.filter((d) => !d.c).length).toBeLessThan(2);
              return;
            }
            expect(r.forecast).toHaveLength(10);
            r.forecast.forEach((f, h) => {
              expect(Number.isFinite(f) && f >= 0).toBe(true);
              expect(r.lower[h]).toBeLessThanOrEqual(f);
              expect(r.upper[h]).toBeGreaterThanOrEqual(f);
            });
            const sum = r.forecast.slice(skus[i].from).reduce((a, b) => a + b, 0);
            expect(r.total.forecast).toBeCloseTo(sum, 9);
            expect(r.total.lower).toBeLessThanOrEqual(r.total.forecast);
            expect(r.total.upper).toBeGreaterThanOrEqual(r.total.forecast);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: typed arrays (Float64Array history, Uint8Array promo and censored flags) give the plain arrays' results", () => {
    // dense stores run the calendar model too; one SKU without a date has its season detected
    const stores = [storeLike(500, 3), storeLike(420, 8, 1.5)];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: dayRecords(1),
            dated: fc.boolean(),
            lift: fc.constantFrom(undefined, 1.4),
          }),
          { minLength: 0, maxLength: 8 },
        ),
        (skus) => {
          const plain: BatchSeriesInput[] = [
            ...stores.map((s, i) => ({
              id: `store${i}`,
              startDate: s.startDate,
              history: s.sales.slice(0, 400),
              censored: s.closed.slice(0, 400),
              promoHistory: s.promo.slice(0, 400),
              promoFuture: s.promo.slice(400, 420),
              category: "stores",
              ...(i === 1 ? { promoLift: 1.2 } : {}),
            })),
            ...skus.map((k, i) => ({
              id: `S${i}`,
              ...(k.dated ? { startDate: MONDAY } : {}),
              history: k.days.map((d) => d.y),
              censored: k.days.map((d) => d.c),
              promoHistory: k.days.map((d) => (d.p ? 1 : 0)),
              promoFuture: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
              ...(k.lift ? { promoLift: k.lift } : {}),
            })),
          ];
          const typed = plain.map((s) => ({
            ...s,
            history: Float64Array.from(s.history),
            censored: Uint8Array.from(s.censored as boolean[], Number),
            promoHistory: Uint8Array.from(s.promoHistory as number[]),
          }));
          expect(forecastBatch(typed, { level: 0.8 })).toEqual(forecastBatch(plain, { level: 0.8 }));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("keeps a promo intensity between 0 and 1 (lift^p): a half-promo day is the geometric mean of none and full", () => {
    // 8 weeks, Fridays (index 4 from a Monday) on promo at twice the sales
    const history = Array.from({ length: 56 }, (_, t) => (t % 7 === 4 ? 20 : 10));
    const promoHistory = history.map((_, t) => (t % 7 === 4 ? 1 : 0));
    const promoFuture = new Array<number>(21).fill(0);
    promoFuture[11] = 0.5;
    promoFuture[18] = 1;
    const [r] = forecastBatch([{ id: "half", history, promoHistory, promoFuture, startDate: MONDAY }]);
    if (!r.ok) throw r.error;
    const [none, half, full] = [r.forecast[4], r.forecast[11], r.forecast[18]];
    expect(full).toBeGreaterThan(none * 1.2);
    expect(half).toBeCloseTo(Math.sqrt(none * full), 9);
  });

  it("checks typed arrays as it checks plain ones, naming the field", () => {
    const [bad, short] = forecastBatch([
      { id: "a", history: Float64Array.from([3, NaN, 4]), horizon: 2 },
      { id: "b", history: Float64Array.from([3, 5, 4]), censored: new Uint8Array(2), horizon: 2 },
    ]);
    expect(!bad.ok && bad.error.argument).toBe("history[1]");
    expect(!short.ok && short.error.argument).toBe("censored");
    // a censored day's value is never read, as in a plain array
    const [ok] = forecastBatch([
      { id: "c", history: Float64Array.from([3, NaN, 4]), censored: Uint8Array.from([0, 1, 0]), horizon: 2 },
    ]);
    expect(ok.ok).toBe(true);
  });

  it("property: every result is finite, ordered and non-negative", () => {
    fc.assert(
      fc.property(
        // one day is enough (the short-history forecast)
        fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 120 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 30 }),
        (histories, horizon) => {
          const out = forecastBatch(
            histories.map((h, i) => ({ id: String(i), history: h, startDate: MONDAY })),
            { horizon },
          );
          for (const r of out) {
            if (!r.ok) continue;
            for (let k = 0; k < horizon; k++) {
              expect(Number.isFinite(r.forecast[k]) && Number.isFinite(r.upper[k])).toBe(true);
              expect(r.lower[k]).toBeGreaterThanOrEqual(0);
              expect(r.lower[k]).toBeLessThanOrEqual(r.forecast[k]);
              expect(r.forecast[k]).toBeLessThanOrEqual(r.upper[k]);
              // the median is a quantile between the bounds
              expect(r.median[k]).toBeGreaterThanOrEqual(r.lower[k]);
              expect(r.median[k]).toBeLessThanOrEqual(r.upper[k]);
            }
            expect(r.total.lower).toBeLessThanOrEqual(r.total.forecast);
            expect(r.total.forecast).toBeLessThanOrEqual(r.total.upper);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("forecastBatch: pooled seasonality and calibrated intervals", () => {
  it("borrows last year's seasonal movement from the pool, not from one SKU alone", () => {
    // 20 slow movers selling Poisson(2) a day for two years, except that the 28 days after this
    // date last year sold Poisson(4): the pool expects the same doubling again
    const u = rng(31);
    const n = 730;
    const skus = Array.from({ length: 20 }, (_, i) => ({
      id: `S${i}`,
      startDate: MONDAY,
      history: Array.from({ length: n }, (_, t) => poisson(u, t >= n - 364 && t < n - 364 + 28 ? 4 : 2)),
    }));
    const pooled = forecastBatch(skus, { horizon: 28 }).map(ok);
    const meanOf = (rs: BatchForecast[]) =>
      rs.reduce((a, r) => a + r.forecast.reduce((x, y) => x + y, 0), 0) / (rs.length * 28);
    expect(meanOf(pooled)).toBeGreaterThan(3.4);
    expect(meanOf(pooled)).toBeLessThan(4.6);
    expect(pooled[0].method).toBe("Pooled");
    expect(pooled[0].explanation).toMatch(
      /seasonal movement last year \(×[12]\.\d\d over the next 28 days\)/,
    );
    expect(pooled[0].explanationZh).toMatch(/× 本批 SKU 去年同期的走势（未来 28 天 ×[12]\.\d\d）/);
    // one SKU alone borrows nothing: about its recent 2 a day
    const alone = skus.map((s) => ok(forecastBatch([s], { horizon: 28 })[0]));
    expect(meanOf(alone)).toBeGreaterThan(1.6);
    expect(meanOf(alone)).toBeLessThan(2.4);
  });

  it("calibrates the daily p90 and the 28-day total's p10–p90 on Poisson slow movers (seeded simulation)", () => {
    const u = rng(77);
    const n = 400;
    const H = 28;
    const means = Array.from({ length: 200 }, () => 0.3 + 3 * u());
    const skus = means.map((m, i) => ({
      id: `S${i}`,
      startDate: MONDAY,
      history: Array.from({ length: n }, () => poisson(u, m)),
    }));
    const future = means.map((m) => Array.from({ length: H }, () => poisson(u, m)));
    const out = forecastBatch(skus, { horizon: H }).map(ok);
    let dayCovered = 0;
    let totalCovered = 0;
    out.forEach((r, i) => {
      future[i].forEach((y, h) => (dayCovered += y <= r.upper[h] ? 1 : 0));
      const total = future[i].reduce((a, b) => a + b, 0);
      totalCovered += total >= r.total.lower && total <= r.total.upper ? 1 : 0;
    });
    const dayCoverage = dayCovered / (200 * H);
    const totalCoverage = totalCovered / 200;
    expect(dayCoverage).toBeGreaterThan(0.88);
    expect(dayCoverage).toBeLessThan(0.97);
    expect(totalCoverage).toBeGreaterThan(0.7);
    expect(totalCoverage).toBeLessThan(0.92);
  });
});

describe("countQuantile and lognormalRatio", () => {
  it("gives whole-unit quantiles of Poisson and negative binomial counts (by hand)", () => {
    const z = 1.2815515655446004; // Φ⁻¹(0.9)
    // Poisson(2): CDF 0.135, 0.406, 0.677, 0.857, 0.947 → the p90 is 4
    expect(countQuantile(2, 0, 0.9, z)).toBe(4);
    // φ = 1, mean 2: geometric, CDF(j) = 1 − (2/3)^(j+1) ≥ 0.9 first at j = 5
    expect(countQuantile(2, 1, 0.9, z)).toBe(5);
    expect(countQuantile(0, 0.5, 0.9, z)).toBe(0);
    // above 60 a unit: normal, 100 + 1.2816·√(100 + 0.01·100²) = 100 + 1.2816·√200
    expect(countQuantile(100, 0.01, 0.9, z)).toBeCloseTo(100 + z * Math.sqrt(200), 9);
  });

  it("gives the three quantiles of one walk exactly as three countQuantile calls (property)", () => {
    const out = new Float64Array(3);
    // Poisson(2) at p10 / p50 / p90: CDF 0.135, 0.406, 0.677, 0.857, 0.947 → 0, 2, 4
    countQuantiles(2, 0, 0.1, -1.2815515655446004, 0.9, 1.2815515655446004, out);
    expect(Array.from(out)).toEqual([0, 2, 4]);
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: 0, max: 80, noNaN: true }), fc.constantFrom(0, 1e-12, 60, 61, NaN)),
        fc.oneof(fc.double({ min: 0, max: 5, noNaN: true }), fc.constantFrom(0, 1e-10, 1e-8)),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (mean, phi, level) => {
          const pLo = (1 - level) / 2;
          const pHi = (1 + level) / 2;
          countQuantiles(mean, phi, pLo, -1.5, pHi, 1.5, out);
          expect(Array.from(out)).toEqual([
            countQuantile(mean, phi, pLo, -1.5),
            countQuantile(mean, phi, 0.5, 0),
            countQuantile(mean, phi, pHi, 1.5),
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives lognormal ratio quantiles with mean 1", () => {
    expect(lognormalRatio(0, 1.28)).toBe(1);
    // v = e − 1 → σ² = 1: the median is e^(−1/2)
    expect(lognormalRatio(Math.E - 1, 0)).toBeCloseTo(Math.exp(-0.5), 12);
  });
});

describe("forecastBatch: the daily median beside the mean", () => {
  it("gives Poisson medians on a noise-free pattern: an integer mean λ has median λ", () => {
    const history = Array.from({ length: 112 }, (_, t) => PATTERN[t % 7]);
    const r = ok(forecastBatch([{ id: "A", history, startDate: MONDAY, horizon: 7 }])[0]);
    // no overdispersion measured (the backtests are exact), so each day is Poisson(pattern)
    expect(r.median).toEqual(PATTERN);
  });

  it("gives a slow mover a median of 0 while its forecast stays the mean it orders from", () => {
    const u = rng(11);
    const series = Array.from({ length: 6 }, (_, i) => ({
      id: `S${i}`,
      history: Array.from({ length: 364 }, () => poisson(u, 0.3)),
      startDate: MONDAY,
    }));
    for (const r of forecastBatch(series, { horizon: 28 }).map(ok)) {
      const mean = r.forecast.reduce((a, b) => a + b, 0) / 28;
      expect(mean).toBeGreaterThan(0.15);
      expect(mean).toBeLessThan(0.5);
      // P(0) ≥ e^−0.5 = 0.61 > 0.5 for any mean below ln 2, however overdispersed
      expect(r.median.every((m) => m === 0)).toBe(true);
    }
  });
});

describe("forecastBatch: one observed day (issue 16 #6)", () => {
  it("forecasts 45 units a day flat from one day of 45, with a wide interval and a warning in en and zh", () => {
    const [r] = forecastBatch([{ id: "NEW", history: [0, 45], censored: [true, false], horizon: 4 }]);
    const f = ok(r);
    expect(f.forecast).toEqual([45, 45, 45, 45]);
    expect(f.observedDays).toBe(1);
    expect(f.method).toBe("Mean");
    // a day: negative binomial, mean 45, Var = 2·(45 + 1·45²) = 4140 → p10 0, p90 122 (by hand
    // with an independent NB quantile routine)
    expect(f.lower).toEqual([0, 0, 0, 0]);
    expect(f.upper).toEqual([122, 122, 122, 122]);
    expect(f.median).toEqual([20, 20, 20, 20]);
    // the 4-day total 180: relVar (1 + 1/4)(1/45 + 1) = 1.27778, σ² = ln 2.27778 = 0.82321,
    // bounds 180·exp(−σ²/2 ∓ 1.28155σ) = 37.29 and 381.50
    expect(f.total.forecast).toBe(180);
    expect(f.total.lower).toBeCloseTo(37.2853, 3);
    expect(f.total.upper).toBeCloseTo(381.501, 2);
    expect(f.explanation).toMatch(
      /^Only one observed day of sales \(45 units\): forecast flat at that level, with a wide interval/,
    );
    expect(f.explanationZh).toMatch(/^只有 1 天的销售记录（45 件）：每天都按这一天的销量预测，区间很宽/);
  });

  it("applies the buyer's own lift and growth, but learns no lift from one day", () => {
    const [r] = forecastBatch([
      { id: "A", history: [10], promoHistory: [1], promoFuture: [0, 1], promoLift: 1.5, growth: 0.2 },
      { id: "B", history: [10], promoHistory: [1], promoFuture: [0, 1] },
    ]);
    expect(ok(r).forecast).toEqual([12, 18]);
    expect(ok(r).promoLift).toBe(1.5);
  });
});

describe("forecastBatch regressions", () => {
  it("a SKU whose promo days sold nothing and whose noise cannot be measured gets no lift, not NaN (fast-check counterexample)", () => {
    // one sale, then zeros (two of them on promo days), the last two days censored; a sibling of
    // two zero days: the lift's variance is not finite, so the lift must fall back to 1
    const y = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const promo = [0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0];
    const censored = y.map((_, i) => i >= 9);
    const [a, b] = forecastBatch([
      {
        id: "S0",
        startDate: MONDAY,
        category: "a",
        history: y,
        censored,
        promoHistory: promo,
        promoFuture: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
        window: { from: 0, to: 10 },
      },
      {
        id: "S1",
        startDate: MONDAY,
        category: "a",
        history: [0, 0],
        promoFuture: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0],
      },
    ]);
    expect(a.ok).toBe(true);
    expect(b.ok).toBe(true);
    if (!a.ok) return;
    // no lift: promo days forecast the same as ordinary days
    expect(a.forecast[1]).toBeCloseTo(a.forecast[0], 12);
    expect(a.forecast.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(a.total.forecast)).toBe(true);
  });
});

describe("forecastBatch with a SKU seen on a handful of days", () => {
  it("keeps a thin SKU and the others at their level (a plan 9 months out once read 39,760 a day for a slow mover)", () => {
    // 30 slow movers selling ≈ 0.5 a day with SNAP-like promo days, and one seen on 10 days of the
    // last year only: nine zeros and a 1. Its weekday profile looked noise-free (variance 0 from 3
    // degrees of freedom): kept as measured (six weekdays 0), its level divided a sale by ≈ 0 and
    // exploded; in a pool with τ² = 0 it also became the pool's profile and every SKU's (M5 items,
    // 9 months out).
    const u = rng(7);
    const n = 420;
    const promo = Array.from({ length: n + 30 }, (_, t) => (t % 30 < 10 ? 1 : 0));
    const sold = Array.from({ length: 30 }, (_, i) => ({
      id: `S${i}`,
      history: Array.from({ length: n }, (_, t) => poisson(u, promo[t] ? 0.6 : 0.5)),
      promoHistory: promo.slice(0, n),
      promoFuture: promo.slice(n),
      startDate: MONDAY,
    }));
    // its first 8 weeks sold, then out of stock until the last 10 days (none in the profile's year)
    const thin = {
      id: "THIN",
      history: Array.from({ length: n }, (_, t) => (t < 56 ? poisson(u, 0.5) : t === n - 6 ? 1 : 0)),
      censored: Array.from({ length: n }, (_, t) => t >= 56 && t < n - 10),
      promoHistory: promo.slice(0, n),
      promoFuture: promo.slice(n),
      startDate: MONDAY,
    };
    const out = forecastBatch([...sold, thin]);
    // it sold 1 unit in its last 10 observed days (28 in its first 8 weeks): a fraction of a unit a
    // day, on every weekday alike — not 78,537 on a Tuesday from a weekday profile of 0 elsewhere
    const t = ok(out[30]).forecast;
    for (const f of t) expect(f).toBeGreaterThan(0.05);
    for (const f of t) expect(f).toBeLessThan(0.5);
    sold.forEach((s, i) => {
      const mean = s.history.reduce((a, b) => a + b, 0) / n;
      const f = ok(out[i]).forecast;
      const fcMean = f.reduce((a, b) => a + b, 0) / f.length;
      expect(fcMean).toBeGreaterThan(0.7 * mean);
      expect(fcMean).toBeLessThan(1.4 * mean);
      // every weekday sells: no weekday profile taken to 0
      for (let d = 0; d < 7; d++) expect(f[d]).toBeGreaterThan(0.1);
    });
  });
});
