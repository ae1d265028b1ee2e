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
 * `toA1Formula` for many cells of one sheet: the table look-ups are made once (a 5,000-SKU plan
 * converts tens of thousands of formulas, issue 16 scale).
 * @throws Error (from the converter) naming an unknown table or header
 */
export function a1Converter(
  tables: readonly TableLayout[],
  sheet: string,
): (formula: string, row: number) => string {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const own = tables.find((t) => t.sheet === sheet);
  return (formula, row) => {
    const col = (t: TableLayout | undefined, h: string) => {
      const i = t?.columns.get(unescape(h));
      if (t === undefined || i === undefined)
        throw new Error(`formula ${formula}: no column "${unescape(h)}"`);
      return colLetter(i);
    };
    return formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/\[@\[((?:[^\]']|'.)*)\]\]/g, (_m, h: string) => `${col(own, h)}${row}`)
              .replace(/([A-Za-z_][A-Za-z0-9_.]*)\[((?:[^\]']|'.)*)\]/g, (_m, name: string, h: string) => {
                const t = byName.get(name.toLowerCase());
                if (!t) throw new Error(`formula ${formula}: no table ${name}`);
                const L = col(t, h);
                return `${t.sheet === sheet ? "" : `${quoteSheet(t.sheet)}!`}$${L}:$${L}`;
              }),
      )
      .join("");
  };
}
