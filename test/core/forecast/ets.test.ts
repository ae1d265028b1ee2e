import fc from "fast-check";
import {
  etsForecast,
  etsInitialState,
  etsName,
  etsVarianceMultipliers,
  fitEts,
  runEts,
  type EtsParams,
  type EtsSpec,
} from "../../../src/core/forecast/ets";

const SES: EtsSpec = { damped: false, seasonal: "N", seasonLength: 1 };
const none = (n: number): boolean[] => new Array<boolean>(n).fill(false);

describe("runEts", () => {
  const params: EtsParams = { alpha: 0.4, beta: 0, gamma: 0, phi: 1 };
  const y = Object.freeze([3, 5, 9, 20]) as number[];

  it("reproduces simple exponential smoothing computed by hand", () => {
    // by hand, ℓ0 = 3, α = 0.4: ŷ = 3, 3, 3.8, 5.88; ℓ4 = 5.88 + 0.4·14.12 = 11.528
    const run = runEts(y, none(4), SES, params, { level: 3, trend: 0, season: [] });
    expect(run.fitted[0]).toBeCloseTo(3, 12);
    expect(run.fitted[1]).toBeCloseTo(3, 12);
    expect(run.fitted[2]).toBeCloseTo(3.8, 12);
    expect(run.fitted[3]).toBeCloseTo(5.88, 12);
    expect(run.state.level).toBeCloseTo(11.528, 12);
    // SSE = 0² + 2² + 5.2² + 14.12² = 230.4144
    expect(run.sse).toBeCloseTo(230.4144, 10);
    expect(run.observed).toBe(4);
  });

  it("carries the state over a censored period instead of reading its value", () => {
    // censoring the 9: ℓ stays 3.8 there, then ℓ4 = 3.8 + 0.4·(20 − 3.8) = 10.28
    const run = runEts(y, [false, false, true, false], SES, params, { level: 3, trend: 0, season: [] });
    expect(run.state.level).toBeCloseTo(10.28, 12);
    expect(run.observed).toBe(3);
  });

  it("applies additive seasonality by hand on a two-period season", () => {
    // m = 2, ℓ0 = 10, s = [−2, 2], α = 0.5, γ = 0.2, y = [9, 13]
    // t0: ŷ = 8, e = 1, ℓ = 10.5, s0 = −1.8; t1: ŷ = 12.5, e = 0.5, ℓ = 10.75, s1 = 2.1
    const spec: EtsSpec = { damped: false, seasonal: "A", seasonLength: 2 };
    const run = runEts(
      [9, 13],
      none(2),
      spec,
      { alpha: 0.5, beta: 0, gamma: 0.2, phi: 1 },
      {
        level: 10,
        trend: 0,
        season: [-2, 2],
      },
    );
    expect(run.fitted[0]).toBeCloseTo(8, 12);
    expect(run.fitted[1]).toBeCloseTo(12.5, 12);
    expect(run.state.level).toBeCloseTo(10.75, 12);
    expect(run.state.season[0]).toBeCloseTo(-1.8, 12);
    expect(run.state.season[1]).toBeCloseTo(2.1, 12);
  });

  it("never lowers the SES level when zeros are censored (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2, maxLength: 40 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (y, alpha, mask) => {
          const p = { alpha, beta: 0, gamma: 0, phi: 1 };
          const init = { level: y[0], trend: 0, season: [] };
          const plain = runEts(y, none(y.length), SES, p, init).state.level;
          const censored = y.map((v, i) => v === 0 && mask[i]);
          const cens = runEts(y, censored, SES, p, init).state.level;
          expect(cens).toBeGreaterThanOrEqual(plain - 1e-9);
        },
      ),
    );
  });
});

