import type { PlanInput } from "../plan/input";
import type { NumericField, PaneDraft } from "./draft";

/** Raw cell values as Office returns them (`range.values`). */
export type CellGrid = (string | number | boolean | null)[][];

/** The bundled sample (assets/sample) on the live calendar: CSV texts and its promo dates (src/import/sample.ts). */
export interface SampleFiles {
  sales: string;
  skus: string;
  actuals: string;
  promo: {
    event: "primeDay" | "bfcm" | "double11" | "double12" | "custom";
    registrationDeadline: string;
    inboundCutoff: string;
    promoStart: string;
    promoEnd: string;
  };
}

/** What a build changed, as the writer reports it (src/excel `WritePlanReport`, trimmed). */
export interface BuildOutcome {
  /** False when the workbook already held this exact plan and nothing was written. */
  changed: boolean;
  /** Sheets created and replaced. */
  created: string[];
  replaced: string[];
  /** SKU rows new in this build / gone since the last one. */
  rowsAdded: number;
  rowsRemoved: number;
  /** Buyer edits found in input cells and kept. */
  editsKept: number;
  /** What those edits were, as the sheet names them ("Service level 97 %"), in the plan's language. */
  keptEdits?: string[];
  /**
   * Plan settings the buyer typed in the sheet, as pane field texts ("25" for growth 25 %):
   * the rebuild kept them, so the pane shows them too (marked "from the sheet").
   */
  sheetSettings?: Partial<Record<NumericField, string>>;
  /** What the rebuild could not find, sheets it found renamed, notes (src/plan/rebuildReport.ts). */
  rebuildNotices?: string[];
}

export interface BuildOptions {
  /** 0…1 as the writer goes. */
  onProgress(fraction: number): void;
  /** Aborted when the buyer presses Cancel; the writer stops before its next batch. */
  signal: AbortSignal;
  /** Shown to co-authors as who last rebuilt the plan. */
  builtBy?: string;
}

/**
 * Everything the pane asks of Excel. Components never touch Office.js (STYLE.md §2): index.tsx
 * passes an implementation backed by src/excel, tests pass a fake.
 */
export interface PaneHost {
  /** The saved wizard draft of this workbook, or null when none was saved. */
  loadDraft(): Promise<PaneDraft | null>;
  saveDraft(draft: PaneDraft): Promise<void>;
  /** Values of the buyer's current selection, header row first. */
  readSelection(): Promise<CellGrid>;
  listTables(): Promise<string[]>;
  readTable(name: string): Promise<CellGrid>;
  /**
   * Settings the buyer typed in the plan sheet since it was built (what a rebuild keeps), as pane
   * field texts ("25" for growth 25 %); {} when the workbook has no plan. Read when the pane opens.
   */
  readSheetSettings(): Promise<Partial<Record<NumericField, string>>>;
  /** Build the plan model and write it; rejects without a half-written sheet. */
  buildPlan(input: PlanInput, options: BuildOptions): Promise<BuildOutcome>;
  /** The bundled sample data, moved to `today` (history ends yesterday, promo = next BFCM ≥ 60 days ahead). */
  loadSample(today: string): Promise<SampleFiles>;
  /** The buyer's name as they last typed it on this computer (Excel does not tell add-ins). */
  userName(): string | undefined;
  /** Remember the buyer's name on this computer (not in the shared workbook). */
  rememberUserName(name: string): void;
}
