/**
 * Calculated columns in the CLI's .xlsx (issue 12): every formula column of the SKU table carries
 * its structured formula in the table part, in schema order, so Excel fills a row a buyer adds.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { main, preparePlan } from "../../src/cli/main";
import {
  calculatedColumns,
  readXlsxWorkbook,
  tableFileFormula,
  withCalculatedColumns,
  withoutColumnChildren,
} from "../../src/cli/tableFormulas";
import { colLetter, parseA1 } from "../../src/plan/a1";
import type { PlanModel } from "../../src/plan/types";

const quiet = { stdout: () => undefined, stderr: () => undefined };

/** ECMA-376 Part 1 §18.5.1.3 CT_TableColumn: the only children, in this order, each at most once. */
const COLUMN_CHILDREN = ["calculatedColumnFormula", "totalsRowFormula", "xmlColumnPr", "extLst"];

interface ParsedColumn {
  name: string;
  children: string[];
  formula?: string;
}

/** Parses a table part strictly (throws on malformed XML) and returns its name and columns. */
function parseTable(xml: string): { name: string; columns: ParsedColumn[] } {
  const parser = new SaxesParser();
  let name = "";
  const columns: ParsedColumn[] = [];
  const stack: string[] = [];
  let text = "";
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    if (tag.name === "table") name = String(tag.attributes.name);
    if (stack[stack.length - 1] === "tableColumn") columns[columns.length - 1].children.push(tag.name);
    if (tag.name === "tableColumn") columns.push({ name: String(tag.attributes.name), children: [] });
    stack.push(tag.name);
    text = "";
  });
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => {
    if (tag.name === "calculatedColumnFormula") columns[columns.length - 1].formula = text;
    stack.pop();
  });
  parser.write(xml).close();
  return { name, columns };
}

/** True when `children` follow the schema's sequence with no repeats. */
function inSchemaOrder(children: string[]): boolean {
  const at = children.map((c) => COLUMN_CHILDREN.indexOf(c));
  return at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]));
}

describe("tableFileFormula", () => {
  it("writes this-row references in the table part's form, leaves strings and whole columns", () => {
    expect(tableFileFormula('=IF([@[Qty]]>0,[@[Qty]]*2,"[@[Qty]]")+SUM(T[Qty])', "T")).toBe(
      'IF(T[[#This Row],[Qty]]>0,T[[#This Row],[Qty]]*2,"[@[Qty]]")+SUM(T[Qty])',
    );
  });

  it("keeps escaped headers escaped and adds _xlfn. to newer functions", () => {
    expect(tableFileFormula("=NORM.S.INV([@[Top '[x']]])", "Skus")).toBe(
      "_xlfn.NORM.S.INV(Skus[[#This Row],[Top '[x']]])",
    );
  });
});

describe("withCalculatedColumns", () => {
  const columns = new Map([["T", new Map([["B", "T[[#This Row],[A]]*2"]])]]);

  it("puts the formula before totalsRowFormula in a column with children, escaped", () => {
    const xml =
      '<table name="T"><tableColumns count="2"><tableColumn id="1" name="A"/>' +
      '<tableColumn id="2" name="B" totalsRowFunction="custom"><totalsRowFormula>SUM(T[B])</totalsRowFormula></tableColumn>' +
      "</tableColumns></table>";
    const lt = new Map([["T", new Map([["B", 'IF(T[[#This Row],[A]]<0,"",1)']])]]);
    const t = parseTable(withCalculatedColumns(xml, lt));
    expect(t.columns[0]).toEqual({ name: "A", children: [] });
    expect(t.columns[1].children).toEqual(["calculatedColumnFormula", "totalsRowFormula"]);
    expect(t.columns[1].formula).toBe('IF(T[[#This Row],[A]]<0,"",1)');
  });

  it("leaves another table's part alone and fails loudly on a missing column", () => {
    const other =
      '<table name="U"><tableColumns count="1"><tableColumn id="1" name="B"/></tableColumns></table>';
    expect(withCalculatedColumns(other, columns)).toBe(other);
    const noB =
      '<table name="T"><tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>';
    expect(() => withCalculatedColumns(noB, columns)).toThrow(/no column B/);
  });
});

