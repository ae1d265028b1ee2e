/** .xlsx input: workbooks built with exceljs in memory, read back through the same importers. */
import ExcelJS from "exceljs";
import { sniffFile } from "../../src/import/sniffFile";
import {
  cellText,
  importSalesFile,
  importSalesXlsx,
  importSkusFile,
  importSkusXlsx,
} from "../../src/import/xlsx";

async function workbookBytes(rows: ExcelJS.CellValue[][], sheetName = "Sales"): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r, i) => {
    if (r.length > 0) ws.getRow(i + 1).values = r;
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer).slice().buffer;
}

describe("importSalesXlsx", () => {
  it("reads date cells, numbers, formula results and rich text", async () => {
    const bytes = await workbookBytes([
      ["date", "sku", "units", "promo", "price"],
      [new Date(Date.UTC(2024, 10, 11)), "A", 3, 1, 19.99],
      [
        new Date(Date.UTC(2024, 10, 12)),
        { richText: [{ text: "A" }] },
        { formula: "1+1", result: 2 },
        0,
        19.99,
      ],
      ["2024-11-12", "B", 5, "否", 9.5],
    ]);
    const r = await importSalesXlsx(bytes);
    expect(r.rows).toEqual([
      { sku: "A", date: "2024-11-11", units: 3, promo: 1, revenue: 59.97, price: 19.99 },
      { sku: "A", date: "2024-11-12", units: 2, promo: 0, revenue: 39.98, price: 19.99 }, // the cached result 2
      { sku: "B", date: "2024-11-12", units: 5, promo: 0, revenue: 47.5, price: 9.5 },
    ]);
    expect(r.issues).toEqual([]);
  });

  it("reports bad cells with their worksheet row numbers, empty rows included", async () => {
    const bytes = await workbookBytes([
      ["date", "sku", "units"],
      ["2024-11-11", "A", 1],
      [],
      ["2024-11-11", "A", "lots"],
    ]);
    const r = await importSalesXlsx(bytes);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([["BAD_NUMBER", 4, "units"]]);
    expect(r.meta.blankRows).toBe(1);
  });

  it("finds the header below a title row and keeps formula-like text as text", async () => {
    const bytes = await workbookBytes([
      ["销售报表 2024-11"],
      ["日期", "SKU", "销量"],
      ["2024-11-11", "=1+1", 3],
    ]);
    const r = await importSalesXlsx(bytes);
    expect(r.rows).toEqual([{ sku: "=1+1", date: "2024-11-11", units: 3 }]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["PREAMBLE_ROW", 1, ""],
      ["FORMULA_TEXT", 3, "SKU"],
    ]);
  });

  it("reads the named sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "nothing here";
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["date", "sku", "units"]);
    ws.addRow(["2024-11-11", "A", 4]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    expect((await importSalesXlsx(bytes, { sheet: "Sales" })).rows).toEqual([
      { sku: "A", date: "2024-11-11", units: 4 },
    ]);
  });

  it("refuses a sheet name the workbook does not have, instead of reading another sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["date", "sku", "units"]);
    ws.addRow(["2024-11-11", "A", 4]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    await expect(importSalesXlsx(bytes, { sheet: "Sales 2024" })).rejects.toThrow(
      'sheet: no worksheet "Sales 2024" in this workbook; it has: Sales',
    );
    await expect(importSkusXlsx(bytes, { sheet: 3 })).rejects.toThrow(
      "sheet: no worksheet number 3 in this workbook; it has: Sales",
    );
  });

  it("reads a sheet number as its position in the tab order, not exceljs's internal id", async () => {
    const wb = new ExcelJS.Workbook();
    const sales = wb.addWorksheet("Sales"); // id 1
    sales.addRow(["date", "sku", "units"]);
    sales.addRow(["2024-11-11", "A", 4]);
    wb.addWorksheet("Notes").getCell("A1").value = "nothing here"; // id 2
    // the buyer dragged Notes to the front: Notes is tab 1, Sales tab 2 (orderNo is untyped in exceljs)
    const tab = (ws: ExcelJS.Worksheet | undefined, orderNo: number) =>
      Object.assign(ws as unknown as { orderNo: number }, { orderNo });
    tab(sales, 2);
    tab(wb.getWorksheet("Notes"), 1);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer).slice().buffer;
    expect((await importSalesXlsx(bytes, { sheet: 2 })).rows).toEqual([
      { sku: "A", date: "2024-11-11", units: 4 },
    ]);
  });

  it("rejects bytes that are not a workbook", async () => {
    await expect(
      importSalesXlsx(new TextEncoder().encode("date,sku,units\n").buffer as ArrayBuffer),
    ).rejects.toThrow();
  });
});

describe("importSkusXlsx", () => {
  it("reads the SKU master from a worksheet", async () => {
    const bytes = await workbookBytes([
      ["sku", "unit_cost", "case_pack", "battery", "channel"],
      ["A", 2.5, 12, true, "TikTok"],
    ]);
    expect((await importSkusXlsx(bytes)).rows).toEqual([
      {
        sku: "A",
        unitCost: 2.5,
        casePack: 12,
        battery: true,
        liquid: false,
        magnetic: false,
        channel: "tiktok",
      },
    ]);
  });
});

describe("cellText", () => {
  it.each([
    [null, ""],
    [12.5, "12.5"],
    [true, "TRUE"],
    [new Date(Date.UTC(2024, 0, 2)), "2024-01-02"],
    [new Date(Date.UTC(2024, 0, 2, 13, 5, 9)), "2024-01-02 13:05:09"],
    [{ richText: [{ text: "a" }, { text: "b" }] }, "ab"],
    [{ formula: "=A1", result: "x" }, "x"],
    [{ text: "link", hyperlink: "http://example.com" }, "link"],
    [{ error: "#N/A" }, "#N/A"],
  ] as [ExcelJS.CellValue, string][])("turns %j into %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("importSalesFile / importSkusFile", () => {
  it("routes workbook bytes to the xlsx reader", async () => {
    const bytes = await workbookBytes([
      ["date", "sku", "units"],
      ["2024-11-11", "A", 2],
    ]);
    const r = await importSalesFile(new Uint8Array(bytes));
    expect([r.meta.delimiter, r.rows]).toEqual(["xlsx", [{ sku: "A", date: "2024-11-11", units: 2 }]]);
  });

  it("routes text bytes to the CSV reader", async () => {
    const r = await importSkusFile(new TextEncoder().encode("sku;unit_cost\nA;1,5\n"));
    expect([r.meta.delimiter, r.rows[0].unitCost]).toEqual([";", 1.5]);
  });
});

describe("sniffFile", () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], "zip"], // a zip header alone holds no workbook (fileKinds.test.ts)
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1], "xls"],
    [[0x64, 0x61, 0x74, 0x65], "text"],
    [[], "text"],
  ])("reads %j as %s", (bytes, kind) => {
    expect(sniffFile(new Uint8Array(bytes))).toBe(kind);
  });
});
