/**
 * Consistency a buyer would trip over (issue: hand-worked checks), pinned with its numbers:
 * a day's forecast does not depend on the horizon asked for; a noise-free weekly pattern is
 * reproduced; a promo lift measured on plenty of clean data is kept whole; the lift does not
 * depend on which weekday the promo falls; dated and undated paths agree on the lift.
 */
import { forecastPromo } from "../../../src/core/forecast/index";
import { gaussian, rng, storeLike } from "./synthetic";

const PATTERN = [5, 8, 10, 12, 20, 15, 6];
/** 2024-01-01 was a Monday. */
const MONDAY = "2024-01-01";

/** 112 days (16 weeks) at 10, with 22 promo days (every fifth day) at exactly 25. */
function cleanPromoSeries(): { history: number[]; promoHistory: number[] } {
  const history: number[] = [];
  const promoHistory: number[] = [];
  for (let t = 0; t < 112; t++) {
    const p = t % 5 === 2 ? 1 : 0;
    history.push(p ? 25 : 10);
    promoHistory.push(p);
  }
  return { history, promoHistory };
}

describe("forecastPromo consistency", () => {
  it("reproduces 16 noise-free weeks of [5,8,10,12,20,15,6] (was 13.9 % off), dated and undated", () => {
    const history = Array.from({ length: 112 }, (_, t) => PATTERN[t % 7]);
    const dated = forecastPromo({ history, startDate: MONDAY, horizon: 7 });
    expect(dated.method).toBe("Calendar");
    dated.forecast.forEach((f, h) => expect(f).toBeCloseTo(PATTERN[h], 6));
    const undated = forecastPromo({ history, horizon: 7 });
    undated.forecast.forEach((f, h) => expect(f).toBeCloseTo(PATTERN[h], 6));
    // 52 weeks (was 6.3 % off)
    const year = Array.from({ length: 364 }, (_, t) => PATTERN[t % 7]);
    forecastPromo({ history: year, startDate: MONDAY, horizon: 7 }).forecast.forEach((f, h) =>
      expect(f).toBeCloseTo(PATTERN[h], 6),
    );
  });

  it("gives a promo day the same forecast with a 3-day and a 7-day horizon (was 21.57 vs 25.11)", () => {
    const { history, promoHistory } = cleanPromoSeries();
    const three = forecastPromo({ history, promoHistory, promoFuture: [1, 0, 0], startDate: MONDAY });
    const seven = forecastPromo({
      history,
      promoHistory,
      promoFuture: [1, 0, 0, 0, 1, 0, 0],
      startDate: MONDAY,
    });
    expect(three.method).toBe(seven.method);
    expect(three.forecast[0]).toBeCloseTo(25, 2);
    for (let h = 0; h < 3; h++) expect(three.forecast[h]).toBeCloseTo(seven.forecast[h], 9);
  });

  it("does not let the horizon change any day's forecast on noisy store data either", () => {
    const s = storeLike(500, 17, 1.3, 0.1);
    const run = (h: number) =>
      forecastPromo({
        history: s.sales.slice(0, 450),
        censored: s.closed.slice(0, 450),
        promoHistory: s.promo.slice(0, 450),
        promoFuture: s.promo.slice(450, 450 + h),
        startDate: s.startDate,
        seasonLength: 7,
      });
    const short = run(3);
    const long = run(42);
    for (let h = 0; h < 3; h++) {
      expect(short.forecast[h]).toBeCloseTo(long.forecast[h], 9);
      expect(short.upper[h]).toBeCloseTo(long.upper[h], 9);
    }
  });

  it("keeps an undated lift measured on 22 clean promo days: 25, not 21.57", () => {
    const { history, promoHistory } = cleanPromoSeries();
    // season 7 given, so the every-fifth-day promo rhythm cannot hide in a detected season of 5
    const r = forecastPromo({ history, promoHistory, promoFuture: [1, 0], seasonLength: 7 });
    expect(r.forecast[0]).toBeCloseTo(25, 1);
    expect(r.forecast[1]).toBeCloseTo(10, 1);
  });

  it("gives the same lift on the dated and the undated path for the same data", () => {
    const { history, promoHistory } = cleanPromoSeries();
    const dated = forecastPromo({ history, promoHistory, promoFuture: [1, 0], startDate: MONDAY });
    const undated = forecastPromo({ history, promoHistory, promoFuture: [1, 0], seasonLength: 7 });
    expect(dated.promoLift).toBeCloseTo(2.5, 2);
    expect(undated.promoLift).toBeCloseTo(2.5, 2);
    expect(dated.forecast[0]).toBeCloseTo(undated.forecast[0], 1);
  });

  it("lifts a promo on another weekday and not the old promo weekday (was 10.04 / 24.35)", () => {
    // promos always on Friday at 25, every other day 10; next week the promo moves to Thursday
    const history: number[] = [];
    const promoHistory: number[] = [];
    for (let t = 0; t < 112; t++) {
      const friday = t % 7 === 4; // 2024-01-01 is a Monday
      history.push(friday ? 25 : 10);
      promoHistory.push(friday ? 1 : 0);
    }
    const promoFuture = [0, 0, 0, 1, 0, 0, 0]; // Monday … Sunday: Thursday flagged, Friday not
    for (const startDate of [MONDAY, undefined]) {
      const r = forecastPromo({ history, promoHistory, promoFuture, startDate, seasonLength: 7 });
      expect(r.forecast[3]).toBeCloseTo(25, 1); // Thursday promo
      expect(r.forecast[4]).toBeCloseTo(10, 1); // Friday, no promo
    }
  });

  it("measures a lift independent of the weekday on noisy data with promos on varying weekdays", () => {
    const u = rng(23);
    const history: number[] = [];
    const promoHistory: number[] = [];
    for (let t = 0; t < 364; t++) {
      const p = t % 11 === 3 ? 1 : 0; // cycles through all weekdays
      history.push(Math.round(40 * (p ? 2 : 1) * Math.exp(0.1 * gaussian(u))));
      promoHistory.push(p);
    }
    const lifts = [0, 1, 2, 3, 4, 5, 6].map((wd) => {
      const promoFuture = new Array<number>(7).fill(0);
      promoFuture[wd] = 1;
      const r = forecastPromo({ history, promoHistory, promoFuture, startDate: MONDAY });
      const others = r.forecast.filter((_, h) => h !== wd);
      return r.forecast[wd] / (others.reduce((a, b) => a + b, 0) / others.length);
    });
    for (const l of lifts) expect(l).toBeGreaterThan(1.8);
    expect(Math.max(...lifts) / Math.min(...lifts)).toBeLessThan(1.1);
  });
});
