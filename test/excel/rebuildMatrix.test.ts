/**
 * The rebuild matrix (issue 16 #1, #2, #4, #7), add-in side: one row per thing a buyer does to a
 * built plan before rebuilding it in Excel (fake host). Each row: the edits typed first (found by
 * identity in the built model), the buyer's action, then exactly the overrides the rebuild must
 * find (nothing else: an input read off by one row or column would show up here as an extra or
 * wrong override) and what it must say it could not find. The CLI has the same matrix
 * (test/cli/rebuildMatrix.test.ts).
 */
import { writePlan } from "../../src/excel/writePlan";
import type { PlanModel } from "../../src/plan/types";
import {
  cellOf,
  createWorkbook,
  deleteColumns,
  deleteRows,
  FakeHost,
  insertColumns,
  insertRows,
  renameSheet,
  sheetByName,
  sortTableRows,
  typeInto,
  type FakeWorkbookState,
} from "./fakeExcel";
import {
  buildMatrixPlan,
  edited,
  formulaFor,
  locate,
  REBUILD_CASES,
  type Edit,
} from "../support/rebuildCases";

const now = () => new Date("2025-05-01T08:00:00Z");

const build = buildMatrixPlan;

/** Types each edit where the built model put it. */
function type(wb: FakeWorkbookState, model: PlanModel, edits: readonly Edit[]): void {
  for (const e of edits) {
    const at = locate(model, e);
    typeInto(wb, at.sheet, at.address, e.value as string | number | null);
  }
}

const actions: Record<string, (wb: FakeWorkbookState, m: PlanModel) => void> = {
  none: () => undefined,
  insertRowAbovePlanInputs: (wb, m) => insertRows(wb, m.sheets[0].name, 3, 1),
  insertTwoRowsAbovePlanInputs: (wb, m) => insertRows(wb, m.sheets[0].name, 3, 2),
  deleteRowAbovePlanInputs: (wb, m) => deleteRows(wb, m.sheets[0].name, 3, 1),
  insertColumnLeftOfPlan: (wb, m) => insertColumns(wb, m.sheets[0].name, "A", 1),
  insertColumnInSkuTable: (wb, m) => insertColumns(wb, m.sheets[1].name, "C", 1),
  deleteColumnInSkuTable: (wb, m) => deleteColumns(wb, m.sheets[1].name, "B", 1),
  insertRowAboveSkuTable: (wb, m) => insertRows(wb, m.sheets[1].name, 1, 1),
  sortSkuTable: (wb) => sortTableRows(wb, "StockUpSkus", [2, 0, 1]),
  insertRowAboveMonitor: (wb, m) => insertRows(wb, m.sheets[2].name, 2, 1),
  sortMonitor: (wb) => sortTableRows(wb, "StockUpMonitor", [3, 2, 1, 0]),
  renamePlanSheet: (wb, m) => renameSheet(wb, m.sheets[0].name, "My plan"),
  renameSkuSheet: (wb, m) => renameSheet(wb, m.sheets[1].name, "My SKUs"),
  renameMonitorSheet: (wb, m) => renameSheet(wb, m.sheets[2].name, "Daily"),
  addBuyerSheet: (wb) => {
    const notes = createWorkbook(["Notes"]).sheets[0];
    notes.id = 999;
    wb.sheets.push(notes);
    typeInto(wb, "Notes", "A1", "call the forwarder");
  },

  deleteOnHandColumn: (wb, m) =>
    deleteColumns(
      wb,
      m.sheets[1].name,
      locate(m, { sku: "A-CASE", column: "onHand", value: 0 }).address.replace(/\d+/g, ""),
      1,
    ),
  renameOnHandHeader: (wb, m) => {
    const at = locate(m, { sku: "A-CASE", column: "onHand", value: 0 });
    typeInto(wb, at.sheet, at.address.replace(/\d+/g, "1"), "Stock");
  },
  deleteServiceLevelRow: (wb, m) => {
    const at = locate(m, { name: "ServiceLevel", value: 0 });
    deleteRows(wb, at.sheet, Number(at.address.replace(/\D+/g, "")), 1);
  },
};

describe("rebuild matrix: the add-in finds every edit where the buyer moved it", () => {
  it.each(REBUILD_CASES.filter((c) => c.writers.includes("excel")))(
    "$name",
    async ({ edits, formulas, rebuildFirst, action, expected }) => {
      const wb = createWorkbook();
      await writePlan(new FakeHost(wb).excelRun, build, { now });
      const model = build();
      type(wb, model, edits);
      for (const f of formulas ?? []) {
        const at = locate(model, f);
        // what Excel leaves in the cell: the formula and its calculated value
        typeInto(wb, at.sheet, at.address, f.formula);
        const cell = cellOf(wb, at.sheet, at.address)!;
        cell.value = f.result ?? null;
      }
      if (rebuildFirst) await writePlan(new FakeHost(wb).excelRun, build, { now });
      actions[action](wb, model);
      let rebuilt: PlanModel = model;
      const report = await writePlan(new FakeHost(wb).excelRun, (o) => (rebuilt = build(o)), { now });
      // a plan sheet the buyer renamed is rebuilt under the buyer's name: where each part is now
      const written = new Map(rebuilt.sheets.map((s, i) => [s.name, report.state.sheets[i]]));
      const locateNow = (e: Edit) => {
        const at = locate(rebuilt, e);
        return { sheet: written.get(at.sheet) ?? at.sheet, address: at.address };
      };
      // exactly the buyer's edits, each on its own name / SKU / day: nothing read off by one
      expect(report.overrides).toEqual(expected.overrides);
      expect(report.rebuild.notFound.map((g) => [g.reason, g.subject, g.remembered])).toEqual(
        expected.notFound ?? [],
      );
      expect(Object.prototype).not.toHaveProperty("onHand");
      // each kept edit is back in its cell (a formula as a formula) and named in the report
      for (const e of edited(expected)) {
        const at = locateNow(e);
        const cell = cellOf(wb, at.sheet, at.address);
        const f = formulaFor(formulas, e);
        if (f) expect(cell?.formula).toBe(f.formula);
        else expect(cell?.value ?? null).toEqual(e.value);
      }
      for (const e of expected.unchanged ?? []) {
        const at = locateNow(e);
        expect(cellOf(wb, at.sheet, at.address)?.value ?? null).toEqual(e.value);
      }
      expect(report.rebuild.kept).toHaveLength(edited(expected).length);
      const lines = report.rebuild.lines["en-US"].join("\n");
      for (const text of expected.reportSays ?? []) expect(lines).toContain(text);
      expect(report.rebuild.lines["zh-CN"]).toHaveLength(report.rebuild.lines["en-US"].length);
      for (const s of expected.sheetsKept ?? []) expect(sheetByName(wb, s)).toBeDefined();
      for (const s of rebuilt.sheets) expect(sheetByName(wb, written.get(s.name)!)).toBeDefined();
      for (const gone of expected.sheetsGone ?? [])
        expect(wb.sheets.some((s) => s.name === gone)).toBe(false);
      // Excel calculates the formulas the rebuild wrote back (the fake does not)
      for (const f of formulas ?? []) {
        const at = locateNow(f);
        cellOf(wb, at.sheet, at.address)!.value = f.result ?? null;
      }
      // a second rebuild finds the same edits and writes nothing
      const again = await writePlan(new FakeHost(wb).excelRun, build, { now });
      expect(again.overrides).toEqual(expected.overrides);
      expect(again.changed).toBe(false);
    },
    30_000,
  );
});
