import { queueNotesOnInputs, readPlanNotes } from "./planNotes";
import { planState } from "../plan/inputCells";
import { keepInputFormulas, overridesFromContents, type ReadOverrides } from "../plan/readOverrides";
import { findRenamedSheets, parseSheetRef } from "../plan/locateInputs";
import { rebuildReport } from "../plan/rebuildReport";
import type { RebuildReport } from "../plan/rebuildReport";
import type { ResolvedInputs, TableNow, WorkbookNow } from "../plan/locateInputs";
import { withA1Formulas } from "../plan/a1Model";
import { buyerSheetNames, withSheetNames } from "../plan/buyerSheetNames";
import { EMPTY_OVERRIDES } from "../plan/types";
import type { PlanModel, PlanOverrides } from "../plan/types";
import { absoluteReference } from "../plan/a1";
import { withContext } from "./excelTarget";
import type { ExcelTarget } from "./excelTarget";
import {
  inputValues,
  namesNow,
  queueInputReadback,
  queueTableLoads,
  tablesNow,
  workbookNow,
} from "./inputReadback";
import type { InputReadback } from "./inputReadback";
import { hashText } from "./modelHash";
import { actionBytes, DEFAULT_MAX_REQUEST_BYTES } from "./payload";
import {
  encodeWorkbookState,
  LEGACY_STATE_SHEET_NAME,
  queueStateRead,
  STATE_SHEET_NAME,
  stateFromRange,
  WORKBOOK_STATE_VERSION,
} from "./planState";
import type { WorkbookPlanState } from "./planState";
import { cellOps, decorationOps, styleOps, worksheetOf } from "./renderSheet";
import type { QueuedOp, RenderTarget } from "./renderSheet";
import { WorkbookError } from "./workbookError";
import type { KeptReport } from "./workbookError";

/*
 * How a build stays safe and cheap (issue 6 limits, issue 8 no lost edits):
 *
 *   read    1 sync   sheet list, defined names, tables
 *           1 sync   the stored plan state (only when the state sheet exists)
 *           1 sync   every input cell of the previous build, one range per rectangle of inputs;
 *                    a SKU table's inputs through the table (its SKU column + each input column),
 *                    so an edit follows its SKU after the buyer sorted or deleted/inserted rows
 *   build   no sync  overrides = what buyers changed → caller's build(overrides) → model
 *   write   k syncs  the model into hidden staging sheets (`StockUp_tmp_1`…) and the new state
 *                    into `StockUp_State_tmp`, packed into requests of ≤ maxRequestBytes;
 *                    k = ceil(payload / budget): it depends on bytes, never on a row loop.
 *                    The last request also re-reads the inputs: a co-author's edit made since
 *                    the read aborts this attempt (and the build is retried) instead of being lost.
 *   swap    1 sync   delete the old plan sheets, rename staging → final names, rename tables,
 *                    point the defined names, replace the state sheet.
 *
 * Until the swap nothing a buyer sees has changed, so a failure or cancel before it deletes the
 * staging sheets and leaves the workbook as it was. Old sheets are deleted and staged ones renamed
 * (rather than rewritten in place) because that is the only way to make several requests appear
 * as one: a request that fails half-way is not rolled back by Excel. The cost: formulas on
 * buyers' own sheets that point at plan cells by address (not through the defined names) become
 * #REF! on a rebuild; the plan's defined names are re-pointed in the swap and keep working.
 * The same swap keeps tables unique: the old table goes with its sheet and the staged one takes
 * its name, so a rebuild never duplicates a table (Table.resize is not needed).
 */

/**
 * The newest Excel API set the writer calls: Range.autoFill (1.9). Also used: data validation
 * (1.8), NamedItem.formula, freezePanes, chart series add/setValues/setXAxisValues (1.7),
 * conditional formats (1.6), getUsedRangeOrNullObject and names.add (1.4). The pane should check
 * `Office.context.requirements.isSetSupported("ExcelApi", "1.9")` (or the manifest require it).
 */
