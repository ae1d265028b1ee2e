import { civilFromDays, daysOfMonth } from "../../../src/core/forecast/calendar";
import { nelderMead } from "../../../src/core/forecast/nelderMead";
import { quantileSorted } from "../../../src/core/forecast/quantile";
import { parseIsoDay } from "../../../src/core/forecast/validateForecastInput";

describe("civilFromDays", () => {
  it("matches the JavaScript Date for every day of 2012–2016 (leap years included)", () => {
    for (let d = parseIsoDay("2012-01-01"); d <= parseIsoDay("2016-12-31"); d++) {
      const date = new Date(d * 86400000);
      const c = civilFromDays(d);
      expect([c.dayOfMonth, c.month]).toEqual([date.getUTCDate(), date.getUTCMonth() + 1]);
    }
  });
});

describe("daysOfMonth", () => {
  it("rolls over month ends, including 29 February 2016", () => {
    expect(Array.from(daysOfMonth(parseIsoDay("2016-02-27"), 5))).toEqual([27, 28, 29, 1, 2]);
  });
});

describe("parseIsoDay", () => {
  it("counts days from 1970-01-01", () => {
    expect(parseIsoDay("1970-01-02")).toBe(1);
    expect(parseIsoDay("2015-07-31")).toBe(16647); // Date.UTC(2015, 6, 31) / 86400000
  });

  it("rejects an impossible date", () => {
    expect(() => parseIsoDay("2015-02-30")).toThrow(/^startDate/);
  });

  it("reads years 0000–0099 as written (Date.UTC would map 0050 to 1950 and refuse the date)", () => {
    // 1950-03-01 is day −7246; 0050-03-01 lies 1900 Gregorian years (693,960 days) before it
    expect(parseIsoDay("1950-03-01")).toBe(-7246);
    expect(parseIsoDay("0050-03-01")).toBe(-7246 - 693960);
  });
});

describe("quantileSorted", () => {
  it("interpolates like R's quantile type 7", () => {
    // R: quantile(1:4, c(0.5, 0.9)) → 2.5, 3.7
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
  });
});

describe("nelderMead", () => {
  it("finds the minimum of the Rosenbrock function near (1, 1)", () => {
    const r = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], 2000, 0.5, 1e-14);
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
  });
});
