/**
 * Platform exports, each from a fixture written to the platform's published column list: the
 * format is detected from its headers and the imported totals equal an independent count of the
 * fixture (PapaParse + the platform's rules written out here), plus hand-checked rows.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importSales, type SalesImportOptions } from "../../src/import/importSales";
import { detectSalesFormat } from "../../src/import/salesFormats";
import { importSalesXlsx } from "../../src/import/xlsx";
import { fixtureBytes } from "./fixtures";

const text = (name: string) =>
  readFileSync(join(__dirname, "..", "fixtures", "import", name), "utf8").replace(/^\uFEFF/, "");
/** The fixture's records as header → cell maps (an independent reading of the file). */
const records = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text(name), {
    header: true,
    skipEmptyLines: true,
    delimiter: name.endsWith(".txt") ? "\t" : ",",
  }).data;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const totalUnits = (rows: { units: number }[]) => sum(rows.map((r) => r.units));
const bySkuDate = (rows: { sku: string; date: string; units: number }[]) =>
  rows.map((r) => [r.sku, r.date, r.units]);
const errors = (r: ReturnType<typeof importSales>) => r.issues.filter((i) => i.severity === "error");
const load = (name: string, options: SalesImportOptions = {}) => importSales(fixtureBytes(name), options);

describe("Amazon Orders report (order-id, quantity-purchased)", () => {
  const r = load("amazon-orders-report.txt");

  it("is detected as the Orders report, not the generic file", () => {
    expect(r.meta.format).toBe("amazon-orders");
  });

  it("puts a 22:00 Pacific order (06:00 UTC next day) on its Pacific date", () => {
    expect(bySkuDate(r.rows)).toEqual([
      ["BULB-E26", "2024-11-29", 4], // 07:59:59 UTC on the 30th = 23:59:59 PST on the 29th
      ["LAMP-DESK", "2024-11-29", 3], // 15:04 UTC (07:04 PST) + the 22:00 PST order of 2
      ["LAMP-DESK", "2024-11-30", 1], // 08:30 UTC = 00:30 PST on the 30th
    ]);
  });

  it("totals equal an independent count (bad quantity left out and reported with its order)", () => {
    const good = records("amazon-orders-report.txt").filter((x) => /^\d+$/.test(x["quantity-purchased"]));
    expect(totalUnits(r.rows)).toBe(sum(good.map((x) => Number(x["quantity-purchased"]))));
    expect(errors(r).map((i) => [i.code, i.row, i.orderId, i.product])).toEqual([
      ["BAD_NUMBER", 6, "113-0000001-0000005", "E26 Bulb 4-pack"],
    ]);
    expect(r.meta.currencies).toEqual(["USD"]);
  });

  it("an explicit time zone overrides the sales channel", () => {
    const tokyo = load("amazon-orders-report.txt", { timeZone: "Asia/Tokyo" });
    expect(tokyo.rows.find((x) => x.sku === "BULB-E26")!.date).toBe("2024-11-30");
    expect(() => load("amazon-orders-report.txt", { timeZone: "Pacific/Nowhere" })).toThrow(
      expect.objectContaining({ argument: "timeZone" }),
    );
  });
});

describe("Amazon Fulfilled Shipments (quantity-shipped)", () => {
  const r = load("amazon-fulfilled-shipments.txt");

  it("is detected as Fulfilled Shipments (it also has amazon-order-id and purchase-date)", () => {
    expect(r.meta.format).toBe("amazon-shipments");
    expect(errors(r)).toEqual([]);
  });

  it("dates each line in its marketplace's zone (UK: BST, DE: CET) and counts split shipments", () => {
    expect(bySkuDate(r.rows)).toEqual([
      ["COASTER-4", "2024-11-30", 3], // one order, two shipments: 2 + 1
      ["MUG-11OZ", "2024-07-02", 3], // 23:30 UTC on 1 July = 00:30 BST on the 2nd; + 1 at 10:00
      ["MUG-11OZ", "2024-11-29", 3], // 22:59 UTC = 23:59 CET
      ["MUG-11OZ", "2024-11-30", 1], // 23:00 UTC = 00:00 CET on the 30th
    ]);
    // -6.00 discount on all 3 units of 29 Nov; on 2 July only 1 of 3 units had the -2.00 discount
    expect(r.rows.map((x) => x.promo)).toEqual([0, 0, 1, 0]);
    expect(totalUnits(r.rows)).toBe(
      sum(records("amazon-fulfilled-shipments.txt").map((x) => Number(x["quantity-shipped"]))),
    );
    expect(r.meta.currencies).toEqual(["EUR", "GBP"]);
  });
});