export const WRITER_REQUIREMENT = { set: "ExcelApi", version: "1.9" } as const;

/** Prefix of staging sheets; leftovers from a crashed build are deleted by the next one. */
export const STAGING_SHEET_PREFIX = "StockUp_tmp_";
/** Staging name of the state sheet. */
export const STAGING_STATE_SHEET = "StockUp_State_tmp";

export type PlanBuilder = (overrides: PlanOverrides) => PlanModel;

export interface WritePlanProgress {
  phase: "read" | "write" | "swap" | "done";
  /** Requests completed so far in this phase, and planned (write: reported just before each send). */
  request: number;
  requests: number;
}

export interface WritePlanOptions {
  onProgress?: (progress: WritePlanProgress) => void;
  /** Cancel before the swap: the workbook is left as it was. After the swap it is too late. */
  signal?: AbortSignal;
  /** Stored as "last built by" (the pane passes the buyer's name); defaults to `model.meta.builtBy`. */
  builtBy?: string;
  /** Clock for "last built at" (tests). */
  now?: () => Date;
  /** Largest request to send, in bytes (default 4 MB). */
  maxRequestBytes?: number;
  /** Write even when the model equals the last build's and every part is in place. */
  force?: boolean;
  /** Attempts when co-authors keep editing inputs during the build (default 2). */
  maxAttempts?: number;
  /**
   * Carry the buyer's notes on plan inputs to the rebuilt sheets and count the others (Excel's
   * notes API, ExcelApi 1.18: pass `isSetSupported("ExcelApi", "1.18")`). One more sync when
   * the workbook holds a plan. Off: notes on plan sheets go with the replaced sheets.
   */
  notes?: boolean;
}

export interface WritePlanReport {
  /** False when the workbook already held this exact plan: nothing was written. */
  changed: boolean;
  sheets: { created: string[]; replaced: string[]; removed: string[] };
  tables: { created: string[]; replaced: string[] };
  names: { created: string[]; updated: string[]; removed: string[] };
  /** SKU rows (table row keys) new in this build / gone since the last one. */
  rowsAdded: number;
  rowsRemoved: number;
  /** Buyer edits carried into this build (single inputs + table cells). */
  inputsKept: number;
  overrides: PlanOverrides;
  /**
   * Which edits were kept (named as the sheet names them), which inputs could not be found and
   * why, which renamed plan sheets were found; with lines in en-US and zh-CN for the pane.
   */
  rebuild: RebuildReport;
  /** `context.sync()` calls made, reads and cleanup included. */
  syncs: number;
  /** Estimated bytes of each write request, in order. */
  requestBytes: number[];
  attempts: number;
  state: WorkbookPlanState;
}

interface WorkbookSnapshot {
  sheets: { name: string; visibility: string; position: number }[];
  /** Defined name → its reference now (`='Plan'!$B$5`). */
  names: Map<string, string>;
  tables: Set<string>;
}

class Session {
  syncs = 0;
  constructor(
    readonly context: Excel.RequestContext,
    readonly options: WritePlanOptions,
  ) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw new WorkbookError("cancelled");
  }

  progress(phase: WritePlanProgress["phase"], request: number, requests: number): void {
    this.options.onProgress?.({ phase, request, requests });
  }
}

function countOverrides(o: PlanOverrides): number {
  const cells = (rows: Record<string, Record<string, unknown>>) =>
    Object.values(rows).reduce((n, row) => n + Object.keys(row).length, 0);
  return Object.keys(o.inputs).length + cells(o.table) + cells(o.dates ?? {}) + cells(o.daySkus ?? {});
}

const SHEET_NAME_BAD = /[\\/?*[\]:]/;

