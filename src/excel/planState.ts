import { PLAN_SCHEMA_VERSION } from "../plan/types";
import type { PlanState } from "../plan/types";
import { parsePlanState } from "../plan/parsePlanState";
import { withContext } from "./excelTarget";
import type { ExcelTarget } from "./excelTarget";
import { WorkbookError } from "./workbookError";
import { packInputs, unpackInputs } from "./packInputs";
import type { PackedInputs } from "./packInputs";

/*
 * Where the plan state lives, and why: a very-hidden worksheet, one JSON text split over cells
 * A1:An of at most 32,000 characters each (Excel's cell limit is 32,767).
 * - Co-authoring: cell edits are merged and pushed to every co-author within seconds, and a
 *   worksheet is saved with the file like any data. Document settings
 *   (Office.context.document.settings) are one property bag written whole by `saveAsync`, so two
 *   buyers saving at once overwrite each other (last writer wins), and it is capped at 2 MB.
 * - "VeryHidden" keeps it out of the Unhide dialog, so buyers do not edit it by accident, while
 *   anyone who opens the workbook (with or without the add-in) carries it along.
 * - The cells are formatted as Text (`@`) before the JSON is written: a chunk may start with
 *   `-`, `+`, `=` or digits, which Excel would otherwise turn into a number or formula.
 */

/** Name of the very-hidden sheet holding the state. */
export const STATE_SHEET_NAME = "StockUp_State";

/**
 * Where the CLI's .xlsx writer (src/cli/xlsxWriter.ts) keeps its state: a bare `PlanState`
 * (version 1 here). A workbook first built by the CLI and opened in Excel is upgraded from it.
 */
export const LEGACY_STATE_SHEET_NAME = "StockUpState";

/** Current layout of `WorkbookPlanState`. 1 = a bare `PlanState` (see `upgradeWorkbookState`). */
export const WORKBOOK_STATE_VERSION = 2;

/** Characters per state cell; Excel allows 32,767, we keep a margin. */
export const STATE_CELL_CHARS = 32_000;

/** A table the writer created, with its row keys so the next build can count rows added/removed. */
export interface StoredTable {
  name: string;
  sheet: string;
  rowKeys: string[];
}

/** Everything a later build (by any co-author) needs to continue where the last one stopped. */
export interface WorkbookPlanState {
  stateVersion: number;
  /** Input cells, their written values and override flags (src/plan `planState`). */
  plan: PlanState;
  /** Who built it (the pane passes the buyer's display name; otherwise the model's `builtBy`). */
  builtBy: string;
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Hash of the written model: equal hash + intact sheets = nothing to write. */
  modelHash: string;
  sheets: string[];
  tables: StoredTable[];
  names: string[];
  /** Set when this state was upgraded from an older version on reading (never stored). */
  upgradedFrom?: number;
}

/**
 * The state as JSON (inputs packed column by column, see packInputs) split into cell-sized chunks.
 * @example
 * decodeWorkbookState(encodeWorkbookState(state)) // => state (inputs packed by column in between)
 */
export function encodeWorkbookState(state: WorkbookPlanState): string[] {
  const { upgradedFrom: _notStored, ...stored } = state;
  const text = JSON.stringify({ ...stored, plan: { ...state.plan, inputs: packInputs(state.plan.inputs) } });
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += STATE_CELL_CHARS) chunks.push(text.slice(i, i + STATE_CELL_CHARS));
  return chunks;
}

/**
 * Brings any known older layout to the current one.
 * - version 1 (no `stateVersion`): the bare `PlanState` that src/plan's `planState()` returns,
 *   as a first writer would store it. It has the inputs but no build record, so `modelHash` is
 *   empty and the next build always writes.
 * @throws WorkbookError `newerState` for a version this StockUp does not know (never overwrite it)
 * @throws WorkbookError `corruptState` when the JSON is not a StockUp state
 */