describe("Amazon FBA Customer Shipment Sales", () => {
  const r = load("amazon-fba-customer-shipments.txt");

  it("is detected, dated by shipment in Japan time (JPY), revenue = price per unit × quantity", () => {
    expect(r.meta.format).toBe("amazon-fba-shipments");
    expect(r.rows.map((x) => [x.sku, x.date, x.units, x.revenue])).toEqual([
      ["LID-500", "2024-11-30", 3, 1740],
      ["TUMBLER-500", "2024-11-29", 2, 4960], // 14:59:59 UTC = 23:59:59 JST
      ["TUMBLER-500", "2024-11-30", 1, 2480], // 15:00 UTC = 00:00 JST
    ]);
    expect(totalUnits(r.rows)).toBe(
      sum(records("amazon-fba-customer-shipments.txt").map((x) => Number(x.quantity))),
    );
    expect(r.rows.every((x) => x.promo === undefined)).toBe(true); // the report has no promotion columns
  });
});

describe("Amazon Business Report by child ASIN", () => {
  it("without a date it is refused with a message that says what to download", () => {
    const r = load("amazon-business-report-child.csv");
    expect(r.meta.format).toBe("amazon-business-report");
    expect(r.rows).toEqual([]);
    expect(errors(r).map((i) => i.code)).toEqual(["REPORT_WITHOUT_DATES"]);
    expect(errors(r)[0].message).toContain("Download it for one day at a time");
    expect(errors(r)[0].messageZh).toContain("按天逐日下载");
  });

  it("downloaded for one day, it is that day's units per SKU (thousands separators read)", () => {
    const r = load("amazon-business-report-child.csv", { reportDate: "2024-11-29" });
    expect(r.rows.map((x) => [x.sku, x.date, x.units, x.revenue])).toEqual([
      ["BLOCK-EVA", "2024-11-29", 0, 0],
      ["YOGA-6-BLK", "2024-11-29", 341, 10226.59],
      ["YOGA-6-BLU", "2024-11-29", 1204, 36107.96],
    ]);
    const independent = records("amazon-business-report-child.csv").map((x) =>
      Number(x["Units Ordered"].replace(/,/g, "")),
    );
    expect(totalUnits(r.rows)).toBe(sum(independent));
  });
});

describe("TikTok Shop in Chinese and Japanese, Seller SKU → SKU ID fallback", () => {
  it("Chinese headers: detected, cancelled excluded, a blank Seller SKU kept under its SKU ID", () => {
    const r = load("tiktok-orders-zh.csv");
    expect(r.meta.format).toBe("tiktok");
    expect(bySkuDate(r.rows)).toEqual([
      ["1729000000000009", "2024-11-12", 3],
      ["LED-STRIP-5M", "2024-11-11", 3],
    ]);
    expect([r.meta.cancelledLines, r.meta.cancelledUnits]).toEqual([1, 4]);
    expect(r.meta.keyedBySkuId).toEqual({ lines: 1, units: 3, keys: 1 });
    const w = r.issues.find((i) => i.code === "SKU_FROM_ID")!;
    expect([w.severity, w.row, w.column, w.value]).toEqual(["warning", 4, "SKU ID", "1729000000000009"]);
    expect(w.messageZh).toContain("卖家SKU 为空");
    const independent = records("tiktok-orders-zh.csv").filter((x) => x["订单状态"] !== "已取消");
    expect(totalUnits(r.rows)).toBe(sum(independent.map((x) => Number(x["数量"]))));
  });

  it("Japanese headers: detected, キャンセル excluded, discounts mark promo days", () => {
    const r = load("tiktok-orders-ja.csv");
    expect(r.meta.format).toBe("tiktok");
    expect(r.rows.map((x) => [x.sku, x.date, x.units, x.promo])).toEqual([
      ["1730000000000002", "2024-11-29", 1, 1],
      ["MUG-11OZ", "2024-11-29", 2, 0],
      ["MUG-11OZ", "2024-11-30", 3, 1],
    ]);
    const independent = records("tiktok-orders-ja.csv").filter((x) => x["注文ステータス"] !== "キャンセル");
    expect(totalUnits(r.rows)).toBe(sum(independent.map((x) => Number(x["数量"]))));
  });
});

