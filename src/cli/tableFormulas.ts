/**
 * Calculated columns for the .xlsx file's tables (issue 12): a SKU row a buyer adds at the bottom
 * of the table gets each formula column's formula from Excel, so it computes and the totals (whole
 * column references) sum it.
 *
 * exceljs 4 cannot write a table column's `<calculatedColumnFormula>`, so the written file is
 * patched: each formula column of a model table gets the column's formula in the file's
 * structured-reference form (`[@[Order qty]]` → `StockUpSkus[[#This Row],[Order qty]]`, the form
 * ECMA-376 uses inside a table part). The cells keep their A1 formulas: LibreOffice does not
 * resolve structured references in .xlsx files and recalculates the cells as they are.
 *
 * exceljs cannot read such a column back either: `readXlsxWorkbook` reads a plan without them.
 *
 * Schema (ECMA-376 Part 1, §18.5.1.3 CT_TableColumn): the children are a sequence of
 * calculatedColumnFormula?, totalsRowFormula?, xmlColumnPr?, extLst?: the formula goes first.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PackageParts } from "./xlsxZip";
import { toFileFormula } from "../plan/xlfn";
import type { PlanModel } from "../plan/types";

/** Table name → column header → the column's formula as stored in the table part (no `=`). */
export type CalculatedColumns = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * A model formula with this-row references as the file form of a table part: `[@[Qty]]*2` in
 * table `T` → `T[[#This Row],[Qty]]*2`. Whole-column references (`T[Qty]`) are already in file
 * form; string literals are left alone; `_xlfn.` prefixes are added; the leading `=` goes.
 * @example tableFileFormula("=[@[Qty]]*2+SUM(T[Qty])", "T") // => "T[[#This Row],[Qty]]*2+SUM(T[Qty])"
 */
export function tableFileFormula(formula: string, table: string): string {
  const rows = formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/\[@\[((?:[^\]']|'.)*)\]\]/g, `${table}[[#This Row],[$1]]`),
    )
    .join("");
  return toFileFormula(rows).replace(/^=/, "");
}

/** The calculated column formula of every formula column of the model's tables (by table name). */
export function calculatedColumns(model: PlanModel): CalculatedColumns {
  const out = new Map<string, Map<string, string>>();
  for (const sheet of model.sheets) {
    for (const table of sheet.tables) {
      const columns = new Map<string, string>();
      for (const c of table.columns) {
        // an A1 template with `{r}` (older hand-made models) has no row-independent form: skipped
        if (c.kind === "formula" && c.formulaTemplate && !c.formulaTemplate.includes("{r}")) {
          columns.set(c.header, tableFileFormula(c.formulaTemplate, table.name));
        }
      }
      if (columns.size > 0) out.set(table.name, columns);
    }
  }
  return out;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

/** The value of attribute `name` in a start tag (XML-unescaped), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/**
 * A `<tableColumn …/>` or `<tableColumn …>children</tableColumn>`: attributes (quoted values may
 * hold `/` or `>`), then the self-closing end or the children.
 */
const TABLE_COLUMN = /<tableColumn\b((?:[^>"/]|"[^"]*"|\/(?!>))*)(\/>|>([\s\S]*?)<\/tableColumn>)/g;

/**
 * A table part with `<calculatedColumnFormula>` added to the columns in `formulas` (by header).
 * A column that already has one keeps it. The part is returned unchanged when its table has no
 * formula columns.
 * @throws Error when a column of `formulas` is not in the part (the writer and model disagree)
 */
export function withCalculatedColumns(xml: string, columns: CalculatedColumns): string {
  const table = /<table\b[^>]*>/.exec(xml);
  const formulas = table ? columns.get(attribute(table[0], "name") ?? "") : undefined;
  if (!table || !formulas) return xml;
  const done = new Set<string>();
  // a tableColumn is self-closing (exceljs) or has children; its name is its header text
  const out = xml.replace(
    TABLE_COLUMN,
    (whole, attrs: string, _end: string, children: string | undefined) => {
      const name = attribute(attrs, "name");
      const f = name === undefined ? undefined : formulas.get(name);
      if (f === undefined) return whole;
      done.add(name!);
      if (children?.includes("<calculatedColumnFormula")) return whole;
      return `<tableColumn${attrs}><calculatedColumnFormula>${escapeXml(f)}</calculatedColumnFormula>${children ?? ""}</tableColumn>`;
    },
  );
  const missing = [...formulas.keys()].filter((h) => !done.has(h));
  if (missing.length) throw new Error(`table part has no column ${missing.join(", ")}`);
  return out;
}

/** Adds the tables' calculated column formulas (`calculatedColumns`) to the table parts of an .xlsx package, in place. */
export function addCalculatedColumns(parts: PackageParts, columns: CalculatedColumns): void {
  if (columns.size === 0) return;
  const seen = new Set<string>();
  for (const path of parts.names().filter(isTablePart)) {
    const xml = parts.text(path);
    const table = /<table\b[^>]*>/.exec(xml);
    const name = table ? attribute(table[0], "name") : undefined;
    if (name === undefined || !columns.has(name)) continue;
    seen.add(name);
    parts.set(path, withCalculatedColumns(xml, columns));
  }
  const missing = [...columns.keys()].filter((t) => !seen.has(t));
  if (missing.length) throw new Error(`the file has no table ${missing.join(", ")}`);
}

/** A table part (`xl/tables/tableN.xml`) of an .xlsx. */
const isTablePart = (path: string): boolean => /^xl\/tables\/[^/]+\.xml$/.test(path);

/** The paths of the table parts (`xl/tables/tableN.xml`) in an .xlsx. */
function tableParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter(isTablePart);
}

/**
 * A table part whose columns have no children. exceljs 4.4 parses only self-closing
 * `<tableColumn/>`: a column with a calculatedColumnFormula or totalsRowFormula (as Excel saves
 * calculated columns, and as `addCalculatedColumns` writes them) throws "Cannot set properties of
 * undefined (setting 'filterButton')". The children carry nothing exceljs keeps anyway.
 */
export function withoutColumnChildren(xml: string): string {
  return xml.replace(TABLE_COLUMN, (whole, attrs: string, end: string) =>
    end === "/>" ? whole : `<tableColumn${attrs}/>`,
  );
}

/**
 * Reads an .xlsx with exceljs, table columns' children dropped first (`withoutColumnChildren`) so
 * a plan with calculated columns (ours, or one Excel saved) can be read back for a rebuild.
 */
export async function readXlsxWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of tableParts(zip)) {
    const xml = await zip.file(path)!.async("string");
    const next = withoutColumnChildren(xml);
    if (next !== xml) {
      zip.file(path, next);
      changed = true;
    }
  }
  const wb = new ExcelJS.Workbook();
  const data = changed ? await zip.generateAsync({ type: "uint8array" }) : new Uint8Array(bytes);
  // exceljs's typings want a Buffer of ArrayBuffer; it reads any Uint8Array (via JSZip)
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}
