/**
 * Sales file layouts: the generic daily file and the exports sellers download from their
 * platforms. Each format is recognised by its distinctive headers (`SALES_FORMATS`, most specific
 * first) and binds a header to a record reader (`BoundFormat`). The platform readers live in
 * `./formats/`, one file per platform; this file holds the shared shapes, the generic file and
 * detection.
 */
import { normalizeHeader } from "./headers";
import type { IssueCollector } from "./issueCollector";
import type { IssueCode } from "./types";
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

/** Sales file layouts the importer understands. */
export type SalesFormat =
  | "generic"
  | "amazon"
  | "amazon-orders"
  | "amazon-shipments"
  | "amazon-fba-shipments"
  | "amazon-business-report"
  | "tiktok"
  | "shopify"
  | "etsy"
  | "etsy-orders"
  | "woocommerce"
  | "shopee"
  | "lazada";

/** One sales line read from a record, before daily aggregation. */
export interface SalesLine {
  sku: string;
  /** Raw date cell (or an ISO date the format already made marketplace-local); parsed later so
   * the day/month order is decided for the whole column. */
  dateRaw: string;
  units: number;
  /** Revenue of the line when known (line total, not unit price). */
  revenue?: number;
  /** Listed unit price (generic files), kept so zero-unit days still carry a price. */
  price?: number;
  /** 1 = sold under a promotion, 0 = not, undefined = the file does not say. */
  promo?: 0 | 1;
  /** Cancelled, refunded or voided: excluded from sales and counted in meta. */
  cancelled?: boolean;
  /**
   * The line had no seller SKU and is keyed by something else: its product / variant title, or
   * the platform's own SKU id. The importer warns once per key and counts these units.
   */
  keyedBy?: "title" | "skuId";
  /** The IANA zone a UTC timestamp was dated in (Amazon: the marketplace's), noted per file. */
  zone?: string;
}

/** Reads one record into a line; reports its own issues; null = rejected (issues say why). */
export type LineReader = (cells: string[], row: number, issues: IssueCollector) => SalesLine | null;

/** Caller options some formats need. */
export interface FormatOptions {
  /** IANA zone for UTC timestamps (Amazon), overriding the sales channel and the currency. */
  timeZone?: string;
  /** The day a dateless report covers (Amazon Business Report downloaded for one day), ISO. */
  reportDate?: string;
}

/** A format bound to one header: its date column name and a record reader. */
export interface BoundFormat {
  format: SalesFormat;
  dateColumn: string;
  /** The SKU column as the header names it (for issues about the SKU). */
  skuColumn: string;
  /** The column a line is keyed by when its seller SKU is blank (`SalesLine.keyedBy`). */
  fallbackColumn?: string;
  /** Required columns not found, with the names accepted for each (empty when the header fits). */
  missing: RequiredColumn[];
  read: LineReader;
  /** The file is recognised but cannot give daily units per SKU: refused with this issue. */
  refusal?: { code: IssueCode };
  /** The order id and product of a record, so a message about it can name them. */
  context?: (cells: string[]) => { orderId?: string; product?: string };
  /** The units a record says it holds (for the count of skipped units), or null. */
  units?: (cells: string[]) => number | null;
  /** The record's currency code, when the file has a currency column. */
  currency?: (cells: string[]) => string;
  /** True for a record that only describes the columns (TikTok exports have one after the header). */
  isDescriptionRow?: (cells: string[]) => boolean;
}

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
