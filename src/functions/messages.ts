/**
 * The adapter's own messages (what the buyer reads when hovering a `#VALUE!` flag), in en-US and
 * zh-CN. The core's messages are English; the adapter's are chosen by the Office display language.
 */

import { localeOf, type Locale } from "../core";

/** Message keys with their parameters. */
export interface MessageParams {
  required: Record<string, never>;
  notNumber: { text: string };
  notNumberInCell: { cell: number; text: string };
  notFinite: Record<string, never>;
  notInteger: { value: number };
  errorInCell: { cell: number; code: string };
  errorValue: { code: string };
  tooManyCells: { cells: number; max: number };
  emptyRange: Record<string, never>;
  lengthMismatch: { other: string; cells: number; otherCells: number };
  unknownChoice: { text: string; choices: string };
  notText: Record<string, never>;
  notDate: { text: string };
  dateBefore1900: { text: string };
  unknownRates: { names: string; more: number };
  ratesShape: { columns: number };
  duplicateRate: { name: string };
  internal: { detail: string };
  meanOnly: Record<string, never>;
  notPositive: Record<string, never>;
  tooManyPeriods: { periods: number; max: number };
  overflow: Record<string, never>;
  notSeries: { rows: number; columns: number };
  seasonTooLong: { max: number };
}

/** A message key. */
export type MessageKey = keyof MessageParams;

type Table = { [K in MessageKey]: (p: MessageParams[K]) => string };

const EN: Table = {
  required: () => "is required",
  notNumber: ({ text }) => `"${text}" is not a number`,
  notNumberInCell: ({ cell, text }) => `cell ${cell} ("${text}") is not a number`,
  notFinite: () => "must be a finite number",
  notInteger: ({ value }) => `must be a whole number, got ${value}`,
  errorInCell: ({ cell, code }) => `cell ${cell} holds the error ${code}; fix that cell first`,
  errorValue: ({ code }) => `holds the error ${code}; fix that cell first`,
  tooManyCells: ({ cells, max }) => `has ${cells} cells with data; at most ${max} are allowed`,
  emptyRange: () => "has no numbers",
  lengthMismatch: ({ other, cells, otherCells }) =>
    `has ${cells} cells but ${other} has ${otherCells}; they must line up period by period`,
  unknownChoice: ({ text, choices }) => `"${text}" is not one of ${choices}`,
  notText: () => "must be text",
  notDate: ({ text }) => `"${text}" is not a date (use a date cell or YYYY-MM-DD)`,
  dateBefore1900: ({ text }) => `${text} is before 1900-03-01, which Excel dates cannot hold reliably`,
  unknownRates: ({ names, more }) => `unknown rate name(s): ${names}${more > 0 ? ` and ${more} more` : ""}`,
  ratesShape: ({ columns }) => `must be two columns (name, value), got ${columns}`,
  duplicateRate: ({ name }) => `names "${name}" twice`,
  internal: ({ detail }) => `StockUp could not compute this: ${detail}`,
  meanOnly: () =>
    'one number is a mean without its variability: give the daily demand range, or use method "percent"',
  notPositive: () => "must be greater than 0",
  tooManyPeriods: ({ periods, max }) => `asks for ${periods} periods; at most ${max} are allowed`,
  overflow: () => "the inputs are so large that the result overflows; check their magnitude",
  notSeries: ({ rows, columns }) =>
    `must be one column or one row (a series), got ${rows} rows × ${columns} columns`,
  seasonTooLong: ({ max }) => `must be a whole number of periods between 1 and ${max}`,
};

