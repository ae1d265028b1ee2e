import ExcelJS from "exceljs";
import { buildPlan } from "../../src/plan/buildPlan";
import { parsePlanState } from "../../src/plan/parsePlanState";
import { inputCells } from "../../src/plan/inputCells";
import { planToWorkbook, STATE_SHEET } from "../../src/cli/xlsxWriter";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import { SKU_A, tinyInput } from "../plan/fixtures";
import { colLetter } from "../../src/plan/layout";

/** Text that spreadsheet apps would take for a formula if it were written as one (issue 8). */
const INJECTION = ["=1+1", '+HYPERLINK("http://evil","x")', "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd"];

/** A plain copy of a cell (keeps the Office.js lint rules, which see any getCell(), quiet). */
function snapshot(ws: ExcelJS.Worksheet, address: string) {
  const { type, formula, value } = ws.getCell(address);
  return { type, formula, value };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<{ back: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return { back, bytes };
}

describe("planToWorkbook", () => {
  const model = buildPlan(tinyInput());
  /** The address of a named cell; a SKU table column's letter by key. */
  const addr = (name: string) => model.names.find((n) => n.name === name)!.address;
  const col = (key: string) => colLetter(model.sheets[1].tables[0].columns.findIndex((c) => c.key === key));
  let back: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    ({ back, bytes } = await roundTrip(planToWorkbook(model)));
  });

  it("writes text that starts with = + - @ tab or CR as text, never as a formula", async () => {
    const skus = INJECTION.map((title, i) => ({ ...SKU_A, sku: `S${i}`, title }));
    const m = buildPlan(tinyInput({ skus, sales: [] }));
    const { back: wb } = await roundTrip(planToWorkbook(m));
    const ws = wb.getWorksheet(m.sheets[1].name)!;
    const titles = m.sheets[1].tables[0].rowKeys.map((_, i) => snapshot(ws, `B${i + 2}`));
    expect(titles.map((c) => c.type)).toEqual(INJECTION.map(() => ExcelJS.ValueType.String));
    // XML parsers normalize a bare CR to LF (XML 1.0 §2.11), so "\r=cmd" reads back as "\n=cmd": still text
    expect(titles.map((c) => c.value).sort()).toEqual(INJECTION.map((x) => x.replace("\r", "\n")).sort());
    expect(titles.map((c) => c.formula)).toEqual(INJECTION.map(() => undefined));
  });

  it("writes formulas with _xlfn. prefixes and no cached results", () => {
    const plan = back.getWorksheet(model.sheets[0].name)!;
    const z = snapshot(plan, addr("ZScore"));
    expect(z.type).toBe(ExcelJS.ValueType.Formula);
    expect(z.formula).toBe("_xlfn.NORM.S.INV(ServiceLevel)");
    expect((z.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    const skus = back.getWorksheet(model.sheets[1].name)!;
    // structured references in the model, A1 in the file: this row's cells and whole columns
    const cbm = col("cbm");
    expect(skus.getCell(`${cbm}2`).formula).toBe(
      `${col("cartons")}2*MAX(1,${col("casePack")}2)*${col("lengthCm")}2*${col("widthCm")}2*${col("heightCm")}2/1000000`,
    );
    expect(snapshot(plan, addr("OrderTotal")).formula).toBe(
      `SUM('StockUp SKUs'!$${col("orderQty")}:$${col("orderQty")})`,
    );
  });

  it("defines a workbook name for every named input and formula", () => {
    const got = model.names.map((n) => back.definedNames.getRanges(n.name).ranges);
    expect(got).toEqual(model.names.map((n) => [`'${n.sheet}'!$${n.address.replace(/(\d+)/, "$$$1")}`]));
  });

  it("writes the SKU and monitor tables, frozen panes and column widths", () => {
    const skus = back.getWorksheet(model.sheets[1].name)! as ExcelJS.Worksheet & {
      tables: Record<string, unknown>;
    };
    expect(Object.keys(skus.tables)).toEqual(["StockUpSkus"]);
    expect(skus.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(skus.getColumn("B").width).toBe(28);
    const mon = back.getWorksheet(model.sheets[2].name)! as ExcelJS.Worksheet & {
      tables: Record<string, unknown>;
    };
    expect(Object.keys(mon.tables)).toEqual(["StockUpMonitor"]);
  });

  it("writes the data validations and conditional formats of the model", () => {
    const plan = back.getWorksheet(model.sheets[0].name)! as ExcelJS.Worksheet & {
      dataValidations: { model: Record<string, ExcelJS.DataValidation> };
      conditionalFormattings: { ref: string }[];
    };
    const dv = plan.dataValidations.model;
    expect(dv[addr("ServiceLevel")]).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0.5, 0.9999],
    });
    expect(dv[addr("SafetyStockMethod")]).toMatchObject({
      type: "list",
      formulae: ['"rule of thumb,statistical"'],
    });
    // a date input accepts real dates: 2000-01-01 … 2100-12-31 (not only 1970-01-01)
    const promo = dv[addr("PromoStart")] as ExcelJS.DataValidation & { formulae: Date[] };
    expect(promo).toMatchObject({ type: "date", operator: "between" });
    expect(promo.formulae.map((d) => new Date(d).toISOString().slice(0, 10))).toEqual([
      "2000-01-01",
      "2100-12-31",
    ]);
    expect(plan.conditionalFormattings.length).toBe(model.sheets[0].conditionalFormats.length);
  });

  it("says in the sheet that the chart could not be drawn", () => {
    const mon = back.getWorksheet(model.sheets[2].name)!;
    expect(mon.getCell("A2").value).toBe(model.sheets[2].charts[0].fallbackNote.text);
    expect(String(mon.getCell("A2").value)).toMatch(/line chart/);
  });

  it("keeps number formats and dates as serial numbers", () => {
    const plan = back.getWorksheet(model.sheets[0].name)!;
    expect(plan.getCell(addr("PromoStart")).numFmt).toBe("yyyy-mm-dd");
    expect(toCellValue(plan.getCell(addr("PromoStart")).value)).toBe(45846);
  });

  it("stores the plan state in a very hidden sheet", () => {
    const ws = back.getWorksheet(STATE_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    const state = parsePlanState(String(ws.getCell("A1").value));
    // every named input, every input column of the one SKU, 4 monitor Actuals (2025-07-08 … 07-11)
    // and 4 per-SKU monitor Actuals (the one SKU on each of those days)
    const singles = model.sheets[0].cells.filter((c) => c.kind === "input").length;
    const tableInputs = model.sheets[1].tables[0].columns.filter((c) => c.kind === "input").length;
    expect(state.inputs.length).toBe(singles + tableInputs + 4 + 4);
    // stored packed column by column, as the add-in stores it, and read back to the same refs
    const raw = JSON.parse(String(ws.getCell("A1").value)) as { inputs: unknown };
    expect(Array.isArray(raw.inputs)).toBe(false);
    expect(new Set(state.inputs.map((r) => `${r.sheet}!${r.address}`))).toEqual(
      new Set(inputCells(model).map((r) => `${r.sheet}!${r.address}`)),
    );
    expect(state.inputs).toEqual(expect.arrayContaining(inputCells(model)));
  });

  it("has no external links and no macros", () => {
    const text = bytes.toString("latin1");
    expect(text).toContain("xl/worksheets/sheet1.xml"); // the zip's file names are plain text
    expect(text).not.toMatch(/externalLink|vbaProject|\.bin/);
  });
});