/** Rejects models Excel would refuse half-way through a build. */
function checkModel(model: PlanModel): void {
  const seen = new Set<string>();
  for (const s of model.sheets) {
    const lower = s.name.toLowerCase();
    if (!s.name || s.name.length > 31 || SHEET_NAME_BAD.test(s.name) || s.name.startsWith("'")) {
      throw new WorkbookError("invalidModel", { detail: `sheet name "${s.name}" is not allowed in Excel` });
    }
    if (
      seen.has(lower) ||
      lower === STATE_SHEET_NAME.toLowerCase() ||
      lower.startsWith(STAGING_SHEET_PREFIX.toLowerCase())
    ) {
      throw new WorkbookError("invalidModel", { detail: `sheet name "${s.name}" is duplicated or reserved` });
    }
    seen.add(lower);
  }
  const sheetNames = new Set(model.sheets.map((s) => s.name));
  for (const n of model.names) {
    if (!sheetNames.has(n.sheet))
      throw new WorkbookError("invalidModel", { detail: `name ${n.name} points to a missing sheet` });
  }
}

async function readWorkbook(session: Session): Promise<WorkbookSnapshot> {
  const { workbook } = session.context;
  const sheets = workbook.worksheets.load("items/name,items/visibility,items/position");
  const names = workbook.names.load("items/name,items/formula");
  const tables = workbook.tables.load("items/name");
  await session.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility, position: s.position })),
    names: namesNow(names.items),
    tables: new Set(tables.items.map((t) => t.name)),
  };
}

