import { findColumn, normalizeHeader } from "./headers";
import type { IssueCollector } from "./issueCollector";
import { parseNumber } from "./parseNumber";

/** Sales file layouts the importer understands. */
export type SalesFormat = "generic" | "amazon" | "tiktok" | "shopify";

/** One sales line read from a record, before daily aggregation. */
export interface SalesLine {
  sku: string;
  /** Raw date cell; parsed later so the day/month order is decided for the whole column. */
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
}

/** Reads one record into a line; reports its own issues; null = rejected (issues say why). */
export type LineReader = (cells: string[], row: number, issues: IssueCollector) => SalesLine | null;

/** A format bound to one header: its date column name and a record reader. */
export interface BoundFormat {
  format: SalesFormat;
  dateColumn: string;
  /** Required columns not found (empty when the header fits). */
  missing: string[];
  read: LineReader;
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

/**
 * Cell text without surrounding blanks. At the start only spaces (and no-break spaces) are
 * trimmed: a leading tab or CR is kept, so formula-like text stays visible to the FORMULA_TEXT
 * check. At the end all whitespace goes: TikTok Shop exports append a tab to IDs so that Excel
 * keeps them as text (`576461234567890001\t`).
 */
export function cellAt(cells: readonly string[], i: number): string {
  if (i < 0 || i >= cells.length) return "";
  const c = cells[i];
  if (c === "") return c;
  const first = c.charCodeAt(0);
  const last = c.charCodeAt(c.length - 1);
  // Fast path: nothing to trim (most cells).
  if (first !== 32 && first !== 0xa0 && last > 32 && last !== 0xa0) return c;
  return c.replace(/^[ \u00a0]+/, "").replace(/\s+$/, "");
}
const cell = cellAt;

/**
 * Reads a numeric cell. Blank → `blank` (or MISSING_VALUE when `required`); text → BAD_NUMBER;
 * for quantities, negative → NEGATIVE_QUANTITY. Returns undefined when the row must be rejected.
 */
function numberCell(
  cells: string[],
  i: number,
  column: string,
  row: number,
  issues: IssueCollector,
  opts: { required: boolean; quantity?: boolean; blank?: number },
): number | undefined | null {
  const raw = cell(cells, i);
  const n = parseNumber(raw);
  if (n === null) {
    if (opts.blank !== undefined) return opts.blank;
    if (opts.required) {
      issues.add("MISSING_VALUE", "error", { row, column });
      return undefined;
    }
    return null;
  }
  if (Number.isNaN(n) || !Number.isFinite(n)) {
    issues.add("BAD_NUMBER", "error", { row, column, value: raw });
    return undefined;
  }
  if (opts.quantity && n < 0) {
    issues.add("NEGATIVE_QUANTITY", "error", { row, column, value: raw });
    return undefined;
  }
  return n;
}

/** Yes/no cell: 1/0, yes/no, y/n, true/false, 是/否, promo/… ; null = blank; NaN-like = undefined. */
export function parseFlag(raw: string): boolean | null | undefined {
  const s = raw.trim().toLowerCase();
  if (s === "") return null;
  if (["1", "yes", "y", "true", "t", "是", "有", "x", "✓", "promo", "促销"].includes(s)) return true;
  if (["0", "no", "n", "false", "f", "否", "无", "-"].includes(s)) return false;
  return undefined;
}

function skuCell(
  cells: string[],
  i: number,
  column: string,
  row: number,
  issues: IssueCollector,
): string | null {
  const sku = cell(cells, i);
  if (sku === "") {
    issues.add("MISSING_SKU", "error", { row, column });
    return null;
  }
  issues.checkText(sku, row, column);
  return sku;
}

/** numberCell options shared by the readers: a required quantity, an optional number. */
const QUANTITY = { required: true, quantity: true } as const;
const OPTIONAL = { required: false } as const;
/** Discount columns: blank means no discount. */
const ZERO_IF_BLANK = { required: false, blank: 0 } as const;

/** Names of the platform's required columns that the header lacks, in the order listed. */
function missingColumns(required: readonly (readonly [name: string, index: number])[]): string[] {
  return required.filter(([, i]) => i < 0).map(([n]) => n);
}

/**
 * A cancelled, refunded or voided order line: excluded from sales and only counted, so it keeps
 * the SKU and the quantity (0 when the quantity is blank or not a positive number) and is not
 * checked further.
 */
function cancelledLine(cells: string[], skuIndex: number, qtyIndex: number): SalesLine {
  const q = parseNumber(cell(cells, qtyIndex));
  return { sku: cell(cells, skuIndex), dateRaw: "", units: q && q > 0 ? q : 0, cancelled: true };
}

function bindGeneric(header: string[]): BoundFormat {
  const c = {
    date: findColumn(header, SALES_ALIASES.date),
    sku: findColumn(header, SALES_ALIASES.sku),
    units: findColumn(header, SALES_ALIASES.units),
    promo: findColumn(header, SALES_ALIASES.promo),
    price: findColumn(header, SALES_ALIASES.price),
    revenue: findColumn(header, SALES_ALIASES.revenue),
  };
  const name = (i: number, fallback: string): string => (i >= 0 ? header[i].trim() : fallback);
  const missing = (["date", "sku", "units"] as const).filter((k) => c[k] < 0);
  return {
    format: "generic",
    dateColumn: name(c.date, "date"),
    missing: [...missing],
    read(cells, row, issues) {
      const sku = skuCell(cells, c.sku, name(c.sku, "sku"), row, issues);
      const units = numberCell(cells, c.units, name(c.units, "units"), row, issues, QUANTITY);
      const price = numberCell(cells, c.price, name(c.price, "price"), row, issues, OPTIONAL);
      const revenue = numberCell(cells, c.revenue, name(c.revenue, "revenue"), row, issues, OPTIONAL);
      let promo: 0 | 1 | undefined;
      if (c.promo >= 0) {
        const raw = cell(cells, c.promo);
        const f = parseFlag(raw);
        if (f === undefined)
          issues.add("BAD_FLAG", "error", { row, column: name(c.promo, "promo"), value: raw });
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

/**
 * Amazon "All Orders" report (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL): tab-separated,
 * one line per order item. Columns used (SP-API "Order Tracking reports attributes"):
 * `purchase-date` (ISO with zone), `sku`, `quantity`, `item-price` (line total for the quantity),
 * `order-status` / `item-status` (Cancelled → excluded), `item-promotion-discount` and
 * `promotion-ids` (promo when the discount is non-zero or an id other than a free-shipping one).
 */
function bindAmazon(header: string[]): BoundFormat {
  const c = {
    date: findColumn(header, ["purchase-date"]),
    sku: findColumn(header, ["sku"]),
    qty: findColumn(header, ["quantity", "quantity-purchased"]),
    price: findColumn(header, ["item-price"]),
    status: findColumn(header, ["order-status"]),
    itemStatus: findColumn(header, ["item-status"]),
    discount: findColumn(header, ["item-promotion-discount"]),
    promos: findColumn(header, ["promotion-ids"]),
  };
  const missing = missingColumns([
    ["purchase-date", c.date],
    ["sku", c.sku],
    ["quantity", c.qty],
  ]);
  return {
    format: "amazon",
    dateColumn: "purchase-date",
    missing,
    read(cells, row, issues) {
      const status = `${cell(cells, c.status)} ${cell(cells, c.itemStatus)}`;
      if (/cancel/i.test(status)) {
        return cancelledLine(cells, c.sku, c.qty);
      }
      const sku = skuCell(cells, c.sku, "sku", row, issues);
      const units = numberCell(cells, c.qty, "quantity", row, issues, QUANTITY);
      // Pending orders have no price yet: blank item-price is "unknown", not an error.
      const revenue = numberCell(cells, c.price, "item-price", row, issues, OPTIONAL);
      const discount = numberCell(cells, c.discount, "item-promotion-discount", row, issues, ZERO_IF_BLANK);
      if (
        sku === null ||
        units === undefined ||
        units === null ||
        revenue === undefined ||
        discount === undefined
      ) {
        return null;
      }
      // Nearly every Prime order carries a "Free Shipping" promotion id: that is not a price promo.
      const ids = cell(cells, c.promos)
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "" && !/free\s*shipping/i.test(s));
      const line: SalesLine = {
        sku,
        dateRaw: cell(cells, c.date),
        units,
        promo: discount !== 0 || ids.length > 0 ? 1 : 0,
      };
      if (revenue !== null) line.revenue = revenue;
      return line;
    },
  };
}

/**
 * TikTok Shop order export (Seller Center → Orders → Export, "OrderSKUList"): one line per SKU of
 * an order. Columns used: `Created Time` (`MM/DD/YYYY hh:mm:ss AM` in the US, `DD/MM/YYYY
 * HH:mm:ss` elsewhere: decided per column), `Seller SKU`, `Quantity`, `SKU Unit Original Price`,
 * `SKU Subtotal After Discount`, `SKU Seller Discount`, `SKU Platform Discount`, `Order Status`
 * and `Cancelation/Return Type` (cancelled or returned/refunded → excluded). The export's second
 * line describes the columns; it is skipped and counted as `meta.descriptionRows`.
 */
function bindTikTok(header: string[]): BoundFormat {
  const c = {
    orderId: findColumn(header, ["Order ID"]),
    date: findColumn(header, ["Created Time"]),
    sku: findColumn(header, ["Seller SKU"]),
    qty: findColumn(header, ["Quantity"]),
    unitPrice: findColumn(header, ["SKU Unit Original Price"]),
    subtotal: findColumn(header, ["SKU Subtotal After Discount"]),
    sellerDiscount: findColumn(header, ["SKU Seller Discount"]),
    platformDiscount: findColumn(header, ["SKU Platform Discount"]),
    status: findColumn(header, ["Order Status"]),
    cancelType: findColumn(header, ["Cancelation/Return Type", "Cancellation/Return Type"]),
  };
  const missing = missingColumns([
    ["Created Time", c.date],
    ["Seller SKU", c.sku],
    ["Quantity", c.qty],
  ]);
  return {
    format: "tiktok",
    dateColumn: "Created Time",
    missing,
    isDescriptionRow: (cells) =>
      !/^\s*\d/.test(cell(cells, c.qty)) && !/\d/.test(cell(cells, c.date)) && cell(cells, c.orderId) !== "",
    read(cells, row, issues) {
      const status = `${cell(cells, c.status)} ${cell(cells, c.cancelType)}`;
      if (/cancel|refund|return/i.test(status)) {
        return cancelledLine(cells, c.sku, c.qty);
      }
      const sku = skuCell(cells, c.sku, "Seller SKU", row, issues);
      const units = numberCell(cells, c.qty, "Quantity", row, issues, QUANTITY);
      const unitPrice = numberCell(cells, c.unitPrice, "SKU Unit Original Price", row, issues, OPTIONAL);
      const subtotal = numberCell(cells, c.subtotal, "SKU Subtotal After Discount", row, issues, OPTIONAL);
      const sd = numberCell(cells, c.sellerDiscount, "SKU Seller Discount", row, issues, ZERO_IF_BLANK);
      const pd = numberCell(cells, c.platformDiscount, "SKU Platform Discount", row, issues, ZERO_IF_BLANK);
      if (
        sku === null ||
        units === undefined ||
        units === null ||
        unitPrice === undefined ||
        subtotal === undefined ||
        sd === undefined ||
        pd === undefined
      ) {
        return null;
      }
      const line: SalesLine = {
        sku,
        dateRaw: cell(cells, c.date),
        units,
        promo: (sd ?? 0) + (pd ?? 0) > 0 ? 1 : 0,
      };
      if (subtotal !== null) line.revenue = subtotal;
      else if (unitPrice !== null) line.revenue = unitPrice * units - (sd ?? 0) - (pd ?? 0);
      return line;
    },
  };
}

/**
 * Shopify orders export (Admin → Orders → Export, CSV): one line per line item; order-level
 * fields (`Financial Status`, `Created at`, `Discount Code`, `Discount Amount`, `Cancelled at`)
 * are filled on the order's first line only, so they are carried forward while `Name` (the order
 * number, `#1001`) stays the same. Columns used: `Created at` (`2024-11-29 10:15:32 -0500`),
 * `Lineitem sku`, `Lineitem quantity`, `Lineitem price`; refunded/voided or cancelled orders are
 * excluded; a discount code or amount marks the order's lines as promo.
 */
function bindShopify(header: string[]): BoundFormat {
  const c = {
    name: findColumn(header, ["Name"]),
    date: findColumn(header, ["Created at"]),
    sku: findColumn(header, ["Lineitem sku"]),
    qty: findColumn(header, ["Lineitem quantity"]),
    price: findColumn(header, ["Lineitem price"]),
    financial: findColumn(header, ["Financial Status"]),
    code: findColumn(header, ["Discount Code"]),
    amount: findColumn(header, ["Discount Amount"]),
    cancelledAt: findColumn(header, ["Cancelled at"]),
  };
  const missing = missingColumns([
    ["Created at", c.date],
    ["Lineitem sku", c.sku],
    ["Lineitem quantity", c.qty],
  ]);
  const carried = [c.date, c.financial, c.code, c.amount, c.cancelledAt];
  let lastName = "";
  let lastOrder: string[] = [];
  return {
    format: "shopify",
    dateColumn: "Created at",
    missing,
    read(cells, row, issues) {
      const name = cell(cells, c.name);
      if (name !== "" && name === lastName) {
        cells = cells.slice();
        for (const i of carried) if (i >= 0 && cell(cells, i) === "") cells[i] = lastOrder[i] ?? "";
      }
      lastName = name;
      lastOrder = cells;
      const financial = cell(cells, c.financial);
      if (
        (/refunded|voided/i.test(financial) && !/partially/i.test(financial)) ||
        cell(cells, c.cancelledAt) !== ""
      ) {
        return cancelledLine(cells, c.sku, c.qty);
      }
      const sku = skuCell(cells, c.sku, "Lineitem sku", row, issues);
      const units = numberCell(cells, c.qty, "Lineitem quantity", row, issues, QUANTITY);
      const price = numberCell(cells, c.price, "Lineitem price", row, issues, OPTIONAL);
      const amount = numberCell(cells, c.amount, "Discount Amount", row, issues, ZERO_IF_BLANK);
      if (
        sku === null ||
        units === undefined ||
        units === null ||
        price === undefined ||
        amount === undefined
      ) {
        return null;
      }
      const promo = cell(cells, c.code) !== "" || (amount ?? 0) !== 0 ? 1 : 0;
      const line: SalesLine = { sku, dateRaw: cell(cells, c.date), units, promo };
      if (price !== null) {
        line.revenue = price * units;
        line.price = price;
      }
      return line;
    },
  };
}

/**
 * Detects the sales format from the header: Amazon by `amazon-order-id` + `purchase-date`,
 * TikTok by `Seller SKU` + `Created Time`, Shopify by `Lineitem quantity`; anything else is read
 * as the generic `date,sku,units,promo,price` file.
 * @example detectSalesFormat(["date", "sku", "units"]) // => "generic"
 */
export function detectSalesFormat(header: readonly string[]): SalesFormat {
  const h = new Set(header.map(normalizeHeader));
  if (h.has("amazonorderid") && h.has("purchasedate")) return "amazon";
  if (h.has("sellersku") && h.has("createdtime")) return "tiktok";
  if (h.has("lineitemquantity")) return "shopify";
  return "generic";
}

/** Binds `format` (or the detected one) to a header. */
export function bindSalesFormat(header: string[], format?: SalesFormat): BoundFormat {
  switch (format ?? detectSalesFormat(header)) {
    case "amazon":
      return bindAmazon(header);
    case "tiktok":
      return bindTikTok(header);
    case "shopify":
      return bindShopify(header);
    default:
      return bindGeneric(header);
  }
}