describe("planToWorkbook: printing", () => {
  it("prints the plan sheet landscape over A:H, the SKU table N pages wide with the SKU column, title rows on every page", async () => {
    const m = buildPlan(tinyInput());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planToWorkbook(m).xlsx.writeBuffer()) as ArrayBuffer);
    const setups = m.sheets.map((s) => wb.getWorksheet(s.name)!.pageSetup);
    const n = m.sheets[1].print!.pagesWide!;
    expect(n).toBeGreaterThan(5);
    expect(setups.map((p) => [p.fitToPage, p.fitToWidth, p.fitToHeight, p.orientation])).toEqual([
      [true, 1, 0, "landscape"],
      [true, n, 0, "landscape"],
      [true, 1, 0, "landscape"],
      [true, 1, 0, "portrait"],
    ]);
    expect(setups.map((p) => p.printTitlesRow)).toEqual(["1:2", "1:1", "1:4", "1:4"]);
    expect(setups[1].printTitlesColumn).toBe("A:A");
    expect(setups[0].printArea).toBe(m.sheets[0].print!.area);
  });

  it("merges, wraps and sizes the long texts the model lays out", async () => {
    const m = buildPlan(tinyInput());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await planToWorkbook(m).xlsx.writeBuffer()) as ArrayBuffer);
    for (const sheet of m.sheets.slice(0, 2)) {
      const ws = wb.getWorksheet(sheet.name)!;
      const layout = sheet.textLayout!;
      for (const range of layout.merge)
        expect([range, ws.getCell(range.split(":")[1]).isMerged]).toEqual([range, true]);
      for (const range of layout.wrap)
        expect([range, ws.getCell(range.split(":")[0]).alignment]).toEqual([
          range,
          expect.objectContaining({ wrapText: true, vertical: "top" }),
        ]);
      for (const [row, points] of Object.entries(layout.rowHeights))
        expect([row, ws.getRow(Number(row)).height]).toEqual([row, points]);
    }
    // a merged text keeps its text and its style (the shared style objects are not mutated)
    const plan = m.sheets[0];
    const first = plan.textLayout!.merge[0].split(":")[0];
    const cell = plan.cells.find((c) => c.address === first)!;
    expect(wb.getWorksheet(plan.name)!.getCell(first).value).toBe(cell.value);
  });
});
