/**
 * The pane's first preview of the bundled sample is the plan the CLI builds from the same files
 * with the same defaults (issue 11: the draft's defaults are the registry's, no second set).
 * The pane side is `derive` (what every step shows) on a fresh draft with the sample loaded as
 * Step 2's "Use sample data" loads it; the CLI side is `stockup plan --sample` on the same day.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preparePlan } from "../../src/cli/main";
import { colLetter, type PlanModel } from "../../src/plan";
import { defaultDraft } from "../../src/taskpane/draft";
import { derive } from "../../src/taskpane/useWizard";
import { importHistoryFile, importSkuFile } from "../../src/taskpane/data/importHistory";
import { sampleFiles } from "../taskpane/fakeHost";

const TODAY = "2026-09-15";

async function cliModel(): Promise<PlanModel> {
  const out = join(mkdtempSync(join(tmpdir(), "stockup-parity-")), "plan.xlsx");
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const r = await preparePlan(["plan", "--sample", "--today", TODAY, "--out", out], quiet);
  if (!r.model) throw new Error(`CLI exit ${r.code}`);
  return r.model;
}

/** A named cell's number (a formula's expected value, an input's value). */
function named(model: PlanModel, name: string): number {
  const n = model.names.find((x) => x.name === name);
  const c = model.sheets.find((s) => s.name === n?.sheet)?.cells.find((x) => x.address === n?.address);
  const v = c?.kind === "formula" ? c.expected : c?.value;
  if (typeof v !== "number") throw new Error(`no number in ${name}`);
  return v;
}

/** One column of the SKU table by SKU (a formula's expected value, a value's value). */
function column(model: PlanModel, key: string): Map<string, number> {
  const sheet = model.sheets.find((s) => s.tables.length > 0)!;
  const table = sheet.tables[0];
  const c = table.columns.findIndex((col) => col.key === key);
  if (c < 0) throw new Error(`no column ${key}`);
  return new Map(
    table.rowKeys.map((sku, i) => {
      const cell = sheet.cells.find((x) => x.address === `${colLetter(c)}${i + 2}`);
      const v = cell?.kind === "formula" ? cell.expected : cell?.value;
      return [sku, typeof v === "number" ? v : 0];
    }),
  );
}

describe("the pane's preview of the sample equals the CLI's plan (same defaults)", () => {
  let model: PlanModel;
  beforeAll(async () => {
    model = await cliModel();
  }, 60_000);

  // the sample as the pane loads it, into a fresh draft: every number field at its default
  const files = sampleFiles(TODAY);
  const draft = {
    ...defaultDraft(files.promo),
    history: {
      source: "sample" as const,
      label: "sample",
      rows: importHistoryFile(files.sales, TODAY).rows,
      skus: importSkuFile(files.skus).skus,
      rejected: [],
    },
  };
  const preview = derive(draft, TODAY);

  it("orders the same units per SKU and in total (step 4's card)", () => {
    const pur = preview.purchase!;
    const orderQty = column(model, "orderQty");
    expect(pur.skus.length).toBe(12);
    expect(new Map(pur.skus.map((p) => [p.sku, p.orderQty]))).toEqual(orderQty);
    const units = pur.skus.reduce((s, p) => s + p.orderQty, 0);
    expect(units).toBeGreaterThan(0);
    expect(units).toBe(named(model, "OrderTotal"));
  });

  it("pays out the same cash (step 4's card: the dated schedule's sum)", () => {
    const cashOut = preview.purchase!.cash.reduce((s, c) => s + c.amount, 0);
    expect(cashOut).toBeGreaterThan(0);
    expect(cashOut).toBeCloseTo(named(model, "CashOutTotal"), 6);
  });

  it("ships the same units by each mode (step 5's batches)", () => {
    const batches = preview.landed!.batches;
    for (const mode of ["sea", "air", "express"] as const) {
      const cli = [...column(model, `${mode}Units`).values()].reduce((s, x) => s + x, 0);
      expect([mode, batches.find((b) => b.mode === mode)?.qty ?? 0]).toEqual([mode, cli]);
    }
    expect(batches.reduce((s, b) => s + b.qty, 0)).toBe(named(model, "OrderTotal"));
  });
});
