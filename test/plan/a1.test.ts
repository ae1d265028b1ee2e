import fc from "fast-check";
import {
  absoluteReference,
  columnIndex,
  colLetter,
  formatRange,
  parseA1,
  parseRange,
  quoteSheetName,
  splitReference,
} from "../../src/plan/a1";

describe("columnIndex / colLetter", () => {
  it("maps the documented corners: A=0, Z=25, AA=26, XFD=16383 (Excel's last column)", () => {
    expect([columnIndex("A"), columnIndex("Z"), columnIndex("AA"), columnIndex("xfd")]).toEqual([
      0, 25, 26, 16383,
    ]);
    expect([colLetter(0), colLetter(25), colLetter(26), colLetter(16383)]).toEqual(["A", "Z", "AA", "XFD"]);
  });

  it("round-trips every column (property)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(colLetter(i)) === i));
  });

  it("rejects text that is not a column", () => {
    expect(() => columnIndex("A1")).toThrow("not a column");
    expect(() => columnIndex("")).toThrow("not a column");
  });
});

describe("parseRange / formatRange", () => {
  it("parses cells and ranges, with or without $", () => {
    expect(parseRange("B4")).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    expect(parseRange("$A$30:$P$42")).toEqual({ top: 29, left: 0, bottom: 41, right: 15 });
  });

  it("normalises a reversed range", () => {
    expect(formatRange(parseRange("C5:A1"))).toBe("A1:C5");
  });

  it("rejects sheet-qualified and malformed text", () => {
    expect(() => parseRange("Plan!A1")).toThrow("not an A1 range");
    expect(() => parseRange("A1:B2:C3")).toThrow("not an A1 range");
  });
});

describe("quoteSheetName", () => {
  it("quotes names with spaces, CJK or quotes, doubling quotes", () => {
    expect(quoteSheetName("Plan")).toBe("Plan");
    expect(quoteSheetName("StockUp Plan")).toBe("'StockUp Plan'");
    expect(quoteSheetName("备货计划")).toBe("'备货计划'");
    expect(quoteSheetName("Li's plan")).toBe("'Li''s plan'");
  });
});

describe("absoluteReference", () => {
  it("makes a defined-name reference", () => {
    expect(absoluteReference("Plan 1", "B4")).toBe("'Plan 1'!$B$4");
    expect(absoluteReference("Plan", "a1:c3")).toBe("Plan!$A$1:$C$3");
  });
});

describe("splitReference", () => {
  it("splits quoted and bare sheet references", () => {
    expect(splitReference("'Monitor'!$A$5:$A$35")).toEqual({ sheet: "Monitor", address: "A5:A35" });
    expect(splitReference("'Li''s plan'!B2")).toEqual({ sheet: "Li's plan", address: "B2" });
    expect(splitReference("Data!C3")).toEqual({ sheet: "Data", address: "C3" });
  });

  it("rejects a reference without a sheet", () => {
    expect(() => splitReference("A1")).toThrow("without a sheet");
  });
});

describe("parseA1 / parseRange read like their regular expressions", () => {
  // the rules as they were written before the character-by-character reading (issue 16 scale)
  const byRegex = (address: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
    return m ? { row: Number(m[2]), col: columnIndex(m[1]) + 1 } : null;
  };
  const rangeByRegex = (address: string) => {
    const parts = address.replace(/\$/g, "").toUpperCase().split(":");
    if (parts.length > 2) return null;
    const cells = parts.map((p) => /^([A-Z]{1,3})(\d{1,7})$/.exec(p));
    if (cells.some((c) => !c)) return null;
    const [a, b = a] = cells.map((c) => ({ row: Number(c![2]) - 1, col: columnIndex(c![1]) }));
    const r = (f: (x: number, y: number) => number) => [f(a.row, b.row), f(a.col, b.col)];
    return { top: r(Math.min)[0], left: r(Math.min)[1], bottom: r(Math.max)[0], right: r(Math.max)[1] };
  };
  const attempt = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const text = fc
    .array(fc.constantFrom("A", "b", "Z", "x", "$", ":", "0", "1", "9", " ", "[", "@", "{", "é"), {
      maxLength: 12,
    })
    .map((cs) => cs.join(""));

  it("agrees on any text of address characters (property)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(attempt(() => parseA1(t))).toEqual(byRegex(t));
        expect(attempt(() => parseRange(t))).toEqual(rangeByRegex(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the documented cases", () => {
    expect(parseA1("AB12")).toEqual({ row: 12, col: 28 });
    expect(parseA1("$xfd$1048576")).toEqual({ row: 1048576, col: 16384 });
    expect(() => parseA1("A")).toThrow("is not an A1 cell address");
    expect(() => parseA1("ABCD1")).toThrow("is not an A1 cell address");
    expect(parseRange("BX5001")).toEqual({ top: 5000, left: 75, bottom: 5000, right: 75 });
    expect(() => parseRange("A12345678")).toThrow("not an A1 range");
  });
});
