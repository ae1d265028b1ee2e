/** Behaviours of `importSales` one by one (fixture numbers are in importSales.fixtures.test.ts). */
import fc from "fast-check";
import { importSales } from "../../src/import/importSales";
import { formatIssueMessage } from "../../src/import/messages";
import { importSkus } from "../../src/import/importSkus";
import { InputError } from "../../src/core/errors";
import { encodeGbk } from "./gbk";

const days = (text: string, options = {}) =>
  importSales(text, options).rows.map((r) => [r.sku, r.date, r.units, r.promo]);

describe("importSales", () => {
  it("reads the standard contract date,sku,units,promo,price", () => {
    expect(importSales("date,sku,units,promo,price\n2024-11-11,A,3,1,19.99\n").rows).toEqual([
      { sku: "A", date: "2024-11-11", units: 3, promo: 1, revenue: 59.97, price: 19.99 },
    ]);
  });

  it("matches Chinese headers (日期, SKU, 销量, 促销, 单价) in a GBK file", () => {
    const bytes = encodeGbk(
      "日期,SKU,销量,促销,单价\n2024/11/11,杯子-01,5,是,12.5\n2024/11/12,杯子-01,2,否,15\n",
    );
    const r = importSales(bytes);
    expect([r.meta.encoding, r.meta.format]).toEqual(["gbk", "generic"]);
    expect(r.rows).toEqual([
      { sku: "杯子-01", date: "2024-11-11", units: 5, promo: 1, revenue: 62.5, price: 12.5 },
      { sku: "杯子-01", date: "2024-11-12", units: 2, promo: 0, revenue: 30, price: 15 },
    ]);
  });

  it("matches 数量 and headers in any case", () => {
    expect(days("DATE,Sku,数量\n2024-01-01,A,4\n")).toEqual([["A", "2024-01-01", 4, undefined]]);
  });

  it("reads semicolon files with decimal commas", () => {
    const r = importSales("date;sku;units;price\n2024-01-01;A;2;9,90\n");
    expect([r.meta.delimiter, r.rows[0].price, r.rows[0].revenue]).toEqual([";", 9.9, 19.8]);
  });

  it("reads tab-separated files", () => {
    expect(days("date\tsku\tunits\n2024-01-01\tA\t2\n")).toEqual([["A", "2024-01-01", 2, undefined]]);
  });

  it("sums several rows of one SKU and day", () => {
    expect(days("date,sku,units\n2024-01-01,A,2\n2024-01-01,A,5\n")).toEqual([
      ["A", "2024-01-01", 7, undefined],
    ]);
  });

  it("merges two spellings of the same day", () => {
    expect(days("date,sku,units\n2024-01-13,A,2\n01/13/2024,A,5\n45304,A,1\n")).toEqual([
      ["A", "2024-01-13", 8, undefined],
    ]);
  });

  it("finds a duplicate among many order lines of one SKU-day", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `2024-01-01,A,1,order-${i}`);
    const r = importSales("date,sku,units,order\n" + [...lines, lines[17]].join("\n"));
    expect([r.rows[0].units, r.issues.map((i) => [i.code, i.row, i.detail])]).toEqual([
      40,
      [["DUPLICATE_ROW", 42, "19"]],
    ]);
  });

  it("counts an exact duplicate record once", () => {
    const r = importSales("date,sku,units\n2024-01-01,A,2\n2024-01-01,A,2\n");
    expect([r.rows[0].units, r.meta.duplicateRows]).toEqual([2, 1]);
  });

  it("marks a day promo when at least half of its units were on promo", () => {
    const text =
      "date,sku,units,promo\n2024-01-01,A,2,1\n2024-01-01,A,2,0\n2024-01-02,A,1,1\n2024-01-02,A,3,0\n";
    expect(days(text).map((d) => d[3])).toEqual([1, 0]); // 2 of 4 → promo; 1 of 4 → not
  });

  it("keeps a zero-unit promo day as promo (a stock-out on promo is still a promo day)", () => {
    expect(days("date,sku,units,promo\n2024-01-01,A,0,1\n")).toEqual([["A", "2024-01-01", 0, 1]]);
  });

  it("keeps the listed price of a zero-unit day", () => {
    expect(importSales("date,sku,units,price\n2024-01-01,A,0,9.5\n").rows[0]).toEqual({
      sku: "A",
      date: "2024-01-01",
      units: 0,
      revenue: 0,
      price: 9.5,
    });
  });

  it("omits revenue when some units of the day have no price", () => {
    const r = importSales("date,sku,units,price\n2024-01-01,A,2,5\n2024-01-01,A,1,\n").rows[0];
    expect([r.units, r.revenue, r.price]).toEqual([3, undefined, 5]);
  });

  it("decides MM/DD from one date that only MM/DD can read", () => {
    const r = importSales("date,sku,units\n01/02/2024,A,1\n01/13/2024,A,1\n");
    expect([r.meta.dateOrder, r.rows.map((x) => x.date)]).toEqual(["MDY", ["2024-01-02", "2024-01-13"]]);
  });

  it("decides DD/MM from one date that only DD/MM can read", () => {
    const r = importSales("date,sku,units\n01/02/2024,A,1\n13/01/2024,A,1\n");
    expect([r.meta.dateOrder, r.rows.map((x) => x.date)]).toEqual(["DMY", ["2024-01-13", "2024-02-01"]]);
  });

  it("uses the dateOrder option when the column cannot decide, without a warning", () => {
    const r = importSales("date,sku,units\n01/02/2024,A,1\n", { dateOrder: "DMY" });
    expect([r.rows[0].date, r.issues.length]).toEqual(["2024-02-01", 0]);
  });

  it("never reads the clock: without asOf a far-future date is imported", () => {
    expect(days("date,sku,units\n2999-01-01,A,1\n")).toEqual([["A", "2999-01-01", 1, undefined]]);
  });

  it("accepts a date equal to asOf", () => {
    expect(days("date,sku,units\n2024-11-30,A,1\n", { asOf: "2024-11-30" })).toHaveLength(1);
  });

  it("keeps formula-like SKUs verbatim and lists them in meta", () => {
    const r = importSales('date,sku,units\n2024-01-01,"=HYPERLINK(""http://x"")",1\n');
    expect([r.rows[0].sku, r.meta.formulaLikeCells]).toEqual([
      '=HYPERLINK("http://x")',
      [{ row: 2, column: "sku" }],
    ]);
  });

  it("numbers rows as a spreadsheet does, blank lines included", () => {
    const r = importSales("date,sku,units\n\n2024-01-01,A,x\n");
    expect([r.issues[0].row, r.meta.blankRows]).toEqual([3, 1]);
  });

  it("counts a quoted field spanning lines as one row", () => {
    const r = importSales('date,sku,units\n2024-01-01,"A\nB",1\n2024-01-01,C,x\n');
    expect(r.issues.map((i) => i.row)).toEqual([3]);
  });

  it("caps the issue list but keeps complete counts", () => {
    // 50 bad rows (each reported: a repeat of a rejected row is rejected again) and 30 repeats
    // of one good row (29 duplicates)
    const bad = Array.from({ length: 50 }, () => "2024-01-01,A,x");
    const dup = Array.from({ length: 30 }, () => "2024-01-02,A,1");
    const r = importSales("date,sku,units\n" + [...bad, ...dup].join("\n"), { maxIssues: 10 });
    expect([
      r.issues.length,
      r.meta.issueCounts.BAD_NUMBER,
      r.meta.issueCounts.DUPLICATE_ROW,
      r.meta.issuesTruncated,
      r.rows,
    ]).toEqual([10, 50, 29, true, [{ sku: "A", date: "2024-01-02", units: 1 }]]);
  });

  it("respects a forced format", () => {
    expect(
      importSales("date,sku,units\n2024-01-01,A,1\n", { format: "amazon" }).issues.map((i) => i.column),
    ).toEqual(["purchase-date", "quantity"]);
  });

  it("conserves units: the daily totals add up to the valid rows", () => {
    const rowArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      sku: fc.constantFrom("A", "B", "C"),
      units: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), (rows) => {
        const text =
          "date,sku,units\n" +
          rows.map((r, i) => `2024-02-${String(r.day).padStart(2, "0")},${r.sku},${r.units},${i}`).join("\n");
        // the 4th field (row index) makes every record unique, so nothing is a duplicate
        const result = importSales(text);
        const total = result.rows.reduce((s, r) => s + r.units, 0);
        expect(total).toBe(rows.reduce((s, r) => s + r.units, 0));
        expect(new Set(result.rows.map((r) => `${r.sku}|${r.date}`)).size).toBe(result.rows.length);
      }),
    );
  });
});

describe("issue re-rendering", () => {
  it("re-renders any issue in the other language from its own fields", () => {
    const [issue] = importSales("date,sku,units\n2024-01-01,A,1\n2024-01-01,A,1\n").issues;
    expect(formatIssueMessage(issue.code, issue, "zh")).toBe(issue.messageZh);
    expect(formatIssueMessage(issue.code, issue, "en")).toBe("Row 3 repeats row 2 exactly; counted once.");
  });
});

describe("importSales options", () => {
  it.each([["2024/11/30"], ["2024-02-30"], ["yesterday"]])(
    "rejects asOf %j with an InputError naming asOf",
    (asOf) => {
      expect(() => importSales("date,sku,units\n", { asOf })).toThrow(
        expect.objectContaining({ argument: "asOf" }),
      );
    },
  );

  it.each([[-1], [1.5], [NaN]])("rejects maxIssues %d with an InputError naming maxIssues", (maxIssues) => {
    expect(() => importSales("date,sku,units\n", { maxIssues })).toThrow(InputError);
    expect(() => importSkus("sku\n", { maxIssues })).toThrow(
      expect.objectContaining({ argument: "maxIssues" }),
    );
  });
});
