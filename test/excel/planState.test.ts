import fc from "fast-check";
import {
  decodeWorkbookState,
  encodeWorkbookState,
  loadPlanState,
  savePlanState,
  STATE_CELL_CHARS,
  STATE_SHEET_NAME,
  upgradeWorkbookState,
  WORKBOOK_STATE_VERSION,
} from "../../src/excel/planState";
import type { WorkbookPlanState } from "../../src/excel/planState";
import { writePlan } from "../../src/excel/writePlan";
import { WorkbookError } from "../../src/excel/workbookError";
import { planState } from "../../src/plan/inputCells";
import { PLAN_SCHEMA_VERSION } from "../../src/plan/types";
import { cellOf, createWorkbook, FakeHost, sheetByName, snapshotWorkbook, typeInto } from "./fakeExcel";
import { fixtureBuilder } from "./fixtures";

function sampleState(skus = 3): WorkbookPlanState {
  const model = fixtureBuilder(skus)();
  return {
    stateVersion: WORKBOOK_STATE_VERSION,
    plan: planState(model),
    builtBy: "Li Wei",
    builtAt: "2026-05-01T08:00:00.000Z",
    modelHash: "abc",
    sheets: ["Plan", "SKUs"],
    tables: [{ name: "StockUpSkus", sheet: "SKUs", rowKeys: ["SKU-00001"] }],
    names: ["PromoStart"],
  };
}

/** Puts raw JSON into the state sheet the way a (possibly other) StockUp version would. */
function storeRaw(wb: ReturnType<typeof createWorkbook>, json: string): void {
  const host = new FakeHost(wb);
  return void host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add(STATE_SHEET_NAME);
    ws.getRange("A1").numberFormat = [["@"]];
    ws.getRange("A1").values = [[json]];
    await ctx.sync();
  });
}

describe("encodeWorkbookState", () => {
  it("splits the JSON into cells of at most 32,000 characters that decode back to the state", () => {
    const state = { ...sampleState(800), builtBy: "x".repeat(70_000) };
    const chunks = encodeWorkbookState(state);
    expect(chunks.length).toBe(Math.ceil(chunks.join("").length / STATE_CELL_CHARS));
    expect(chunks.length).toBe(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBe(32_000);
    expect(decodeWorkbookState(chunks)).toEqual(state);
  });

  it("packs inputs by column: a 1,000-SKU state is far smaller than its plain JSON", () => {
    const state = sampleState(1000);
    const packed = encodeWorkbookState(state).join("").length;
    const plain = JSON.stringify(state).length;
    expect(packed).toBeLessThan(plain / 5);
  });
});

describe("decodeWorkbookState", () => {
  it("round-trips any state through the cells (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (builtBy, modelHash) => {
        const state = { ...sampleState(), builtBy, modelHash };
        expect(decodeWorkbookState(encodeWorkbookState(state))).toEqual(state);
      }),
      { numRuns: 50 },
    );
  });

  it("returns null for an empty column", () => {
    expect(decodeWorkbookState(["", ""])).toBeNull();
  });

  it("refuses text that is not JSON as corrupt", () => {
    expect(() => decodeWorkbookState(["{not json"])).toThrow(
      expect.objectContaining({ code: "corruptState" }),
    );
  });
});

describe("upgradeWorkbookState", () => {
  it("upgrades version 1 (a bare PlanState) to the current layout, keeping every input", () => {
    const bare = planState(fixtureBuilder(3)());
    const up = upgradeWorkbookState(JSON.parse(JSON.stringify(bare)));
    expect(up.stateVersion).toBe(WORKBOOK_STATE_VERSION);
    expect(up.plan).toEqual(bare);
    expect(up.sheets).toEqual(["Plan", "SKUs"]);
    expect(up.names).toEqual(["PromoStart", "ServiceLevel", "LeadTimeDays", "Supplier"]);
    expect(up.modelHash).toBe(""); // unknown: the next build writes
  });

  it("refuses a newer state version with a message in English and Chinese", () => {
    const newer = { ...sampleState(), stateVersion: WORKBOOK_STATE_VERSION + 1 };
    let err: unknown;
    try {
      upgradeWorkbookState(newer);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkbookError);
    const w = err as WorkbookError;
    expect(w.code).toBe("newerState");
    expect(w.messages["en-US"]).toContain(`state version ${WORKBOOK_STATE_VERSION + 1}`);
    expect(w.messages["zh-CN"]).toContain(`状态版本 ${WORKBOOK_STATE_VERSION + 1}`);
  });

  it("refuses a state whose plan schema is newer", () => {
    const s = sampleState();
    const newer = { ...s, plan: { ...s.plan, schemaVersion: PLAN_SCHEMA_VERSION + 1 } };
    expect(() => upgradeWorkbookState(newer)).toThrow(expect.objectContaining({ code: "newerState" }));
  });

  it("refuses JSON without a version or inputs as corrupt", () => {
    expect(() => upgradeWorkbookState({ hello: 1 })).toThrow(
      expect.objectContaining({ code: "corruptState" }),
    );
    expect(() => upgradeWorkbookState(null)).toThrow(expect.objectContaining({ code: "corruptState" }));
    expect(() => upgradeWorkbookState({ stateVersion: 2, plan: { schemaVersion: 1 } })).toThrow(
      expect.objectContaining({ code: "corruptState" }),
    );
  });
});

