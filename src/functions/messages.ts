/**
 * The adapter's own messages (what the buyer reads when hovering a `#VALUE!` flag), in en-US and
 * zh-CN. The core's messages are English; the adapter's are chosen by the Office display language.
 */

/** Languages the add-in ships. */
export type Language = "en-US" | "zh-CN";

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
  unknownRates: { names: string };
  ratesShape: { columns: number };
  duplicateRate: { name: string };
  internal: { detail: string };
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
  unknownRates: ({ names }) => `unknown rate name(s): ${names}`,
  ratesShape: ({ columns }) => `must be two columns (name, value), got ${columns}`,
  duplicateRate: ({ name }) => `names "${name}" twice`,
  internal: ({ detail }) => `StockUp could not compute this: ${detail}`,
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
  unknownRates: ({ names }) => `未知的费率名称：${names}`,
  ratesShape: ({ columns }) => `必须是两列（名称、数值），实际为 ${columns} 列`,
  duplicateRate: ({ name }) => `重复出现名称“${name}”`,
  internal: ({ detail }) => `StockUp 无法计算：${detail}`,
};

const TABLES: Record<Language, Table> = { "en-US": EN, "zh-CN": ZH };

let language: Language = detectLanguage();

/**
 * The Office display language when the runtime exposes it (shared runtime), else English.
 * Any Chinese variant maps to zh-CN because that is the only Chinese the add-in ships.
 */
function detectLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const tag = office?.context?.displayLanguage ?? "";
  return tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/** Switches the message language (tests, or a host that learns the language after load). */
export function setMessageLanguage(next: Language): void {
  language = next;
}

/** The language messages are currently written in. */
export function messageLanguage(): Language {
  return language;
}

/**
 * The text of one message in the current language.
 * @example message("required", {}) // => "is required"
 */
export function message<K extends MessageKey>(key: K, params: MessageParams[K]): string {
  return TABLES[language][key](params);
}
