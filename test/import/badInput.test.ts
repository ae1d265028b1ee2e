/**
 * Importer rows of the bad-input matrix (issue 8). One row per case: what the buyer gives, the
 * issue they see (code, 1-based source row, column) and how many daily / SKU rows still import.
 * Row 0 = the whole file, row 1 = the header, data starts at row 2.
 */
import fc from "fast-check";
import { importSales, type SalesImportOptions } from "../../src/import/importSales";
import { importSkus } from "../../src/import/importSkus";
import { findUnknownSkus } from "../../src/import/checkSkus";
import type { ImportInput, IssueCode } from "../../src/import/types";
import { encodeGbk } from "./gbk";

const H = "date,sku,units,promo,price\n";
const SKU_H = "sku,title,unit_cost,weight_kg,case_pack,battery,channel\n";
const AMZ_H = "amazon-order-id\tpurchase-date\torder-status\tsku\tquantity\titem-price\n";
const TT_H = "Order ID,Order Status,Seller SKU,Quantity,SKU Unit Original Price,Created Time\n";
const SHOP_H = "Name,Financial Status,Created at,Lineitem quantity,Lineitem price,Lineitem sku\n";
const bom = (s: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);

type Case = [
  name: string,
  importer: "sales" | "skus",
  input: ImportInput,
  options: SalesImportOptions,
  code: IssueCode,
  row: number,
  column: string,
  importedRows: number,
];

