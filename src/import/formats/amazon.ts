/**
 * Amazon Seller Central reports, read from the column lists Amazon publishes for them (SP-API
 * "Report type values": order tracking, FBA sales and Business Reports). Every flat file is
 * tab-separated; timestamps are UTC (`+00:00`) and become the marketplace's local date (see
 * marketplaceTime.ts: `sales-channel` column, else the `timeZone` option, else the currency).
 */
import type { BoundFormat, FormatOptions, SalesLine } from "./types";
import {
  cancelledLine,
  cellAt as cell,
  columnsOf,
  moneyCell,
  numberCell,
  OPTIONAL,
  QUANTITY,
  skuCell,
  ZERO_IF_BLANK,
} from "./cells";
import { CURRENCY_ZONES, localDate, zoneOfChannel } from "./marketplaceTime";

/**
 * The marketplace date of a timestamp cell (see the file comment) and the zone it was dated in;
 * the text as written, without a zone, when no zone applies or the stamp carries no offset.
 */
function marketDate(
  raw: string,
  channel: string,
  currency: string,
  options: FormatOptions,
): Pick<SalesLine, "dateRaw" | "zone"> {
  const zone = options.timeZone ?? zoneOfChannel(channel) ?? CURRENCY_ZONES[currency.toUpperCase()];
  const local = zone ? localDate(raw, zone) : null;
  return local === null ? { dateRaw: raw } : { dateRaw: local, zone };
}

/** Promotion ids other than the free-shipping one nearly every Prime order carries. */
function pricePromotionIds(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "" && !/free\s*shipping/i.test(s));
}

/**
 * The order-line reports: All Orders (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL), the
 * Orders report (GET_FLAT_FILE_ORDERS_DATA: `order-id`, `quantity-purchased`) and Amazon
 * Fulfilled Shipments (GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL: `quantity-shipped`, one line
 * per shipped item). Demand is dated by `purchase-date`; `item-price` is the line total;
 * `order-status` / `item-status` Cancelled → excluded; a non-zero `item-promotion-discount` or a
 * promotion id other than free shipping marks a promo line.
 */
