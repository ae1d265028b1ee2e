/**
 * True when `text` starts with a character that makes a spreadsheet treat it as a formula or
 * that CSV-injection guidance lists as dangerous: `=`, `+`, `-`, `@`, tab, carriage return
 * (OWASP "CSV Injection"). Importers keep such text verbatim and flag it; writers must store it
 * as text (Office.js: number format "@" or a leading apostrophe; exceljs: a string value).
 * @example isFormulaLike("=HYPERLINK(\"x\")") // => true
 * @example isFormulaLike("SKU-1") // => false
 */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && /^[=+\-@\t\r]/.test(text);
}
