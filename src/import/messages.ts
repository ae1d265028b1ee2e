import type { IssueCode } from "./types";

/**
 * Buyer-facing messages for every issue code, in English and Simplified Chinese. `{column}`,
 * `{value}`, `{row}` and `{detail}` are replaced by `formatIssueMessage`. Exported so the pane can
 * render either language (or re-render after the buyer switches language).
 */
export const ISSUE_MESSAGES: Record<IssueCode, { en: string; zh: string }> = {
  EMPTY_FILE: { en: "The file is empty.", zh: "文件是空的。" },
  HEADER_ONLY: {
    en: "The file has a header but no data rows.",
    zh: "文件只有表头，没有数据行。",
  },
  PREAMBLE_ROW: {
    en: "Row {row} is above the header (a title or note) and was skipped.",
    zh: "第 {row} 行位于表头之上（标题或备注），已跳过。",
  },
  WRONG_DELIMITER: {
    en: "The header has one column only: the file is not separated by comma, semicolon or tab ({detail}).",
    zh: "表头只有一列：该文件不是用逗号、分号或制表符分隔的（{detail}）。",
  },
  MISSING_COLUMN: {
    en: "Required column {column} was not found in this {format} (accepted names: {accepted}). Columns in the file: {detail}",
    zh: "找不到必需的列 {column}（该文件被识别为{format}；此列可识别的列名：{accepted}）。文件中现有的列：{detail}",
  },
  MALFORMED_ROW: {
    en: "Row {row} could not be read: {detail}.",
    zh: "第 {row} 行无法读取：{detail}。",
  },
  FIELD_COUNT: {
    en: "Row {row} has {detail} fields; the header has a different number. Values were read by position.",
    zh: "第 {row} 行有 {detail} 个字段，与表头的列数不一致；已按列的顺序读取。",
  },
  MISSING_SKU: { en: "Row {row} has no SKU.", zh: "第 {row} 行没有 SKU。" },
  MISSING_VALUE: {
    en: "Row {row}: {column} is required but empty.",
    zh: "第 {row} 行：必填列 {column} 为空。",
  },
  BAD_DATE: {
    en: 'Row {row}: {column} "{value}" is not a date{detail}.',
    zh: "第 {row} 行：{column}“{value}”不是有效日期{detail}。",
  },
  AMBIGUOUS_DATE_ORDER: {
    en: "Column {column}: every date fits both month/day and day/month; read as {detail}.",
    zh: "{column} 列：每个日期都既可按“月/日”也可按“日/月”理解；已按 {detail} 读取。",
  },
  FUTURE_DATE: {
    en: 'Row {row}: {column} "{value}" lies in the future (after {detail}); row not imported. Check the date, or the plan date (CLI: --today).',
    zh: "第 {row} 行：{column}“{value}”是未来的日期（晚于 {detail}）；该行未导入。请核对该日期或计划日期（命令行：--today）。",
  },
  BAD_NUMBER: {
    en: 'Row {row}: {column} "{value}" is not a number.',
    zh: "第 {row} 行：{column}“{value}”不是数字。",
  },
  NEGATIVE_QUANTITY: {
    en: 'Row {row}: {column} "{value}" is negative; returns are not sales, row not imported.',
    zh: "第 {row} 行：{column}“{value}”为负数；退货不计入销量，该行未导入。",
  },
  OUT_OF_RANGE: {
    en: 'Row {row}: {column} "{value}" is out of range ({detail}).',
    zh: "第 {row} 行：{column}“{value}”超出范围（{detail}）。",
  },
  BAD_FLAG: {
    en: 'Row {row}: {column} "{value}" is not yes/no (use 1/0, yes/no, true/false, 是/否; a battery shipped on its own, such as a power bank: standalone).',
    zh: "第 {row} 行：{column}“{value}”无法识别为是或否（请填 1/0、yes/no、true/false 或 是/否；单独运输的电池如充电宝请填 纯电池）。",
  },
  BAD_CHANNEL: {
    en: 'Row {row}: channel "{value}" is unknown (amazon, tiktok, shopee, walmart, shopify); left empty.',
    zh: "第 {row} 行：无法识别渠道“{value}”（可填 amazon、tiktok、shopee、walmart、shopify）；已留空。",
  },
  DUPLICATE_ROW: {
    en: "Row {row} repeats row {detail} exactly; counted once.",
    zh: "第 {row} 行与第 {detail} 行完全相同；只计一次。",
  },
  DUPLICATE_SKU: {
    en: 'Row {row}: SKU "{value}" already appeared in row {detail}; the first row is kept.',
    zh: "第 {row} 行：SKU“{value}”已在第 {detail} 行出现过；以先出现的那一行为准。",
  },
  FORMULA_TEXT: {
    en: 'Row {row}: {column} "{value}" starts like a formula; kept as plain text.',
    zh: "第 {row} 行：{column}“{value}”以公式符号开头；已作为纯文本保留。",
  },
  UNKNOWN_SKU: {
    en: 'SKU "{value}" has sales but is not in the SKU master; add it to plan its purchase.',
    zh: "SKU“{value}”有销量，但不在 SKU 主数据中；请把它补充到主数据，才能为它计划采购。",
  },
  NOT_TEXT: {
    en: "The file is {value}, not CSV/TSV text or an .xlsx workbook: open it in the program that made it and save it as .xlsx or CSV (UTF-8).",
    zh: "该文件是 {value} 格式，不是 CSV/TSV 文本或 .xlsx 工作簿：请用生成它的程序打开，另存为 .xlsx 或 CSV（UTF-8）。",
  },
  DATE_OUT_OF_RANGE: {
    en: 'Row {row}: {column} "{value}" is outside the plausible range {detail} (a mistyped year?); row not imported.',
    zh: "第 {row} 行：{column}“{value}”超出合理范围 {detail}（是否年份输错？）；该行未导入。",
  },
  DECIMAL_MISMATCH: {
    en: 'Row {row}: {column} "{value}" reads as a number only with the other decimal separator; this file\'s numbers use "{detail}" (semicolon-separated files: ",", others: "."). Fix the cell, or choose the decimal separator (CLI: --decimal).',
    zh: "第 {row} 行：{column}“{value}”只有换用另一种小数点才能识别为数字；本文件的小数点是“{detail}”（分号分隔的文件为“,”，其他为“.”）。请修正该单元格，或指定小数点（命令行：--decimal）。",
  },
  EMPTY_SHEET: {
    en: 'Worksheet "{value}" is empty, but worksheet "{detail}" has data: choose it (CLI: --sheet "{detail}").',
    zh: '工作表“{value}”是空的，数据在工作表“{detail}”中：请改选该工作表（命令行：--sheet "{detail}"）。',
  },
  SKU_FROM_TITLE: {
    en: 'Row {row}: the line has no SKU; its sales are kept under the product title "{value}" ({column}). Give the product a SKU on the platform, or add this title to the SKU master, to plan its purchase.',
    zh: "第 {row} 行没有 SKU；其销量按商品标题“{value}”（{column}）计入。请在平台上为该商品设置 SKU，或把此标题加入 SKU 主数据，才能为它计划采购。",
  },
  SKU_FROM_ID: {
    en: 'Row {row}: {detail} is empty; the sales are kept under the platform\'s SKU ID "{value}" ({column}). Fill in the seller SKU so they match the SKU master.',
    zh: "第 {row} 行：{detail} 为空；销量按平台 SKU ID“{value}”（{column}）计入。请填写卖家 SKU，以便与 SKU 主数据对应。",
  },
  WRONG_REPORT: {
    en: 'This is Etsy\'s Sold Orders file (one line per order, no products), so units per product cannot be read. Download Sold Order Items instead: Shop Manager → Settings → Options → Download Data → Orders, CSV type "Order Items".',
    zh: "这是 Etsy 的 Sold Orders 文件（每个订单一行，没有商品明细），无法读出每个商品的销量。请改为下载 Sold Order Items：Shop Manager → Settings → Options → Download Data → Orders，CSV 类型选“Order Items”。",
  },
  REPORT_WITHOUT_DATES: {
    en: "This Amazon Business Report (sales and traffic by child item) totals a date range and has no date column, so it cannot become daily sales. Download it for one day at a time and give that day (CLI: --report-date YYYY-MM-DD), or import the All Orders report instead.",
    zh: "这份亚马逊业务报告（按子商品的销售与流量）是一个日期范围的汇总，没有日期列，无法变成每日销量。请按天逐日下载并注明日期（命令行：--report-date YYYY-MM-DD），或改为导入 All Orders 订单报告。",
  },
  BAD_CURRENCY: {
    en: 'Row {row}: {column} "{value}" is not a currency (write a code such as CNY, USD, EUR, or ¥, $, €); row not imported.',
    zh: "第 {row} 行：{column}“{value}”不是币种（请填 CNY、USD、EUR 等代码，或 ¥、$、€）；该行未导入。",
  },
  NO_COST_COLUMN: {
    en: "No unit cost column was recognised (unit_cost, cost, purchase price, 采购价, 成本 …; a currency may follow, as in 采购价(元)): every cost is empty, so the plan's cost, margin and ROI are not real. Columns not read: {detail}.",
    zh: "未识别到单位成本列（unit_cost、cost、purchase price、采购价、成本 等，可带币种，如“采购价(元)”）：所有成本为空，计划的成本、利润和 ROI 都不可信。未读取的列：{detail}。",
  },
  CURRENCY_CONFLICT: {
    en: 'Row {row}: {column} "{value}" is written in another currency than {detail} says; row not imported. Make them agree.',
    zh: "第 {row} 行：{column}“{value}”所写的币种与 {detail} 不一致；该行未导入。请改为一致。",
  },
  SKU_SPELLINGS: {
    en: 'Row {row}: SKU "{value}" and SKU "{detail}" differ only by invisible characters, spaces or full-width letters; both are read as one SKU.',
    zh: "第 {row} 行：SKU“{value}”与“{detail}”仅在不可见字符、空格或全角字符上不同；两者按同一个 SKU 处理。",
  },
};

