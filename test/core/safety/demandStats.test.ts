import fc from "fast-check";
import { demandStats, InputError, InsufficientDataError } from "../../../src/core/index";

describe("demandStats", () => {
  it("skips blank periods: [2, 4, blank, 6] has mean 4 and sd 2 (R: sd(c(2, 4, 6)) = 2)", () => {
    expect(demandStats({ history: [2, 4, null, 6] })).toEqual({
      mean: 4,
      stdDev: 2,
      observed: 3,
      ignored: 1,
    });
  });

  it("skips censored periods so a stock-out day does not pull demand down", () => {
    // day 3 sold 0 because the shelf was empty; without it: mean of 10, 12, 14 = 12, sd = 2
    const s = demandStats({ history: [10, 12, 0, 14], censored: [false, false, true, false] });
    expect(s.mean).toBe(12);
    expect(s.stdDev).toBe(2);
    expect(s.ignored).toBe(1);
  });

  it("agrees with the two-pass formula on any history", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 200 }), (xs) => {
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
        const s = demandStats({ history: xs });
        expect(s.mean).toBeCloseTo(mean, 8);
        expect(s.stdDev).toBeCloseTo(sd, 6);
      }),
    );
  });

  it("throws InsufficientDataError with fewer than 2 observed periods", () => {
    expect(() => demandStats({ history: [5, null, undefined] })).toThrow(InsufficientDataError);
  });

  it("rejects a history that is not a list", () => {
    expect(() => demandStats({ history: "1,2,3" as unknown as number[] })).toThrow(/^history: /);
  });

  it("rejects a negative or NaN entry, naming its index", () => {
    expect(() => demandStats({ history: [1, -2, 3] })).toThrow(/^history\[1\]: demand cannot be negative/);
    expect(() => demandStats({ history: [1, 2, NaN] })).toThrow(/^history\[2\]: /);
  });

  it("rejects censored flags of a different length", () => {
    expect(() => demandStats({ history: [1, 2, 3], censored: [false] })).toThrow(InputError);
    expect(() => demandStats({ history: [1, 2, 3], censored: [false] })).toThrow(/^censored: has 1 entries/);
  });
});