describe("withoutColumnChildren (what exceljs can read)", () => {
  it("makes every column self-closing, attributes kept, even with / and > in a quoted name", () => {
    const xml =
      '<tableColumns count="3"><tableColumn id="1" name="a/b"/>' +
      '<tableColumn id="2" name="x>y"><calculatedColumnFormula>T[[#This Row],[a/b]]</calculatedColumnFormula></tableColumn>' +
      '<tableColumn id="3" name="c"><totalsRowFormula>SUM(T[c])</totalsRowFormula></tableColumn></tableColumns>';
    expect(withoutColumnChildren(xml)).toBe(
      '<tableColumns count="3"><tableColumn id="1" name="a/b"/><tableColumn id="2" name="x>y"/>' +
        '<tableColumn id="3" name="c"/></tableColumns>',
    );
  });
});

describe("the CLI's sample plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "stockup-calc-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function build(lang: "en" | "zh"): Promise<{ model: PlanModel; parts: string[]; file: string }> {
    const file = join(dir, `plan-${lang}.xlsx`);
    const argv = ["plan", "--sample", "--today", "2026-12-01", "--lang", lang, "--out", file];
    const model = (await preparePlan(argv, quiet)).model!;
    expect(await main(argv, quiet)).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const paths = Object.keys(zip.files).filter((p) => /^xl\/tables\/.+\.xml$/.test(p));
    return { model, parts: await Promise.all(paths.map((p) => zip.file(p)!.async("string"))), file };
  }

  it.each(["en", "zh"] as const)(
    "%s: every SKU formula column has its structured formula as calculatedColumnFormula",
    async (lang) => {
      const { model, parts, file } = await build(lang);
      const skus = model.sheets.flatMap((s) => s.tables).find((t) => t.name === "StockUpSkus")!;
      const formulaColumns = skus.columns.filter((c) => c.kind === "formula");
      expect(formulaColumns.length).toBeGreaterThan(10);
      const tables = parts.map(parseTable); // throws on malformed XML
      const part = tables.find((t) => t.name === "StockUpSkus")!;
      for (const t of tables) for (const c of t.columns) expect(inSchemaOrder(c.children)).toBe(true);
      const byName = new Map(part.columns.map((c) => [c.name, c]));
      for (const c of formulaColumns) {
        const written = byName.get(c.header)!.formula;
        // the model's structured formula, `[@[X]]` spelled `StockUpSkus[[#This Row],[X]]`
        const expected = c.formulaTemplate!.replace(/^=/, "").split("[@[").join("StockUpSkus[[#This Row],[");
        expect(written).toBe(expected);
      }
      // input and value columns get none (a buyer's typed values are not formulas)
      const plain = skus.columns.filter((c) => c.kind !== "formula").map((c) => byName.get(c.header)!);
      expect(plain.every((c) => c.formula === undefined)).toBe(true);
      if (lang === "en") {
        // hand-written: cartons are the order quantity over the case pack, whole (a part carton is one)
        expect(byName.get("Cartons")!.formula).toBe(
          "CEILING(StockUpSkus[[#This Row],[Order qty]]/MAX(1,StockUpSkus[[#This Row],[Case pack]]),1)",
        );
      }
      // the cells keep their A1 formulas (LibreOffice recalculates those), and exceljs reads the file
      const wb = await readXlsxWorkbook(file);
      const sheet = model.sheets.find((s) => s.tables.includes(skus))!;
      const at = skus.columns.findIndex((c) => c.kind === "formula"); // Order qty, by position
      const address = `${colLetter(parseA1(skus.range.split(":")[0]).col - 1 + at)}${skus.headerRow + 1}`;
      const cell = wb.getWorksheet(sheet.name)!.getCell(address).value as ExcelJS.CellFormulaValue;
      expect(cell.formula).not.toContain("[");
      expect(cell.formula).toMatch(/^IF\(ISNUMBER\([A-Z]+2\),[A-Z]+2,[A-Z]+2\+[A-Z]+2\+[A-Z]+2\)$/);
      expect(calculatedColumns(model).get("StockUpSkus")!.size).toBe(formulaColumns.length);
    },
    60_000,
  );
});
