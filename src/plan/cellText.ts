/**
 * Text as a cell can hold it, for both writers (exceljs in the CLI, Office.js in the pane):
 * Excel refuses more than 32,767 characters in a cell (issue 16 #14: a 40,000-character title
 * was written past it, and Excel repairs such a file by dropping the cell). Longer text is cut
 * and ends with a marker saying how much was left out, so nothing disappears silently.
 */

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * `text` itself when it fits a cell, else its start and `… [+N characters]`.
 * @example cellText("abc") // => "abc"
 * @example cellText("x".repeat(40_000)).endsWith("… [+7254 characters]") // => true
 */
export function cellText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  // the marker for the whole length is at least as long as the final one: the result fits
  let keep = EXCEL_CELL_CHARS - `… [+${text.length} characters]`.length;
  // never split a surrogate pair (a rare Chinese character or an emoji)
  const code = text.charCodeAt(keep - 1);
  if (code >= 0xd800 && code <= 0xdbff) keep--;
  return `${text.slice(0, keep)}… [+${text.length - keep} characters]`;
}
