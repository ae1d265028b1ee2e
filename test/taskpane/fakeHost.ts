import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BuildOptions, BuildOutcome, CellGrid, PaneHost, SampleFiles } from "../../src/taskpane/host";
import type { NumericField, PaneDraft } from "../../src/taskpane/draft";
import type { PlanInput } from "../../src/plan/input";
import { liveSample } from "../../src/import/sample";

const SAMPLE_DIR = join(__dirname, "../../assets/sample");

/**
 * The bundled sample as the browser host serves it, moved to `today` (the pane tests' TODAY,
 * 2026-09-15, is the day the files were written for: nothing moves).
 */
export function sampleFiles(today = "2026-09-15"): SampleFiles {
  const read = (name: string) => readFileSync(join(SAMPLE_DIR, name), "utf8");
  const live = liveSample(
    {
      sales: read("sales.csv"),
      skus: read("skus.csv"),
      actuals: read("actuals.csv"),
      settings: read("settings.json"),
    },
    today,
  );
  return { sales: live.sales, skus: live.skus, actuals: live.actuals, promo: live.promo };
}

/** In-memory PaneHost: records what the pane asked for; behaviour switchable per test. */
export class FakeHost implements PaneHost {
  saved: PaneDraft | null = null;
  builds: PlanInput[] = [];
  selection: CellGrid = [];
  tables: Record<string, CellGrid> = {};
  /** "ok" finishes; "fail" rejects; "hang" waits for the abort signal. */
  buildMode: "ok" | "fail" | "hang" = "ok";
  loadError: Error | null = null;
  saveError: Error | null = null;
  user: string | undefined = "Li Na";

  constructor(initial: PaneDraft | null = null) {
    this.saved = initial;
  }
  async loadDraft() {
    if (this.loadError) throw this.loadError;
    return this.saved;
  }
  async saveDraft(draft: PaneDraft) {
    if (this.saveError) throw this.saveError;
    this.saved = draft;
  }
  async readSelection() {
    return this.selection;
  }
  async listTables() {
    return Object.keys(this.tables);
  }
  async readTable(name: string) {
    return this.tables[name] ?? [];
  }
  async loadSample(today: string) {
    return sampleFiles(today);
  }
  userName() {
    return this.user;
  }
  rememberUserName(name: string) {
    this.user = name;
  }
  /** What the plan sheet holds that the buyer typed there (read when the pane opens). */
  sheetOnOpen: Partial<Record<NumericField, string>> = {};
  async readSheetSettings() {
    return this.sheetOnOpen;
  }
  /** builtBy of each build, in order. */
  builtBy: (string | undefined)[] = [];
  /** What the next build reports about buyer edits found in the sheet. */
  sheetEdits: Pick<BuildOutcome, "keptEdits" | "sheetSettings"> = {};
  buildPlan(input: PlanInput, options: BuildOptions): Promise<BuildOutcome> {
    this.builds.push(input);
    this.builtBy.push(options.builtBy);
    options.onProgress(0.5);
    if (this.buildMode === "fail")
      return Promise.reject(new Error("Excel refused the request (payload too large)"));
    if (this.buildMode === "hang")
      return new Promise((_, reject) => {
        options.signal.addEventListener("abort", () => {
          const e = new Error("Nothing was written; the plan sheet is as it was.");
          e.name = "AbortError";
          reject(e);
        });
      });
    options.onProgress(1);
    return Promise.resolve({
      changed: true,
      created: ["StockUp Plan"],
      replaced: [],
      rowsAdded: 1,
      rowsRemoved: 0,
      editsKept: 2,
      ...this.sheetEdits,
    });
  }
}
