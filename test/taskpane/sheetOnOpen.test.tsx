/**
 * Pane and sheet in step on open (issue 15 #5): settings the buyer typed in the plan sheet since
 * the last build are read back when the pane opens on that workbook — not only after a rebuild —
 * through the real Office host over the fake Excel workbook.
 */
import { render, screen, within } from "@testing-library/react";
import { createWorkbook, FakeHost as FakeExcel, insertRows, typeInto } from "../excel/fakeExcel";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import { App } from "../../src/taskpane/App";
import { toPlanInput } from "../../src/taskpane/compute/toPlanInput";
import { readDraft } from "../../src/taskpane/compute/readDraft";
import { buildPlan } from "../../src/plan/buildPlan";
import { flatDraft } from "./drafts";
import { TODAY } from "./render";

jest.setTimeout(60_000);

const options = { onProgress: () => undefined, signal: new AbortController().signal };

/** A workbook whose plan was built from the pane's flat draft (growth 10 %, saved at step 3). */
async function builtPlan() {
  const workbook = createWorkbook(["Sheet1"]);
  const host = createOfficeHost({ run: new FakeExcel(workbook).excelRun });
  const draft = flatDraft(2);
  await host.saveDraft(draft);
  const input = toPlanInput(draft, readDraft(draft).values, TODAY, "en-US", "Li Na");
  await host.buildPlan(input, options);
  const growth = buildPlan(input).names.find((n) => n.name === "GrowthRate")!;
  /** The pane of the next buyer who opens this workbook. */
  const reopen = () => createOfficeHost({ run: new FakeExcel(workbook).excelRun });
  return { workbook, growth, reopen };
}

describe("the pane reads the plan sheet's settings when it opens", () => {
  it("finds nothing to read back in a plan nobody edited", async () => {
    const { reopen } = await builtPlan();
    await expect(reopen().readSheetSettings()).resolves.toEqual({});
  });

  it("finds nothing in a workbook without a plan", async () => {
    const host = createOfficeHost({ run: new FakeExcel(createWorkbook(["Sheet1"])).excelRun });
    await expect(host.readSheetSettings()).resolves.toEqual({});
  });

  it("reads growth typed in the sheet by its name, after the buyer inserted a row above it", async () => {
    const { workbook, growth, reopen } = await builtPlan();
    typeInto(workbook, growth.sheet, growth.address, 0.25);
    insertRows(workbook, growth.sheet, 2);
    // 0.25 in the sheet is 25 in the pane's percent field
    await expect(reopen().readSheetSettings()).resolves.toEqual({ growthPct: "25" });
  });

  it("leaves out inputs whose plan sheet was deleted (their names say #REF!) instead of failing", async () => {
    const { workbook, growth, reopen } = await builtPlan();
    typeInto(workbook, growth.sheet, growth.address, 0.25);
    await new FakeExcel(workbook).run(async (ctx) => {
      ctx.workbook.worksheets.getItem(growth.sheet).delete();
      await ctx.sync();
    });
    await expect(reopen().readSheetSettings()).resolves.toEqual({});
  });

  it("shows the sheet's growth in the field, marked, and the preview uses it", async () => {
    const { workbook, growth, reopen } = await builtPlan();
    typeInto(workbook, growth.sheet, growth.address, 0.25);
    render(<App host={reopen()} initialLocale="en-US" today={TODAY} />);
    // the saved draft opens at step 3 (Targets) with its own growth 10 %; the sheet's 25 % wins
    const field = await screen.findByLabelText("Expected growth vs recent sales (%)");
    await screen.findByDisplayValue("25");
    expect(field).toHaveValue("25");
    const root = field.closest(".fui-Field") as HTMLElement;
    expect(within(root).getByText("From the plan sheet (kept by the rebuild)")).toBeInTheDocument();
    // flat 10 a day × 4 promo days × (1 + 25 %) = 50 (with the pane's own 10 % it was 44)
    expect(within(screen.getByTestId("summary")).getByText("50")).toBeInTheDocument();
  });

  it("marks it in Chinese too", async () => {
    const { workbook, growth, reopen } = await builtPlan();
    typeInto(workbook, growth.sheet, growth.address, 0.25);
    render(<App host={reopen()} initialLocale="zh-CN" today={TODAY} />);
    await screen.findByDisplayValue("25");
    expect(screen.getByText("来自计划表（重建时保留）")).toBeInTheDocument();
  });
});
