/**
 * Plan formulas refer to inputs by name and to table cells by column header, never by address:
 * `[@[Order qty]]` is this row's Order qty, `StockUpSkus[Order qty]` the whole column. Inserting
 * rows or columns, sorting, or adding a SKU at the bottom cannot break them. Writers turn them
 * into A1 for the file (`toA1Formula`): a this-row reference becomes the cell in the same row,
 * a whole column the sheet column (`'StockUp SKUs'!$Q:$Q`), which also sums rows a buyer adds.
 */
import { colLetter } from "./layout";

/** Escapes `[`, `]`, `#` and `'` in a column header for use inside a structured reference. */
export function escapeHeader(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** This row's cell of a column: `[@[Order qty]]`. */
export const thisRow = (header: string): string => `[@[${escapeHeader(header)}]]`;
/** A whole table column: `StockUpSkus[Order qty]`. */
export const wholeColumn = (table: string, header: string): string => `${table}[${escapeHeader(header)}]`;

export interface TableLayout {
  name: string;
  sheet: string;
  /** 0-based sheet column index of each header. */
  columns: ReadonlyMap<string, number>;
}

const unescape = (h: string) => h.replace(/'(.)/g, "$1");
const quoteSheet = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The A1 form of a formula with structured references (string literals untouched).
 * @param row 1-based sheet row of the cell (for `[@…]`); @param sheet the cell's own sheet
 * @throws Error naming an unknown table or header
 * @example toA1Formula("=[@[Qty]]*2+SUM(T[Qty])", [{ name: "T", sheet: "S", columns: new Map([["Qty", 1]]) }], 5, "S")
 * // => "=B5*2+SUM('S'!$B:$B)"
 */
export function toA1Formula(
  formula: string,
  tables: readonly TableLayout[],
  row: number,
  sheet: string,
): string {
  return a1Converter(tables, sheet)(formula, row);
}

/**
 * `toA1Formula` for many cells of one sheet: the table look-ups are made once, and each distinct
 * formula is converted once (`a1Parts`): a table column's formula is the same text on every row,
 * so a 5,000-SKU plan converts a few hundred texts instead of 135,000 (issue 16 scale).
 * @throws Error (from the converter) naming an unknown table or header
 */
export function a1Converter(
  tables: readonly TableLayout[],
  sheet: string,
): (formula: string, row: number) => string {
  const parts = a1Parts(tables, sheet);
  return (formula, row) => {
    const p = parts(formula);
    return p.length === 1 ? p[0] : p.join(String(row));
  };
}

/**
 * The A1 form of a formula split where the cell's own row number goes (`[@…]` references):
 * `"=[@[Qty]]*2"` → `["=B", "*2"]`, joined with the row by the caller. Remembered per formula
 * text for the converter's life (one sheet of one build). The parts are shared: never mutate them.
 * @throws Error naming an unknown table or header
 */
export function a1Parts(
  tables: readonly TableLayout[],
  sheet: string,
): (formula: string) => readonly string[] {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const own = tables.find((t) => t.sheet === sheet);
  const done = new Map<string, readonly string[]>();
  const convert = (formula: string): string[] => {
    const col = (t: TableLayout | undefined, h: string) => {
      const i = t?.columns.get(unescape(h));
      if (t === undefined || i === undefined)
        throw new Error(`formula ${formula}: no column "${unescape(h)}"`);
      return colLetter(i);
    };
    const parts: string[] = [];
    let open = "";
    formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
      if (i % 2 === 1) {
        open += part;
        return;
      }
      // whole columns first (no row in them); `[@[…]]` has no table name before its bracket
      const columns = part.replace(
        /([A-Za-z_][A-Za-z0-9_.]*)\[((?:[^\]']|'.)*)\]/g,
        (_m, name: string, h: string) => {
          const t = byName.get(name.toLowerCase());
          if (!t) throw new Error(`formula ${formula}: no table ${name}`);
          const L = col(t, h);
          return `${t.sheet === sheet ? "" : `${quoteSheet(t.sheet)}!`}$${L}:$${L}`;
        },
      );
      // text, header, text, header, …: each header is this row's cell, the row goes after it
      columns.split(/\[@\[((?:[^\]']|'.)*)\]\]/).forEach((piece, j) => {
        if (j % 2 === 0) open += piece;
        else {
          parts.push(open + col(own, piece));
          open = "";
        }
      });
    });
    parts.push(open);
    return parts;
  };
  return (formula) => {
    let parts = done.get(formula);
    if (parts === undefined) {
      parts = convert(formula);
      done.set(formula, parts);
    }
    return parts;
  };
}
