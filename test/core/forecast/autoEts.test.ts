import fc from "fast-check";
import { ETS_WINDOW_PERIODS, fitAutoEts, hasTrend } from "../../../src/core/forecast/autoEts";
import { detectSeasonLength } from "../../../src/core/forecast/detectSeasonLength";
import { etsForecast } from "../../../src/core/forecast/ets";
import { rng } from "./synthetic";

const none = (n: number): boolean[] => new Array<boolean>(n).fill(false);

describe("hasTrend", () => {
  it("finds the trend of a ramp with weekly noise", () => {
    const u = rng(1);
    // +1 a period against noise of ±5: the 20 weekly means rise by 7 per block
    const y = Array.from({ length: 140 }, (_, t) => 100 + t + 10 * (u() - 0.5));
    expect(hasTrend(y, none(140), 7)).toBe(true);
  });

  it("finds none in flat noise", () => {
    const u = rng(2);
    const y = Array.from({ length: 140 }, () => 100 + 10 * (u() - 0.5));
    expect(hasTrend(y, none(140), 7)).toBe(false);
  });

  it("keeps the damped models when there are fewer than 4 blocks to test", () => {
    expect(hasTrend([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], none(10), 7)).toBe(true);
  });
});

describe("fitAutoEts", () => {
  it("fits on the last 180 observed periods, reaching back over censored ones", () => {
    const y = Array.from({ length: 400 }, (_, t) => 50 + (t % 7));
    expect(fitAutoEts(y, none(400), 7)!.window).toBe(ETS_WINDOW_PERIODS);
    // 10 censored periods in the last 180: the window grows by 10 to hold 180 observed
    const censored = y.map((_, t) => t >= 300 && t < 310);
    expect(fitAutoEts(y, censored, 7)!.window).toBe(ETS_WINDOW_PERIODS + 10);
  });

  it("keeps at least three seasons when they are longer than the window", () => {
    const y = Array.from({ length: 400 }, (_, t) => 50 + (t % 70));
    expect(fitAutoEts(y, none(400), 70)!.window).toBe(210);
  });

  it("chooses a seasonal model and forecasts the weekly shape of a long seasonal series", () => {
    const u = rng(3);
    const shape = [20, 22, 25, 30, 40, 45, 15];
    const y = Array.from({ length: 730 }, (_, t) => shape[t % 7] + 2 * (u() - 0.5));
    const auto = fitAutoEts(y, none(730), 7)!;
    expect(auto.fit.spec.seasonal).not.toBe("N");
    const f = etsForecast(auto.fit.run, auto.fit.spec, auto.fit.params, auto.window, 7);
    // 730 = 104·7 + 2: the next period is position 2 of the shape (25), then 30, 40, 45, 15, 20, 22
    const expected = [25, 30, 40, 45, 15, 20, 22];
    f.forEach((v, h) => expect(Math.abs(v - expected[h])).toBeLessThan(1.5));
  });

  it("skips the multiplicative season when an observed value in the window is 0", () => {
    const y = Array.from({ length: 300 }, (_, t) => (t % 7 === 0 ? 0 : 10 + (t % 7)));
    expect(fitAutoEts(y, none(300), 7)!.fit.spec.seasonal).toBe("A");
  });

  it("returns undefined with too few observations for any model", () => {
    expect(fitAutoEts([3, 4], none(2), 1)).toBeUndefined();
  });
});

/** The ACF season rule of detectSeasonLength, written plainly (the reference for its fast loops). */
function referenceSeason(h: number[], c: boolean[]): number {
  const n = h.length;
  const ok = (i: number): boolean => !c[i];
  const obs = h.filter((_, i) => ok(i));
  const maxLag = Math.min(Math.floor(n / 3), 60);
  if (obs.length < 8 || maxLag < 2) return 1;
  const mean = obs.reduce((a, b) => a + b, 0) / obs.length;
  const variance = obs.reduce((a, b) => a + (b - mean) ** 2, 0) / obs.length;
  if (variance === 0) return 1;
  const acf: number[] = [0];
  for (let k = 1; k <= maxLag + 1 && k < n; k++) {
    let s = 0;
    let pairs = 0;
    for (let i = k; i < n; i++) {
      if (ok(i) && ok(i - k)) {
        s += (h[i] - mean) * (h[i - k] - mean);
        pairs++;
      }
    }
    acf[k] = pairs > 0 ? s / pairs / variance : 0;
  }
  const bound = 1.96 / Math.sqrt(obs.length);
  const peaks: number[] = [];
  for (let k = 2; k <= maxLag; k++) {
    const next = k + 1 < n ? acf[k + 1] : -Infinity;
    if (acf[k] > bound && acf[k] >= acf[k - 1] && acf[k] >= next) peaks.push(k);
  }
  if (peaks.length === 0) return 1;
  const best = Math.max(...peaks.map((k) => acf[k]));
  return peaks.find((k) => acf[k] >= 0.9 * best) ?? 1;
}

describe("detectSeasonLength (fast loops)", () => {
  it("agrees with the plain ACF rule on censored seasonal series (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 30, maxLength: 200 }),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        (m, noise, mask) => {
          const h = noise.map((e, t) => (t % m === 0 ? 30 : 10) + e);
          const c = h.map((_, t) => mask[t] && t % 5 === 0);
          expect(detectSeasonLength(h, c)).toBe(referenceSeason(h, c));
        },
      ),
      { numRuns: 200 },
    );
  });
});