const ZH: Table = {
  required: () => "为必填项",
  notNumber: ({ text }) => `“${text}”不是数字`,
  notNumberInCell: ({ cell, text }) => `第 ${cell} 个单元格（“${text}”）不是数字`,
  notFinite: () => "必须是有限数字",
  notInteger: ({ value }) => `必须是整数，收到 ${value}`,
  errorInCell: ({ cell, code }) => `第 ${cell} 个单元格是错误值 ${code}，请先修正该单元格`,
  errorValue: ({ code }) => `是错误值 ${code}，请先修正该单元格`,
  tooManyCells: ({ cells, max }) => `含数据的单元格有 ${cells} 个，最多允许 ${max} 个`,
  emptyRange: () => "没有任何数字",
  lengthMismatch: ({ other, cells, otherCells }) =>
    `有 ${cells} 个单元格，而 ${other} 有 ${otherCells} 个；两者必须逐期对应`,
  unknownChoice: ({ text, choices }) => `“${text}”不是可选值之一：${choices}`,
  notText: () => "必须是文本",
  notDate: ({ text }) => `“${text}”不是日期（请使用日期单元格或 YYYY-MM-DD）`,
  dateBefore1900: ({ text }) => `${text} 早于 1900-03-01，Excel 日期无法可靠表示`,
  unknownRates: ({ names, more }) => `未知的费率名称：${names}${more > 0 ? ` 等（另有 ${more} 个）` : ""}`,
  ratesShape: ({ columns }) => `必须是两列（名称、数值），实际为 ${columns} 列`,
  duplicateRate: ({ name }) => `重复出现名称“${name}”`,
  internal: ({ detail }) => `StockUp 无法计算：${detail}`,
  meanOnly: () => '单个数字只是均值，缺少波动信息：请提供每日需求区域，或使用 method "percent"',
  notPositive: () => "必须大于 0",
  tooManyPeriods: ({ periods, max }) => `要求预测 ${periods} 期，最多允许 ${max} 期`,
  overflow: () => "输入数值过大，结果溢出；请检查数量级",
  notSeries: ({ rows, columns }) => `必须是一列或一行（一个序列），实际为 ${rows} 行 × ${columns} 列`,
  seasonTooLong: ({ max }) => `必须是 1 到 ${max} 之间的整数期数`,
};

const TABLES: Record<Locale, Table> = { "en-US": EN, "zh-CN": ZH };

/** Decided on first use: Office.context is only filled once the runtime is ready. */
let language: Locale | undefined;

/**
 * The Office display language when the runtime exposes it (shared runtime), else English.
 * Any Chinese variant maps to zh-CN because that is the only Chinese the add-in ships.
 */
function detectLanguage(): Locale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return localeOf(office?.context?.displayLanguage);
}

/** Switches the message language (tests, or a host that learns the language after load). */
export function setMessageLanguage(next: Locale): void {
  language = next;
}

/** The language messages are currently written in. */
export function messageLanguage(): Locale {
  language ??= detectLanguage();
  return language;
}

/**
 * The text of one message in the current language.
 * @example message("required", {}) // => "is required"
 */
export function message<K extends MessageKey>(key: K, params: MessageParams[K]): string {
  return TABLES[messageLanguage()][key](params);
}

/** Labels of the LANDED_COST_BREAKDOWN rows, by the core's component key. */
const COMPONENT_LABELS: Record<Locale, Record<string, string>> = {
  "en-US": {
    purchase: "Purchase",
    paymentFee: "Payment / FX fee",
    freight: "First-leg freight",
    categorySurcharge: "Special goods surcharge",
    insurance: "Cargo insurance",
    duty: "Import duty",
    importVat: "Import VAT (not reclaimed)",
    customsFee: "Customs fee",
    warehouseStorage: "Overseas warehouse storage",
    warehouseHandling: "Overseas warehouse handling",
    fbaFulfilment: "FBA fulfilment",
    fbaStorage: "FBA storage",
    agedSurcharge: "Aged inventory surcharge",
    commission: "Platform commission",
    advertising: "Advertising (ACoS)",
    refundReserve: "Refund reserve",
    contingency: "Contingency",
    total: "Total",
    perUnit: "Per unit",
  },
  "zh-CN": {
    purchase: "采购成本",
    paymentFee: "支付/换汇手续费",
    freight: "头程运费",
    categorySurcharge: "特货附加费",
    insurance: "货运保险",
    duty: "进口关税",
    importVat: "进口增值税（不可抵扣）",
    customsFee: "清关费",
    warehouseStorage: "海外仓仓储费",
    warehouseHandling: "海外仓操作费",
    fbaFulfilment: "FBA 配送费",
    fbaStorage: "FBA 仓储费",
    agedSurcharge: "超龄库存附加费",
    commission: "平台佣金",
    advertising: "广告费（ACoS）",
    refundReserve: "退款准备金",
    contingency: "应急预算",
    total: "合计",
    perUnit: "单件成本",
  },
};

/**
 * The label of a landed-cost component in the current language (the key itself if unknown).
 * @example componentLabel("freight") // => "First-leg freight"
 */
export function componentLabel(key: string): string {
  return COMPONENT_LABELS[messageLanguage()][key] ?? key;
}

/** Every component label in both languages (for tests: nothing left untranslated). */
export const ALL_COMPONENT_LABELS = COMPONENT_LABELS;
