/**
 * The rebuild matrix (issue 16 #1, #2, #4, #7), CLI side: the same rows as the add-in's
 * (test/support/rebuildCases.ts), done to the .xlsx with exceljs as Excel would leave the file
 * (rows and columns spliced, defined names moved with them — exceljs does that —, table ranges
 * and headers updated, sheets renamed), then rebuilt through the CLI's read-back and writer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { toCellContent } from "../../src/cli/readPlanOverrides";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { parseA1 } from "../../src/plan/a1";
import type { PlanModel } from "../../src/plan/types";
import {
  buildMatrixPlan,
  edited,
  formulaFor,
  locate,
  REBUILD_CASES,
  type Edit,
} from "../support/rebuildCases";
import {
  openXlsx,
  rebuildXlsx,
  renameSheet,
  sortTable,
  spliceColumns,
  spliceRows,
  tablesOf,
} from "../support/xlsxEdits";

const build = buildMatrixPlan;

const letters = (address: string) => address.replace(/\d+/g, "");
const rowOf = (address: string) => Number(address.replace(/\D+/g, ""));

const actions: Record<string, (wb: ExcelJS.Workbook, m: PlanModel) => void> = {
  none: () => undefined,
  insertRowAbovePlanInputs: (wb, m) => spliceRows(wb.getWorksheet(m.sheets[0].name)!, 3, 1),
  insertTwoRowsAbovePlanInputs: (wb, m) => spliceRows(wb.getWorksheet(m.sheets[0].name)!, 3, 2),
  deleteRowAbovePlanInputs: (wb, m) => spliceRows(wb.getWorksheet(m.sheets[0].name)!, 3, -1),
  insertColumnLeftOfPlan: (wb, m) => spliceColumns(wb.getWorksheet(m.sheets[0].name)!, 1, 1),
  insertColumnInSkuTable: (wb, m) => spliceColumns(wb.getWorksheet(m.sheets[1].name)!, 3, 1),
  deleteColumnInSkuTable: (wb, m) => spliceColumns(wb.getWorksheet(m.sheets[1].name)!, 2, -1),
  insertRowAboveSkuTable: (wb, m) => spliceRows(wb.getWorksheet(m.sheets[1].name)!, 1, 1),
  sortSkuTable: (wb, m) => sortTable(wb.getWorksheet(m.sheets[1].name)!, "StockUpSkus", [2, 0, 1]),
  insertRowAboveMonitor: (wb, m) => spliceRows(wb.getWorksheet(m.sheets[2].name)!, 2, 1),
  sortMonitor: (wb, m) => sortTable(wb.getWorksheet(m.sheets[2].name)!, "StockUpMonitor", [3, 2, 1, 0]),
  renamePlanSheet: (wb, m) => renameSheet(wb, m.sheets[0].name, "My plan"),
  renameSkuSheet: (wb, m) => renameSheet(wb, m.sheets[1].name, "My SKUs"),
  renameMonitorSheet: (wb, m) => renameSheet(wb, m.sheets[2].name, "Daily"),
  addBuyerSheet: (wb) => {
    const ws = wb.addWorksheet("Notes");
    ws.getCell("A1").value = "call the forwarder";
    ws.getCell("A1").note = "before 2025-06-01";
    ws.getCell("B2").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
  },
  addNotesThenInsertRow: (wb, m) => {
    const at = locate(m, { name: "ServiceLevel", value: 0 });
    const ws = wb.getWorksheet(at.sheet)!;
    spliceRows(ws, 3, 1);
    // notes added after the splice: exceljs's splice drops notes (Excel moves them)
    ws.getCell(`B${rowOf(at.address) + 1}`).note = "supplier asked for 97 %";
    ws.getCell("A1").note = "title note";
  },
  deleteOnHandColumn: (wb, m) => {
    const at = locate(m, { sku: "A-CASE", column: "onHand", value: 0 });
    spliceColumns(wb.getWorksheet(at.sheet)!, parseA1(`${letters(at.address)}1`).col, -1);
  },
  renameOnHandHeader: (wb, m) => {
    const at = locate(m, { sku: "A-CASE", column: "onHand", value: 0 });
    wb.getWorksheet(at.sheet)!.getCell(`${letters(at.address)}1`).value = "Stock";
    const t = tablesOf(wb.getWorksheet(at.sheet)!)[0];
    t.table.columns = t.table.columns.map((c) => (c.name === "On hand" ? { ...c, name: "Stock" } : c));
  },
  deleteServiceLevelRow: (wb, m) => {
    const at = locate(m, { name: "ServiceLevel", value: 0 });
    spliceRows(wb.getWorksheet(at.sheet)!, rowOf(at.address), -1);
  },
};

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "stockup-matrix-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typeEdit(wb: ExcelJS.Workbook, model: PlanModel, e: Edit): void {
  const at = locate(model, e);
  wb.getWorksheet(at.sheet)!.getCell(at.address).value = e.value;
}

describe("rebuild matrix: the CLI finds every edit where the buyer moved it", () => {
  it.each(REBUILD_CASES.filter((c) => c.writers.includes("cli")))(
    "$name",
    async ({ name, edits, formulas, rebuildFirst, action, expected }) => {
      const file = join(dir, `${name.replace(/\W+/g, "_")}.xlsx`);
      const model = build();
      await writePlanXlsx(model, file);
      let wb = await openXlsx(file);
      for (const e of edits) typeEdit(wb, model, e);
      for (const f of formulas ?? []) {
        const at = locate(model, f);
        // Excel saves the formula with its result; another tool may save no result at all
        wb.getWorksheet(at.sheet)!.getCell(at.address).value = {
          formula: f.formula.slice(1),
          ...(f.result !== undefined ? { result: f.result } : {}),
        } as ExcelJS.CellFormulaValue;
      }
      await wb.xlsx.writeFile(file);
      if (rebuildFirst) await rebuildXlsx(file, build);
      wb = await openXlsx(file);
      actions[action](wb, model);
      await wb.xlsx.writeFile(file);

      const { edits: read, model: rebuilt, report } = await rebuildXlsx(file, build);
      expect(read.overrides).toEqual(expected.overrides);
      expect(report.notFound.map((g) => [g.reason, g.subject, g.remembered])).toEqual(
        expected.notFound ?? [],
      );
      expect(Object.prototype).not.toHaveProperty("onHand");
      const after = await openXlsx(file);
      for (const e of edited(expected)) {
        const at = locate(rebuilt, e);
        const cell = toCellContent(after.getWorksheet(at.sheet)!.getCell(at.address));
        const f = formulaFor(formulas, e);
        if (f) expect(cell.formula).toBe(f.formula);
        else expect(cell.value).toEqual(e.value);
      }
      for (const e of expected.unchanged ?? []) {
        const at = locate(rebuilt, e);
        expect(toCellContent(after.getWorksheet(at.sheet)!.getCell(at.address)).value).toEqual(e.value);
      }
      expect(report.kept).toHaveLength(edited(expected).length);
      const lines = report.lines["en-US"].join("\n");
      for (const text of expected.reportSays ?? []) expect(lines).toContain(text);
      expect(report.lines["zh-CN"]).toHaveLength(report.lines["en-US"].length);
      for (const s of expected.sheetsKept ?? []) expect(after.getWorksheet(s)).toBeDefined();
      if (action === "addBuyerSheet") {
        expect(after.getWorksheet("Notes")!.getCell("A1").value).toBe("call the forwarder");
        expect(after.getWorksheet("Notes")!.getCell("A1").note).toBe("before 2025-06-01");
        expect(toCellContent(after.getWorksheet("Notes")!.getCell("B2")).formula).toBe("=1+1");
      }
      if (action === "addNotesThenInsertRow") {
        const at = locate(rebuilt, { name: "ServiceLevel", value: 0 });
        expect(after.getWorksheet(at.sheet)!.getCell(at.address).note).toBe("supplier asked for 97 %");
      }
      for (const s of rebuilt.sheets) expect(after.getWorksheet(s.name)).toBeDefined();
      for (const gone of expected.sheetsGone ?? []) expect(after.getWorksheet(gone)).toBeUndefined();
      // a second rebuild finds the same edits
      const again = await rebuildXlsx(file, build);
      expect(again.edits.overrides).toEqual(expected.overrides);
      expect(again.edits.lost).toEqual([]);
      // and a renamed sheet keeps the buyer's name then too
      expect(again.model.sheets.map((x) => x.name)).toEqual(rebuilt.sheets.map((x) => x.name));
    },
    30_000,
  );
});