describe("etsForecast", () => {
  it("damps the trend by φ_h = φ + … + φ^h", () => {
    const spec: EtsSpec = { damped: true, seasonal: "N", seasonLength: 1 };
    const params = { alpha: 0.5, beta: 0.1, gamma: 0, phi: 0.9 };
    const run = { sse: 0, observed: 1, fitted: [], state: { level: 100, trend: 10, season: [] } };
    // h=1: 100 + 9 = 109; h=2: 100 + (0.9 + 0.81)·10 = 117.1; h=3: + 0.729·10 → 124.39
    const f = etsForecast(run, spec, params, 5, 3);
    expect(f[0]).toBeCloseTo(109, 10);
    expect(f[1]).toBeCloseTo(117.1, 10);
    expect(f[2]).toBeCloseTo(124.39, 10);
  });

  it("uses the seasonal state of the forecast period's position", () => {
    const spec: EtsSpec = { damped: false, seasonal: "M", seasonLength: 3 };
    const run = { sse: 0, observed: 1, fitted: [], state: { level: 10, trend: 0, season: [0.5, 1, 1.5] } };
    // history length 4 → next periods are positions 4 mod 3 = 1, then 2, then 0
    expect(etsForecast(run, spec, { alpha: 0.1, beta: 0, gamma: 0.1, phi: 1 }, 4, 3)).toEqual([10, 15, 5]);
  });
});

describe("etsVarianceMultipliers", () => {
  it("grows as 1 + (h−1)·α² for simple exponential smoothing", () => {
    // Hyndman et al. (2008) table 6.1, ETS(A,N,N): v_h = 1 + α²(h − 1)
    const v = etsVarianceMultipliers(SES, { alpha: 0.5, beta: 0, gamma: 0, phi: 1 }, 4);
    expect(v).toEqual([1, 1.25, 1.5, 1.75]);
  });

  it("adds γ at whole seasons", () => {
    const spec: EtsSpec = { damped: false, seasonal: "A", seasonLength: 2 };
    // c1 = α = 0.2, c2 = α + γ = 0.5: v = 1, 1.04, 1.29
    const v = etsVarianceMultipliers(spec, { alpha: 0.2, beta: 0, gamma: 0.3, phi: 1 }, 3);
    expect(v[0]).toBeCloseTo(1, 12);
    expect(v[1]).toBeCloseTo(1.04, 12);
    expect(v[2]).toBeCloseTo(1.29, 12);
  });
});

describe("etsInitialState", () => {
  it("starts the level at the first season's mean and the additive season at its deviations", () => {
    const spec: EtsSpec = { damped: false, seasonal: "A", seasonLength: 2 };
    // seasons (8, 12) and (10, 14): means 10 and 12, deviations (−2, 2) both times
    const s = etsInitialState([8, 12, 10, 14], none(4), spec);
    expect(s.level).toBeCloseTo(10, 12);
    expect(s.season[0]).toBeCloseTo(-2, 12);
    expect(s.season[1]).toBeCloseTo(2, 12);
  });
});

describe("fitEts", () => {
  it("recovers a flat level and a small α on a constant series with one blip", () => {
    const y = [...new Array<number>(30).fill(20), 22, ...new Array<number>(9).fill(20)];
    const fit = fitEts(y, none(y.length), SES);
    expect(fit).toBeDefined();
    const f = etsForecast(fit!.run, SES, fit!.params, y.length, 1)[0];
    expect(f).toBeGreaterThan(19.9);
    expect(f).toBeLessThan(20.5);
    expect(fit!.params.alpha).toBeLessThan(0.3);
  });

  it("prefers the seasonal model by AICc on a seasonal series", () => {
    const y = Array.from({ length: 56 }, (_, t) => [10, 20, 30, 40][t % 4] + (t % 3) * 0.1);
    const flat = fitEts(y, none(56), SES)!;
    const seasonal = fitEts(y, none(56), { damped: false, seasonal: "A", seasonLength: 4 })!;
    expect(seasonal.aicc).toBeLessThan(flat.aicc);
    expect(etsName(seasonal.spec)).toBe("ETS(A,N,A)");
  });

  it("returns undefined when there are too few observations for the spec", () => {
    expect(fitEts([1, 2, 3], none(3), { damped: true, seasonal: "A", seasonLength: 2 })).toBeUndefined();
  });
});
