/**
 * Etsy Shop Manager → Settings → Options → Download Data → Orders. Two CSV types:
 * - **Sold Order Items** (one line per item): `Sale Date` (`MM/DD/YY`), `Item Name`, `Buyer`,
 *   `Quantity`, `Price`, `Coupon Code`, `Coupon Details`, `Discount Amount`, `Shipping Discount`,
 *   `Order Shipping`, `Order Sales Tax`, `Item Total`, `Currency`, `Transaction ID`,
 *   `Listing ID`, `Date Paid`, `Date Shipped`, …, `Order ID`, `Variations`, `Order Type`,
 *   `Listings Type`, `Payment Type`, …, `SKU`. A listing without a SKU is keyed by its item name
 *   (and variations), with a warning. A coupon or a discount marks the line as promo.
 * - **Sold Orders** (one line per order, `Number of Items`, no products): cannot give units per
 *   product, so it is refused with a message naming the Sold Order Items download.
 */
import type { BoundFormat, SalesLine } from "./types";
import {
  cellAt as cell,
  lineKey,
  columnsOf,
  moneyCell,
  numberCell,
  QUANTITY,
  usShortDate,
  ZERO_IF_BLANK,
} from "./cells";

export function bindEtsyItems(header: string[]): BoundFormat {
  const cols = columnsOf(
    header,
    {
      date: ["Sale Date"],
      title: ["Item Name"],
      qty: ["Quantity"],
      sku: ["SKU"],
      variations: ["Variations"],
      order: ["Order ID"],
      coupon: ["Coupon Code"],
      discount: ["Discount Amount"],
      total: ["Item Total"],
      price: ["Price"],
      currency: ["Currency"],
    },
    ["date", "title", "qty"],
  );
  const c = cols.at;
  return {
    format: "etsy",
    dateColumn: "Sale Date",
    skuColumn: "SKU",
    fallbackColumn: "Item Name",
    missing: cols.missing,
    context: (cells) => ({ orderId: cell(cells, c.order), product: cell(cells, c.title) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => cell(cells, c.currency),
    read(cells, row, issues) {
      const title = cell(cells, c.title);
      const variations = cell(cells, c.variations);
      const fallback = title && (variations ? `${title} (${variations})` : title);
      const key = lineKey(
        cell(cells, c.sku),
        fallback,
        "title",
        { sku: "SKU", fallback: "Item Name" },
        row,
        issues,
      );
      const units = numberCell(cells, c.qty, "Quantity", row, issues, QUANTITY);
      const discount = numberCell(cells, c.discount, "Discount Amount", row, issues, ZERO_IF_BLANK);
      if (key.sku === "" || units == null || discount === undefined) return null;
      const line: SalesLine = {
        sku: key.sku,
        dateRaw: usShortDate(cell(cells, c.date)),
        units,
        promo: cell(cells, c.coupon) !== "" || (discount ?? 0) !== 0 ? 1 : 0,
      };
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      const total = moneyCell(cells, c.total);
      const price = moneyCell(cells, c.price);
      if (total !== null) line.revenue = total;
      else if (price !== null) line.revenue = price * units;
      return line;
    },
  };
}

/** Etsy Sold Orders (order level): refused with WRONG_REPORT, pointing at Sold Order Items. */
export function bindEtsyOrders(): BoundFormat {
  return {
    format: "etsy-orders",
    dateColumn: "Sale Date",
    skuColumn: "SKU",
    missing: [],
    refusal: { code: "WRONG_REPORT" },
    read: () => null,
  };
}
