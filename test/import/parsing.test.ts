/** The small readers the importers are built from: numbers, dates, encodings, delimiters, headers. */
import fc from "fast-check";
import { decodeText } from "../../src/import/decode";
import { detectDelimiter } from "../../src/import/detectDelimiter";
import { isFormulaLike } from "../../src/import/formulaText";
import { findColumn, normalizeHeader } from "../../src/import/headers";
import { ISSUE_MESSAGES, formatIssueMessage } from "../../src/import/messages";
import { decideDateOrder, excelSerialToIso, readDateToken } from "../../src/import/parseDate";
import { parseNumber } from "../../src/import/parseNumber";
import { hashCells, hashCells31, isBlankRecord } from "../../src/import/readTable";
import { encodeGbk } from "./gbk";

describe("parseNumber", () => {
  it.each([
    ["12", 12],
    ["12.5", 12.5],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["12,5", 12.5],
    ["$12.99", 12.99],
    ["US$ 12", 12],
    ["¥89", 89],
    ["9,90 €", 9.9],
    ["CNY 30", 30],
    ["30元", 30],
    ["(12.00)", -12],
    ["-3", -3],
    ["1e3", 1000],
    [" 7 ", 7],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });

  it("returns null for a blank cell", () => {
    expect(parseNumber("  ")).toBeNull();
  });

  it.each(["abc", "1.2.3", "12abc", "Infinity", "NaN", "--1", "1,23,4"])("returns NaN for %j", (raw) => {
    expect(parseNumber(raw)).toBeNaN();
  });

  it("reads back any finite number JavaScript prints", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (x) => {
        expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x); // -0 prints as "0"
      }),
    );
  });
});

