/**
 * Sales file layouts: the generic daily file and the exports sellers download from their
 * platforms. Each format is recognised by its distinctive headers (`SALES_FORMATS`, most specific
 * first) and binds a header to a record reader (`BoundFormat`). The platform readers live in
 * `./formats/`, one file per platform; this file holds the shared shapes, the generic file and
 * detection.
 */
import { normalizeHeader } from "./headers";
import {
  cellAt,
  columnsOf,
  numberCell,
  OPTIONAL,
  parseFlag,
  QUANTITY,
  skuCell,
  type RequiredColumn,
} from "./formats/cells";
import {
  bindAmazonAllOrders,
  bindAmazonBusinessReport,
  bindAmazonFbaShipments,
  bindAmazonOrdersReport,
  bindAmazonShipments,
} from "./formats/amazon";
import { bindEtsyItems, bindEtsyOrders } from "./formats/etsy";
import { bindLazada } from "./formats/lazada";
import { bindShopee, SHOPEE_ALIASES } from "./formats/shopee";
import { bindShopify } from "./formats/shopify";
import { bindTikTok, TIKTOK_ALIASES } from "./formats/tiktok";
import { bindWooCommerce } from "./formats/woocommerce";

export { cellAt, parseFlag };
export type { RequiredColumn };

export type { BoundFormat, FormatOptions, LineReader, SalesFormat, SalesLine } from "./formats/types";
import type { BoundFormat, FormatOptions, SalesFormat, SalesLine } from "./formats/types";

/**
 * Standard column aliases of the generic sales file. The bundled sample data and the CLI write
 * exactly `date,sku,units,promo,price`; the other aliases accept what sellers' own sheets and
 * Chinese ERPs call them.
 */
export const SALES_ALIASES = {
  date: ["date", "day", "order date", "sales date", "日期", "销售日期", "下单日期", "订单日期", "时间"],
  sku: ["sku", "seller sku", "msku", "item sku", "product sku", "sku编码", "商品sku", "商品编码", "货号"],
  units: ["units", "units sold", "qty", "quantity", "sales", "销量", "数量", "销售数量", "件数"],
  promo: ["promo", "promotion", "on promo", "is promo", "促销", "是否促销", "活动", "促销标记"],
  price: ["price", "unit price", "avg price", "单价", "售价", "价格", "销售单价"],
  revenue: ["revenue", "sales amount", "amount", "销售额", "金额", "销售金额"],
} as const;

const cell = cellAt;

function bindGeneric(header: string[]): BoundFormat {
  const cols = columnsOf(header, SALES_ALIASES, ["date", "sku", "units"]);
  const c = cols.at;
  const name = (i: number, fallback: string): string => (i >= 0 ? header[i].trim() : fallback);
  // the column names issues quote, trimmed once per file rather than four times per record
  const named = {
    sku: name(c.sku, "sku"),
    units: name(c.units, "units"),
    price: name(c.price, "price"),
    revenue: name(c.revenue, "revenue"),
    promo: name(c.promo, "promo"),
  };
  return {
    format: "generic",
    dateColumn: name(c.date, "date"),
    skuColumn: name(c.sku, "sku"),
    missing: cols.missing,
    units: (cells) => Number(cell(cells, c.units)) || null,
    plainColumns: { ...c },
    read(cells, row, issues) {
      const sku = skuCell(cells, c.sku, named.sku, row, issues);
      const units = numberCell(cells, c.units, named.units, row, issues, QUANTITY);
      const price = numberCell(cells, c.price, named.price, row, issues, OPTIONAL);
      const revenue = numberCell(cells, c.revenue, named.revenue, row, issues, OPTIONAL);
      let promo: 0 | 1 | undefined;
      if (c.promo >= 0) {
        const raw = cell(cells, c.promo);
        const f = parseFlag(raw);
        if (f === undefined) issues.add("BAD_FLAG", "error", { row, column: named.promo, value: raw });
        promo = f ? 1 : 0;
        if (f === undefined) return null;
      }
      if (
        sku === null ||
        units === undefined ||
        units === null ||
        price === undefined ||
        revenue === undefined
      ) {
        return null;
      }
      const line: SalesLine = { sku, dateRaw: cell(cells, c.date), units };
      if (promo !== undefined) line.promo = promo;
      if (revenue !== null) line.revenue = revenue;
      else if (price !== null) line.revenue = price * units;
      if (price !== null) line.price = price;
      return line;
    },
  };
}