/** Values substituted into a message template. */
export interface MessageParams {
  row?: number;
  column?: string;
  value?: string;
  detail?: string;
  /** A file format id (`SalesFormat`, or `skus`): rendered as its label in the message's language. */
  format?: string;
  /** Accepted header names, already joined. */
  accepted?: string;
}

/** What each file format is called in messages. */
export const FORMAT_LABELS: Record<string, { en: string; zh: string }> = {
  generic: { en: "sales file (date, sku, units)", zh: "销售文件（date、sku、units）" },
  amazon: { en: "Amazon All Orders report", zh: "亚马逊 All Orders 订单报告" },
  "amazon-orders": { en: "Amazon Orders report", zh: "亚马逊 Orders 订单报告" },
  "amazon-shipments": { en: "Amazon Fulfilled Shipments report", zh: "亚马逊 Fulfilled Shipments 发货报告" },
  "amazon-fba-shipments": {
    en: "Amazon FBA Customer Shipment Sales report",
    zh: "亚马逊 FBA Customer Shipment Sales 报告",
  },
  "amazon-business-report": { en: "Amazon Business Report by child ASIN", zh: "亚马逊业务报告（按子 ASIN）" },
  tiktok: { en: "TikTok Shop order export", zh: "TikTok Shop 订单导出" },
  shopify: { en: "Shopify orders export", zh: "Shopify 订单导出" },
  etsy: { en: "Etsy Sold Order Items", zh: "Etsy Sold Order Items 订单明细" },
  "etsy-orders": { en: "Etsy Sold Orders", zh: "Etsy Sold Orders 订单" },
  woocommerce: { en: "WooCommerce order export", zh: "WooCommerce 订单导出" },
  shopee: { en: "Shopee order export", zh: "Shopee 订单导出" },
  lazada: { en: "Lazada order export", zh: "Lazada 订单导出" },
  skus: { en: "SKU master", zh: "SKU 主数据" },
};

