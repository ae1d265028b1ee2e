import { cellOf, createWorkbook, FakeHost as FakeExcel, sheetByName } from "../excel/fakeExcel";
import { createOfficeHost, DRAFT_SHEET_NAME, MAX_DRAFT_CHARS } from "../../src/taskpane/officeHost";
import { flatDraft } from "./drafts";
import { insertRows, typeInto } from "../excel/fakeExcel";
import { tinyInput } from "../plan/fixtures";
import { buildPlan } from "../../src/plan/buildPlan";

/** A pane host over a fresh in-memory workbook (the writer's fake Excel). */
function setup(notesApi = false) {
  const workbook = createWorkbook(["Sheet1"]);
  const excel = new FakeExcel(workbook);
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  return { workbook, excel, host: createOfficeHost({ run: excel.excelRun, storage, notesApi }) };
}

describe("createOfficeHost", () => {
  it("returns null when the workbook has no saved draft", async () => {
    const { host } = setup();
    await expect(host.loadDraft()).resolves.toBeNull();
  });

  it("saves the draft on a very-hidden sheet and reads back the same draft", async () => {
    const { host, workbook } = setup();
    const draft = flatDraft(3);
    await host.saveDraft(draft);
    expect(sheetByName(workbook, DRAFT_SHEET_NAME).visibility).toBe("VeryHidden");
    await expect(host.loadDraft()).resolves.toEqual(draft);
  });

  it("splits a large draft over cells and empties the rows a longer earlier draft used", async () => {
    const { host, workbook } = setup();
    const big = flatDraft(1, (d) => ({
      ...d,
      history: {
        ...d.history,
        rows: Array.from({ length: 3000 }, (_, i) => ({
          sku: `SKU-${i % 40}`,
          date: "2026-09-01",
          units: i,
        })),
      },
    }));
    await host.saveDraft(big); // ≈ 150 KB of JSON → several 32,000-character cells
    expect(String(cellOf(workbook, DRAFT_SHEET_NAME, "A4")?.value ?? "")).toHaveLength(32_000);
    const small = flatDraft(2);
    await host.saveDraft(small);
    expect(cellOf(workbook, DRAFT_SHEET_NAME, "A4")?.value ?? "").toBe("");
    await expect(host.loadDraft()).resolves.toEqual(small);
  });

  it("saves a draft too large for one Excel request without its history rows, and says how many", async () => {
    const { host } = setup();
    const rows = Array.from({ length: 40_000 }, (_, i) => ({
      sku: `SKU-${i % 400}`,
      date: "2026-09-01",
      units: i,
    }));
    const huge = flatDraft(2, (d) => ({ ...d, history: { ...d.history, rows } }));
    expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_DRAFT_CHARS); // ≈ 1.8 M characters
    await host.saveDraft(huge);
    const back = await host.loadDraft();
    expect(back?.history.rows).toEqual([]);
    expect(back?.history.notSaved).toBe(40_000);
    expect(back?.step).toBe(2);
  });

  it("a second buyer's pane on the same workbook continues from the saved draft", async () => {
    const { host, workbook } = setup();
    await host.saveDraft(flatDraft(4));
    const other = createOfficeHost({ run: new FakeExcel(workbook).excelRun });
    expect((await other.loadDraft())?.step).toBe(4);
  });

  it("refuses a draft saved by a newer StockUp instead of misreading it", async () => {
    const { host } = setup();
    await host.saveDraft({ ...flatDraft(0), version: 2 as 1 });
    await expect(host.loadDraft()).rejects.toThrow("saved by a newer StockUp (draft version 2)");
  });

  it("says a draft is from a newer StockUp in Chinese too", async () => {
    const { host } = setup();
    await host.saveDraft({ ...flatDraft(0), version: 2 as 1 });
    const error = await host.loadDraft().then(
      () => null,
      (e: unknown) => e as { messages?: Record<string, string> },
    );
    expect(error?.messages?.["zh-CN"]).toBe("由更新版本的 StockUp 保存（草稿版本 2）");
  });

  it("reads the workbook's tables and a table's values", async () => {
    const { host, excel } = setup();
    await excel.excelRun(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [
        ["date", "sku", "units"],
        ["2026-09-01", "A", 3],
        ["2026-09-02", "A", 4],
      ];
      sheet.tables.add("A1:C3", true).name = "Sales";
      await context.sync();
    });
    await expect(host.listTables()).resolves.toEqual(["Sales"]);
    const grid = await host.readTable("Sales");
    expect(grid[0]).toEqual(["date", "sku", "units"]);
    expect(grid.slice(1).map((r) => r[2])).toEqual([3, 4]);
  });

  it("remembers the buyer's name in per-computer storage, not in the workbook", () => {
    const { host } = setup();
    expect(host.userName()).toBeUndefined();
    host.rememberUserName("Li Na");
    expect(host.userName()).toBe("Li Na");
  });
  it("names the edits a rebuild kept and says what it could not find, in the plan's language", async () => {
    for (const [locale, kept, lost] of [
      ["en-US", "Service level 97 %", 'Could not find the column "On hand"'],
      ["zh-CN", "服务水平 97%", "找不到“现有库存”列"],
    ] as const) {
      const { host, workbook } = setup();
      const input = tinyInput({ settings: { ...tinyInput().settings, locale } });
      const options = { onProgress: () => undefined, signal: new AbortController().signal };
      await host.buildPlan(input, options);
      const model = buildPlan(input);
      const at = model.names.find((n) => n.name === "ServiceLevel")!;
      typeInto(workbook, at.sheet, at.address, 0.97);
      insertRows(workbook, at.sheet, 3, 1); // the buyer moved it: still found by its name
      // and renamed the on-hand column's header
      const skus = model.sheets[1];
      const header = skus.cells.find(
        (c) => c.value === skus.tables[0].columns.find((x) => x.key === "onHand")!.header,
      )!;
      typeInto(workbook, skus.name, header.address, "Stock");
      const outcome = await host.buildPlan(input, options);
      expect(outcome.keptEdits).toEqual([kept]);
      expect(outcome.rebuildNotices?.join(" ")).toContain(lost);
    }
  });

  it("moves the buyer's note on an input with it when Excel has the notes API, and says so", async () => {
    for (const [notesApi, kept] of [
      [true, "lead time: supplier quoted 35 days"],
      [false, undefined],
    ] as const) {
      const { host, workbook } = setup(notesApi);
      const input = tinyInput();
      const options = { onProgress: () => undefined, signal: new AbortController().signal };
      await host.buildPlan(input, options);
      const at = buildPlan(input).names.find((n) => n.name === "ServiceLevel")!;
      cellOf(workbook, at.sheet, at.address)!.note = "lead time: supplier quoted 35 days";
      insertRows(workbook, at.sheet, 3, 1); // moved: still found by its name
      const outcome = await host.buildPlan(input, { ...options });
      expect(cellOf(workbook, at.sheet, at.address)?.note).toBe(kept);
      if (notesApi) expect(outcome.rebuildNotices?.join(" ")).toContain("Kept 1 note(s) on inputs");
    }
  });
});
