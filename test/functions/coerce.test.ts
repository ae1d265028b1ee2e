import { isoToExcelSerial } from "../../src/core";
import fc from "fast-check";
import { InputError, OutOfRangeError } from "../../src/core/errors";
import {
  MAX_RANGE_CELLS,
  parseNumberText,
  shapeLike,
  toChoice,
  toInteger,
  toIsoDate,
  toNumber,
  toNumberRange,
  toOptionalNumber,
  toOptionalNumberRange,
} from "../../src/functions/coerce";
import { CellErrorInput } from "../../src/functions/excelError";

const div0 = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("parseNumberText", () => {
  it("reads numbers typed with spaces, thousands separators, percent and currency", () => {
    expect(parseNumberText(" 12 ")).toBe(12);
    expect(parseNumberText("1,234")).toBe(1234);
    expect(parseNumberText("1,234,567.25")).toBe(1234567.25);
    expect(parseNumberText("12.5%")).toBeCloseTo(0.125, 12);
    expect(parseNumberText("¥30")).toBe(30);
    expect(parseNumberText("-7e2")).toBe(-700);
  });

  it("reads full-width digits typed with a Chinese input method", () => {
    expect(parseNumberText("１２")).toBe(12);
    expect(parseNumberText("１，２３４")).toBe(1234);
  });

  it("rejects text that is not a number, and misplaced separators", () => {
    expect(parseNumberText("abc")).toBeUndefined();
    expect(parseNumberText("12,34")).toBeUndefined();
    expect(parseNumberText("1.2.3")).toBeUndefined();
    expect(parseNumberText("")).toBeUndefined();
  });

  it("round-trips any finite number written with toString", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberText(String(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("toNumber", () => {
  it("accepts numbers, text numbers, booleans and 1x1 ranges", () => {
    expect(toNumber(5, "q")).toBe(5);
    expect(toNumber("1,234", "q")).toBe(1234);
    expect(toNumber(true, "q")).toBe(1);
    expect(toNumber([[7]], "q")).toBe(7);
  });

  it("rejects a blank required argument with InputError naming it", () => {
    const e = thrown(() => toNumber(null, "quantity"));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe("quantity: is required");
  });

  it("rejects non-numeric text", () => {
    const e = thrown(() => toNumber("lots", "quantity"));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('quantity: "lots" is not a number');
  });

  it("propagates an error value with its own code", () => {
    const e = thrown(() => toNumber(div0(), "quantity")) as CellErrorInput;
    expect(e).toBeInstanceOf(CellErrorInput);
    expect(e.code).toBe("#DIV/0!");
  });

  it("rejects a multi-cell range where one value is expected", () => {
    expect(thrown(() => toNumber([[1, 2]], "quantity"))).toBeInstanceOf(InputError);
  });

  it("rejects infinity as out of range", () => {
    expect(thrown(() => toNumber(Infinity, "quantity"))).toBeInstanceOf(OutOfRangeError);
  });
});

describe("toOptionalNumber", () => {
  it("gives undefined for omitted (null) and blank", () => {
    expect(toOptionalNumber(null, "g")).toBeUndefined();
    expect(toOptionalNumber("  ", "g")).toBeUndefined();
    expect(toOptionalNumber(0, "g")).toBe(0);
  });
});

describe("toInteger", () => {
  it("accepts whole numbers and rejects fractions", () => {
    expect(toInteger("7", "season_length")).toBe(7);
    expect(toInteger(null, "season_length", true)).toBeUndefined();
    const e = thrown(() => toInteger(7.5, "season_length"));
    expect((e as Error).message).toBe("season_length: must be a whole number, got 7.5");
  });
});

describe("toChoice", () => {
  const modes = { sea: "sea", air: "air", 海运: "sea" } as const;
  it("matches case-insensitively, trims, and accepts aliases", () => {
    expect(toChoice(" AIR ", "mode", modes)).toBe("air");
    expect(toChoice("海运", "mode", modes)).toBe("sea");
  });
  it("uses the fallback when omitted and requires a value without one", () => {
    expect(toChoice(null, "mode", modes, "air")).toBe("air");
    expect(thrown(() => toChoice(null, "mode", modes))).toBeInstanceOf(InputError);
  });
  it("lists the ASCII choices when the text matches none", () => {
    const e = thrown(() => toChoice("boat", "mode", modes));
    expect((e as Error).message).toBe('mode: "boat" is not one of sea, air');
  });
});

describe("toNumberRange", () => {
  it("flattens a column and marks blanks", () => {
    const r = toNumberRange([[1], [null], ["3"], [""]], "history");
    expect(r.values).toEqual([1, 0, 3]);
    expect(r.blank).toEqual([false, true, false]);
    expect(r.orientation).toBe("column");
    expect(r.cellCount).toBe(4);
  });

  it("reads a row as a row and a block row by row", () => {
    expect(toNumberRange([[1, 2, 3]], "h").orientation).toBe("row");
    expect(
      toNumberRange(
        [
          [1, 2],
          [3, 4],
        ],
        "h",
      ).values,
    ).toEqual([1, 2, 3, 4]);
  });

  it("treats a single value as a one-cell column", () => {
    const r = toNumberRange(5, "h");
    expect(r.values).toEqual([5]);
    expect(r.orientation).toBe("column");
  });

  it("drops trailing blanks so a whole-column reference works", () => {
    const col: (number | null)[][] = Array.from({ length: 1_048_576 }, () => [null]);
    col[0] = [4];
    col[1] = [6];
    expect(toNumberRange(col, "history").values).toEqual([4, 6]);
  });

  it("names the cell that holds an error value", () => {
    const e = thrown(() => toNumberRange([[1], [2], [div0()]], "history")) as CellErrorInput;
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBe("history: cell 3 holds the error #DIV/0!; fix that cell first");
  });

  it("names the cell that holds text", () => {
    const e = thrown(() => toNumberRange([[1], ["n/a"]], "history"));
    expect((e as Error).message).toBe('history: cell 2 ("n/a") is not a number');
  });

  it("rejects more than MAX_RANGE_CELLS filled cells", () => {
    const big = Array.from({ length: MAX_RANGE_CELLS + 1 }, () => [1]);
    expect(thrown(() => toNumberRange(big, "history"))).toBeInstanceOf(OutOfRangeError);
  });

  it("keeps every finite number in order", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 50 }), (xs) => {
        expect(
          toNumberRange(
            xs.map((x) => [x]),
            "h",
          ).values,
        ).toEqual(xs);
      }),
    );
  });
});