function bindOrderLines(
  format: "amazon" | "amazon-orders" | "amazon-shipments",
  header: string[],
  options: FormatOptions,
): BoundFormat {
  const qtyName = {
    amazon: "quantity",
    "amazon-orders": "quantity-purchased",
    "amazon-shipments": "quantity-shipped",
  }[format];
  const orderName = format === "amazon-orders" ? "order-id" : "amazon-order-id";
  const cols = columnsOf(
    header,
    {
      date: ["purchase-date"],
      sku: ["sku"],
      qty: [...new Set([qtyName, "quantity", "quantity-purchased", "quantity-shipped"])],
      order: [...new Set([orderName, "amazon-order-id", "order-id"])],
      product: ["product-name"],
      price: ["item-price"],
      status: ["order-status"],
      itemStatus: ["item-status"],
      discount: ["item-promotion-discount"],
      promos: ["promotion-ids", "item-promotion-id"],
      channel: ["sales-channel"],
      currency: ["currency"],
    },
    ["date", "sku", "qty"],
  );
  const c = cols.at;
  return {
    format,
    dateColumn: "purchase-date",
    skuColumn: "sku",
    missing: cols.missing,
    context: (cells) => ({ orderId: cell(cells, c.order), product: cell(cells, c.product) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => cell(cells, c.currency),
    read(cells, row, issues) {
      const status = `${cell(cells, c.status)} ${cell(cells, c.itemStatus)}`;
      if (/cancel/i.test(status)) return cancelledLine(cells, c.sku, c.qty);
      const sku = skuCell(cells, c.sku, "sku", row, issues);
      const units = numberCell(cells, c.qty, cols.name("qty"), row, issues, QUANTITY);
      // Pending orders have no price yet: blank item-price is "unknown", not an error.
      const revenue = numberCell(cells, c.price, "item-price", row, issues, OPTIONAL);
      const discount = numberCell(cells, c.discount, "item-promotion-discount", row, issues, ZERO_IF_BLANK);
      if (sku === null || units == null || revenue === undefined || discount === undefined) return null;
      const line: SalesLine = {
        sku,
        ...marketDate(cell(cells, c.date), cell(cells, c.channel), cell(cells, c.currency), options),
        units,
      };
      if (c.discount >= 0 || c.promos >= 0) {
        line.promo = discount !== 0 || pricePromotionIds(cell(cells, c.promos)).length > 0 ? 1 : 0;
      }
      if (revenue !== null) line.revenue = revenue;
      return line;
    },
  };
}

export const bindAmazonAllOrders = (h: string[], o: FormatOptions) => bindOrderLines("amazon", h, o);
export const bindAmazonOrdersReport = (h: string[], o: FormatOptions) =>
  bindOrderLines("amazon-orders", h, o);
export const bindAmazonShipments = (h: string[], o: FormatOptions) =>
  bindOrderLines("amazon-shipments", h, o);

/**
 * FBA Customer Shipment Sales (GET_FBA_FULFILLMENT_CUSTOMER_SHIPMENT_SALES_DATA): one line per
 * shipped unit group — `shipment-date`, `sku`, `fnsku`, `asin`, `fulfillment-center-id`,
 * `quantity`, `amazon-order-id`, `currency`, `item-price-per-unit`, `shipping-price`,
 * `gift-wrap-price`, `ship-city`, `ship-state`, `ship-postal-code`. Dated by shipment (the only
 * date it has); no promotion columns, so the rows carry no promo flag.
 */
export function bindAmazonFbaShipments(header: string[], options: FormatOptions): BoundFormat {
  const cols = columnsOf(
    header,
    {
      date: ["shipment-date"],
      sku: ["sku"],
      qty: ["quantity", "quantity-shipped"],
      order: ["amazon-order-id"],
      unitPrice: ["item-price-per-unit"],
      currency: ["currency"],
    },
    ["date", "sku", "qty"],
  );
  const c = cols.at;
  return {
    format: "amazon-fba-shipments",
    dateColumn: "shipment-date",
    skuColumn: "sku",
    missing: cols.missing,
    context: (cells) => ({ orderId: cell(cells, c.order) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => cell(cells, c.currency),
    read(cells, row, issues) {
      const sku = skuCell(cells, c.sku, "sku", row, issues);
      const units = numberCell(cells, c.qty, cols.name("qty"), row, issues, QUANTITY);
      const unitPrice = numberCell(cells, c.unitPrice, "item-price-per-unit", row, issues, OPTIONAL);
      if (sku === null || units == null || unitPrice === undefined) return null;
      const line: SalesLine = {
        sku,
        ...marketDate(cell(cells, c.date), "", cell(cells, c.currency), options),
        units,
      };
      if (unitPrice !== null) {
        line.revenue = unitPrice * units;
        line.price = unitPrice;
      }
      return line;
    },
  };
}

/**
 * Business Report → Detail Page Sales and Traffic By Child Item (`(Parent) ASIN`, `(Child) ASIN`,
 * `Title`, `SKU`, `Sessions - Total`, …, `Units Ordered`, `Units Ordered - B2B`, …,
 * `Ordered Product Sales`, `Total Order Items`). It totals a date range and has no date column:
 * downloaded for one day at a time it is a daily series when the caller says which day
 * (`reportDate`); a `Date` column, where a tool added one, is used as well. Without either the
 * file is refused with REPORT_WITHOUT_DATES (a range total cannot be spread over days honestly).
 */
export function bindAmazonBusinessReport(header: string[], options: FormatOptions): BoundFormat {
  const cols = columnsOf(
    header,
    {
      sku: ["SKU"],
      units: ["Units Ordered", "Units ordered"],
      date: ["Date", "Day"],
      asin: ["(Child) ASIN", "Child ASIN", "ASIN"],
      title: ["Title"],
      sales: ["Ordered Product Sales"],
    },
    ["sku", "units"],
  );
  const c = cols.at;
  const fixedDate = c.date < 0 ? options.reportDate : undefined;
  return {
    format: "amazon-business-report",
    dateColumn: c.date >= 0 ? cols.name("date") : "Date",
    skuColumn: cols.name("sku"),
    missing: cols.missing,
    refusal: c.date < 0 && fixedDate === undefined ? { code: "REPORT_WITHOUT_DATES" } : undefined,
    context: (cells) => ({ product: cell(cells, c.title) || cell(cells, c.asin) }),
    units: (cells) => Number(cell(cells, c.units).replace(/,/g, "")) || null,
    read(cells, row, issues) {
      const sku = skuCell(cells, c.sku, cols.name("sku"), row, issues);
      const units = numberCell(cells, c.units, cols.name("units"), row, issues, QUANTITY);
      if (sku === null || units == null) return null;
      const line: SalesLine = { sku, dateRaw: fixedDate ?? cell(cells, c.date), units };
      const sales = moneyCell(cells, c.sales);
      if (sales !== null) line.revenue = sales;
      return line;
    },
  };
}