describe("Shopify lines without a SKU", () => {
  const r = load("shopify-no-sku.csv");

  it("imports every unit: SKU-less lines keyed by title, with one warning per title and a count", () => {
    expect(bySkuDate(r.rows)).toEqual([
      ["Ceramic Mug 11oz - Blue", "2024-11-29", 3],
      ["Ceramic Mug 11oz - Blue", "2024-11-30", 1],
      ["Gift Card", "2024-11-29", 1],
      ["MUG-11OZ", "2024-11-29", 2],
    ]);
    expect(r.meta.keyedByTitle).toEqual({ lines: 3, units: 5, keys: 2 });
    expect(r.issues.filter((i) => i.code === "SKU_FROM_TITLE").map((i) => [i.row, i.value])).toEqual([
      [3, "Gift Card"],
      [4, "Ceramic Mug 11oz - Blue"],
    ]);
    const good = records("shopify-no-sku.csv").filter(
      (x) => /^\d+$/.test(x["Lineitem quantity"]) && x["Lineitem name"] !== "",
    );
    expect(totalUnits(r.rows)).toBe(sum(good.map((x) => Number(x["Lineitem quantity"]))));
  });

  it("a bad line names its order, product and the line a text editor shows (multi-line notes count)", () => {
    const bad = errors(r);
    expect(bad.map((i) => [i.code, i.row, i.line, i.orderId, i.product])).toEqual([
      ["BAD_NUMBER", 6, 9, "#1323", "Ceramic Mug 11oz"],
      ["MISSING_SKU", 7, 10, "#1331", undefined],
    ]);
    expect(bad[0].message).toBe(
      'Row 6: Lineitem quantity "two" is not a number. (order #1323, product "Ceramic Mug 11oz", line 9 in a text editor)',
    );
    expect(bad[0].messageZh).toBe(
      "第 6 行：Lineitem quantity“two”不是数字。（订单 #1323，商品“Ceramic Mug 11oz”，文本编辑器中第 9 行）",
    );
    // what --skip-bad-rows leaves out: 2 lines; 1 unit on #1331 ("two" is not a count)
    expect([r.meta.rejectedRows, r.meta.rejectedUnits]).toEqual([2, 1]);
  });
});

describe("Etsy", () => {
  it("Sold Order Items: MM/DD/YY dates, coupons as promo, a SKU-less listing keyed by name and variation", () => {
    const r = load("etsy-sold-order-items.csv");
    expect(r.meta.format).toBe("etsy");
    expect(r.rows.map((x) => [x.sku, x.date, x.units, x.promo])).toEqual([
      ["CANDLE-CED", "2024-11-29", 1, 0],
      ["CANDLE-LAV", "2024-11-29", 2, 1],
      ["CANDLE-LAV", "2024-12-01", 1, 0],
      ['Linen Tea Towel, "Herbs" print (Color:Sage)', "2024-11-30", 3, 0],
    ]);
    expect(totalUnits(r.rows)).toBe(sum(records("etsy-sold-order-items.csv").map((x) => Number(x.Quantity))));
    expect(r.meta.keyedByTitle.units).toBe(3);
    expect(r.meta.currencies).toEqual(["USD"]);
  });

  it("Sold Orders (order level) is refused with a pointer to Sold Order Items", () => {
    const r = load("etsy-sold-orders.csv");
    expect(r.meta.format).toBe("etsy-orders");
    expect(r.rows).toEqual([]);
    expect(errors(r).map((i) => i.code)).toEqual(["WRONG_REPORT"]);
    expect(errors(r)[0].message).toContain("Download Sold Order Items instead");
    expect(errors(r)[0].messageZh).toContain("请改为下载 Sold Order Items");
  });
});

describe("WooCommerce order export (one row per item)", () => {
  const r = load("woocommerce-orders.csv");
  it("excludes cancelled and refunded orders, marks coupon lines as promo, keys a SKU-less item by name", () => {
    expect(r.meta.format).toBe("woocommerce");
    expect(r.rows.map((x) => [x.sku, x.date, x.units, x.promo, x.revenue])).toEqual([
      ["BEANIE-GRY", "2024-11-29", 1, 1, 19.9],
      ["Gift wrapping", "2024-11-30", 2, 0, 8],
      ["SOCK-WOOL-M", "2024-11-29", 3, 1, 32.5], // 2 with coupon BF5 (1 order) + 1 without: 2 of 3 on promo
    ]);
    const kept = records("woocommerce-orders.csv").filter((x) => !/cancelled|refunded/.test(x.status));
    expect(totalUnits(r.rows)).toBe(sum(kept.map((x) => Number(x.item_quantity))));
    expect([r.meta.cancelledLines, r.meta.cancelledUnits]).toEqual([2, 5]);
    expect(r.meta.currencies).toEqual(["EUR"]);
  });
});

