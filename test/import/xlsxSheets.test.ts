/**
 * .xlsx sales files read by the streaming reader (issue 16 #10, #13): which worksheet is read,
 * the hint when the data is on another tab, and stray far-away cells. One row per case.
 */
import ExcelJS from "exceljs";
import { importSalesXlsx } from "../../src/import/xlsx";
import type { IssueCode } from "../../src/import/types";

type Sheets = Record<string, (string | number | null)[][]>;
const DATA = [
  ["date", "sku", "units"],
  ["2024-11-11", "A", 2],
  ["2024-11-12", "A", 5],
];

async function book(sheets: Sheets, stray?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRows(rows);
    if (stray && name === Object.keys(sheets)[0]) ws.getCell(stray).value = "stray";
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// prettier-ignore
const CASES: [name: string, sheets: Sheets, sheet: number | string | undefined, stray: string | undefined, code: IssueCode | null, units: number[]][] = [
  // name                                sheets                                   --sheet     stray cell  issue           units imported
  ["first sheet by default",             { Sales: DATA, Notes: [["x"]] },          undefined,  undefined,  null,           [2, 5]],
  ["second sheet by name",               { Notes: [["x"]], Sales: DATA },          "Sales",    undefined,  null,           [2, 5]],
  ["second sheet by position",           { Notes: [["x"]], Sales: DATA },          2,          undefined,  null,           [2, 5]],
  ["empty first sheet, data on second",  { Sheet1: [], Sales: DATA },              undefined,  undefined,  "EMPTY_SHEET",  []],
  ["stray cell in column XFD",           { Sales: DATA },                          undefined,  "XFD2",     null,           [2, 5]],
  ["stray cell far right and below",     { Sales: DATA },                          undefined,  "XFD5000",  null,           [2, 5]],
];

describe(".xlsx worksheets", () => {
  it.each(CASES)("%s", async (_name, sheets, sheet, stray, code, units) => {
    const r = await importSalesXlsx(await book(sheets, stray), { sheet });
    expect(r.rows.map((x) => x.units)).toEqual(units);
    expect(r.issues.filter((i) => i.severity !== "info").map((i) => i.code)).toEqual(code ? [code] : []);
  });

  it("names the tab to choose, in en and zh", async () => {
    const r = await importSalesXlsx(await book({ Sheet1: [], Sales: DATA }));
    expect(r.issues[0].message).toBe(
      'Worksheet "Sheet1" is empty, but worksheet "Sales" has data: choose it (CLI: --sheet "Sales").',
    );
    expect(r.issues[0].messageZh).toContain("数据在工作表“Sales”中");
  });

  it("refuses a worksheet the workbook does not have, listing those it has", async () => {
    await expect(importSalesXlsx(await book({ Sales: DATA }), { sheet: "Sheet9" })).rejects.toThrow(
      'no worksheet "Sheet9" in this workbook; it has: Sales',
    );
  });

  it("keeps the row numbers Excel shows across empty rows", async () => {
    const r = await importSalesXlsx(await book({ S: [...DATA, [], [], ["2024-11-13", "A", "x"]] }));
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([["BAD_NUMBER", 6]]);
  });
});
