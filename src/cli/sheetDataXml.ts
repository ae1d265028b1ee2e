/**
 * A plan sheet's `<sheetData>` rendered straight from the PlanModel's cells, byte for byte what
 * exceljs 4.4 renders for the same cells, without exceljs's cell objects, its cell-by-cell model
 * copy and its row/cell xforms (issue 16: the 5,000-SKU write went from ≈3.5 to ≈1.3 s CPU, and
 * the ≈250 MB its cell objects added at the build's peak are gone; bench/xlsxWrite.bench.ts).
 *
 * exceljs's rendering, as mirrored here (lib/xlsx/xform/sheet/row-xform.js and cell-xform.js):
 * - a worksheet holds one cell per address, the last value and style written to it; rows and
 *   cells are rendered by row, then column, whatever the order they were written in;
 * - a row is rendered when it has a cell or a height; `spans` is its first and last cell's
 *   column, cells without a value or style included (they are not rendered themselves);
 * - the ids come from exceljs's own bookkeeping, called in its order: the row's style, then for
 *   each cell its style (`addStyleModel(style, type)`, a formula without a result counts as a
 *   number there) and, for text, its shared string (`add`). Style objects are shared by the
 *   writer (`sharedStyle`): exceljs's WeakMap gives an object the id it gave it first, so a
 *   column's repeated style object is not even asked again;
 * - merged ranges (written after the cells, as `layOutTexts` does): each cell of a range but its
 *   top-left one is a merge cell in the top-left cell's style, its own value and style dropped;
 *   exceljs lists the ranges (`<mergeCells>`) from those cells, in their order (`books.merges`).
 * - notes: each noted cell's comment is listed as exceljs's prepare lists it (`books.comments`).
 * The writer uses it for every plan sheet but one with a chart note inside a merged range
 * (exceljs renders that); `xlsxZip.workbookParts` calls `prepare` where exceljs prepares the
 * sheet's rows. The XML is UTF-8 bytes, spliced into exceljs's sheet part.
 * test/cli/sheetDataXml.test.ts compares every part with exceljs's rendering of the same plans.
 */
import type ExcelJS from "exceljs";
import Note from "exceljs/lib/doc/note";
import Range from "exceljs/lib/doc/range";
import { colLetter, parseA1, parseRange } from "../plan/a1";
import type { PlanCell } from "../plan/types";
import { escapeText } from "./sharedStringsXml";

/** exceljs's value types (lib/doc/enums.js `ValueType`) the plan's cells take. */
const NULL = 0;
const MERGE = 1;
const NUMBER = 2;
const STRING = 3;
const BOOLEAN = 9;

/** exceljs's bookkeeping of shared strings and cell styles (the options its `prepare` passes). */
export interface SheetDataBooks {
  sharedStrings: { add(value: string): number };
  styles: { addStyleModel(style: object, cellType?: number): number };
  /** The sheet's notes (comments), told cell by cell as exceljs's cell models carry them. */
  comments: object[];
  /** The sheet's merged ranges, told cell by cell (exceljs's `Merges`). */
  merges: { add(merge: { address: string; master: string }): void };
}

/** A cell exceljs would hold: its value (`cell.value`) and style object (`cell.style`). */
export interface WrittenCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** What the writer puts into one sheet, in the order it writes to an exceljs worksheet. */
export interface SheetDataSource {
  /** Table header cells, written first by exceljs's `addTable`: the column's name, no style. */
  headers: readonly { row: number; col: number; name: string }[];
  /** The model's cells, written next: each sets its style; its value unless it is a header. */
  cells: readonly PlanCell[];
  /** A model cell's value as exceljs takes it (its 1-based row for the formula). */
  value(cell: PlanCell, row: number): ExcelJS.CellValue;
  /**
   * A formula cell's file formula as XML text (escaped), when the writer has it cheaper than
   * `value` then escaping (its formulas are one text per column with the row filled in); else
   * undefined and `value` is used.
   */
  formulaXml?(cell: PlanCell, row: number): string | undefined;
  /** A model cell's style object (shared: see `sharedStyle`), given its model value. */
  style(cell: PlanCell, value: ExcelJS.CellValue): Partial<ExcelJS.Style>;
  /** Row heights in points by 1-based row. */
  rowHeights: Readonly<Record<number, number>>;
  /** Notes set on cells after everything else, by A1 address (the buyer's, kept by a rebuild). */
  notes: ReadonlyMap<string, ExcelJS.Cell["note"]>;
  /** Ranges merged after the cells (A1, e.g. `A2:H2`). */
  merges: readonly string[];
  /** Cells written last over anything before (the charts' fallback notes). */
  overrides: readonly WrittenCell[];
}

