import { InputError } from "../../../src/core/errors";
import { detectSeasonLength } from "../../../src/core/forecast/detectSeasonLength";

describe("detectSeasonLength", () => {
  it("finds a weekly cycle in daily data", () => {
    const y = Array.from({ length: 140 }, (_, t) => [50, 52, 55, 60, 80, 95, 20][t % 7] + ((t * 7919) % 5));
    expect(detectSeasonLength(y)).toBe(7);
  });

  it("reports the base period, not its multiple", () => {
    const y = Array.from({ length: 24 }, (_, t) => (t % 2 ? 5 : 1));
    expect(detectSeasonLength(y)).toBe(2);
  });

  it("returns 1 for a series without a cycle", () => {
    expect(detectSeasonLength(Array.from({ length: 60 }, (_, t) => 10 + t * 0.5))).toBe(1);
  });

  it("returns 1 for a constant or very short series", () => {
    expect(detectSeasonLength([3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(1);
    expect(detectSeasonLength([1, 2, 3])).toBe(1);
  });

  it("skips censored periods (closed Sundays at 0 do not hide the cycle)", () => {
    const y = Array.from({ length: 140 }, (_, t) => (t % 7 === 6 ? 0 : [50, 52, 55, 60, 80, 95][t % 7]));
    const c = y.map((_, t) => t % 7 === 6);
    expect(detectSeasonLength(y, c)).toBe(7);
  });

  it("rejects an empty history", () => {
    expect(() => detectSeasonLength([])).toThrow(InputError);
  });

  it("rejects censored of another length", () => {
    expect(() => detectSeasonLength([1, 2, 3], [true])).toThrow(/^censored/);
  });
});
