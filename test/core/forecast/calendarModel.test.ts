import {
  CALENDAR_BACKTEST_ORIGINS,
  calendarBacktestOrigins,
  calendarSeries,
  fitCalendarModel,
} from "../../../src/core/forecast/calendarModel";
import { forecastBatch, forecastPromo } from "../../../src/core/forecast/index";
import { parseIsoDay } from "../../../src/core/forecast/validateForecastInput";
import { rng, storeLike } from "./synthetic";

describe("calendarBacktestOrigins", () => {
  it("spaces origins one horizon apart when the history is long", () => {
    expect(calendarBacktestOrigins(858, 42)).toEqual([816, 774, 732, 690]);
    expect(CALENDAR_BACKTEST_ORIGINS).toBe(4);
  });

  it("moves origins closer (≥ 7 days) on a short history so a long horizon still gets a backtest", () => {
    // room = 200 − 56 = 144 → step min(90, 36) = 36
    expect(calendarBacktestOrigins(200, 90)).toEqual([164, 128, 92, 56]);
    expect(calendarBacktestOrigins(60, 42)).toEqual([]);
  });
});

describe("fitCalendarModel", () => {
  const s = storeLike(500, 11);
  const make = (horizon: number) =>
    calendarSeries(
      s.sales.slice(0, 500 - horizon),
      s.closed.slice(0, 500 - horizon),
      s.promo.slice(0, 500 - horizon),
      s.promo.slice(500 - horizon),
      parseIsoDay(s.startDate),
      7,
    );

  it("reproduces the generator's weekday × promo structure on a noiseless store", () => {
    const clean = storeLike(600, 3, 1.3, 0);
    const n = 558;
    const S = calendarSeries(
      clean.sales.slice(0, n),
      clean.closed.slice(0, n),
      clean.promo.slice(0, n),
      clean.promo.slice(n),
      parseIsoDay(clean.startDate),
      7,
    );
    const fit = fitCalendarModel(S, 0.8)!;
    for (let h = 0; h < 42; h++) {
      if (clean.closed[n + h]) continue;
      // no noise: only the slow trend and rounding remain, well under 3 %
      expect(Math.abs(fit.forecast[h] / clean.sales[n + h] - 1)).toBeLessThan(0.03);
    }
  });

  it("forecasts a long horizon on a short history with finite, ordered bounds", () => {
    const fit = fitCalendarModel(make(120), 0.8)!;
    expect(fit.forecast).toHaveLength(120);
    fit.forecast.forEach((f, h) => {
      expect(Number.isFinite(f)).toBe(true);
      expect(fit.lower[h]).toBeLessThanOrEqual(f);
      expect(fit.upper[h]).toBeGreaterThanOrEqual(f);
    });
  });

  it("returns undefined when the history is too short to backtest", () => {
    const short = calendarSeries([5, 6, 7, 8], [false, false, false, false], [0, 0, 0, 0], [0], 0, 7);
    expect(fitCalendarModel(short, 0.8)).toBeUndefined();
  });

  it("stops after the backtest when its squared error does not beat `beat`, else answers as without it", () => {
    const S = make(42);
    const full = fitCalendarModel(S, 0.8)!;
    const sse = full.backtest.sse;
    expect(sse).toBeGreaterThan(0);
    expect(fitCalendarModel(S, 0.8, sse)).toBeUndefined(); // a tie does not beat
    expect(fitCalendarModel(S, 0.8, sse / 2)).toBeUndefined();
    expect(fitCalendarModel(S, 0.8, sse * 1.000001)).toEqual(full);
  });

  it("widens the interval with the level", () => {
    const narrow = fitCalendarModel(make(42), 0.5)!;
    const wide = fitCalendarModel(make(42), 0.95)!;
    expect(wide.upper[0]).toBeGreaterThan(narrow.upper[0]);
    expect(wide.lower[0]).toBeLessThan(narrow.lower[0]);
  });
});

describe("forecastPromo calendar eligibility", () => {
  it("does not use the log-space calendar model for a low-count SKU with many zeros", () => {
    const u = rng(5);
    // Poisson-like counts with mean ≈ 2: about 1 day in 7 has no sale
    const history = Array.from({ length: 400 }, () => {
      let k = 0;
      let p = Math.exp(-2);
      let c = p;
      const x = u();
      while (x > c) {
        k++;
        p *= 2 / k;
        c += p;
      }
      return k;
    });
    const r = forecastPromo({ history, horizon: 14, startDate: "2024-01-01" });
    expect(r.method).not.toBe("Calendar");
    const mean = history.reduce((a, b) => a + b, 0) / history.length;
    expect(r.forecast[0]).toBeGreaterThan(mean * 0.7);
    expect(r.forecast[0]).toBeLessThan(mean * 1.3);
  });
});

describe("seasons longer than 255 periods", () => {
  // A season position is stored per day; seasons go up to 366 periods, so positions 256–365 must
  // not wrap onto 0–109 (they did in a byte array: a yearly profile's days 256+ borrowed the
  // effects of the season's first days).
  it("keeps every position of a 300-period season its own (calendar model)", () => {
    const n = 900;
    const s = calendarSeries(
      new Array(n).fill(5),
      new Array(n).fill(false),
      new Array(n).fill(0),
      [0, 0],
      0,
      300,
    );
    expect([s.pos[4], s.pos[260], s.pos[899], s.pos[901]]).toEqual([4, 260, 299, 1]);
    expect(s.cell[260]).toBe(520);
  });

  it("forecasts position 260's own level in a batch (pooled model), not position 4's", () => {
    // three 300-day seasons: 5 a day, 40 on day 260 of each season (and its neighbours)
    const history = Array.from({ length: 900 }, (_, t) => (Math.abs((t % 300) - 260) <= 2 ? 40 : 5));
    const [r] = forecastBatch([{ id: "A", history, seasonLength: 300, horizon: 300 }]);
    if (!r.ok) throw r.error;
    // the horizon starts at position 0: step 260 is position 260, step 4 is position 4
    expect(r.forecast[260]).toBeGreaterThan(4 * r.forecast[4]);
  });
});
