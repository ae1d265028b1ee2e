import fc from "fast-check";
import { addDays, daysBetween, InputError } from "../../../src/core/index";

describe("addDays", () => {
  it("crosses month and leap-year ends", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("is undone by daysBetween", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 20000 }), (n) => {
        expect(daysBetween("2025-06-15", addDays("2025-06-15", n))).toBe(n);
      }),
    );
  });

  it("handles years below 100 literally (Date.UTC would read 0099 as 1999)", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });

  it("rejects a fractional day count", () => {
    expect(() => addDays("2025-01-01", 1.5)).toThrow(/^days: /);
  });

  it("rejects an impossible date", () => {
    expect(() => addDays("2025-13-01", 1)).toThrow(InputError);
  });
});

describe("daysBetween", () => {
  it("counts whole days, negative backwards", () => {
    expect(daysBetween("2025-10-01", "2025-10-08")).toBe(7);
    expect(daysBetween("2025-10-08", "2025-10-01")).toBe(-7);
    // 2024 is a leap year: 366 days
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("rejects a date with a time part", () => {
    expect(() => daysBetween("2025-10-01T00:00", "2025-10-02")).toThrow(/^from: /);
  });
});

describe("addDays far out of range", () => {
  it("names the days, never prints 0NaN-NaN-NaN", () => {
    expect(() => addDays("2025-11-07", -1e9)).toThrow("days: moves the date outside the years 0000–9999");
    expect(() => addDays("2025-11-07", 3e15)).toThrow("days: moves the date outside the years 0000–9999");
    expect(addDays("9999-12-30", 1)).toBe("9999-12-31");
    expect(addDays("0000-01-02", -1)).toBe("0000-01-01");
    expect(() => addDays("9999-12-31", 1)).toThrow(/outside the years/);
  });
});