/**
 * Renders the message for `code` in `lang`, replacing `{row}`, `{column}`, `{value}`, `{detail}`,
 * `{format}` (the format's label) and `{accepted}`. Placeholders without a value become empty
 * text (never the literal `{…}`).
 * @example formatIssueMessage("MISSING_SKU", { row: 7 }, "en") // => "Row 7 has no SKU."
 */
export function formatIssueMessage(code: IssueCode, params: MessageParams, lang: "en" | "zh"): string {
  const template = ISSUE_MESSAGES[code][lang];
  return template.replace(
    /\{(row|column|value|detail|format|accepted)\}/g,
    (_m, key: keyof MessageParams) => {
      const v = params[key];
      if (key === "format" && typeof v === "string") return FORMAT_LABELS[v]?.[lang] ?? v;
      return v === undefined ? "" : String(v);
    },
  );
}

/** Where a bad line is, beyond its row: the order, the product, the editor's line number. */
export interface IssueLocation {
  line?: number;
  orderId?: string;
  product?: string;
}

/** Longest product name quoted in a message. */
const MAX_PRODUCT_CHARS = 60;

/**
 * The text that tells a buyer which line to fix, appended to a row's message: order id, product
 * and the line number a text editor shows (only when it differs from the row).
 * @example formatIssueLocation({ orderId: "#1331", product: "Mug", line: 170 }, "en")
 * // => ' (order #1331, product "Mug", line 170 in a text editor)'
 */
export function formatIssueLocation(loc: IssueLocation, lang: "en" | "zh"): string {
  const product =
    loc.product && loc.product.length > MAX_PRODUCT_CHARS
      ? `${loc.product.slice(0, MAX_PRODUCT_CHARS - 1)}…`
      : loc.product;
  const parts: string[] = [];
  if (lang === "en") {
    if (loc.orderId) parts.push(`order ${loc.orderId}`);
    if (product) parts.push(`product "${product}"`);
    if (loc.line !== undefined) parts.push(`line ${loc.line} in a text editor`);
    return parts.length ? ` (${parts.join(", ")})` : "";
  }
  if (loc.orderId) parts.push(`订单 ${loc.orderId}`);
  if (product) parts.push(`商品“${product}”`);
  if (loc.line !== undefined) parts.push(`文本编辑器中第 ${loc.line} 行`);
  return parts.length ? `（${parts.join("，")}）` : "";
}

/**
 * A list of names in full, wrapped into lines of at most `width` characters (never cut: the
 * column a buyer needs may be the last one).
 * @example wrapList(["a", "b"], 80) // => "a, b"
 */
export function wrapList(names: readonly string[], width = 100): string {
  const lines: string[] = [];
  let current = "";
  for (const n of names) {
    const piece = current === "" ? n : `${current}, ${n}`;
    if (current !== "" && piece.length > width) {
      lines.push(`${current},`);
      current = n;
    } else current = piece;
  }
  if (current !== "") lines.push(current);
  return lines.join("\n  ");
}
