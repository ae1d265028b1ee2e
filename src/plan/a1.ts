import { colLetter } from "./layout";

/**
 * Parses an A1 cell address (no sheet, `$` allowed) into a 1-based row and column.
 * @throws Error when the text is not an A1 cell address
 * @example parseA1("AB12") // => { row: 12, col: 28 }
 */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`"${address}" is not an A1 cell address`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The A1 address of a 1-based row and column. @example toA1(12, 28) // => "AB12" */
export function toA1(row: number, col: number): string {
  return `${colLetter(col - 1)}${row}`;
}