describe("toOptionalNumberRange", () => {
  it("gives undefined for an omitted argument and an all-blank range", () => {
    expect(toOptionalNumberRange(null, "p")).toBeUndefined();
    expect(toOptionalNumberRange([[null], [""]], "p")).toBeUndefined();
    expect(toOptionalNumberRange([[1]], "p")?.values).toEqual([1]);
  });
});

describe("shapeLike", () => {
  it("spills a row as one row and anything else as one column", () => {
    expect(shapeLike([1, 2], "row")).toEqual([[1, 2]]);
    expect(shapeLike([1, 2], "column")).toEqual([[1], [2]]);
  });
});

describe("toIsoDate", () => {
  // Excel: =DATE(2026,11,11) → 46337; =DATE(1900,3,1) → 61.
  it("reads Excel date serials, dropping the time of day", () => {
    expect(toIsoDate(46337, "d")).toBe("2026-11-11");
    expect(toIsoDate(46337.75, "d")).toBe("2026-11-11");
    expect(toIsoDate(61, "d")).toBe("1900-03-01");
  });

  it("reads ISO and slash date text", () => {
    expect(toIsoDate("2026-11-11", "d")).toBe("2026-11-11");
    expect(toIsoDate("2026/7/8", "d")).toBe("2026-07-08");
    expect(toIsoDate("46337", "d")).toBe("2026-11-11");
  });

  it("rejects dates before 1900-03-01 as out of range", () => {
    expect(thrown(() => toIsoDate(59, "d"))).toBeInstanceOf(OutOfRangeError);
    expect(thrown(() => toIsoDate("1899-12-31", "d"))).toBeInstanceOf(OutOfRangeError);
    expect(thrown(() => toIsoDate(-5, "d"))).toBeInstanceOf(OutOfRangeError);
  });

  it("rejects impossible dates and non-dates", () => {
    expect(thrown(() => toIsoDate("2026-02-30", "d"))).toBeInstanceOf(InputError);
    expect(thrown(() => toIsoDate("next week", "d"))).toBeInstanceOf(InputError);
    expect(thrown(() => toIsoDate(null, "d"))).toBeInstanceOf(InputError);
  });

  it("round-trips with the core's isoToExcelSerial for every serial from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (s) => {
        expect(isoToExcelSerial(toIsoDate(s, "d"))).toBe(s);
      }),
    );
  });
});