describe("Shopee and Lazada (.xlsx as well as CSV)", () => {
  async function xlsxOf(name: string): Promise<ArrayBuffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("orders");
    const data = Papa.parse<string[]>(text(name), { skipEmptyLines: true }).data;
    data.forEach((row, i) => (ws.getRow(i + 1).values = row));
    const buf = await wb.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer).slice().buffer;
  }

  const shopeeRows = [
    ["CASE-IP15", "2024-11-11", 3, 1], // 2 at the 19.90 deal price + 1 at full price: 2 of 3 on promo
    ["Cable Organiser (Grey)", "2024-11-12", 4, 0],
    ["STAND-AL", "2024-11-12", 1, 1],
  ];
  it.each(["csv", "xlsx"])(
    "Shopee (%s): parent SKU fallback, RM prices, cancelled excluded",
    async (kind) => {
      const r =
        kind === "csv" ? load("shopee-orders.csv") : await importSalesXlsx(await xlsxOf("shopee-orders.csv"));
      expect(r.meta.format).toBe("shopee");
      expect(r.rows.map((x) => [x.sku, x.date, x.units, x.promo])).toEqual(shopeeRows);
      expect(r.rows[0].revenue).toBeCloseTo(2 * 19.9 + 29.9, 9);
      expect(r.meta.currencies).toEqual(["MYR"]); // from the "RM" price marker
      const kept = records("shopee-orders.csv").filter((x) => x["Order Status"] !== "Cancelled");
      expect(totalUnits(r.rows)).toBe(sum(kept.map((x) => Number(x.Quantity))));
    },
  );

  it.each(["csv", "xlsx"])(
    "Lazada (%s): one unit per order item, '11 Nov 2024' dates, canceled excluded",
    async (kind) => {
      const r =
        kind === "csv" ? load("lazada-orders.csv") : await importSalesXlsx(await xlsxOf("lazada-orders.csv"));
      expect(r.meta.format).toBe("lazada");
      expect(r.rows.map((x) => [x.sku, x.date, x.units, x.promo])).toEqual([
        ["2000000002-1000000002", "2024-11-12", 1, 0], // no seller SKU: the Lazada SKU, with a warning
        ["MUG-11OZ", "2024-11-11", 2, 1],
        ["MUG-11OZ", "2024-11-12", 1, 0],
      ]);
      const kept = records("lazada-orders.csv").filter((x) => x.status !== "canceled");
      expect(totalUnits(r.rows)).toBe(kept.length);
      expect(r.meta.keyedBySkuId.lines).toBe(1);
    },
  );
});

describe("messages that let a buyer fix the file", () => {
  it("a missing column names the detected format, the accepted names and every column found (wrapped, not cut)", () => {
    const header = text("amazon-fulfilled-shipments.txt").split("\n")[0].split("\t");
    const withoutQty = header.filter((h) => h !== "quantity-shipped");
    // without quantity-shipped it is the All Orders layout: the message says which and what it needs
    const r = importSales(`${withoutQty.join("\t")}\n`);
    const miss = r.issues.find((i) => i.code === "MISSING_COLUMN")!;
    expect(miss.format).toBe("amazon");
    expect(miss.message).toMatch(
      /^Required column quantity was not found in this Amazon All Orders report \(accepted names: quantity, quantity-purchased, quantity-shipped\)\. Columns in the file: amazon-order-id, /,
    );
    expect(miss.message).toContain("sales-channel"); // the last column: nothing cut
    expect(
      miss.message
        .split("\n")
        .slice(1)
        .every((l) => l.length <= 104),
    ).toBe(true); // wrapped lines
    expect(miss.messageZh).toContain("该文件被识别为亚马逊 All Orders 订单报告");
  });

  it("every platform header is detected as its own format", () => {
    const cases: [string, string][] = [
      ["amazon-all-orders.txt", "amazon"],
      ["amazon-orders-report.txt", "amazon-orders"],
      ["amazon-fulfilled-shipments.txt", "amazon-shipments"],
      ["amazon-fba-customer-shipments.txt", "amazon-fba-shipments"],
      ["amazon-business-report-child.csv", "amazon-business-report"],
      ["tiktok-orders.csv", "tiktok"],
      ["tiktok-orders-zh.csv", "tiktok"],
      ["tiktok-orders-ja.csv", "tiktok"],
      ["shopify-orders.csv", "shopify"],
      ["etsy-sold-order-items.csv", "etsy"],
      ["etsy-sold-orders.csv", "etsy-orders"],
      ["woocommerce-orders.csv", "woocommerce"],
      ["shopee-orders.csv", "shopee"],
      ["lazada-orders.csv", "lazada"],
      ["sales-generic.csv", "generic"],
    ];
    for (const [file, format] of cases) {
      const first = text(file).split(/\r?\n/)[0];
      const header = Papa.parse<string[]>(first, { delimiter: file.endsWith(".txt") ? "\t" : "," }).data[0];
      expect([file, detectSalesFormat(header)]).toEqual([file, format]);
    }
  });
});
