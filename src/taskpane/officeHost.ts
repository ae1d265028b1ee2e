import { buildPlan } from "../plan";
import type { PlanInput } from "../plan/input";
import { keptEditText } from "../plan/keptEdits";
import { loadPlanState, readNamedInputEdits, writePlan, type ExcelRun } from "../excel";
import type { PaneDraft } from "./draft";
import { fieldsFromSheet, PANE_CELL_NAMES } from "./compute/sheetSettings";
import { liveSample } from "../import/sample";
import type { BuildOptions, BuildOutcome, CellGrid, PaneHost } from "./host";

/*
 * The PaneHost backed by Office.js. Plan writing and plan state go through src/excel; the few
 * reads the pane needs (selection, tables) and the wizard draft live here because the writer has
 * no place for them yet. The draft sits on its own very-hidden sheet, JSON split over A1:An
 * (Text format), for the reasons src/excel/planState.ts gives: co-authors' cell edits merge,
 * document settings are last-writer-wins and capped at 2 MB.
 */

/** Very-hidden sheet holding the wizard draft. */
export const DRAFT_SHEET_NAME = "StockUp_Pane";
/** Characters per cell (Excel allows 32,767). */
const CHUNK_CHARS = 32_000;
/**
 * Largest draft kept whole: Excel on the web caps one request at about 5 MB (DESIGN.md), and a
 * UTF-8 character can take 3 bytes. A longer draft is saved without its history rows.
 */
export const MAX_DRAFT_CHARS = 1_500_000;
/** Newest draft layout this version reads. */
const DRAFT_VERSION = 1;

/** Where the bundled sample files are served from, relative to taskpane.html (webpack copies them). */
const SAMPLE_BASE = "assets/sample/";

/** The draft as it will be saved: whole, or without history rows when too large. */
export function draftToSave(draft: PaneDraft): PaneDraft {
  if (JSON.stringify(draft).length <= MAX_DRAFT_CHARS) return draft;
  return {
    ...draft,
    history: { ...draft.history, rows: [], rejected: [], notSaved: draft.history.rows.length },
  };
}

function encodeDraft(draft: PaneDraft): string[][] {
  const text = JSON.stringify(draftToSave(draft));
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) rows.push([text.slice(i, i + CHUNK_CHARS)]);
  return rows.length > 0 ? rows : [[""]];
}

