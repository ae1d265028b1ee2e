/**
 * WooCommerce order export, one row per line item: the Customer / Order / Coupon Export
 * extension's default CSV (`order_id`, `order_number`, `order_date`, `status`, …,
 * `discount_total`, `order_currency`, …, `item_name`, `item_sku`, `item_quantity`,
 * `item_subtotal`, `item_total`, …, `coupon_items`) and the labels of the Advanced Order Export
 * plugin (`Order Number`, `Order Status`, `Order Date`, `SKU`, `Item Name`,
 * `Quantity (- Refund)`, `Item Cost`). `order_date` is the store's local time (kept as written).
 * Cancelled, refunded, failed and draft orders are excluded; a coupon, an order discount or a
 * line total below its subtotal marks the line as promo. A line without SKU is keyed by its item
 * name, with a warning.
 */
import type { BoundFormat, SalesLine } from "./types";
import { cancelledLine, cellAt as cell, columnsOf, moneyCell, numberCell, QUANTITY, lineKey } from "./cells";

export const WOOCOMMERCE_ALIASES = {
  date: ["order_date", "Order Date", "Date"],
  sku: ["item_sku", "SKU"],
  qty: ["item_quantity", "Quantity (- Refund)", "Quantity", "Qty"],
  title: ["item_name", "Item Name", "Product Name"],
  order: ["order_number", "order_id", "Order Number", "Order ID"],
  status: ["status", "Order Status"],
  subtotal: ["item_subtotal"],
  total: ["item_total", "Item Cost"],
  discount: ["discount_total", "cart_discount", "Cart Discount Amount"],
  coupons: ["coupon_items", "coupons", "Coupon Code"],
  currency: ["order_currency", "Currency"],
} as const;

const EXCLUDED = /cancel|refund|fail|draft|trash/i;

export function bindWooCommerce(header: string[]): BoundFormat {
  const cols = columnsOf(header, WOOCOMMERCE_ALIASES, ["date", "sku", "qty"]);
  const c = cols.at;
  return {
    format: "woocommerce",
    dateColumn: cols.name("date"),
    skuColumn: cols.name("sku"),
    fallbackColumn: cols.name("title"),
    missing: cols.missing.filter((m) => !(m.name === "item_sku" && c.title >= 0)),
    context: (cells) => ({ orderId: cell(cells, c.order), product: cell(cells, c.title) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => cell(cells, c.currency),
    read(cells, row, issues) {
      if (EXCLUDED.test(cell(cells, c.status))) return cancelledLine(cells, c.sku, c.qty);
      const key = lineKey(
        cell(cells, c.sku),
        cell(cells, c.title),
        "title",
        { sku: cols.name("sku"), fallback: cols.name("title") },
        row,
        issues,
      );
      const units = numberCell(cells, c.qty, cols.name("qty"), row, issues, QUANTITY);
      if (key.sku === "" || units == null) return null;
      const subtotal = moneyCell(cells, c.subtotal);
      const total = moneyCell(cells, c.total);
      const discount = moneyCell(cells, c.discount) ?? 0;
      const lineDiscount = subtotal !== null && total !== null && total < subtotal;
      const line: SalesLine = {
        sku: key.sku,
        dateRaw: cell(cells, c.date),
        units,
        promo: cell(cells, c.coupons) !== "" || discount > 0 || lineDiscount ? 1 : 0,
      };
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      if (total !== null) line.revenue = total;
      return line;
    },
  };
}
