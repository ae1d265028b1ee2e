/**
 * How a plan sheet reads on screen and on paper. A 74-column SKU table printed one page wide is
 * unreadable, and help texts running far to the right of the plan sheet made spreadsheet programs
 * shrink the whole page to fit them. So: long texts wrap inside the columns the sheet prints
 * (merged across the empty cells to their right, rows as tall as the lines need), the SKU table
 * prints as many pages wide as its columns need at about 100 % with the SKU column on every page,
 * and the plan sheet prints its own columns only. Pure: widths are Excel character units (the
 * width of "0" in the default font), heights points; both writers apply the result.
 */
import { colLetter, columnIndex, parseA1 } from "../a1";
import type { PlanCell, PlanSheet, PlanTextLayout } from "../types";

/** Points per line of the default 11 pt font (Excel's default row height). */
export const LINE_POINTS = 15;

/**
 * Pixels across the printable width of a landscape page at 100 %: US Letter (the smaller of
 * Letter and A4) less Excel's normal margins, 11 in − 2 × 0.7 in = 9.6 in at 96 px per inch.
 */
export const LANDSCAPE_PAGE_PX = 921;

/** Width a text needs in character units: CJK characters are two "0"s wide. */
export function textWidth(s: string): number {
  return [...s].reduce((a, ch) => a + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
}

/** Column width (in Excel's character units) that shows every text in full; CJK counts double. */
export function cashKindWidth(texts: readonly string[]): number {
  return Math.max(16, ...texts.map((s) => textWidth(s) + 2));
}

/** Texts StockUp writes that may be long: labels, notes, warnings (not titles or headings). */
export const isLongText = (c: PlanCell): boolean =>
  c.kind === "label" && ["label", "note", "warning", "header"].includes(c.style);

/** Excel's pixel width of a column `chars` wide (default font: 7 px per character + 5 px padding). */
export function columnPixels(chars: number): number {
  return Math.trunc(chars * 7 + 5);
}

/**
 * Characters of running text a cell `width` wide holds: text glyphs average narrower than the "0"
 * a width is measured in (about 1.3 per width unit in Calibri and DejaVu Sans, less when bold);
 * 1.1 keeps a margin so a row is never cut short.
 */
function capacity(width: number, bold: boolean): number {
  return Math.max(1, width * (bold ? 1 : 1.1));
}

/** Lines a text takes when wrapped in `width` characters (each line break starts a new line). */
export function wrappedLines(text: string, width: number, bold = false): number {
  // a word never breaks mid-word, so lines fill to about 90 %
  const usable = capacity(width, bold) * 0.9;
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
}

/** True when a text does not fit on one line of a cell `width` wide. */
export function overflows(text: string, width: number, bold = false): boolean {
  return text.includes("\n") || textWidth(text) > capacity(width, bold);
}

/**
 * Long texts of a sheet laid out inside its first `lastColumn` columns (letters): a text wider
 * than the cells it may spread over (its own and the empty ones to its right, up to
 * `lastColumn`) is merged across them and wrapped, and its row is made as tall as the lines
 * need. Texts that fit are left alone (they overflow into empty cells as usual).
 */
export function wrapLongTexts(
  cells: readonly PlanCell[],
  columnWidths: Readonly<Record<string, number>>,
  lastColumn: string,
  isLong: (c: PlanCell) => boolean,
): PlanTextLayout {
  const last = columnIndex(lastColumn);
  const used = new Map<number, number[]>();
  const at = cells.map((c) => parseA1(c.address));
  at.forEach(({ row, col }) => used.set(row, [...(used.get(row) ?? []), col - 1]));
  const width = (i: number) => columnWidths[colLetter(i)] ?? 8.43;
  const out: PlanTextLayout = { merge: [], wrap: [], top: [], rowHeights: {} };
  cells.forEach((c, k) => {
    if (typeof c.value !== "string" || !isLong(c)) return;
    const { row, col } = at[k];
    const from = col - 1;
    if (from > last) return;
    const next = (used.get(row) ?? []).filter((x) => x > from).reduce((a, x) => Math.min(a, x), last + 1);
    const to = Math.min(last, next - 1);
    let span = 0;
    for (let i = from; i <= to; i++) span += width(i);
    const bold = c.style === "warning" || c.style === "header";
    if (!overflows(c.value, span, bold)) return; // fits: left to overflow into empty cells
    const range = to > from ? `${colLetter(from)}${row}:${colLetter(to)}${row}` : `${colLetter(from)}${row}`;
    if (to > from) out.merge.push(range);
    out.wrap.push(range);
    const h = wrappedLines(c.value, span, bold) * LINE_POINTS;
    out.rowHeights[row] = Math.max(out.rowHeights[row] ?? LINE_POINTS, h);
  });
  for (const row of Object.keys(out.rowHeights)) out.top.push(`A${row}:${lastColumn}${row}`);
  return out;
}

/**
 * Pages wide a table needs at about 100 % on a landscape page, with the first `titleColumns`
 * columns repeated on every page.
 */
export function pagesWide(widths: readonly number[], titleColumns: number): number {
  const title = widths.slice(0, titleColumns).reduce((a, w) => a + columnPixels(w), 0);
  const rest = widths.slice(titleColumns).reduce((a, w) => a + columnPixels(w), 0);
  const perPage = Math.max(1, LANDSCAPE_PAGE_PX - title);
  return Math.max(1, Math.ceil(rest / perPage));
}

/** The header row of a table wrapped, as tall as its longest header needs (at most `maxLines`). */
export function wrapHeaderRow(
  headers: readonly string[],
  widths: readonly number[],
  row: number,
  maxLines = 4,
): PlanTextLayout {
  const lines = Math.min(
    maxLines,
    Math.max(1, ...headers.map((h, i) => wrappedLines(h, widths[i] ?? 8.43, true))),
  );
  return {
    merge: [],
    wrap: [`A${row}:${colLetter(headers.length - 1)}${row}`],
    top: [],
    rowHeights: { [row]: lines * LINE_POINTS },
  };
}

/** The print area of a sheet's first columns through its last used row. */
export function printArea(sheet: Pick<PlanSheet, "cells">, lastColumn: string): string {
  const rows = sheet.cells.map((c) => parseA1(c.address).row);
  return `A1:${lastColumn}${Math.max(1, ...rows)}`;
}
