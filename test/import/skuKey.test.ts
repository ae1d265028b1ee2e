/**
 * Canonical SKU keys (issue 16 #3): look-alike spellings are one SKU in sales, master and the
 * plan's read-back, and the importer names both spellings when two collapse into one.
 */
import fc from "fast-check";
import { canonicalSku, visibleSku } from "../../src/import/skuKey";
import { importSales } from "../../src/import/importSales";
import { importSkus } from "../../src/import/importSkus";
import { findUnknownSkus } from "../../src/import/checkSkus";
import { planInputReads, resolveInputs } from "../../src/plan/locateInputs";
import type { CellValue } from "../../src/plan/types";

// prettier-ignore
const SPELLINGS: [name: string, raw: string, key: string][] = [
  // name                              raw                         canonical
  ["plain",                            "SKU-1",                    "SKU-1"],
  ["leading ideographic space",        "\u3000SKU-1",              "SKU-1"],
  ["trailing tab",                     "SKU-1\t",                  "SKU-1"],
  ["leading tab",                      "\tSKU-1",                  "SKU-1"],
  ["zero-width space inside",          "SKU\u200b-1",              "SKU-1"],
  ["BOM in front",                     "\ufeffSKU-1",              "SKU-1"],
  ["soft hyphen",                      "SKU\u00ad-1",              "SKU-1"],
  ["non-breaking hyphen",              "SKU\u20111",               "SKU-1"],
  ["hyphen U+2010",                    "SKU\u20101",               "SKU-1"],
  ["full-width letters and hyphen",    "ＳＫＵ－１",               "SKU-1"],
  ["no-break spaces around",           "\u00a0SKU-1\u00a0",        "SKU-1"],
  ["word joiner and LRM",              "SKU-1\u2060\u200e",        "SKU-1"],
  ["case is kept",                     "sku-1",                    "sku-1"],
  ["inner space is kept",              "SKU 1",                    "SKU 1"],
  ["Chinese SKU",                      "蓝色-大号",                "蓝色-大号"],
  ["only invisible",                   "\u200b\u3000",             ""],
];

describe("canonicalSku", () => {
  it.each(SPELLINGS)("%s", (_name, raw, key) => {
    expect(canonicalSku(raw)).toBe(key);
  });

  it("is idempotent and never leaves blanks at the ends", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (s) => {
        const k = canonicalSku(s);
        expect(canonicalSku(k)).toBe(k);
        expect(k).toBe(k.trim());
      }),
    );
  });

  it("shows invisible characters in messages", () => {
    expect(visibleSku("\u3000A\u200b")).toBe("<U+3000>A<U+200B>");
  });
});

const H = "date,sku,units\n";
describe("look-alike SKUs across files", () => {
  // prettier-ignore
  const CASES: [name: string, sales: string, master: string, salesSkus: string[], unknown: number][] = [
    // name                                   sales rows                                                master                              SKUs in sales          unknown
    ["zero-width space in sales",             "2024-01-01,SKU\u200b-1,3\n",                             "sku\nSKU-1\n",                     ["SKU-1"],             0],
    ["non-breaking hyphen in sales",          "2024-01-01,SKU\u20111,3\n",                              "sku\nSKU-1\n",                     ["SKU-1"],             0],
    ["ideographic space in the master",       "2024-01-01,SKU-1,3\n",                                   "sku\n\u3000SKU-1\n",               ["SKU-1"],             0],
    ["two spellings on one day are summed",   "2024-01-01,SKU-1,3\n2024-01-01,SKU-1\u200b,2\n",         "sku\nSKU-1\n",                     ["SKU-1"],             0],
    ["a different SKU stays different",       "2024-01-01,SKU-2,3\n",                                   "sku\nSKU-1\n",                     ["SKU-2"],             1],
  ];
  it.each(CASES)("%s", (_name, salesRows, master, salesSkus, unknown) => {
    const sales = importSales(H + salesRows);
    const skus = importSkus(master);
    expect([...new Set(sales.rows.map((r) => r.sku))]).toEqual(salesSkus);
    expect(findUnknownSkus(sales.rows, skus.rows)).toHaveLength(unknown);
  });

  it("sums the units of both spellings and names both in a warning", () => {
    const r = importSales(H + "2024-01-01,SKU-1,3\n2024-01-01,SKU-1\u200b,2\n");
    expect(r.rows).toEqual([{ sku: "SKU-1", date: "2024-01-01", units: 5 }]);
    const w = r.issues.filter((i) => i.code === "SKU_SPELLINGS");
    expect(w.map((i) => [i.row, i.severity, i.value, i.detail])).toEqual([
      [3, "warning", "SKU-1<U+200B>", "SKU-1"],
    ]);
    expect(w[0].message).toContain('"SKU-1<U+200B>"');
    expect(w[0].messageZh).toContain("“SKU-1”");
  });

  it("keeps the first of two master rows that collapse, naming both", () => {
    const r = importSkus("sku,on_hand,unit_cost\nSKU-1,10,1.5\n\u3000SKU-1,99,9\n");
    expect(r.rows.map((s) => [s.sku, s.onHand])).toEqual([["SKU-1", 10]]);
    expect(r.issues.map((i) => [i.code, i.row, i.value])).toEqual([
      ["DUPLICATE_SKU", 3, "SKU-1"],
      ["SKU_SPELLINGS", 3, "<U+3000>SKU-1"],
    ]);
  });

  it("rejects a sales SKU made of invisible characters only", () => {
    const r = importSales(H + "2024-01-01,\u200b,3\n");
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["MISSING_SKU", 2]]);
  });
});

describe("plan read-back compares SKUs by the same key", () => {
  it("finds a retyped SKU with an ideographic space or a zero-width character on its row", () => {
    const table = { name: "StockUpSkus", sheet: "SKUs", range: "A1:E3", keyColumn: 1 };
    const ref = (sku: string, address: string) => ({
      sheet: "SKUs",
      address,
      key: { kind: "table" as const, sku, column: "onHand" },
      written: 0,
      overridden: false,
    });
    const refs = [ref("S1", "D2"), ref("S2", "D3")];
    const now = {
      sheets: new Set(["SKUs"]),
      names: new Map<string, string>(),
      tables: new Map([["StockUpSkus", { sheet: "SKUs", range: "A1:E3", headers: [] }]]),
    };
    const plan = planInputReads(refs, [table], now);
    const column = (values: CellValue[]) => values.map((value) => ({ value, formula: null }));
    // key column B now: S2 (retyped with a zero-width space) above S1 (with an ideographic space)
    const located = resolveInputs(
      refs,
      plan,
      [],
      plan.columns.map((c) =>
        c.address.startsWith("B") ? column(["S\u200b2", "\u3000S1"]) : column([20, 10]),
      ),
    );
    expect(located.contents.map((c) => c.value)).toEqual([10, 20]);
  });
});
