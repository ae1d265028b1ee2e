/**
 * Exact aggregated numbers on the committed platform fixtures. Every expected number is worked
 * out by hand from the fixture lines (the comment beside it says which lines).
 */
import { importSales } from "../../src/import/importSales";
import { fixtureBytes } from "./fixtures";

describe("importSales on the generic fixture (sales-generic.csv)", () => {
  const result = importSales(fixtureBytes("sales-generic.csv"), { asOf: "2024-11-30" });

  it("aggregates the valid rows into daily totals per SKU", () => {
    expect(result.rows).toEqual([
      { sku: "@SKU-C", date: "2024-11-02", units: 1, promo: 0, revenue: 5, price: 5 }, // row 16
      { sku: "SKU-A", date: "2024-11-01", units: 10, promo: 0, revenue: 199.9, price: 19.99 }, // 10 × 19.99
      { sku: "SKU-A", date: "2024-11-02", units: 12, promo: 0, revenue: 239.88, price: 19.99 },
      { sku: "SKU-A", date: "2024-11-03", units: 30, promo: 1, revenue: 449.7, price: 14.99 },
      { sku: "SKU-A", date: "2024-11-05", units: 11, promo: 0, revenue: 219.89, price: 19.99 },
      { sku: "SKU-B", date: "2024-11-01", units: 5, promo: 0, revenue: 47.5, price: 9.5 }, // row 7 is its duplicate
      // rows 14 + 15: 6 promo units @ 8.50 + 2 @ 9.50 → 8 units, 6/8 on promo, 51 + 19 = 70, 70 / 8 = 8.75
      { sku: "SKU-B", date: "2024-11-04", units: 8, promo: 1, revenue: 70, price: 8.75 },
    ]);
  });

  it("reports every bad row with its code, row and column", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["DUPLICATE_ROW", 7, ""],
      ["NEGATIVE_QUANTITY", 8, "units"],
      ["BAD_NUMBER", 9, "units"],
      ["BAD_DATE", 10, "date"],
      ["FUTURE_DATE", 11, "date"],
      ["MISSING_VALUE", 12, "date"],
      ["MISSING_SKU", 13, "sku"],
      ["FORMULA_TEXT", 16, "sku"],
    ]);
  });

  it("counts rows in meta", () => {
    expect(result.meta).toMatchObject({
      format: "generic",
      encoding: "utf-8",
      delimiter: ",",
      sourceRows: 15,
      rejectedRows: 6, // rows 8–13
      duplicateRows: 1,
      importedLines: 8,
      skuCount: 3,
      firstDate: "2024-11-01",
      lastDate: "2024-11-05",
      formulaLikeCount: 1,
      formulaLikeCells: [{ row: 16, column: "sku" }],
    });
  });
});

describe("importSales on the Amazon All Orders fixture (amazon-all-orders.txt)", () => {
  const result = importSales(fixtureBytes("amazon-all-orders.txt"));

  it("detects the Amazon format and the tab delimiter", () => {
    expect([result.meta.format, result.meta.delimiter]).toEqual(["amazon", "\t"]);
  });

  it("sums order items per SKU and Pacific calendar day (Amazon.com): UTC stamps converted", () => {
    expect(result.rows).toEqual([
      { sku: "=SUM(A1)", date: "2024-07-18", units: 1, promo: 0, revenue: 5, price: 5 },
      // Pending line (1 unit, no price yet) at 2024-07-17T02:03:04+00:00 = 07-16 19:03 PDT
      { sku: "BOTTLE-750", date: "2024-07-16", units: 1, promo: 0 },
      // 2 units for 39.98 at 10:00 UTC = 03:00 PDT on the 17th; the duplicate line is counted once
      { sku: "BOTTLE-750", date: "2024-07-17", units: 2, promo: 0, revenue: 39.98, price: 19.99 },
      // 2 units (free-shipping promo id only: not a promo) + 3 units with a -6.00 promotion
      // discount; 19:40-07:00 stays on the 16th; 25.98 + 32.97 = 58.95; 58.95 / 5 = 11.79
      { sku: "ICE-TRAY-2P", date: "2024-07-16", units: 5, promo: 1, revenue: 58.95, price: 11.79 },
      { sku: "ICE-TRAY-2P", date: "2024-07-18", units: 1, promo: 0, revenue: 12.99, price: 12.99 },
    ]);
  });

  it("excludes the cancelled order and counts it", () => {
    expect([result.meta.cancelledLines, result.meta.cancelledUnits]).toEqual([1, 1]);
  });

  it("reports the broken lines", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["DUPLICATE_ROW", 7, ""],
      ["BAD_NUMBER", 8, "quantity"],
      ["MISSING_SKU", 9, "sku"],
      ["FORMULA_TEXT", 11, "sku"],
    ]);
  });
});

