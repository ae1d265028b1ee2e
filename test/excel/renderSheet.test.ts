import { cellEntry, columnWidthPoints, cssColor, validationRule } from "../../src/excel/renderSheet";
import type { PlanCell } from "../../src/plan/types";

const noRenames = new Map<string, string>();

describe("cellEntry", () => {
  it("writes every string as Text (@), whatever it starts with", () => {
    for (const s of ["=1+1", "+1", "-1", "@A1", "\t", "\r", "0012", "plain"]) {
      const cell: PlanCell = { address: "A1", kind: "value", value: s, style: "value", numberFormat: "0.0" };
      expect(cellEntry(cell, noRenames)).toEqual({ entry: s, format: "@" });
    }
  });

  it("writes formulas as given, with staging sheet names, and numbers with their format", () => {
    const f: PlanCell = {
      address: "B2",
      kind: "formula",
      value: null,
      formula: "=Plan!B4*2",
      style: "computed",
    };
    expect(cellEntry(f, new Map([["Plan", "StockUp_tmp_1"]]))).toEqual({
      entry: "=StockUp_tmp_1!B4*2",
      format: "General",
    });
    const n: PlanCell = { address: "B3", kind: "input", value: 0.95, numberFormat: "0.0%", style: "input" };
    expect(cellEntry(n, noRenames)).toEqual({ entry: 0.95, format: "0.0%" });
  });

  it("writes an empty input as an empty string (null would leave the cell unchanged)", () => {
    const c: PlanCell = { address: "B3", kind: "input", value: null, style: "input" };
    expect(cellEntry(c, noRenames).entry).toBe("");
  });
});

describe("validationRule", () => {
  it("maps ranges to the right operator", () => {
    const v = (rule: any) => validationRule({ range: "A1", rule, allowBlank: true, errorMessage: "" });
    expect(v({ type: "decimal", min: 0, max: 1 })).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
    expect(v({ type: "whole", max: 365 })).toEqual({
      wholeNumber: { formula1: 365, operator: "LessThanOrEqualTo" },
    });
    expect(v({ type: "whole", min: 1 })).toEqual({
      wholeNumber: { formula1: 1, operator: "GreaterThanOrEqualTo" },
    });
    expect(v({ type: "decimal" })).toEqual({
      decimal: { formula1: -9.99e307, formula2: 9.99e307, operator: "Between" },
    });
    expect(v({ type: "date", min: 45000, max: 46000 })).toEqual({
      date: { formula1: "=45000", formula2: "=46000", operator: "Between" },
    });
    expect(v({ type: "list", values: ["sea", "air"] })).toEqual({
      list: { inCellDropDown: true, source: "sea,air" },
    });
  });
});

describe("columnWidthPoints / cssColor", () => {
  it("converts character widths with Calibri 11's 7 px digit and 5 px padding", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px = 48 pt
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  it("drops the alpha byte of ARGB colours", () => {
    expect(cssColor("FF1F3864")).toBe("#1F3864");
    expect(cssColor("1F3864")).toBe("#1F3864");
  });
});
