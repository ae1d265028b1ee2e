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
    zh: "表头只有一列：文件不是用逗号、分号或制表符分隔的（{detail}）。",
  },
  MISSING_COLUMN: {
    en: "Required column {column} was not found in the header ({detail}).",
    zh: "表头中找不到必需的列 {column}（{detail}）。",
  },
  MALFORMED_ROW: {
    en: "Row {row} could not be read: {detail}.",
    zh: "第 {row} 行无法读取：{detail}。",
  },
  FIELD_COUNT: {
    en: "Row {row} has {detail} fields; the header has a different number. Values were read by position.",
    zh: "第 {row} 行有 {detail} 个字段，与表头列数不同；已按位置读取。",
  },
  MISSING_SKU: { en: "Row {row} has no SKU.", zh: "第 {row} 行没有 SKU。" },
  MISSING_VALUE: {
    en: "Row {row}: {column} is required but empty.",
    zh: "第 {row} 行：{column} 为必填项，但为空。",
  },
  BAD_DATE: {
    en: 'Row {row}: {column} "{value}" is not a date{detail}.',
    zh: "第 {row} 行：{column}“{value}”不是有效日期{detail}。",
  },
  AMBIGUOUS_DATE_ORDER: {
    en: "Column {column}: every date fits both month/day and day/month; read as {detail}.",
    zh: "列 {column}：所有日期既可读作月/日也可读作日/月；已按 {detail} 读取。",
  },
  FUTURE_DATE: {
    en: 'Row {row}: {column} "{value}" is after the as-of date {detail}; row not imported.',
    zh: "第 {row} 行：{column}“{value}”晚于截止日期 {detail}；该行未导入。",
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
    en: 'Row {row}: {column} "{value}" is not yes/no (use 1/0, yes/no, true/false, 是/否).',
    zh: "第 {row} 行：{column}“{value}”不是是/否（请用 1/0、yes/no、true/false、是/否）。",
  },
  BAD_CHANNEL: {
    en: 'Row {row}: channel "{value}" is unknown (amazon, tiktok, shopee, walmart, shopify); left empty.',
    zh: "第 {row} 行：渠道“{value}”未知（amazon、tiktok、shopee、walmart、shopify）；已留空。",
  },
  DUPLICATE_ROW: {
    en: "Row {row} repeats row {detail} exactly; counted once.",
    zh: "第 {row} 行与第 {detail} 行完全相同；只计一次。",
  },
  DUPLICATE_SKU: {
    en: 'Row {row}: SKU "{value}" already appeared in row {detail}; the first row is kept.',
    zh: "第 {row} 行：SKU“{value}”已在第 {detail} 行出现；保留第一行。",
  },
  FORMULA_TEXT: {
    en: 'Row {row}: {column} "{value}" starts like a formula; kept as plain text.',
    zh: "第 {row} 行：{column}“{value}”以公式符号开头；已作为纯文本保留。",
  },
  UNKNOWN_SKU: {
    en: 'SKU "{value}" has sales but is not in the SKU master; add it to plan its purchase.',
    zh: "SKU“{value}”有销量，但不在 SKU 主数据中；请补充后才能计划采购。",
  },
  NOT_TEXT: {
    en: "The file is {value}, not CSV/TSV text or an .xlsx workbook: open it in the program that made it and save it as .xlsx or CSV (UTF-8).",
    zh: "该文件是 {value} 格式，不是 CSV/TSV 文本或 .xlsx 工作簿：请用生成它的程序打开，另存为 .xlsx 或 CSV（UTF-8）。",
  },
  EMPTY_SHEET: {
    en: 'Worksheet "{value}" is empty, but worksheet "{detail}" has data: choose it (CLI: --sheet "{detail}").',
    zh: '工作表“{value}”是空的，但工作表“{detail}”有数据：请选择它（命令行：--sheet "{detail}"）。',
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
}

/**
 * Renders the message for `code` in `lang`, replacing `{row}`, `{column}`, `{value}`, `{detail}`.
 * Placeholders without a value become empty text (never the literal `{…}`).
 * @example formatIssueMessage("MISSING_SKU", { row: 7 }, "en") // => "Row 7 has no SKU."
 */
export function formatIssueMessage(code: IssueCode, params: MessageParams, lang: "en" | "zh"): string {
  const template = ISSUE_MESSAGES[code][lang];
  return template.replace(/\{(row|column|value|detail)\}/g, (_m, key: keyof MessageParams) => {
    const v = params[key];
    return v === undefined ? "" : String(v);
  });
}