/** Packs ops into requests of at most `budget` bytes, in order. */
function packRequests(ops: readonly QueuedOp[], budget: number): QueuedOp[][] {
  const requests: QueuedOp[][] = [];
  let current: QueuedOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (op.bytes > budget) {
      throw new WorkbookError("invalidModel", {
        detail: `one write needs ${op.bytes} bytes, over the ${budget}-byte request budget`,
      });
    }
    if (current.length > 0 && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** Deletes staging sheets after a failed or cancelled write (two syncs); says what is left. */
async function removeStaging(session: Session, planSheets: readonly string[]): Promise<KeptReport> {
  const isStaging = (n: string) => n.startsWith(STAGING_SHEET_PREFIX) || n === STAGING_STATE_SHEET;
  try {
    const sheets = session.context.workbook.worksheets.load("items/name");
    await session.sync();
    const staging = sheets.items.filter((s) => isStaging(s.name));
    for (const s of staging) s.delete();
    if (staging.length > 0) await session.sync();
    const names = sheets.items.map((s) => s.name);
    return {
      planSheets: planSheets.filter((n) => names.includes(n)),
      stagingSheets: [],
      previousState: true,
    };
  } catch {
    return {
      planSheets: [...planSheets],
      stagingSheets: ["(unknown: Excel did not answer)"],
      previousState: true,
    };
  }
}

/** Inputs that differ between two reads (a SKU row deleted in between counts as a change). */
function changedInputs(a: ResolvedInputs, b: ResolvedInputs): number {
  const after = new Map(b.refs.map((r, i) => [r, b.contents[i]]));
  let differ = 0;
  a.refs.forEach((r, i) => {
    const c = after.get(r);
    if (!c || c.value !== a.contents[i].value || c.formula !== a.contents[i].formula) differ++;
    after.delete(r);
  });
  return differ + after.size;
}

/** True when every defined name and table of the model is where and as the model writes it. */
function layoutAsWritten(model: PlanModel, now: WorkbookNow): boolean {
  const bare = (a: string) =>
    a
      .slice(a.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .toUpperCase();
  for (const n of model.names) {
    const at = parseSheetRef(now.names.get(n.name) ?? "");
    if (!at || at.sheet !== n.sheet || at.address !== n.address) return false;
  }
  for (const sheet of model.sheets) {
    for (const t of sheet.tables) {
      const found = now.tables.get(t.name);
      if (!found || found.sheet !== sheet.name || bare(found.range) !== t.range) return false;
      if (t.columns.some((c, i) => String(found.headers[i] ?? "") !== c.header)) return false;
    }
  }
  return true;
}

type AttemptResult = { report: WritePlanReport } | { conflict: number };

async function attempt(
  session: Session,
  source: PlanModel | PlanBuilder,
  options: WritePlanOptions,
): Promise<AttemptResult> {
  const { context } = session;
  session.throwIfCancelled();
  session.progress("read", 0, 3);

  // ---- read: sheets, names, tables; the state; the inputs ----
  const before = await readWorkbook(session);
  const sheetNames = new Set(before.sheets.map((s) => s.name));
  let previous: WorkbookPlanState | null = null;
  // sheet of every existing table: a table is ours when it sits on a sheet the state lists
  const tableSheets = new Map<string, string>();
  // our state, or else the CLI's (a workbook the CLI built, now opened in Excel)
  const stateSheet = sheetNames.has(STATE_SHEET_NAME)
    ? STATE_SHEET_NAME
    : sheetNames.has(LEGACY_STATE_SHEET_NAME)
      ? LEGACY_STATE_SHEET_NAME
      : null;
  let tables = new Map<string, TableNow>();
  if (stateSheet) {
    const used = queueStateRead(context, stateSheet);
    const tableLoads = queueTableLoads(context, before.tables);
    await session.sync();
    previous = stateFromRange(used).state; // throws newerState: nothing written
    tables = tablesNow(tableLoads);
    for (const [name, t] of tables) tableSheets.set(name, t.sheet);
  }
  const refs = previous?.plan.inputs ?? [];
  const storedTables = previous?.plan.tables;
  const now = workbookNow(sheetNames, before.names, tables);
  // plan sheets the buyer renamed are still ours: found by their tables and input names
  const renamed = findRenamedSheets(refs, [...(storedTables ?? []), ...(previous?.tables ?? [])], now);
  const owned = new Set((previous?.sheets ?? []).map((n) => renamed.get(n) ?? n));
  const liveOwned = new Set([...owned].filter((n) => sheetNames.has(n)));
  let readback: InputReadback | null = null;
  let current: ResolvedInputs = { refs: [], contents: [], at: [], lost: [] };
  if (refs.length > 0) {
    readback = queueInputReadback(context, refs, storedTables, now);
    if (readback.cells.length + readback.columns.length > 0) await session.sync();
    current = inputValues(readback);
  }
  const overrides: ReadOverrides =
    current.refs.length > 0 ? overridesFromContents(current.refs, current.contents) : EMPTY_OVERRIDES;
  const notes =
    options.notes && liveOwned.size > 0
      ? await readPlanNotes(context, () => session.sync(), current, liveOwned)
      : null;

  // ---- build ----
  // structured references (model) → A1 (workbook): one rule for both writers
  const built = keepInputFormulas(typeof source === "function" ? source(overrides) : source, overrides);
  // a plan sheet the buyer renamed is rebuilt under the buyer's name (one rule for both writers)
  const model = withA1Formulas(withSheetNames(built, buyerSheetNames(built, now, owned)));
  checkModel(model);
  const modelHash = hashText(JSON.stringify(model));
  const modelSheets = model.sheets.map((s) => s.name);
  const modelTables = model.sheets.flatMap((s) => s.tables.map((t) => ({ table: t, sheet: s.name })));
  if (previous?.upgradedFrom === 1) {
    // a version-1 state (the CLI's) lists only sheets with inputs; the model's other sheets are
    // StockUp's too (the monitor), so they are replaced rather than refused
    for (const n of modelSheets) {
      if (sheetNames.has(n)) {
        owned.add(n);
        liveOwned.add(n);
      }
    }
  }
  for (const name of modelSheets) {
    if (sheetNames.has(name) && !owned.has(name)) throw new WorkbookError("nameTaken", { name });
  }
  const ownedTables = new Set([...tableSheets].filter(([, sheet]) => owned.has(sheet)).map(([name]) => name));
  for (const { table } of modelTables) {
    if (before.tables.has(table.name) && !ownedTables.has(table.name))
      throw new WorkbookError("nameTaken", { name: table.name });
  }
  // intact = every part where it was written: rows or columns the buyer inserted or deleted
  // moved names or tables, and the rebuild puts the plan back in shape even without edits
  const intact =
    modelSheets.every((n) => sheetNames.has(n)) &&
    model.names.every((n) => before.names.has(n.name)) &&
    modelTables.every(({ table }) => before.tables.has(table.name)) &&
    layoutAsWritten(model, now);
  const oldRowKeys = new Set((previous?.tables ?? []).flatMap((t) => t.rowKeys));
  const newRowKeys = new Set(modelTables.flatMap(({ table }) => table.rowKeys));
  const baseReport = {
    rowsAdded: [...newRowKeys].filter((k) => !oldRowKeys.has(k)).length,
    rowsRemoved: [...oldRowKeys].filter((k) => !newRowKeys.has(k)).length,
    inputsKept: countOverrides(overrides),
    overrides,
    rebuild: rebuildReport(
      model,
      overrides,
      current.lost,
      renamed,
      notes ? { kept: notes.onInputs.size, notKept: notes.others } : undefined,
    ),
  };
  if (previous && !options.force && previous.modelHash === modelHash && intact) {
    session.progress("done", 0, 0);
    return {
      report: {
        changed: false,
        sheets: { created: [], replaced: [], removed: [] },
        tables: { created: [], replaced: [] },
        names: { created: [], updated: [], removed: [] },
        ...baseReport,
        rowsAdded: 0,
        rowsRemoved: 0,
        syncs: session.syncs,
        requestBytes: [],
        attempts: 1,
        state: previous,
      },
    };
  }

  // ---- write into staging ----
  const staging = new Map(model.sheets.map((s, i) => [s.name, `${STAGING_SHEET_PREFIX}${i + 1}`]));
  const tableNames = new Map(
    modelTables.map(({ table }, i) => [table.name, `StockUpTmp${i + 1}_${table.name}`]),
  );
  const state: WorkbookPlanState = {
    stateVersion: WORKBOOK_STATE_VERSION,
    plan: planState(model),
    builtBy: options.builtBy ?? model.meta.builtBy,
    builtAt: (options.now?.() ?? new Date()).toISOString(),
    modelHash,
    sheets: modelSheets,
    tables: modelTables.map(({ table, sheet }) => ({ name: table.name, sheet, rowKeys: table.rowKeys })),
    names: model.names.map((n) => n.name),
  };
  const budget = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  // room in the last request for re-reading the inputs
  const reserve =
    ((readback?.cells.length ?? 0) + (readback?.columns.length ?? 0)) *
      actionBytes("A1:A1", "values,formulas") +
    1024;
  const maxOp = Math.max(1024, Math.floor((budget - reserve) / 4));
  const leftovers = before.sheets
    .map((s) => s.name)
    .filter((n) => n.startsWith(STAGING_SHEET_PREFIX) || n === STAGING_STATE_SHEET);
  const setup: QueuedOp = {
    bytes: actionBytes(leftovers, [...staging.values()]) * 3,
    queue(ctx) {
      for (const n of leftovers) ctx.workbook.worksheets.getItem(n).delete();
      for (const name of staging.values()) ctx.workbook.worksheets.add(name).visibility = "Hidden";
      ctx.workbook.worksheets.add(STAGING_STATE_SHEET).visibility = "VeryHidden";
    },
  };
  const targets: [(typeof model.sheets)[number], RenderTarget][] = model.sheets.map((s) => [
    s,
    { sheetName: staging.get(s.name) ?? s.name, renames: staging, tableNames },
  ]);
  const chunks = encodeWorkbookState(state);
  const stateOps: QueuedOp[] = chunks.map((chunk, i) => ({
    bytes: actionBytes(`A${i + 1}`, [[chunk]]) + actionBytes(`A${i + 1}`, [["@"]]),
    queue(ctx) {
      const cell = worksheetOf(ctx, STAGING_STATE_SHEET).getRange(`A${i + 1}`);
      cell.numberFormat = [["@"]]; // Text first: a chunk may start with "-", "=" or a digit
      cell.values = [[chunk]];
    },
  }));
  const ops: QueuedOp[] = [
    setup,
    ...targets.flatMap(([s, t]) => cellOps(s, t, maxOp)),
    ...targets.flatMap(([s, t]) => styleOps(s, t)),
    ...targets.flatMap(([s, t]) => decorationOps(s, t)),
    ...stateOps,
  ];
  const requests = packRequests(ops, budget - reserve);
  const requestBytes = requests.map((r) => r.reduce((n, op) => n + op.bytes, 0));
  let recheck: InputReadback | null = null;
  try {
    for (let i = 0; i < requests.length; i++) {
      session.throwIfCancelled();
      for (const op of requests[i]) op.queue(context);
      if (i === requests.length - 1 && readback)
        recheck = queueInputReadback(context, refs, storedTables, now);
      session.progress("write", i, requests.length); // i requests done, the next one queued
      await session.sync();
    }
    session.throwIfCancelled();
  } catch (e) {
    const kept = await removeStaging(session, [...liveOwned]);
    if (e instanceof WorkbookError) throw e;
    throw new WorkbookError("writeFailed", { detail: (e as Error).message ?? String(e) }, { kept, cause: e });
  }
  if (recheck) {
    const changedCells = changedInputs(current, inputValues(recheck));
    if (changedCells > 0) {
      await removeStaging(session, [...liveOwned]);
      return { conflict: changedCells };
    }
  }

  // ---- swap: one request ----
  // a plan sheet renamed since the build is replaced by its rebuilt self (under the buyer's
  // name, see buyerSheetNames; under the plan's only when the buyer chose one of StockUp's names)
  const renamedAs = new Map([...renamed].filter(([stored]) => modelSheets.includes(stored)));
  const renamedNow = new Set(renamedAs.values());
  const removed = [...liveOwned].filter((n) => !modelSheets.includes(n) && !renamedNow.has(n));
  const replaced = modelSheets.filter((n) => liveOwned.has(n) || renamedAs.has(n));
  const oldPositions = before.sheets.filter((s) => liveOwned.has(s.name)).map((s) => s.position);
  const base = oldPositions.length > 0 ? Math.min(...oldPositions) : null;
  const obsoleteNames = (previous?.names ?? []).filter(
    (n) => before.names.has(n) && !model.names.some((m) => m.name === n),
  );
  session.progress("swap", 0, 1);
  try {
    const { worksheets, names, tables } = context.workbook;
    model.sheets.forEach(
      (s) =>
        (worksheetOf(context, staging.get(s.name) ?? s.name).visibility = s.hidden ? "Hidden" : "Visible"),
    );
    for (const n of liveOwned) worksheets.getItem(n).delete();
    const staged = model.sheets.map((s) => worksheetOf(context, staging.get(s.name) ?? s.name));
    staged.forEach((ws, i) => (ws.name = modelSheets[i]));
    if (notes) queueNotesOnInputs(model, staged, notes.onInputs);
    if (base !== null) staged.forEach((ws, i) => (ws.position = base + i));
    for (const [final, temp] of tableNames) tables.getItem(temp).name = final;
    for (const n of model.names) {
      const formula = `=${absoluteReference(n.sheet, n.address)}`;
      if (before.names.has(n.name)) names.getItem(n.name).formula = formula;
      else names.add(n.name, formula);
    }
    for (const n of obsoleteNames) names.getItem(n).delete();
    if (sheetNames.has(STATE_SHEET_NAME)) worksheets.getItem(STATE_SHEET_NAME).delete();
    // the CLI's state is now part of ours; left behind it would go stale
    if (sheetNames.has(LEGACY_STATE_SHEET_NAME)) worksheets.getItem(LEGACY_STATE_SHEET_NAME).delete();
    worksheets.getItem(STAGING_STATE_SHEET).name = STATE_SHEET_NAME;
    const firstVisible = model.sheets.findIndex((s) => !s.hidden);
    if (firstVisible >= 0) staged[firstVisible].activate();
    await session.sync();
  } catch (e) {
    let kept: KeptReport = { planSheets: [], stagingSheets: [], previousState: false };
    try {
      const after = context.workbook.worksheets.load("items/name");
      await session.sync();
      const names = after.items.map((s) => s.name);
      kept = {
        planSheets: modelSheets.filter((n) => names.includes(n)),
        stagingSheets: names.filter((n) => n.startsWith(STAGING_SHEET_PREFIX) || n === STAGING_STATE_SHEET),
        previousState: names.includes(STAGING_STATE_SHEET),
      };
    } catch {
      // Excel did not answer: say we do not know rather than guess
      kept.stagingSheets = ["(unknown: Excel did not answer)"];
    }
    const keptText = `plan sheets [${kept.planSheets.join(", ")}], staging sheets [${kept.stagingSheets.join(", ")}], ${
      kept.previousState ? "previous" : "new"
    } plan state`;
    throw new WorkbookError(
      "swapFailed",
      { detail: (e as Error).message ?? String(e), kept: keptText },
      { kept, cause: e },
    );
  }
  session.progress("done", 1, 1);
  return {
    report: {
      changed: true,
      sheets: { created: modelSheets.filter((n) => !replaced.includes(n)), replaced, removed },
      tables: {
        created: modelTables.map(({ table }) => table.name).filter((n) => !before.tables.has(n)),
        replaced: modelTables.map(({ table }) => table.name).filter((n) => before.tables.has(n)),
      },
      names: {
        created: model.names.map((n) => n.name).filter((n) => !before.names.has(n)),
        updated: model.names.map((n) => n.name).filter((n) => before.names.has(n)),
        removed: obsoleteNames,
      },
      ...baseReport,
      syncs: session.syncs,
      requestBytes,
      attempts: 1,
      state,
    },
  };
}

/**
 * Writes (or rebuilds) the plan into the workbook and stores the plan state beside it.
 *
 * Before building, it reads back every input cell of the previous build and passes what buyers
 * changed to `build(overrides)`, so no edit is lost; a rebuild without edits writes nothing.
 * `context.sync()` calls: 3 reads + k writes (k = payload / 4 MB, 1 for a typical plan) + 1 swap;
 * never one per row or SKU.
 *
 * @param target Excel.run (or the pane's open request context)
 * @param source the caller's builder (`(o) => buildPlan(input, o)`) or a fixed model
 * @throws WorkbookError `newerState` / `corruptState` before anything is written
 * @throws WorkbookError `nameTaken` when a sheet or table name belongs to something else
 * @throws WorkbookError `cancelled`, `writeFailed`, `concurrentEdit` — the workbook is as it was
 * @throws WorkbookError `swapFailed` — `kept` says which sheets and state are in place
 * @example
 * const report = await writePlan(Excel.run, (o) => buildPlan(input, o), { onProgress });
 * // report.syncs => 5, report.inputsKept => 2
 */
export async function writePlan(
  target: ExcelTarget,
  source: PlanModel | PlanBuilder,
  options: WritePlanOptions = {},
): Promise<WritePlanReport> {
  return withContext(target, async (context) => {
    const session = new Session(context, options);
    const maxAttempts = Math.max(1, options.maxAttempts ?? 2);
    let conflict = 0;
    for (let n = 1; n <= maxAttempts; n++) {
      const result = await attempt(session, source, options);
      if ("report" in result) return { ...result.report, syncs: session.syncs, attempts: n };
      conflict = result.conflict;
    }
    throw new WorkbookError("concurrentEdit", { count: conflict });
  });
}