// prettier-ignore
const CASES: Case[] = [
  // name                               importer  input                                                         options                    code                    row col            rows
  ["empty text",                        "sales", "",                                                            {},                        "EMPTY_FILE",           0, "",            0],
  ["empty bytes",                       "sales", new Uint8Array(0),                                             {},                        "EMPTY_FILE",           0, "",            0],
  ["only blank lines",                  "sales", "\n \n\r\n",                                                   {},                        "EMPTY_FILE",           0, "",            0],
  ["BOM only",                          "sales", bom(""),                                                       {},                        "EMPTY_FILE",           0, "",            0],
  ["header only",                       "sales", H,                                                             {},                        "HEADER_ONLY",          1, "",            0],
  ["header only, BOM, CRLF",            "sales", bom("date,sku,units\r\n"),                                     {},                        "HEADER_ONLY",          1, "",            0],
  ["pipe-delimited file",               "sales", "date|sku|units\n2024-01-01|A|1\n",                            {},                        "WRONG_DELIMITER",      1, "",            0],
  ["no units column",                   "sales", "date,sku\n2024-01-01,A\n",                                    {},                        "MISSING_COLUMN",       1, "units",       0],
  ["unrelated header",                  "sales", "foo,bar,baz\n1,2,3\n",                                        {},                        "MISSING_COLUMN",       1, "date",        0],
  ["negative units",                    "sales", H + "2024-01-01,A,-3,0,9.5\n",                                 {},                        "NEGATIVE_QUANTITY",    2, "units",       0],
  ["units as words",                    "sales", H + "2024-01-01,A,ten,0,9.5\n",                                {},                        "BAD_NUMBER",           2, "units",       0],
  ["units blank",                       "sales", H + "2024-01-01,A,,0,9.5\n",                                   {},                        "MISSING_VALUE",        2, "units",       0],
  ["units Infinity",                    "sales", H + "2024-01-01,A,Infinity,0,9.5\n",                           {},                        "BAD_NUMBER",           2, "units",       0],
  ["price not a number",                "sales", H + "2024-01-01,A,3,0,n/a\n",                                  {},                        "BAD_NUMBER",           2, "price",       0],
  ["date is a word",                    "sales", H + "yesterday,A,3,0,9.5\n",                                   {},                        "BAD_DATE",             2, "date",        0],
  ["30 February",                       "sales", H + "2024-02-30,A,3,0,9.5\n",                                  {},                        "BAD_DATE",             2, "date",        0],
  ["29 Feb in a common year",           "sales", H + "2023-02-29,A,3,0,9.5\n",                                  {},                        "BAD_DATE",             2, "date",        0],
  ["two-digit year",                    "sales", H + "1/2/24,A,3,0,9.5\n",                                      {},                        "BAD_DATE",             2, "date",        0],
  ["small number as date",              "sales", H + "123,A,3,0,9.5\n",                                         {},                        "BAD_DATE",             2, "date",        0],
  ["date blank",                        "sales", H + ",A,3,0,9.5\n",                                            {},                        "MISSING_VALUE",        2, "date",        0],
  ["future date (ISO)",                 "sales", H + "2024-12-01,A,3,0,9.5\n",                                  { asOf: "2024-11-30" },    "FUTURE_DATE",          2, "date",        0],
  ["future date (MM/DD)",               "sales", H + "12/25/2024,A,3,0,9.5\n",                                  { asOf: "2024-11-30" },    "FUTURE_DATE",          2, "date",        0],
  ["MM/DD row in a DD/MM column",       "sales", H + "13/01/2024,A,1,0,1\n14/01/2024,A,1,0,1\n01/15/2024,A,1,0,1\n", {},                 "BAD_DATE",             4, "date",        2],
  ["day/month undecidable",             "sales", H + "01/02/2024,A,1,0,1\n",                                    {},                        "AMBIGUOUS_DATE_ORDER", 0, "date",        1],
  ["duplicate row",                     "sales", H + "2024-01-01,A,3,0,9.5\n2024-01-01,A,3,0,9.5\n",            {},                        "DUPLICATE_ROW",        3, "",            1],
  ["missing SKU",                       "sales", H + "2024-01-01,,3,0,9.5\n",                                   {},                        "MISSING_SKU",          2, "sku",         0],
  ["promo flag unreadable",             "sales", H + "2024-01-01,A,3,maybe,9.5\n",                              {},                        "BAD_FLAG",             2, "promo",       0],
  ["SKU starting with =",               "sales", H + "2024-01-01,=1+1,3,0,9.5\n",                               {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["SKU starting with +",               "sales", H + "2024-01-01,+SKU,3,0,9.5\n",                               {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["SKU starting with -",               "sales", H + "2024-01-01,-SKU,3,0,9.5\n",                               {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["SKU starting with @",               "sales", H + "2024-01-01,@SUM(A1),3,0,9.5\n",                           {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["SKU starting with tab (quoted)",    "sales", H + '2024-01-01,"\tSKU",3,0,9.5\n',                            {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["SKU starting with CR (quoted)",     "sales", H + '2024-01-01,"\rSKU",3,0,9.5\n',                            {},                        "FORMULA_TEXT",         2, "sku",         1],
  ["extra field",                       "sales", H + "2024-01-01,A,3,0,9.5,oops\n",                             {},                        "FIELD_COUNT",          2, "",            1],
  ["unclosed quote",                    "sales", H + '2024-01-01,"A,3,0,9.5\n',                                 {},                        "MALFORMED_ROW",        2, "",            0],
  ["GBK file, bad units",               "sales", encodeGbk("日期,SKU,销量\n2024/11/11,A,三\n"),                 {},                        "BAD_NUMBER",           2, "销量",        0],
  ["Amazon negative quantity",          "sales", AMZ_H + "1\t2024-07-16T08:00:00+00:00\tShipped\tA\t-1\t9.99\n", {},                       "NEGATIVE_QUANTITY",    2, "quantity",    0],
  ["Amazon date garbage",               "sales", AMZ_H + "1\tsoon\tShipped\tA\t1\t9.99\n",                      {},                        "BAD_DATE",             2, "purchase-date", 0],
  ["TikTok without Quantity",           "sales", "Order ID,Seller SKU,Created Time\n1,A,11/11/2024\n",          {},                        "MISSING_COLUMN",       1, "Quantity",    0],
  ["TikTok missing Seller SKU",         "sales", TT_H + "1,Completed,,1,9.99,11/11/2024 10:00:00 AM\n",          {},                        "MISSING_SKU",          2, "Seller SKU",  0],
  ["Shopify bad price",                 "sales", SHOP_H + "#1,paid,2024-11-29 10:00:00 -0500,1,free,A\n",        {},                        "BAD_NUMBER",           2, "Lineitem price", 0],
  ["title line above the header",       "sales", "销售报表 2024-11\n日期,SKU,销量\n2024-11-11,A,1\n",       {},                        "PREAMBLE_ROW",         1, "",            1],
  ["blank lines above the header",      "sales", "\n\ndate,sku,units\n2024-01-01,A,x\n",                  {},                        "BAD_NUMBER",           4, "units",       0],
  ["title above a header-only file",    "sales", "Report\ndate;sku;units\n",                                {},                        "HEADER_ONLY",          2, "",            0],
  ["SKU master below a title",          "skus",  "SKU清单\nsku,unit_cost\nA,1\n",                          {},                        "PREAMBLE_ROW",         1, "",            1],
  ["SKU master empty",                  "skus",  "",                                                            {},                        "EMPTY_FILE",           0, "",            0],
  ["SKU master header only",            "skus",  SKU_H,                                                         {},                        "HEADER_ONLY",          1, "",            0],
  ["SKU master without sku column",     "skus",  "title,unit_cost\nTray,2\n",                                   {},                        "MISSING_COLUMN",       1, "sku",         0],
  ["SKU master wrong delimiter",        "skus",  "sku|title\nA|Tray\n",                                         {},                        "WRONG_DELIMITER",      1, "",            0],
  ["negative unit cost",                "skus",  SKU_H + "A,Tray,-2,0.3,10,0,amazon\n",                         {},                        "OUT_OF_RANGE",         2, "unit_cost",   0],
  ["case pack 0",                       "skus",  SKU_H + "A,Tray,2,0.3,0,0,amazon\n",                           {},                        "OUT_OF_RANGE",         2, "case_pack",   0],
  ["weight as text",                    "skus",  SKU_H + "A,Tray,2,heavy,10,0,amazon\n",                        {},                        "BAD_NUMBER",           2, "weight_kg",   0],
  ["battery flag unreadable",           "skus",  SKU_H + "A,Tray,2,0.3,10,perhaps,amazon\n",                    {},                        "BAD_FLAG",             2, "battery",     0],
  ["unknown channel",                   "skus",  SKU_H + "A,Tray,2,0.3,10,0,ebay\n",                            {},                        "BAD_CHANNEL",          2, "channel",     1],
  ["SKU listed twice",                  "skus",  SKU_H + "A,Tray,2,0.3,10,0,amazon\nA,Tray 2,3,0.3,10,0,amazon\n", {},                     "DUPLICATE_SKU",        3, "sku",         1],
  ["title starting with =",             "skus",  SKU_H + 'A,"=HYPERLINK(""http://x"")",2,0.3,10,0,amazon\n',   {},                        "FORMULA_TEXT",         2, "title",       1],
  ["missing SKU in master",             "skus",  SKU_H + ",Tray,2,0.3,10,0,amazon\n",                           {},                        "MISSING_SKU",          2, "sku",         0],
];

const run = (importer: "sales" | "skus", input: ImportInput, options: SalesImportOptions) =>
  importer === "sales" ? importSales(input, options) : importSkus(input, options);

describe("importers: bad-input matrix", () => {
  it.each(CASES)("%s → %s", (_name, importer, input, options, code, row, column, importedRows) => {
    const result = run(importer, input, options);
    expect(result.issues).toContainEqual(expect.objectContaining({ code, row, column }));
    expect(result.rows).toHaveLength(importedRows);
  });

  it.each(CASES)(
    "%s: the issue has an English and a Chinese message",
    (_n, importer, input, options, code) => {
      const issue = run(importer, input, options).issues.find((i) => i.code === code)!;
      expect(issue.message).toMatch(/\S/);
      expect(issue.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(`${issue.message}${issue.messageZh}`).not.toMatch(/\{(row|column|value|detail)\}/);
    },
  );
});

describe("importers: arbitrary bytes", () => {
  it("never throw and never lose a record: every data record is imported, rejected, blank or a duplicate", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = importSales(bytes);
        expect(r.meta.rejectedRows).toBeLessThanOrEqual(r.meta.sourceRows);
        expect(r.rows.every((x) => Number.isFinite(x.units) && x.units >= 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throw on arbitrary text in the sales layout", () => {
    const cellArb = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("2024-01-01", "13/01/2024", "-1", "=A1", '"'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { maxLength: 20 }),
        (records) => {
          const text = H + records.map((r) => r.join(",")).join("\n");
          const r = importSales(text, { asOf: "2024-06-30" });
          expect(r.rows.every((x) => x.date <= "2024-06-30")).toBe(true);
          const s = importSkus(SKU_H + records.map((x) => x.join(",")).join("\n"));
          expect(s.rows.every((x) => x.sku !== "")).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("importers: sales vs SKU master", () => {
  // prettier-ignore
  const CROSS: [name: string, sales: string, skus: string, unknown: string[]][] = [
    // name                          sales file                                          SKU master                 unknown SKUs reported
    ["SKU sold but not in master",   "date,sku,units\n2024-01-01,A,1\n2024-01-01,B,2\n", "sku,unit_cost\nA,1\n",    ["B"]],
    ["case differs (SKUs are exact)", "date,sku,units\n2024-01-01,a,1\n",                 "sku,unit_cost\nA,1\n",    ["a"]],
    ["empty master",                 "date,sku,units\n2024-01-01,A,1\n",                 "",                        ["A"]],
    ["every SKU known",              "date,sku,units\n2024-01-01,A,1\n",                 "sku\nA\nB\n",             []],
  ];

  it.each(CROSS)("%s → one UNKNOWN_SKU per unknown SKU", (_name, sales, skus, unknown) => {
    const issues = findUnknownSkus(importSales(sales).rows, importSkus(skus).rows);
    expect(issues.map((i) => [i.code, i.value])).toEqual(unknown.map((sku) => ["UNKNOWN_SKU", sku]));
  });
});
