/**
 * Lazada Seller Center → Orders → Export (.xlsx, also CSV): one line per order item, one unit
 * each (the export has no quantity column: an order of three lists three items). Columns used:
 * `orderItemId`, `orderNumber`, `sellerSku`, `lazadaSku`, `createTime` (`18 Nov 2024 10:15`, the
 * shop's local time), `itemName`, `variation`, `unitPrice`, `paidPrice`, `sellerDiscountTotal`,
 * `status`. Canceled, returned and failed-delivery items are excluded; a seller discount marks
 * the item as promo. A blank `sellerSku` falls back to `lazadaSku` with a warning.
 */
import type { BoundFormat, SalesLine } from "./types";
import { cellAt as cell, columnsOf, moneyCell, monthNameDate, lineKey } from "./cells";

export const LAZADA_ALIASES = {
  date: ["createTime", "Create Time"],
  sku: ["sellerSku", "Seller SKU"],
  lazadaSku: ["lazadaSku", "Lazada SKU"],
  item: ["orderItemId", "Order Item Id"],
  order: ["orderNumber", "Order Number"],
  title: ["itemName", "Item Name"],
  unitPrice: ["unitPrice", "Unit Price"],
  paid: ["paidPrice", "Paid Price"],
  sellerDiscount: ["sellerDiscountTotal", "Seller Discount Total"],
  status: ["status", "Status"],
} as const;

const EXCLUDED = /cancel|return|fail|lost|damaged/i;

export function bindLazada(header: string[]): BoundFormat {
  const cols = columnsOf(header, LAZADA_ALIASES, ["date", "sku", "item"]);
  const c = cols.at;
  return {
    format: "lazada",
    dateColumn: cols.name("date"),
    skuColumn: cols.name("sku"),
    fallbackColumn: cols.name("lazadaSku"),
    missing: cols.missing.filter((m) => !(m.name === "sellerSku" && c.lazadaSku >= 0)),
    context: (cells) => ({ orderId: cell(cells, c.order), product: cell(cells, c.title) }),
    units: () => 1,
    read(cells, row, issues) {
      if (EXCLUDED.test(cell(cells, c.status))) {
        return { sku: cell(cells, c.sku), dateRaw: "", units: 1, cancelled: true };
      }
      const key = lineKey(
        cell(cells, c.sku),
        cell(cells, c.lazadaSku),
        "skuId",
        { sku: cols.name("sku"), fallback: cols.name("lazadaSku") },
        row,
        issues,
      );
      if (key.sku === "") return null;
      const discount = moneyCell(cells, c.sellerDiscount) ?? 0;
      const line: SalesLine = {
        sku: key.sku,
        dateRaw: monthNameDate(cell(cells, c.date)),
        units: 1,
        promo: discount !== 0 ? 1 : 0,
      };
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      const paid = moneyCell(cells, c.paid) ?? moneyCell(cells, c.unitPrice);
      if (paid !== null) {
        line.revenue = paid;
        line.price = paid;
      }
      return line;
    },
  };
}
