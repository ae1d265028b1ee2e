import { writePlan } from "../../src/excel/writePlan";
import { WorkbookError } from "../../src/excel/workbookError";
import { cellOf, createWorkbook, FakeHost, snapshotWorkbook, typeInto } from "./fakeExcel";
import type { FakeWorkbookState } from "./fakeExcel";
import { fixtureBuilder } from "./fixtures";

const now = () => new Date("2026-05-01T08:00:00Z");

/** A workbook with a built plan and one buyer edit (LeadTimeDays 30 → 45). */
async function builtWorkbook(skus = 20): Promise<FakeWorkbookState> {
  const wb = createWorkbook();
  await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(skus), { now });
  typeInto(wb, "Plan", "B5", 45);
  return wb;
}

async function rejection(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

describe("writePlan: cancel", () => {
  it("leaves a built workbook exactly as it was when cancelled after the first write request", async () => {
    const wb = await builtWorkbook(1000);
    const before = snapshotWorkbook(wb);
    const controller = new AbortController();
    const host = new FakeHost(wb);
    const err = await rejection(
      writePlan(host.excelRun, fixtureBuilder(1000), {
        now,
        maxRequestBytes: 50_000, // several write requests
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === "write" && p.request === 1) controller.abort();
        },
      }),
    );
    expect(err.code).toBe("cancelled");
    expect(err.messages["zh-CN"]).toBe("已取消生成计划。工作簿保持原样。");
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("does not touch the workbook when cancelled before it starts", async () => {
    const wb = createWorkbook();
    const before = snapshotWorkbook(wb);
    const controller = new AbortController();
    controller.abort();
    const host = new FakeHost(wb);
    const err = await rejection(writePlan(host.excelRun, fixtureBuilder(5), { signal: controller.signal }));
    expect(err.code).toBe("cancelled");
    expect(host.syncCount).toBe(0);
    expect(snapshotWorkbook(wb)).toEqual(before);
  });
});

describe("writePlan: failure", () => {
  it("leaves a built workbook as it was when a write request fails half-way", async () => {
    const wb = await builtWorkbook(1000);
    const before = snapshotWorkbook(wb);
    // syncs: 1 sheets, 2 state, 3 inputs, 4… writes; fail the second write after half its actions
    const host = new FakeHost(wb, { failOnSync: 5 });
    const err = await rejection(
      writePlan(host.excelRun, fixtureBuilder(1000), { now, maxRequestBytes: 50_000 }),
    );
    expect(err.code).toBe("writeFailed");
    expect(err.kept).toEqual({ planSheets: ["Plan", "SKUs"], stagingSheets: [], previousState: true });
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("leaves a fresh workbook without any StockUp sheet when the first build fails", async () => {
    const wb = createWorkbook();
    const before = snapshotWorkbook(wb);
    const host = new FakeHost(wb, { failOnSync: 2, failAfterOps: 40 });
    const err = await rejection(writePlan(host.excelRun, fixtureBuilder(50), { now }));
    expect(err.code).toBe("writeFailed");
    expect(err.message).toContain("Injected failure");
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("keeps the buyer's edit when the failed build is run again", async () => {
    const wb = await builtWorkbook(30);
    await rejection(writePlan(new FakeHost(wb, { failOnSync: 4 }).excelRun, fixtureBuilder(30), { now }));
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(30), { now });
    expect(report.overrides.inputs).toEqual({ LeadTimeDays: 45 });
    expect(cellOf(wb, "Plan", "B5")?.value).toBe(45);
  });

  it("says exactly what it kept when the swap request itself fails", async () => {
    const wb = await builtWorkbook(10);
    // 1 sheets, 2 state, 3 inputs, 4 write, 5 swap: fail after the old sheets were deleted
    const host = new FakeHost(wb, { failOnSync: 5, failAfterOps: 3 });
    const err = await rejection(writePlan(host.excelRun, fixtureBuilder(10), { now }));
    expect(err.code).toBe("swapFailed");
    const names = wb.sheets.map((s) => s.name);
    expect(err.kept?.planSheets).toEqual(["Plan", "SKUs"].filter((n) => names.includes(n)));
    expect(err.kept?.stagingSheets).toEqual(
      names.filter((n) => n.startsWith("StockUp_tmp_") || n === "StockUp_State_tmp"),
    );
    expect(err.messages["en-US"]).toContain("Kept: plan sheets [");
    expect(err.messages["zh-CN"]).toContain("已保留");
  });

  it("recovers from a failed swap on the next build: leftover staging sheets are removed", async () => {
    const wb = await builtWorkbook(10);
    await rejection(
      writePlan(new FakeHost(wb, { failOnSync: 5, failAfterOps: 3 }).excelRun, fixtureBuilder(10), { now }),
    );
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(10), { now });
    expect(report.changed).toBe(true);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Plan", "SKUs", "StockUp_State"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["StockUpSkus"]);
  });
});