describe("loadPlanState / savePlanState", () => {
  it("returns null for a workbook without StockUp", async () => {
    expect(await loadPlanState(new FakeHost(createWorkbook()).excelRun)).toBeNull();
  });

  it("saves into a very-hidden sheet as Text cells and loads the same state back", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb);
    const state = { ...sampleState(900), builtBy: "x".repeat(40_000) }; // two cells
    await savePlanState(host.excelRun, state);
    expect(sheetByName(wb, STATE_SHEET_NAME).visibility).toBe("VeryHidden");
    expect(cellOf(wb, STATE_SHEET_NAME, "A2")?.numberFormat).toBe("@");
    expect(await loadPlanState(host.excelRun)).toEqual(state);
  });

  it("empties cells a longer previous state used", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb);
    await savePlanState(host.excelRun, { ...sampleState(900), builtBy: "x".repeat(40_000) });
    await savePlanState(host.excelRun, sampleState(1));
    expect(cellOf(wb, STATE_SHEET_NAME, "A2")?.value).toBeNull();
    expect((await loadPlanState(host.excelRun))?.plan.inputs).toHaveLength(4 + 2);
  });

  it("keeps a chunk that starts with '-' or a digit as text (Text format before the value)", async () => {
    const wb = createWorkbook();
    const host = new FakeHost(wb);
    // pad builtBy so the second chunk starts with "-12"
    const base = sampleState();
    const text = encodeWorkbookState({ ...base, builtBy: "" }).join("");
    const prefix = text.indexOf('"builtBy":"') + '"builtBy":"'.length;
    const state = { ...base, builtBy: "x".repeat(STATE_CELL_CHARS - prefix) + "-12,5" };
    await savePlanState(host.excelRun, state);
    expect(cellOf(wb, STATE_SHEET_NAME, "A2")?.value).toMatch(/^-12,5/);
    expect(await loadPlanState(host.excelRun)).toEqual(state);
  });

  it("refuses to overwrite a state saved by a newer StockUp", async () => {
    const wb = createWorkbook();
    storeRaw(wb, JSON.stringify({ ...sampleState(), stateVersion: 99 }));
    await new Promise((r) => setTimeout(r, 0));
    const before = snapshotWorkbook(wb);
    await expect(savePlanState(new FakeHost(wb).excelRun, sampleState())).rejects.toMatchObject({
      code: "newerState",
    });
    expect(snapshotWorkbook(wb)).toEqual(before);
  });
});

describe("writePlan with a stored state", () => {
  it("refuses to rebuild over a newer state and changes nothing", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(3));
    const text = String(cellOf(wb, STATE_SHEET_NAME, "A1")?.value);
    typeInto(
      wb,
      STATE_SHEET_NAME,
      "A1",
      text.replace(`"stateVersion":${WORKBOOK_STATE_VERSION}`, '"stateVersion":7'),
    );
    const before = snapshotWorkbook(wb);
    const host = new FakeHost(wb);
    await expect(writePlan(host.excelRun, fixtureBuilder(3), { force: true })).rejects.toMatchObject({
      code: "newerState",
    });
    expect(host.syncCount).toBe(2); // sheet list + state: no write request was sent
    expect(snapshotWorkbook(wb)).toEqual(before);
  });

  it("rebuilds over a version-1 state, keeping the buyer's edits, and stores version 2", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(3));
    // replace the state with what a version-1 writer stored: the bare PlanState
    storeRawReplace(wb, JSON.stringify(planState(fixtureBuilder(3)())));
    typeInto(wb, "Plan", "B4", 0.9);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(3));
    expect(report.changed).toBe(true);
    expect(report.overrides.inputs).toEqual({ ServiceLevel: 0.9 });
    expect(cellOf(wb, "Plan", "B4")?.value).toBe(0.9);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Sheet1", "Plan", "SKUs", STATE_SHEET_NAME]);
    expect((await loadPlanState(new FakeHost(wb).excelRun))?.stateVersion).toBe(WORKBOOK_STATE_VERSION);
  });
});

function storeRawReplace(wb: ReturnType<typeof createWorkbook>, json: string): void {
  const sheet = sheetByName(wb, STATE_SHEET_NAME);
  sheet.cells.clear();
  sheet.cells.set("0,0", { value: json, formula: null, numberFormat: "@", format: {} });
}