describe("readDateToken", () => {
  it.each([
    ["2024-11-11", "2024-11-11"],
    ["2024/11/11", "2024-11-11"],
    ["2024.1.5", "2024-01-05"],
    ["2024年11月11日", "2024-11-11"],
    ["20241111", "2024-11-11"],
    ["2024-07-16T23:30:00-07:00", "2024-07-16"], // the date as written, not UTC (07-17)
    ["2024-11-29 23:59:59 -0500", "2024-11-29"],
    ["2024-11-29T04:00:00Z", "2024-11-29"],
    ["45607", "2024-11-11"], // Excel: =DATE(2024,11,11) → 45607
    ["45607.75", "2024-11-11"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %j as %s", (raw, iso) => {
    expect(readDateToken(raw)).toEqual({ kind: "ymd", iso });
  });

  it("keeps a slash date undecided with the readings that are valid", () => {
    expect(readDateToken("11/13/2024 10:23:45 AM")).toEqual({
      kind: "slash",
      a: 11,
      b: 13,
      y: 2024,
      mdy: true,
      dmy: false,
    });
    expect(readDateToken("13.11.2024")).toEqual({
      kind: "slash",
      a: 13,
      b: 11,
      y: 2024,
      mdy: false,
      dmy: true,
    });
  });

  it.each(["", "tomorrow", "2024-13-01", "2023-02-29", "31/31/2024", "1/2/24", "123", "99999", "2024-11"])(
    "rejects %j",
    (raw) => {
      expect(readDateToken(raw)).toBeNull();
    },
  );
});

describe("excelSerialToIso", () => {
  it.each([
    [25569, "1970-01-01"], // Excel: =DATE(1970,1,1) → 25569
    [43831, "2020-01-01"],
    [45627, "2024-12-01"],
  ])("serial %d is %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });
});

describe("decideDateOrder", () => {
  it("chooses DD/MM when more dates can only be DD/MM", () => {
    expect(decideDateOrder({ mdyOnly: 1, dmyOnly: 5, ambiguous: 3 }, "MDY")).toEqual({
      order: "DMY",
      ambiguous: false,
    });
  });

  it("chooses MM/DD when more dates can only be MM/DD", () => {
    expect(decideDateOrder({ mdyOnly: 2, dmyOnly: 0, ambiguous: 0 }, "DMY")).toEqual({
      order: "MDY",
      ambiguous: false,
    });
  });

  it("falls back and says so when no date decides", () => {
    expect(decideDateOrder({ mdyOnly: 0, dmyOnly: 0, ambiguous: 4 }, "DMY")).toEqual({
      order: "DMY",
      ambiguous: true,
    });
  });
});

describe("decodeText", () => {
  const text = "日期,SKU,销量\n2024-11-11,A,3\n";

  it("reads UTF-8 without BOM", () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("reads UTF-8 with BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-8-bom" });
  });

  it("reads GBK when the bytes are not UTF-8", () => {
    expect(decodeText(encodeGbk(text))).toEqual({ text, encoding: "gbk" });
  });

  it("reads UTF-16LE with BOM (Excel 'Unicode text')", () => {
    const units = [0xfeff, ...Array.from(text, (c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(new Uint16Array(units).buffer);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });

  it("accepts an ArrayBuffer", () => {
    expect(decodeText(new TextEncoder().encode("a,b").buffer as ArrayBuffer).text).toBe("a,b");
  });

  it("strips a BOM character from a string", () => {
    expect(decodeText("\uFEFFa,b")).toEqual({ text: "a,b", encoding: "text" });
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["date,sku,units\n1,2,3", ","],
    ["date;sku;units\n1;2,5;3", ";"],
    ["date\tsku\tunits\n1\t2\t3", "\t"],
    ['"a;b";c;d,e\n', ";"], // the ; inside quotes is not counted: 2 × ; vs 1 × ,
    ["single", ","],
    ["Sales report 2024\ndate\tsku\tunits\n1\t2\t3", "\t"], // a title line above the header
    ["\n\n  \ndate;sku\n", ";"], // blank lines above the header
  ])("finds the delimiter of %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("normalizeHeader / findColumn", () => {
  it("matches spellings of one column", () => {
    expect(["Weight (kg)", "weight_kg", "WEIGHT-KG", " weight kg "].map(normalizeHeader)).toEqual([
      "weightkg",
      "weightkg",
      "weightkg",
      "weightkg",
    ]);
  });

  it("finds a Chinese alias", () => {
    expect(findColumn(["日期", "SKU", "销量"], ["units", "销量"])).toBe(2);
  });

  it("returns -1 when no alias matches", () => {
    expect(findColumn(["a", "b"], ["units"])).toBe(-1);
  });
});

describe("isFormulaLike", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("flags %j", (s) => {
    expect(isFormulaLike(s)).toBe(true);
  });

  it.each(["", "SKU-1", " =1", "1-2"])("does not flag %j", (s) => {
    expect(isFormulaLike(s)).toBe(false);
  });
});

describe("formatIssueMessage", () => {
  it("fills the placeholders", () => {
    expect(formatIssueMessage("BAD_NUMBER", { row: 7, column: "units", value: "x" }, "en")).toBe(
      'Row 7: units "x" is not a number.',
    );
    expect(formatIssueMessage("BAD_NUMBER", { row: 7, column: "units", value: "x" }, "zh")).toBe(
      "第 7 行：units“x”不是数字。",
    );
  });

  it("has an English and a Chinese text for every code", () => {
    for (const [code, m] of Object.entries(ISSUE_MESSAGES)) {
      expect([code, m.en.length > 0, /[\u4e00-\u9fff]/.test(m.zh)]).toEqual([code, true, true]);
    }
  });

  it("uses only the placeholders it can fill", () => {
    const all = Object.values(ISSUE_MESSAGES)
      .flatMap((m) => [m.en, m.zh])
      .join(" ");
    expect(
      all
        .match(/\{\w+\}/g)!
        .filter((p) => !["{row}", "{column}", "{value}", "{detail}", "{format}", "{accepted}"].includes(p)),
    ).toEqual([]);
  });
});

describe("hashCells", () => {
  it("gives equal records equal hashes", () => {
    expect(hashCells(["2024-01-01", "A", "3"])).toBe(hashCells(["2024-01-01", "A", "3"]));
  });

  it("tells cell boundaries apart", () => {
    expect(hashCells(["ab", "c"])).not.toBe(hashCells(["a", "bc"]));
  });

  it("has no collision among 20k distinct records", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20_000; i++) seen.add(hashCells([`2024-01-${i % 28}`, `SKU-${i}`, String(i % 17)]));
    expect(seen.size).toBe(20_000);
  });

  it("stays a safe integer", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (cells) =>
        expect(Number.isSafeInteger(hashCells(cells))).toBe(true),
      ),
    );
  });
});

describe("hashCells31", () => {
  it("gives equal records equal hashes and tells cell boundaries apart", () => {
    expect(hashCells31(["2024-01-01", "A", "3"])).toBe(hashCells31(["2024-01-01", "A", "3"]));
    expect(hashCells31(["ab", "c"])).not.toBe(hashCells31(["a", "bc"]));
    expect(hashCells31(["a", ""])).not.toBe(hashCells31(["a"]));
  });

  it("tells apart the records of one SKU-day that differ in one cell (units 0 … 9,999)", () => {
    const seen = new Set<number>();
    for (let u = 0; u < 10_000; u++) seen.add(hashCells31(["2024-01-01", "SKU-1", String(u), "0", "19.99"]));
    expect(seen.size).toBe(10_000);
  });

  it("is a whole number 0 … 2³¹ − 1", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (cells) => {
        const h = hashCells31(cells);
        expect(Number.isInteger(h) && h >= 0 && h <= 0x7fffffff).toBe(true);
      }),
    );
  });
});

describe("isBlankRecord", () => {
  it("is true only when every cell is empty or whitespace, whatever the first character", () => {
    expect(isBlankRecord([])).toBe(true);
    expect(isBlankRecord(["", " ", "\t", "\u00a0\u3000"])).toBe(true);
    expect(isBlankRecord(["", "  x"])).toBe(false);
    expect(isBlankRecord(["\u3000货"])).toBe(false);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme-composite" })), (cells) =>
        expect(isBlankRecord(cells)).toBe(cells.every((c) => !/\S/.test(c))),
      ),
    );
  });
});