/** @throws Error when the saved draft is unreadable or from a newer StockUp (nothing is changed). */
function decodeDraft(values: unknown[][]): PaneDraft | null {
  const text = values.map((r) => String(r[0] ?? "")).join("");
  if (text === "") return null;
  const raw = JSON.parse(text) as Partial<PaneDraft>;
  if (typeof raw.version !== "number" || raw.version > DRAFT_VERSION) {
    const v = String(raw.version);
    // `messages` as WorkbookError has them: the pane shows the buyer's language
    throw Object.assign(new Error(`saved by a newer StockUp (draft version ${v})`), {
      messages: {
        "en-US": `saved by a newer StockUp (draft version ${v})`,
        "zh-CN": `由更新版本的 StockUp 保存（草稿版本 ${v}）`,
      },
    });
  }
  return raw as PaneDraft;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export interface OfficeHostOptions {
  /** `Excel.run`. */
  run: ExcelRun;
  /** Per-computer storage for the buyer's name (window.localStorage); none = not remembered. */
  storage?: Pick<Storage, "getItem" | "setItem">;
  /**
   * Excel has the notes API (ExcelApi 1.18: `Office.context.requirements.isSetSupported`): a
   * rebuild then moves the buyer's notes on inputs with them. Default false.
   */
  notesApi?: boolean;
}

/** localStorage key of the buyer's name. */
const USER_NAME_KEY = "stockup.userName";

export function createOfficeHost({ run, storage, notesApi = false }: OfficeHostOptions): PaneHost {
  return {
    async loadDraft() {
      const draft = await run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(DRAFT_SHEET_NAME);
        await context.sync();
        if (sheet.isNullObject) return null;
        const used = sheet.getUsedRangeOrNullObject(true).load("values");
        await context.sync();
        return used.isNullObject ? null : decodeDraft(used.values);
      });
      // who/when last rebuilt: the writer's state knows it even when the build came from the CLI
      const state = await loadPlanState(run).catch(() => null);
      if (draft && state && (!draft.lastBuild || draft.lastBuild.at < state.builtAt)) {
        return { ...draft, lastBuild: { by: state.builtBy, at: state.builtAt } };
      }
      return draft;
    },
    async saveDraft(draft) {
      await run(async (context) => {
        const sheets = context.workbook.worksheets;
        const existing = sheets.getItemOrNullObject(DRAFT_SHEET_NAME);
        await context.sync();
        let oldRows = 0;
        let sheet: Excel.Worksheet;
        if (existing.isNullObject) {
          sheet = sheets.add(DRAFT_SHEET_NAME);
          sheet.visibility = "VeryHidden";
        } else {
          sheet = existing;
          const used = sheet.getUsedRangeOrNullObject(true).load("rowCount");
          await context.sync();
          oldRows = used.isNullObject ? 0 : used.rowCount;
        }
        const chunks = encodeDraft(draft);
        const rows = Math.max(chunks.length, oldRows);
        const range = sheet.getRange(`A1:A${rows}`);
        range.numberFormat = Array.from({ length: rows }, () => ["@"]);
        range.values = Array.from({ length: rows }, (_, i) => [chunks[i]?.[0] ?? ""]);
        await context.sync();
      });
    },
    async readSelection() {
      return run(async (context) => {
        const range = context.workbook.getSelectedRange().load("values");
        await context.sync();
        return range.values as CellGrid;
      });
    },
    async listTables() {
      return run(async (context) => {
        const tables = context.workbook.tables.load("items/name");
        await context.sync();
        return tables.items.map((t) => t.name);
      });
    },
    async readTable(name) {
      return run(async (context) => {
        const range = context.workbook.tables.getItem(name).getRange().load("values");
        await context.sync();
        return range.values as CellGrid;
      });
    },
    async loadSample(today) {
      const [sales, skus, actuals, settings] = await Promise.all(
        ["sales.csv", "skus.csv", "actuals.csv", "settings.json"].map((f) => fetchText(SAMPLE_BASE + f)),
      );
      // the same relative dates the CLI's --sample uses: history ends yesterday, promo ahead
      const live = liveSample({ sales, skus, actuals, settings }, today);
      return { sales: live.sales, skus: live.skus, actuals: live.actuals, promo: live.promo };
    },
    async readSheetSettings() {
      return fieldsFromSheet(await readNamedInputEdits(run, PANE_CELL_NAMES));
    },
    async buildPlan(input: PlanInput, options: BuildOptions): Promise<BuildOutcome> {
      const locale = input.settings.locale ?? "en-US";
      const report = await writePlan(run, (overrides) => buildPlan(input, overrides), {
        signal: options.signal,
        builtBy: options.builtBy || undefined,
        notes: notesApi, // notes on plan inputs move with them (ExcelApi 1.18)
        onProgress: (p) => {
          // read → write (by request) → swap → done, mapped onto 0…1
          const within = p.requests > 0 ? p.request / p.requests : 0;
          const fraction = { read: 0.05, write: 0.1 + 0.8 * within, swap: 0.95, done: 1 }[p.phase];
          options.onProgress(fraction);
        },
      });
      return {
        changed: report.changed,
        created: report.sheets.created,
        replaced: report.sheets.replaced,
        rowsAdded: report.rowsAdded,
        rowsRemoved: report.rowsRemoved,
        editsKept: report.inputsKept,
        // named as the sheet names them, in the plan's language
        keptEdits: report.rebuild.kept.map((e) => keptEditText(e, locale)),
        rebuildNotices: report.rebuild.notices[locale],
        sheetSettings: fieldsFromSheet(report.overrides.inputs),
      };
    },
    userName: () => storage?.getItem(USER_NAME_KEY) ?? undefined,
    rememberUserName: (name) => storage?.setItem(USER_NAME_KEY, name),
  };
}
