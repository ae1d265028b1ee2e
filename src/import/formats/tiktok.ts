/**
 * TikTok Shop order export (Seller Center → Orders → Export, "OrderSKUList"): one line per SKU of
 * an order, in the Seller Center's language. Columns used (English / 中文 / 日本語 names):
 * `Created Time` (`MM/DD/YYYY hh:mm:ss AM` in the US, `DD/MM/YYYY HH:mm:ss` elsewhere: decided per
 * column; the shop's local time), `Seller SKU`, `SKU ID` (the platform's id: used when a listing
 * has no Seller SKU, with a warning), `Quantity`, `SKU Unit Original Price`,
 * `SKU Subtotal After Discount`, `SKU Seller Discount`, `SKU Platform Discount`, `Order Status`
 * and `Cancelation/Return Type` (cancelled or returned/refunded → excluded). The export's second
 * line describes the columns; it is skipped and counted as `meta.descriptionRows`.
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

/** Header names per column: English, Simplified Chinese, Japanese Seller Center exports. */
export const TIKTOK_ALIASES = {
  date: ["Created Time", "创建时间", "订单创建时间", "下单时间", "作成時間", "注文作成日時", "作成日時"],
  sku: ["Seller SKU", "卖家SKU", "商家SKU", "卖家 SKU", "販売者SKU", "セラーSKU", "出品者SKU"],
  skuId: ["SKU ID", "SKU编号", "SKU 编号"],
  qty: ["Quantity", "数量", "商品数量", "個数"],
  orderId: ["Order ID", "订单号", "订单 ID", "订单编号", "注文ID", "注文番号"],
  product: ["Product Name", "商品名称", "产品名称", "商品名"],
  unitPrice: ["SKU Unit Original Price", "SKU单价", "SKU原价", "SKU単価", "SKU元の単価"],
  subtotal: ["SKU Subtotal After Discount", "折扣后SKU小计", "SKU折后小计", "割引後のSKU小計"],
  sellerDiscount: ["SKU Seller Discount", "SKU卖家折扣", "卖家SKU折扣", "SKU販売者割引", "販売者SKU割引"],
  platformDiscount: ["SKU Platform Discount", "SKU平台折扣", "平台SKU折扣", "SKUプラットフォーム割引"],
  status: ["Order Status", "订单状态", "注文ステータス"],
  cancelType: [
    "Cancelation/Return Type",
    "Cancellation/Return Type",
    "取消/退货类型",
    "取消/退款类型",
    "キャンセル/返品タイプ",
  ],
} as const;

/** Cancelled, refunded, returned: in the three languages. */
const CANCELLED = /cancel|refund|return|取消|退款|退货|キャンセル|返品|返金/i;

export function bindTikTok(header: string[]): BoundFormat {
  const cols = columnsOf(header, TIKTOK_ALIASES, ["date", "sku", "qty"]);
  const c = cols.at;
  // A Seller SKU column is not needed when the SKU ID column is there (fallback).
  const missing = cols.missing.filter((m) => !(m.name === "Seller SKU" && c.skuId >= 0));
  return {
    format: "tiktok",
    dateColumn: cols.name("date"),
    skuColumn: cols.name("sku"),
    fallbackColumn: cols.name("skuId"),
    missing,
    context: (cells) => ({ orderId: cell(cells, c.orderId), product: cell(cells, c.product) }),
    units: (cells) => Number(cell(cells, c.qty)) || null,
    isDescriptionRow: (cells) =>
      !/^\s*\d/.test(cell(cells, c.qty)) && !/\d/.test(cell(cells, c.date)) && cell(cells, c.orderId) !== "",
    read(cells, row, issues) {
      const status = `${cell(cells, c.status)} ${cell(cells, c.cancelType)}`;
      if (CANCELLED.test(status)) return cancelledLine(cells, c.sku >= 0 ? c.sku : c.skuId, c.qty);
      const key = lineKey(
        cell(cells, c.sku),
        cell(cells, c.skuId),
        "skuId",
        { sku: cols.name("sku"), fallback: cols.name("skuId") },
        row,
        issues,
      );
      const units = numberCell(cells, c.qty, cols.name("qty"), row, issues, QUANTITY);
      const unitPrice = numberCell(cells, c.unitPrice, cols.name("unitPrice"), row, issues, OPTIONAL);
      const subtotal = numberCell(cells, c.subtotal, cols.name("subtotal"), row, issues, OPTIONAL);
      const sd = numberCell(cells, c.sellerDiscount, cols.name("sellerDiscount"), row, issues, ZERO_IF_BLANK);
      const pd = numberCell(
        cells,
        c.platformDiscount,
        cols.name("platformDiscount"),
        row,
        issues,
        ZERO_IF_BLANK,
      );
      if (
        key.sku === "" ||
        units == null ||
        unitPrice === undefined ||
        subtotal === undefined ||
        sd === undefined ||
        pd === undefined
      ) {
        return null;
      }
      const line: SalesLine = {
        sku: key.sku,
        dateRaw: cell(cells, c.date),
        units,
        promo: (sd ?? 0) + (pd ?? 0) > 0 ? 1 : 0,
      };
      if (key.keyedBy) line.keyedBy = key.keyedBy;
      if (subtotal !== null) line.revenue = subtotal;
      else if (unitPrice !== null) line.revenue = unitPrice * units - (sd ?? 0) - (pd ?? 0);
      return line;
    },
  };
}