describe("importSales on the TikTok Shop fixture (tiktok-orders.csv)", () => {
  const result = importSales(fixtureBytes("tiktok-orders.csv"));

  it("skips the column-description line and reads the BOM", () => {
    expect([result.meta.format, result.meta.descriptionRows, result.meta.encoding]).toEqual([
      "tiktok",
      1,
      "utf-8-bom",
    ]);
  });

  it("decides DD/MM/YYYY from the column (13/11/2024 cannot be MM/DD)", () => {
    expect(result.meta.dateOrder).toBe("DMY");
  });

  it("aggregates completed, shipped and to-ship lines", () => {
    expect(result.rows.map((r) => [r.sku, r.date, r.units, r.promo, r.revenue])).toEqual([
      // 2 units with a 4.00 seller discount (27.98) + 1 unit at 15.99: 2 of 3 units on promo
      ["LED-STRIP-5M", "2024-11-11", 3, 1, 43.97],
      ["LED-STRIP-5M", "2024-11-12", 2, 0, 31.98],
      ["PHONE-STAND", "2024-11-13", 4, 1, 30.6], // 3.40 platform discount
    ]);
    expect(result.rows[0].price).toBe(14.656667); // 43.97 / 3 = 14.6566…, rounded to 6 decimals
  });

  it("excludes the cancelled and the returned lines", () => {
    expect([result.meta.cancelledLines, result.meta.cancelledUnits]).toEqual([2, 4]); // 3 cancelled + 1 returned
  });

  it("reports the impossible date and the negative quantity", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["BAD_DATE", 8, "Created Time", "31/11/2024 10:00:00"],
      ["NEGATIVE_QUANTITY", 10, "Quantity", "-1"],
    ]);
  });

  it("rejects a DD/MM date after asOf once the column order is known", () => {
    const r = importSales(fixtureBytes("tiktok-orders.csv"), { asOf: "2024-11-12" });
    expect(r.issues.filter((i) => i.code === "FUTURE_DATE").map((i) => [i.row, i.value])).toEqual([
      [7, "13/11/2024 08:00:00"],
    ]);
    expect(r.rows.map((x) => x.sku + " " + x.date)).toEqual([
      "LED-STRIP-5M 2024-11-11",
      "LED-STRIP-5M 2024-11-12",
    ]);
  });
});

describe("importSales on the Shopify fixture (shopify-orders.csv)", () => {
  const result = importSales(fixtureBytes("shopify-orders.csv"));

  it("carries order fields to later line items and sums per day", () => {
    expect(result.rows.map((r) => [r.sku, r.date, r.units, r.promo, r.revenue])).toEqual([
      ["COASTER-4", "2024-11-29", 1, 1, 9], // second line of #1001: inherits BFCM25 and the date
      ["COASTER-4", "2024-11-30", 3, 0, 27], // #1005 partially refunded: kept
      // #1006 has no SKU: kept under its line item name (1 × 16.00), not dropped
      ["Ceramic Mug 11oz", "2024-12-01", 1, 0, 16],
      // #1001 2 × 14.00 on BFCM25 + #1002 1 × 16.00 (23:59 -0500 stays on the 29th)
      ["MUG-11OZ", "2024-11-29", 3, 1, 44],
    ]);
  });

  it("excludes refunded and cancelled orders", () => {
    expect([result.meta.cancelledLines, result.meta.cancelledUnits]).toEqual([2, 7]); // #1003 5 + #1004 2
  });

  it("reports the bad quantity and the line keyed by its title", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.severity])).toEqual([
      ["BAD_NUMBER", 8, "Lineitem quantity", "error"],
      ["SKU_FROM_TITLE", 9, "Lineitem name", "warning"],
    ]);
    expect(result.meta.keyedByTitle).toEqual({ lines: 1, units: 1, keys: 1 });
    // the bad line names its order and product; its units are unknown ("abc"), so 0 are counted
    expect(result.issues[0].message).toBe(
      'Row 8: Lineitem quantity "abc" is not a number. (order #1005, product "Ceramic Mug 11oz")',
    );
    expect(result.meta.rejectedUnits).toBe(0);
  });
});

describe("importSales on a Chinese ERP export in GBK (sales-erp-gbk.csv)", () => {
  const result = importSales(fixtureBytes("sales-erp-gbk.csv"));

  it("detects GBK and the Chinese headers", () => {
    expect([result.meta.encoding, result.meta.format, result.meta.header.slice(0, 5)]).toEqual([
      "gbk",
      "generic",
      ["日期", "SKU", "销量", "促销", "单价"],
    ]);
  });

  it("aggregates the 11.11 rows (140 on promo + 20 re-orders → promo day)", () => {
    expect(result.rows.map((r) => [r.sku, r.date, r.units, r.promo, r.revenue])).toEqual([
      ["保温杯-500ML", "2024-11-09", 18, 0, 1062], // 18 × 59
      ["保温杯-500ML", "2024-11-10", 25, 0, 1475],
      ["保温杯-500ML", "2024-11-11", 160, 1, 7480], // 140 × 45 + 20 × 59 = 6300 + 1180
      ["收纳盒-L", "2024-11-11", 9, 1, 269.1],
    ]);
  });

  it("reports the return booked as negative units and the units typed in Chinese", () => {
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["NEGATIVE_QUANTITY", 6, "销量", "-4"],
      ["BAD_NUMBER", 8, "销量", "三"],
    ]);
  });
});
