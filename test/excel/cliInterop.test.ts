/**
 * A workbook built by the CLI (.xlsx via exceljs, state in the very-hidden `StockUpState` sheet as
 * a bare PlanState = state version 1), opened in Excel and rebuilt from the add-in: the buyer's
 * edits made in the file survive, the CLI's sheets are replaced (not refused) and its state is
 * upgraded into `StockUp_State`.
 */
import { planToWorkbook } from "../../src/cli/xlsxWriter";
import {
  loadPlanState,
  STATE_SHEET_NAME,
  LEGACY_STATE_SHEET_NAME,
  WORKBOOK_STATE_VERSION,
} from "../../src/excel/planState";
import { writePlan } from "../../src/excel/writePlan";
import { cellOf, createWorkbook, FakeHost, sortTableRows, typeInto } from "./fakeExcel";
import type { FakeWorkbookState } from "./fakeExcel";
import { fixtureBuilder, skuCode } from "./fixtures";

/** Loads an exceljs workbook into the fake: sheets, visibility, values, formulas, formats, names. */
function fromExcelJs(xlsx: ReturnType<typeof planToWorkbook>): FakeWorkbookState {
  const wb = createWorkbook([]);
  wb.sheets = [];
  for (const ws of xlsx.worksheets) {
    const sheet = {
      id: wb.nextId++,
      name: ws.name,
      visibility: (ws.state === "veryHidden"
        ? "VeryHidden"
        : ws.state === "hidden"
          ? "Hidden"
          : "Visible") as "Visible" | "Hidden" | "VeryHidden",
      cells: new Map(),
      columnWidths: new Map(),
      freeze: null,
      validations: [],
      conditionalFormats: [],
      charts: [],
    };
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const v = cell.value as unknown;
        const formula =
          v && typeof v === "object" && "formula" in v
            ? `=${String((v as { formula: string }).formula).replace(/_xlfn\./g, "")}`
            : null;
        sheet.cells.set(`${r - 1},${c - 1}`, {
          value: formula ? 0 : (v as number | string | boolean | null),
          formula,
          numberFormat: cell.numFmt ?? "General",
          format: {},
        });
      });
    });
    wb.sheets.push(sheet);
  }
  for (const sheet of wb.sheets) {
    for (const t of xlsx.getWorksheet(sheet.name)?.getTables() ?? []) {
      const table = (t as unknown as { table: { name: string; tableRef: string } }).table;
      wb.tables.push({
        id: wb.nextId++,
        name: table.name,
        sheetId: sheet.id,
        address: table.tableRef,
        hasHeaders: true,
        style: null,
      });
    }
  }
  const model = (xlsx.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of model) wb.names.push({ name: n.name, formula: `=${n.ranges[0]}`, comment: "" });
  wb.activeSheetId = wb.sheets[0].id;
  return wb;
}

describe("writePlan over a CLI-built workbook", () => {
  it("keeps edits made in the CLI's file, replaces its sheets and upgrades its state", async () => {
    const build = fixtureBuilder(6);
    const wb = fromExcelJs(planToWorkbook(build()));
    expect(wb.sheets.map((s) => s.name)).toEqual(["Plan", "SKUs", LEGACY_STATE_SHEET_NAME]);
    typeInto(wb, "Plan", "B5", 44);
    typeInto(wb, "SKUs", "C3", 321);
    const report = await writePlan(new FakeHost(wb).excelRun, build);
    expect(report.inputsKept).toBe(2);
    expect(report.sheets.replaced).toEqual(["Plan", "SKUs"]);
    expect(cellOf(wb, "Plan", "B5")?.value).toBe(44);
    expect(cellOf(wb, "SKUs", "C3")?.value).toBe(321);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Plan", "SKUs", STATE_SHEET_NAME]);
    expect(wb.tables.map((t) => t.name)).toEqual(["StockUpSkus"]);
    expect(wb.names.map((n) => n.name)).toEqual(["PromoStart", "ServiceLevel", "LeadTimeDays", "Supplier"]);
    expect((await loadPlanState(new FakeHost(wb).excelRun))?.stateVersion).toBe(WORKBOOK_STATE_VERSION);
  });

  it("keeps a table edit on its SKU when the buyer sorted the CLI's table in Excel", async () => {
    const build = fixtureBuilder(6);
    const wb = fromExcelJs(planToWorkbook(build()));
    typeInto(wb, "SKUs", "C3", 321); // SKU index 1
    sortTableRows(wb, "StockUpSkus", [5, 4, 3, 2, 1, 0]); // index 1 now in sheet row 6
    expect(cellOf(wb, "SKUs", "C6")?.value).toBe(321);
    const report = await writePlan(new FakeHost(wb).excelRun, build);
    expect(report.overrides.table).toEqual({ [skuCode(1)]: { onHand: 321 } });
    expect(cellOf(wb, "SKUs", "C3")?.value).toBe(321);
  });
});