/** Normalised header names, so detection compares like `normalizeHeader` does. */
const has = (h: ReadonlySet<string>, ...names: string[]): boolean =>
  names.every((n) => h.has(normalizeHeader(n)));
const any = (h: ReadonlySet<string>, names: readonly string[]): boolean =>
  names.some((n) => h.has(normalizeHeader(n)));

/** A known layout: how its header gives it away, and how to bind it. */
interface FormatSpec {
  format: SalesFormat;
  detect(h: ReadonlySet<string>): boolean;
  bind(header: string[], options: FormatOptions): BoundFormat;
}

/**
 * Known layouts, most specific first (Fulfilled Shipments also has `amazon-order-id` and
 * `purchase-date`; Etsy Sold Orders shares `Sale Date` with Sold Order Items). A header that fits
 * none is read as the generic file.
 */
export const SALES_FORMATS: readonly FormatSpec[] = [
  {
    format: "amazon-shipments",
    detect: (h) => has(h, "quantity-shipped") && (has(h, "shipment-item-id") || has(h, "amazon-order-id")),
    bind: bindAmazonShipments,
  },
  {
    format: "amazon-fba-shipments",
    detect: (h) => has(h, "fnsku", "shipment-date") && (has(h, "item-price-per-unit") || has(h, "quantity")),
    bind: bindAmazonFbaShipments,
  },
  { format: "amazon", detect: (h) => has(h, "amazon-order-id", "purchase-date"), bind: bindAmazonAllOrders },
  {
    format: "amazon-orders",
    detect: (h) => has(h, "order-id", "quantity-purchased"),
    bind: bindAmazonOrdersReport,
  },
  {
    format: "amazon-business-report",
    detect: (h) => has(h, "Units Ordered") && (has(h, "(Child) ASIN") || has(h, "(Parent) ASIN")),
    bind: bindAmazonBusinessReport,
  },
  {
    format: "tiktok",
    detect: (h) =>
      any(h, TIKTOK_ALIASES.date) &&
      (any(h, TIKTOK_ALIASES.sku) || any(h, TIKTOK_ALIASES.skuId)) &&
      any(h, TIKTOK_ALIASES.orderId) &&
      !any(h, SHOPEE_ALIASES.sku),
    bind: bindTikTok,
  },
  { format: "shopify", detect: (h) => has(h, "Lineitem quantity"), bind: bindShopify },
  {
    format: "etsy-orders",
    detect: (h) => has(h, "Sale Date", "Number of Items") && !has(h, "Item Name"),
    bind: bindEtsyOrders,
  },
  { format: "etsy", detect: (h) => has(h, "Sale Date", "Item Name", "Quantity"), bind: bindEtsyItems },
  {
    format: "woocommerce",
    detect: (h) => has(h, "order_date", "item_quantity") || has(h, "Quantity (- Refund)"),
    bind: bindWooCommerce,
  },
  {
    format: "shopee",
    detect: (h) => any(h, SHOPEE_ALIASES.sku) && any(h, SHOPEE_ALIASES.date),
    bind: bindShopee,
  },
  { format: "lazada", detect: (h) => has(h, "orderItemId", "createTime"), bind: bindLazada },
];

/**
 * Detects the sales format from the header (see `SALES_FORMATS`); anything else is read as the
 * generic `date,sku,units,promo,price` file.
 * @example detectSalesFormat(["date", "sku", "units"]) // => "generic"
 * @example detectSalesFormat(["order-id", "purchase-date", "sku", "quantity-purchased"]) // => "amazon-orders"
 */
export function detectSalesFormat(header: readonly string[]): SalesFormat {
  const h = new Set(header.map(normalizeHeader));
  return SALES_FORMATS.find((f) => f.detect(h))?.format ?? "generic";
}

/** Binds `format` (or the detected one) to a header. */
export function bindSalesFormat(
  header: string[],
  format?: SalesFormat,
  options: FormatOptions = {},
): BoundFormat {
  const f = format ?? detectSalesFormat(header);
  const spec = SALES_FORMATS.find((s) => s.format === f);
  return spec ? spec.bind(header, options) : bindGeneric(header);
}
