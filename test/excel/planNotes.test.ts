/**
 * Notes the buyer put on plan sheets across a rebuild in Excel (issue 16: notes a buyer adds are
 * never deleted). A note on an input moves with its input, wherever the input is found; a note on
 * a cell the plan rewrites cannot be kept, and the report says how many. Excel's notes API is
 * ExcelApi 1.18: the pane asks for notes only where Excel has it (`notes: true`).
 */
import { writePlan } from "../../src/excel/writePlan";
import { cellOf, createWorkbook, FakeHost, insertRows, type FakeWorkbookState } from "./fakeExcel";
import { fixtureBuilder } from "./fixtures";

const SKUS = 12;
const now = () => new Date("2026-05-01T08:00:00Z");

/** The buyer right-clicks a cell ▸ New Note. */
function noteOn(wb: FakeWorkbookState, sheet: string, address: string, text: string): void {
  cellOf(wb, sheet, address)!.note = text;
}

const noteAt = (wb: FakeWorkbookState, sheet: string, address: string) => cellOf(wb, sheet, address)?.note;

describe("writePlan: the buyer's notes on plan sheets", () => {
  it("moves a note on an input with its input and counts the notes it cannot keep", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    noteOn(wb, "Plan", "B5", "supplier quoted 35 days"); // lead time, a named input
    noteOn(wb, "SKUs", "C3", "counted 30 Nov"); // on hand of the second SKU, a table input
    noteOn(wb, "SKUs", "A1", "ask Li about the header"); // a header the plan writes
    insertRows(wb, "Plan", 1, 2); // the named input is now B7
    expect(noteAt(wb, "Plan", "B7")).toBe("supplier quoted 35 days");

    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now, notes: true });
    // the rebuilt plan is back in its own layout, each note on its input there
    expect(noteAt(wb, "Plan", "B5")).toBe("supplier quoted 35 days");
    expect(noteAt(wb, "SKUs", "C3")).toBe("counted 30 Nov");
    expect(noteAt(wb, "SKUs", "A1")).toBeUndefined();
    expect(report.rebuild.notes).toEqual({ kept: 2, notKept: 1 });
    expect(report.rebuild.lines["en-US"]).toEqual(
      expect.arrayContaining([
        "Kept 2 note(s) on inputs with their inputs.",
        expect.stringContaining("Could not keep 1 note(s) on plan cells that are not inputs"),
      ]),
    );
    expect(report.rebuild.lines["zh-CN"]).toEqual(
      expect.arrayContaining(["已保留输入项上的 2 条批注（随输入项一起保留）。"]),
    );

    // and the next rebuild keeps them again, with nothing left to report as lost
    const again = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), {
      now,
      notes: true,
      force: true,
    });
    expect(noteAt(wb, "SKUs", "C3")).toBe("counted 30 Nov");
    expect(again.rebuild.notes).toEqual({ kept: 2, notKept: 0 });
  });

  it("without the notes API it reads no notes: two syncs fewer, and the replaced sheets' notes go", async () => {
    const build = async (notes: boolean) => {
      const wb = createWorkbook();
      await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
      noteOn(wb, "SKUs", "C3", "counted 30 Nov");
      const host = new FakeHost(wb);
      const report = await writePlan(host.excelRun, fixtureBuilder(SKUS), { now, notes, force: true });
      return { wb, report, syncs: host.syncCount };
    };
    const withApi = await build(true);
    const without = await build(false);
    expect(withApi.syncs).toBe(without.syncs + 2); // the notes, then their cells
    expect(noteAt(without.wb, "SKUs", "C3")).toBeUndefined();
    expect(without.report.rebuild.notes).toEqual({ kept: 0, notKept: 0 });
    expect(noteAt(withApi.wb, "SKUs", "C3")).toBe("counted 30 Nov");
  });
});