/** Rows × columns as one number: row * COLS + col sorts by row, then column. */
const COLS = 32_768;

/**
 * UTF-8 bytes in 1 MB chunks, written a row at a time. A row's text dies young: the sheet's text
 * held as one string grew by concatenation kept every cell's little string alive (a rope) until
 * the end, and the young-generation collections copied ≈280 MB of them at 5,000 SKUs.
 */
class Utf8Chunks {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(0);
  private used = 0;

  write(text: string): void {
    // at most 3 bytes per UTF-16 unit
    if (this.chunk.length - this.used < text.length * 3) {
      this.close();
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used, "utf8");
  }

  /** The bytes written, in order; the writer is done. */
  take(): Buffer[] {
    this.close();
    this.chunk = Buffer.allocUnsafe(0);
    return this.chunks.splice(0);
  }

  private close(): void {
    if (this.used > 0) this.chunks.push(this.chunk.subarray(0, this.used));
    this.used = 0;
  }
}

const CHUNK = 1 << 20;

/**
 * One sheet's `<sheetData>`: `prepare` numbers its strings and styles and renders it (the model's
 * cells are let go then), `take` hands the XML (UTF-8) over once.
 */
export class SheetDataXml {
  private source: SheetDataSource | undefined;
  private xml: Buffer[] | undefined;
  /** The cells' range as exceljs computes a worksheet's `dimensions`. */
  readonly dimensions = new Range();

  constructor(source: SheetDataSource) {
    this.source = source;
  }

  /** Numbers the strings and styles in exceljs's order and renders the XML. */
  prepare(books: SheetDataBooks): void {
    const source = this.source;
    if (!source) throw new Error("sheetData: prepared twice");
    this.source = undefined; // the model's cells are garbage once rendered
    this.xml = render(source, books, this.dimensions);
  }

  /** The rendered `<sheetData>…</sheetData>` (or `<sheetData/>`) as UTF-8; the XML is let go. */
  take(): Buffer[] {
    const xml = this.xml;
    if (xml === undefined) throw new Error("sheetData: not prepared, or taken already");
    this.xml = undefined;
    return xml;
  }
}

/** A merge cell's value (its master's address is in `books.merges`). */
const MERGED = { merged: true } as unknown as ExcelJS.CellValue;

/**
 * Each cell of the merged ranges but their top-left one → its top-left cell (keys `row * COLS +
 * col`), and those top-left cells; exceljs refuses a range over one merged already, and so does this.
 */
function mergeMasters(ranges: readonly string[]): { mergedInto: Map<number, number>; masters: Set<number> } {
  const mergedInto = new Map<number, number>();
  const masters = new Set<number>();
  for (const range of ranges) {
    const r = parseRange(range);
    const master = (r.top + 1) * COLS + r.left + 1;
    for (let row = r.top + 1; row <= r.bottom + 1; row++)
      for (let col = r.left + 1; col <= r.right + 1; col++) {
        const key = row * COLS + col;
        if (mergedInto.has(key) || masters.has(key)) throw new Error("Cannot merge already merged cells");
        if (key !== master) {
          mergedInto.set(key, master);
          masters.add(master);
        }
      }
  }
  return { mergedInto, masters };
}

/** `row * COLS + col` of an A1 address (parseA1 reads a plain `B4` by character scan). */
function addressKey(address: string): number {
  const cell = parseA1(address);
  return cell.row * COLS + cell.col;
}

