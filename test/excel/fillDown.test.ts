import fc from "fast-check";
import { isFilledDown, shiftRows } from "../../src/excel/fillDown";
import { moveDown } from "./fakeExcel";

describe("shiftRows", () => {
  it("moves relative rows and keeps $-rows, names, functions and literals (hand-checked)", () => {
    expect(shiftRows("=MAX(0,H2-I$2)+LeadTime", 3)).toBe("=MAX(0,H5-I$2)+LeadTime");
    expect(shiftRows('=IF(Method="A2",AD2,AC2)', 1)).toBe('=IF(Method="A2",AD3,AC3)');
    expect(shiftRows("=LOG10(A2)+SUM('Q1 2024'!B2:$B$9)", 2)).toBe("=LOG10(A4)+SUM('Q1 2024'!B4:$B$9)");
    expect(shiftRows("=$A2*ZScore2", 1)).toBe("=$A3*ZScore2");
  });

  it("is the identity for k = 0", () => {
    expect(shiftRows("=A1", 0)).toBe("=A1");
  });

  it("agrees with the fake host's independent fill-down on generated formulas (property)", () => {
    const ref = fc
      .tuple(
        fc.boolean(),
        fc.constantFrom("A", "H", "AB", "XFD"),
        fc.boolean(),
        fc.integer({ min: 1, max: 9999 }),
      )
      .map(([c, col, r, row]) => `${c ? "$" : ""}${col}${r ? "$" : ""}${row}`);
    const token = fc.oneof(
      ref,
      fc.constantFrom("LeadTime", "ZScore", "LOG10(2)", '"A1 text"', "'Plan 2'!B3", "1.5", "SUM(B2:B9)"),
    );
    const formula = fc
      .array(fc.tuple(token, fc.constantFrom("+", "-", "*", "/", ",")), { minLength: 1, maxLength: 6 })
      .map((parts) => "=" + parts.map(([t, op], i) => (i === 0 ? t : op + t)).join(""));
    fc.assert(
      fc.property(formula, fc.integer({ min: 1, max: 5000 }), (f, k) => {
        expect(shiftRows(f, k)).toBe(moveDown(f, k));
      }),
    );
  });
});

describe("isFilledDown", () => {
  it("accepts a column that is its first formula filled down", () => {
    expect(isFilledDown(["=K2*TargetFactor", "=K3*TargetFactor", "=K4*TargetFactor"])).toBe(true);
  });

  it("rejects a column with one different formula, constants or a single cell", () => {
    expect(isFilledDown(["=K2*TargetFactor", "=K3*TargetFactor", "=K9*TargetFactor"])).toBe(false);
    expect(isFilledDown(["=H2/H2", "=H3/H2"])).toBe(false); // a fixed row without $ moves when filled
    expect(isFilledDown([1, 2])).toBe(false);
    expect(isFilledDown(["=A1"])).toBe(false);
  });
});
