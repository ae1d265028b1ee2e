import { sellThrough, OutOfRangeError, OverflowError, InputError } from "../../../src/core/index";

describe("sellThrough", () => {
  it("is sold / (opening + received)", () => {
    expect(sellThrough({ unitsSold: 850, unitsReceived: 1000 })).toBe(0.85);
    // 900 / (200 + 1000) = 0.75
    expect(sellThrough({ unitsSold: 900, unitsReceived: 1000, openingUnits: 200 })).toBe(0.75);
  });

  it("rejects more sold than available", () => {
    expect(() => sellThrough({ unitsSold: 1001, unitsReceived: 1000 })).toThrow(/^unitsSold: exceeds/);
  });

  it("rejects nothing available", () => {
    expect(() => sellThrough({ unitsSold: 0, unitsReceived: 0 })).toThrow(OutOfRangeError);
  });

  it("rejects negative and NaN counts", () => {
    expect(() => sellThrough({ unitsSold: -1, unitsReceived: 10 })).toThrow(/^unitsSold: /);
    expect(() => sellThrough({ unitsSold: 1, unitsReceived: NaN })).toThrow(InputError);
    expect(() => sellThrough({ unitsSold: 1, unitsReceived: 10, openingUnits: -3 })).toThrow(
      /^openingUnits: /,
    );
  });
});

describe("sellThrough overflow", () => {
  it("refuses 1e308 + 1e308 instead of reading sold / Infinity as 0 %", () => {
    expect(() => sellThrough({ unitsSold: 1e308, unitsReceived: 1e308, openingUnits: 1e308 })).toThrow(
      OverflowError,
    );
    expect(sellThrough({ unitsSold: 1e308, unitsReceived: 1e308 })).toBe(1);
  });
});