export function upgradeWorkbookState(raw: unknown): WorkbookPlanState {
  if (!raw || typeof raw !== "object") throw new WorkbookError("corruptState", { detail: "not an object" });
  const o = raw as Record<string, unknown>;
  const version = typeof o.stateVersion === "number" ? o.stateVersion : "inputs" in o ? 1 : NaN;
  if (Number.isNaN(version)) throw new WorkbookError("corruptState", { detail: "no state version" });
  if (version > WORKBOOK_STATE_VERSION) {
    throw new WorkbookError("newerState", { found: version, supported: WORKBOOK_STATE_VERSION });
  }
  let planRaw = version === 1 ? o : o.plan;
  const packed = (planRaw as { inputs?: unknown } | null)?.inputs;
  if (packed && typeof packed === "object" && !Array.isArray(packed)) {
    try {
      planRaw = { ...(planRaw as object), inputs: unpackInputs(packed as PackedInputs) };
    } catch (e) {
      throw new WorkbookError("corruptState", { detail: (e as Error).message }, { cause: e });
    }
  }
  const planVersion = (planRaw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof planVersion === "number" && planVersion > PLAN_SCHEMA_VERSION) {
    throw new WorkbookError("newerState", {
      found: `plan ${planVersion}`,
      supported: `plan ${PLAN_SCHEMA_VERSION}`,
    });
  }
  let plan: PlanState;
  try {
    plan = parsePlanState(JSON.stringify(planRaw));
  } catch (e) {
    throw new WorkbookError("corruptState", { detail: (e as Error).message }, { cause: e });
  }
  if (version === 1) {
    const sheets = [...new Set(plan.inputs.map((r) => r.sheet))];
    const names = plan.inputs.flatMap((r) => (r.key.kind === "name" ? [r.key.name] : []));
    return {
      stateVersion: WORKBOOK_STATE_VERSION,
      plan,
      builtBy: "",
      builtAt: "",
      modelHash: "",
      sheets,
      tables: [],
      names,
      upgradedFrom: 1,
    };
  }
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  return {
    stateVersion: WORKBOOK_STATE_VERSION,
    plan,
    builtBy: typeof o.builtBy === "string" ? o.builtBy : "",
    builtAt: typeof o.builtAt === "string" ? o.builtAt : "",
    modelHash: typeof o.modelHash === "string" ? o.modelHash : "",
    sheets: list(o.sheets).filter((s): s is string => typeof s === "string"),
    tables: list(o.tables) as StoredTable[],
    names: list(o.names).filter((s): s is string => typeof s === "string"),
  };
}

/**
 * Joins the state cells (column A, top to bottom) and parses them. Empty cells end the text.
 * @returns null when there is no state at all
 * @throws WorkbookError `newerState` / `corruptState` as `upgradeWorkbookState`
 */
export function decodeWorkbookState(column: readonly unknown[]): WorkbookPlanState | null {
  const text = column
    .filter((v) => v !== null && v !== undefined && v !== "")
    .map(String)
    .join("");
  if (text === "") return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WorkbookError("corruptState", { detail: "not valid JSON" });
  }
  return upgradeWorkbookState(raw);
}

/**
 * Queues the read of the state cells on a sheet known to exist (one load; the caller syncs, then
 * calls `stateFromRange`). The used range (values only) covers exactly the chunks.
 */
export function queueStateRead(context: Excel.RequestContext, sheetName = STATE_SHEET_NAME): Excel.Range {
  return context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load("values");
}

/**
 * The state in a range loaded by `queueStateRead`, after its sync.
 * @throws WorkbookError `newerState` / `corruptState` as `upgradeWorkbookState`
 */
export function stateFromRange(used: Excel.Range): { state: WorkbookPlanState | null; rows: number } {
  if (used.isNullObject) return { state: null, rows: 0 };
  const column = used.values.map((row) => row[0] as unknown);
  return { state: decodeWorkbookState(column), rows: column.length };
}

/**
 * Queues the write of the state: creates the very-hidden sheet when missing, formats the cells as
 * Text, writes the chunks and empties rows a longer previous state used. No sync.
 */
export function queueStateWrite(
  context: Excel.RequestContext,
  state: WorkbookPlanState,
  existing: { sheetExists: boolean; rows: number },
): void {
  const sheets = context.workbook.worksheets;
  const sheet = existing.sheetExists ? sheets.getItem(STATE_SHEET_NAME) : sheets.add(STATE_SHEET_NAME);
  if (!existing.sheetExists) sheet.visibility = "VeryHidden";
  const chunks = encodeWorkbookState(state);
  const rows = Math.max(chunks.length, existing.rows);
  const range = sheet.getRange(`A1:A${rows}`);
  range.numberFormat = Array.from({ length: rows }, () => ["@"]);
  // "" empties the rows a longer previous state used
  range.values = Array.from({ length: rows }, (_, i) => [chunks[i] ?? ""]);
}

/**
 * Reads the plan state stored in the workbook (two syncs: does the sheet exist, then its cells).
 * @returns null when the workbook has no StockUp plan yet
 * @throws WorkbookError `newerState` when a newer StockUp saved it, `corruptState` when unreadable
 * @example
 * const state = await loadPlanState(Excel.run); // state?.builtBy => "Li Wei"
 */
export async function loadPlanState(target: ExcelTarget): Promise<WorkbookPlanState | null> {
  return withContext(target, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = queueStateRead(context);
    await context.sync();
    return stateFromRange(used).state;
  });
}

/**
 * Saves the plan state (two syncs). Refuses to overwrite a state saved by a newer StockUp.
 * @throws WorkbookError `newerState` when the stored state is newer than this version
 * @example
 * await savePlanState(Excel.run, { ...state, builtBy: "Li Wei" });
 */
export async function savePlanState(target: ExcelTarget, state: WorkbookPlanState): Promise<void> {
  await withContext(target, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
    await context.sync();
    let rows = 0;
    if (!sheet.isNullObject) {
      const used = queueStateRead(context);
      await context.sync();
      rows = stateFromRange(used).rows; // throws newerState before anything is written
    }
    queueStateWrite(
      context,
      { ...state, stateVersion: WORKBOOK_STATE_VERSION },
      { sheetExists: !sheet.isNullObject, rows },
    );
    await context.sync();
  });
}
