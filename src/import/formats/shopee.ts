/**
 * Shopee Seller Centre → My Orders → Export (.xlsx, also saved as CSV): one line per product of
 * an order. Columns used (English export; 中文 names of the Chinese Seller Centre as aliases):
 * `Order ID`, `Order Status`, `Order Creation Date` (`2024-11-11 10:23`, the shop's local time),
 * `Parent SKU Reference No.`, `Product Name`, `SKU Reference No.`, `Variation Name`,
 * `Original Price`, `Deal Price`, `Quantity`. The variation's SKU is used, else the parent SKU,
 * else the product (and variation) name with a warning. Cancelled orders are excluded; a deal
 * price below the original price marks the line as promo. Prices carry the site's currency
 * marker (`RM`, `₱`, `฿`): dropped from the amount and noted as the file's currency.
 */
import type { BoundFormat, SalesLine } from "./types";
import {
  cancelledLine,
  cellAt as cell,
  lineKey,
  columnsOf,
  currencyMarker,
  moneyCell,
  numberCell,
  QUANTITY,
} from "./cells";

export const SHOPEE_ALIASES = {
  date: ["Order Creation Date", "订单成立日期", "订单创建日期", "订单成立时间"],
  sku: ["SKU Reference No.", "商品选项货号", "规格货号"],
  parentSku: ["Parent SKU Reference No.", "主商品货号"],
  qty: ["Quantity", "数量"],
  order: ["Order ID", "订单编号", "订单号"],
  status: ["Order Status", "订单状态"],
  title: ["Product Name", "商品名称"],
  variation: ["Variation Name", "商品选项名称", "规格名称"],
  original: ["Original Price", "商品原价"],
  deal: ["Deal Price", "商品活动价格", "活动价格"],
} as const;

const CANCELLED = /cancel|取消/i;

export function bindShopee(header: string[]): BoundFormat {
  const cols = columnsOf(header, SHOPEE_ALIASES, ["date", "sku", "qty"]);
  const c = cols.at;
  return {
    format: "shopee",
    dateColumn: cols.name("date"),
    skuColumn: cols.name("sku"),
    fallbackColumn: cols.name("title"),
    missing: cols.missing,
    context: (cells) => ({ orderId: cell(cells, c.order), product: cell(cells, c.title) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => currencyMarker(cell(cells, c.original)),
    read(cells, row, issues) {
      if (CANCELLED.test(cell(cells, c.status))) return cancelledLine(cells, c.sku, c.qty);
      const title = cell(cells, c.title);
      const variation = cell(cells, c.variation);
      const key = lineKey(
        cell(cells, c.sku) || cell(cells, c.parentSku),
        title && (variation ? `${title} (${variation})` : title),
        "title",
        { sku: cols.name("sku"), fallback: cols.name("title") },
        row,
        issues,
      );
      const units = numberCell(cells, c.qty, cols.name("qty"), row, issues, QUANTITY);
      if (key.sku === "" || units == null) return null;
      const original = moneyCell(cells, c.original);
      const deal = moneyCell(cells, c.deal);
      const line: SalesLine = { sku: key.sku, dateRaw: cell(cells, c.date), units };
      if (original !== null && deal !== null) line.promo = deal < original ? 1 : 0;
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      const paid = deal ?? original;
      if (paid !== null) {
        line.revenue = paid * units;
        line.price = paid;
      }
      return line;
    },
  };
}