/** The model cells' indexes by address (row, then column), each address's last cell last. */
function byAddress(cells: readonly PlanCell[], keys: Float64Array): Int32Array {
  let sorted = true;
  for (let i = 0; i < cells.length; i++) {
    keys[i] = addressKey(cells[i].address);
    if (i > 0 && keys[i] < keys[i - 1]) sorted = false;
  }
  const order = new Int32Array(cells.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  // a stable sort keeps cells of one address in the order written: the last one wins
  return sorted ? order : order.sort((a, b) => keys[a] - keys[b] || a - b);
}

function render(source: SheetDataSource, books: SheetDataBooks, dimensions: Range): Buffer[] {
  const { cells, rowHeights } = source;
  const keys = new Float64Array(cells.length);
  const order = byAddress(cells, keys);
  const headers = new Map<number, string>();
  for (const h of source.headers) headers.set(h.row * COLS + h.col, h.name);
  const overrides = new Map<number, WrittenCell>();
  for (const o of source.overrides) overrides.set(o.row * COLS + o.col, o);
  const notes = new Map<number, ExcelJS.Cell["note"]>();
  for (const [address, note] of source.notes) notes.set(addressKey(address), note);
  // each merged cell but the top-left one → the top-left cell
  const { mergedInto, masters } = mergeMasters(source.merges);
  /** A merge's top-left cell's style, for its other cells (they come after it). */
  const masterStyles = new Map<number, Partial<ExcelJS.Style>>();
  // addresses that may have no model cell, in order
  const extra = [...new Set([...headers.keys(), ...overrides.keys(), ...masters, ...mergedInto.keys()])].sort(
    (a, b) => a - b,
  );
  // exceljs renders a row without cells only when it has a height
  const heightRows = Object.keys(rowHeights)
    .map(Number)
    .filter((r) => rowHeights[r])
    .sort((a, b) => a - b);
  const letters: string[] = [];
  const { styles } = books;
  const rowStyle = {};
  const lastStyle: object[] = [];
  const lastId: number[] = [];
  const letter = (col: number) => (letters[col] ??= colLetter(col - 1));
  const out = new Utf8Chunks();
  let rows = 0;

  let row = 0; // the row being rendered (0: none)
  let rowText = "";
  let body = "";
  let min = 0;
  let max = 0;
  let nextHeight = 0; // index into heightRows
  const openRow = (r: number) => {
    // a row with a height but no cells comes before
    while (nextHeight < heightRows.length && heightRows[nextHeight] < r) emptyRow(heightRows[nextHeight++]);
    if (heightRows[nextHeight] === r) nextHeight++;
    // exceljs's row style: empty, so never an `s` (one object: exceljs numbers it once)
    styles.addStyleModel(rowStyle);
    row = r;
    rowText = String(r);
    body = "";
    min = max = 0;
  };
  const closeRow = () => {
    if (row === 0) return;
    write(rowXml(row, rowHeights[row], min, max, body));
    dimensions.expand(row, min, row, max);
    row = 0;
  };
  const emptyRow = (r: number) => {
    styles.addStyleModel(rowStyle);
    write(rowXml(r, rowHeights[r], 0, 0, ""));
    dimensions.expand(r, 0, r, 0);
  };
  const write = (xml: string) => {
    if (rows++ === 0) out.write("<sheetData>");
    out.write(xml);
  };
  const cell = (key: number, last: PlanCell | undefined, extra: boolean) => {
    const r = Math.floor(key / COLS);
    const col = key - r * COLS;
    if (r !== row) {
      closeRow();
      openRow(r);
    }
    // what exceljs holds at the address: the table's header text, the last model cell's style
    // (and value, unless a header), then an override over both
    const header = extra ? headers.get(key) : undefined;
    let value: ExcelJS.CellValue = null;
    let style: Partial<ExcelJS.Style> = {};
    let formula: string | undefined; // the value's formula, escaped
    if (header !== undefined) value = header;
    if (last) {
      const xml = source.formulaXml?.(last, r);
      const own = xml === undefined ? source.value(last, r) : null;
      if (header === undefined) {
        value = own;
        formula = xml;
      }
      style = source.style(last, own);
    }
    let master: number | undefined;
    if (extra) {
      if (masters.has(key)) masterStyles.set(key, style);
      master = mergedInto.get(key);
      if (master !== undefined) {
        value = MERGED;
        style = masterStyles.get(master)!;
        formula = undefined;
      }
      const over = overrides.get(key);
      if (over) {
        value = over.value;
        style = over.style;
        formula = undefined;
      }
    }
    if (min === 0) min = col;
    max = col;
    // exceljs numbers a style object it has seen with the id it gave it: the column's last
    // style object is most often the cell's
    let styleId = lastId[col];
    if (style !== lastStyle[col]) {
      styleId = lastId[col] = styles.addStyleModel(style, formula === undefined ? cellType(value) : NULL);
      lastStyle[col] = style;
    }
    const address = letter(col) + rowText;
    // exceljs's cell model carries its note: listed as the cell is prepared, after its style
    const note = notes.size ? notes.get(key) : undefined;
    if (note !== undefined) books.comments.push({ ...new Note(note).model, ref: address });
    if (value === MERGED) {
      const m = Math.floor(master! / COLS);
      books.merges.add({ address, master: `${letter(master! - m * COLS)}${m}` });
      body += `<c r="${address}"${styleAttribute(styleId)}/>`;
    } else body += cellXml(address, value, styleAttribute(styleId), books, formula);
  };

  let e = 0;
  for (let i = 0; i < order.length;) {
    const key = keys[order[i]];
    while (e < extra.length && extra[e] < key) cell(extra[e++], undefined, true);
    const isExtra = extra[e] === key;
    if (isExtra) e++;
    let j = i;
    while (j + 1 < order.length && keys[order[j + 1]] === key) j++;
    cell(key, cells[order[j]], isExtra);
    i = j + 1;
  }
  while (e < extra.length) cell(extra[e++], undefined, true);
  closeRow();
  while (nextHeight < heightRows.length) emptyRow(heightRows[nextHeight++]);
  out.write(rows ? "</sheetData>" : "<sheetData/>");
  return out.take();
}

/** A formula without a cached result, the only formula the writer writes. */
function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue {
  const v = value as { formula?: unknown; result?: unknown };
  return typeof v.formula === "string" && v.formula !== "" && v.result === undefined;
}

/** exceljs's `<row>`: number, height, spans, its fixed dyDescent; self-closing when empty. */
function rowXml(r: number, height: number | undefined, min: number, max: number, body: string): string {
  let xml = `<row r="${r}"`;
  if (height) xml += ` ht="${escapeText(String(height))}" customHeight="1"`;
  if (min > 0 && max > 0 && min <= max) xml += ` spans="${min}:${max}"`;
  xml += ' x14ac:dyDescent="0.25"';
  return body ? `${xml}>${body}</row>` : `${xml}/>`;
}

/**
 * exceljs's value type of a plan value (text, number, boolean, nothing, a formula without
 * result); a formula's style is numbered by its result's type: none (exceljs takes it as a number).
 */
function cellType(value: ExcelJS.CellValue): number {
  if (value === null || value === undefined) return NULL;
  if (value === MERGED) return MERGE;
  if (typeof value === "string") return STRING;
  if (typeof value === "number") return NUMBER;
  if (typeof value === "boolean") return BOOLEAN;
  if (isFormula(value)) return NULL;
  throw new Error("sheetData: a cell holds a value this renderer does not write");
}

const STYLE_ATTRIBUTES: string[] = [""];

/** A cell's ` s="…"` attribute (none for style 0), made once per style. */
function styleAttribute(styleId: number): string {
  return (STYLE_ATTRIBUTES[styleId] ??= ` s="${styleId}"`);
}

/** exceljs's `<c>` for a plan value, `formula` (escaped) for a formula cell when given. */
function cellXml(
  address: string,
  value: ExcelJS.CellValue,
  s: string,
  books: SheetDataBooks,
  formula: string | undefined,
): string {
  if (formula !== undefined) return `<c r="${address}"${s}><f>${formula}</f></c>`;
  if (value === null || value === undefined) return s ? `<c r="${address}"${s}/>` : "";
  // a number's text has nothing to escape
  if (typeof value === "number") return `<c r="${address}"${s}><v>${String(value)}</v></c>`;
  if (typeof value === "string")
    return `<c r="${address}"${s} t="s"><v>${books.sharedStrings.add(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? "1" : "0"}</v></c>`;
  return `<c r="${address}"${s}><f>${escapeText((value as ExcelJS.CellFormulaValue).formula)}</f></c>`;
}
