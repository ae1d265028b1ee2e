import { parseA1, toA1 } from "../../src/plan/a1";
import { addDays, isoToExcelSerial, excelSerialToIso } from "../../src/core";
import { ceilingTo, excelSub, num, round0 } from "../../src/plan/excelMath";
import { parsePlanState } from "../../src/plan/parsePlanState";
import { overridesFromValues } from "../../src/plan/readOverrides";
import type { InputCellRef } from "../../src/plan/types";
import { PLAN_SCHEMA_VERSION } from "../../src/plan/types";
import { toFileFormula } from "../../src/plan/xlfn";
import fc from "fast-check";

describe("toFileFormula", () => {
  it("prefixes newer functions with _xlfn.", () => {
    expect(toFileFormula("=NORM.S.INV(B5)*2")).toBe("=_xlfn.NORM.S.INV(B5)*2");
    expect(toFileFormula("=STDEV.S(A1:A9)+CEILING.MATH(B1)")).toBe(
      "=_xlfn.STDEV.S(A1:A9)+_xlfn.CEILING.MATH(B1)",
    );
  });

  it("leaves old functions, names and string literals alone", () => {
    expect(toFileFormula("=CEILING(A1,5)+SUM(A1)")).toBe("=CEILING(A1,5)+SUM(A1)");
    expect(toFileFormula('=IF(A1="NORM.S.INV(",1,2)')).toBe('=IF(A1="NORM.S.INV(",1,2)');
    expect(toFileFormula("=MYNORM.S.INV(1)")).toBe("=MYNORM.S.INV(1)");
  });

  it("does not prefix twice", () => {
    expect(toFileFormula("=_xlfn.NORM.S.INV(0.9)")).toBe("=_xlfn.NORM.S.INV(0.9)");
  });
});

describe("isoToExcelSerial", () => {
  it("matches Excel's serials", () => {
    // Excel: DATE(2025,1,1) = 45658, DATE(1900,3,1) = 61, DATE(2025,7,8) = 45846
    expect([
      isoToExcelSerial("2025-01-01"),
      isoToExcelSerial("1900-03-01"),
      isoToExcelSerial("2025-07-08"),
    ]).toEqual([45658, 61, 45846]);
  });

  it("round-trips with excelSerialToIso and addDays (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 80000 }), fc.integer({ min: -400, max: 400 }), (s, d) => {
        expect(isoToExcelSerial(excelSerialToIso(s))).toBe(s);
        if (s + d >= 61) expect(isoToExcelSerial(addDays(excelSerialToIso(s), d))).toBe(s + d);
      }),
    );
  });

  it("rejects text that is not a calendar date", () => {
    expect(() => isoToExcelSerial("2025-02-29")).toThrow(/not a calendar date/);
    expect(() => isoToExcelSerial("2025-7-8")).toThrow(/YYYY-MM-DD/);
  });
});

describe("parseA1", () => {
  it("parses and formats addresses", () => {
    expect(parseA1("AB12")).toEqual({ row: 12, col: 28 });
    expect(parseA1("$A$1")).toEqual({ row: 1, col: 1 });
    expect([toA1(12, 28), toA1(1, 26), toA1(3, 27), toA1(9, 703)]).toEqual(["AB12", "Z1", "AA3", "AAA9"]);
  });

  it("rejects ranges and sheet names", () => {
    expect(() => parseA1("A1:B2")).toThrow(/not an A1 cell address/);
    expect(() => parseA1("Sheet1!A1")).toThrow(/not an A1 cell address/);
  });
});

describe("ceilingTo", () => {
  it("rounds up to a multiple like Excel CEILING, ignoring float noise", () => {
    expect([ceilingTo(7, 5), ceilingTo(10, 5), ceilingTo(55.78, 50), ceilingTo(0.1 + 0.2, 0.1)]).toEqual([
      10, 10, 100, 0.30000000000000004,
    ]);
    // 0.3 / 0.1 = 2.9999999999999996 in binary; Excel and LibreOffice round it to 3 first
    expect(ceilingTo(0.3, 0.1)).toBeCloseTo(0.3, 15);
    expect(ceilingTo(5, 0)).toBe(0);
  });
});

describe("round0", () => {
  it("rounds half away from zero like Excel ROUND(x, 0)", () => {
    expect([round0(2.5), round0(-2.5), round0(2.4999999999999996), round0(1.4)]).toEqual([3, -3, 3, 1]);
  });
});

describe("num", () => {
  it("treats blank as 0, TRUE as 1 and text as an error (NaN)", () => {
    expect([num(null), num(true), num(4.5)]).toEqual([0, 1, 4.5]);
    expect(num("12")).toBeNaN();
  });
});

const ref = (name: string, written: number | string | null, overridden = false): InputCellRef => ({
  sheet: "Plan",
  address: "B5",
  key: { kind: "name", name },
  written,
  overridden,
});

describe("overridesFromValues", () => {
  it("keeps only what the buyer changed, plus earlier overrides", () => {
    const refs = [
      ref("A", 1),
      ref("B", 2),
      ref("C", 3, true),
      { ...ref("x", 5), key: { kind: "table" as const, sku: "S1", column: "moq" } },
    ];
    expect(overridesFromValues(refs, [1, 20, 3, 7])).toEqual({
      inputs: { B: 20, C: 3 },
      table: { S1: { moq: 7 } },
      dates: {},
    });
  });

  it("counts an emptied cell as an edit and ignores float noise on unchanged numbers", () => {
    expect(overridesFromValues([ref("A", 0.1), ref("B", 0.3)], [null, 0.1 + 0.2])).toEqual({
      inputs: { A: null },
      table: {},
      dates: {},
    });
  });

  it("rejects values that do not line up with the inputs", () => {
    expect(() => overridesFromValues([ref("A", 1)], [])).toThrow(/1 input cells but 0 values/);
  });
});

describe("parsePlanState", () => {
  it("reads a state of this schema", () => {
    const s = { schemaVersion: PLAN_SCHEMA_VERSION, refreshDate: "2025-05-01", locale: "en-US", inputs: [] };
    expect(parsePlanState(JSON.stringify(s))).toEqual(s);
  });

  it("refuses a newer schema instead of overwriting it", () => {
    const s = JSON.stringify({ schemaVersion: PLAN_SCHEMA_VERSION + 1, inputs: [] });
    expect(() => parsePlanState(s)).toThrow(/newer StockUp/);
  });

  it("refuses text that is not a plan state", () => {
    expect(() => parsePlanState("{oops")).toThrow(/not valid JSON/);
    expect(() => parsePlanState('{"inputs":[]}')).toThrow(/missing its schema version/);
  });
});

describe("excelSub", () => {
  it("zeroes the difference of two numbers equal to about 14 digits, like LibreOffice and Excel", () => {
    // LibreOffice: =1-0.7-0.3 → 0; JavaScript: 5.551115123125783e-17
    expect([excelSub(excelSub(1, 0.7), 0.3), 1 - 0.7 - 0.3]).toEqual([0, 5.551115123125783e-17]);
  });

  it("subtracts normally otherwise, including across signs", () => {
    expect([excelSub(5, 3), excelSub(-1e-20, 1e-20), excelSub(0.3, 0.1)]).toEqual([
      2, -2e-20, 0.19999999999999998,
    ]);
  });
});
