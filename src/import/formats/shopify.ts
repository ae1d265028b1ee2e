/**
 * Shopify orders export (Admin → Orders → Export, CSV): one line per line item; order-level
 * fields (`Financial Status`, `Created at`, `Discount Code`, `Discount Amount`, `Cancelled at`,
 * `Currency`) are filled on the order's first line only, so they are carried forward while `Name`
 * (the order number, `#1001`) stays the same. Columns used: `Created at`
 * (`2024-11-29 10:15:32 -0500`: the store's local time, its date kept as written), `Lineitem sku`,
 * `Lineitem quantity`, `Lineitem price`, `Lineitem name`; refunded/voided or cancelled orders are
 * excluded; a discount code or amount marks the order's lines as promo.
 *
 * Real stores sell line items without a SKU (custom items, products never given one): such a line
 * is keyed by its `Lineitem name` (product – variant title) instead of being dropped, and the
 * importer warns once per title and counts the units so keyed.
 */
import type { BoundFormat, SalesLine } from "./types";
import {
  cancelledLine,
  cellAt as cell,
  lineKey,
  columnsOf,
  numberCell,
  OPTIONAL,
  QUANTITY,
  ZERO_IF_BLANK,
} from "./cells";

export function bindShopify(header: string[]): BoundFormat {
  const cols = columnsOf(
    header,
    {
      date: ["Created at"],
      sku: ["Lineitem sku"],
      qty: ["Lineitem quantity"],
      name: ["Name"],
      title: ["Lineitem name"],
      price: ["Lineitem price"],
      financial: ["Financial Status"],
      code: ["Discount Code"],
      amount: ["Discount Amount"],
      cancelledAt: ["Cancelled at"],
      currency: ["Currency"],
    },
    ["date", "sku", "qty"],
  );
  const c = cols.at;
  const carried = [c.date, c.financial, c.code, c.amount, c.cancelledAt, c.currency];
  let lastName = "";
  let lastOrder: string[] = [];
  return {
    format: "shopify",
    dateColumn: "Created at",
    skuColumn: "Lineitem sku",
    fallbackColumn: "Lineitem name",
    // every line keyed by title still imports: the SKU column is not needed when titles are there
    missing: cols.missing.filter((m) => !(m.name === "Lineitem sku" && c.title >= 0)),
    context: (cells) => ({ orderId: cell(cells, c.name), product: cell(cells, c.title) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    currency: (cells) => cell(cells, c.currency),
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
        return cancelledLine(cells, c.sku >= 0 && cell(cells, c.sku) !== "" ? c.sku : c.title, c.qty);
      }
      const key = lineKey(
        cell(cells, c.sku),
        cell(cells, c.title),
        "title",
        { sku: "Lineitem sku", fallback: "Lineitem name" },
        row,
        issues,
      );
      const units = numberCell(cells, c.qty, "Lineitem quantity", row, issues, QUANTITY);
      const price = numberCell(cells, c.price, "Lineitem price", row, issues, OPTIONAL);
      const amount = numberCell(cells, c.amount, "Discount Amount", row, issues, ZERO_IF_BLANK);
      if (key.sku === "" || units == null || price === undefined || amount === undefined) return null;
      const promo = cell(cells, c.code) !== "" || (amount ?? 0) !== 0 ? 1 : 0;
      const line: SalesLine = { sku: key.sku, dateRaw: cell(cells, c.date), units, promo };
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      if (price !== null) {
        line.revenue = price * units;
        line.price = price;
      }
      return line;
    },
  };
}
