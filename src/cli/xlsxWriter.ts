import { renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { tableLayouts } from "../plan/a1Model";
import { planState } from "../plan/inputCells";
import { packInputs } from "../plan/packInputs";
import { addCalculatedColumns, calculatedColumns, type CalculatedColumns } from "./tableFormulas";
import { workbookParts, writeZip, type OwnSheetData, type PackageParts } from "./xlsxZip";
import type { SheetDataXml } from "./sheetDataXml";
import { chartInMerge, fileFormulas, noteOf, writeSheet } from "./xlsxSheet";
import type { PlanModel } from "../plan/types";

/** Name of the hidden sheet holding the `PlanState` JSON (split over cells: 32,767 chars each). */
export const STATE_SHEET = "StockUpState";
/** Excel's limit on the characters in one cell. */
const CELL_CHARS = 32_000;

/**
 * Renders a PlanModel into an exceljs workbook, mechanically: no layout or math here.
 * - formulas are written as `{ formula }` with `_xlfn.` prefixes and NO cached result, so Excel
 *   and LibreOffice (with OOXMLRecalcMode=0) calculate them on open;
 * - every string value is written as a string cell, whatever it starts with (= + - @ tab CR):
 *   exceljs stores it as shared text, never as a formula (proved in test/cli/xlsxWriter.test.ts);
 * - exceljs cannot write charts: each chart's `fallbackNote` is written in its place instead;
 * - the plan state (input addresses, what was written, schema version) goes to a very hidden
 *   sheet so a later rebuild keeps the buyer's edits (`readPlanOverrides`).
 * No external links, no macros: a plain .xlsx.
 */
export function planToWorkbook(model: PlanModel, base?: BaseWorkbook): ExcelJS.Workbook {
  return renderWorkbook(model, base, undefined);
}

/**
 * `planToWorkbook`, the cells of the sheets it can render (all but a chart note in a merge) left out of
 * exceljs's worksheets when `own` is given: their `<sheetData>` goes into `own` (`SheetDataXml`)
 * for `workbookParts` to render in exceljs's place.
 */
function renderWorkbook(
  model: PlanModel,
  base: BaseWorkbook | undefined,
  own: Map<string, SheetDataXml> | undefined,
): ExcelJS.Workbook {
  // structured references (model) → A1 (file) as each sheet is written (`fileFormulas`):
  // LibreOffice does not resolve them in .xlsx
  const layouts = tableLayouts(model);
  const wb = base ? withoutPlan(base, model) : new ExcelJS.Workbook();
  wb.creator = model.meta.builtBy;
  wb.title = model.sheets[0]?.name ?? "StockUp";
  // fixed dates keep two builds of the same model byte-comparable apart from the zip timestamps
  wb.created = new Date(`${model.meta.refreshDate}T00:00:00Z`);
  wb.modified = wb.created;
  const notes = base?.inputNotes?.size ? base.inputNotes : undefined;
  for (const sheet of model.sheets) {
    const mine = own && !chartInMerge(sheet);
    writeSheet(wb, sheet, fileFormulas(layouts, sheet.name), mine ? own : undefined, notes);
  }
  for (const n of model.names) {
    wb.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!$${n.address.replace(/(\d+)/, "$$$1")}`, n.name);
  }
  const state = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  // the inputs packed column by column, as the add-in stores them (20 MB of JSON → ≈2 MB at 5,000 SKUs)
  const stored = planState(model);
  const json = JSON.stringify({ ...stored, inputs: packInputs(stored.inputs) });
  for (let i = 0, row = 1; i < json.length; i += CELL_CHARS, row++) {
    state.getCell(`A${row}`).value = json.slice(i, i + CELL_CHARS);
  }
  if (notes) {
    for (const sheet of model.sheets) {
      if (own?.has(sheet.name)) continue; // its notes are in its sheetData's (`sheetNotes`)
      const ws = wb.getWorksheet(sheet.name)!;
      for (const cell of sheet.cells) {
        const note = noteOf(cell, notes);
        if (note) ws.getCell(cell.address).note = note;
      }
    }
  }
  if (base) {
    // the plan's sheets first, then the buyer's own in their order
    const plan = new Set([...model.sheets.map((s) => s.name), STATE_SHEET]);
    const ordered = [
      ...wb.worksheets.filter((w) => plan.has(w.name)),
      ...wb.worksheets.filter((w) => !plan.has(w.name)),
    ];
    ordered.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i + 1));
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: "visible" },
    ];
  }
  return wb;
}

/** The temporary file a plan is written to before it replaces `file` (the CLI removes it on Ctrl-C). */
export function tempPlanPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * An existing plan workbook to rebuild into: the buyer's own sheets (and defined names) stay,
 * StockUp's are replaced.
 */
export interface BaseWorkbook {
  workbook: ExcelJS.Workbook;
  /** Sheets that are StockUp's now (by their current names, renamed ones included). */
  planSheets: readonly string[];
  /** Defined names that are StockUp's (the previous plan's input names). */
  planNames: readonly string[];
  /** The buyer's notes on inputs, by `inputId`: written on the same inputs in the new plan. */
  inputNotes?: ReadonlyMap<string, ExcelJS.Cell["note"]>;
}

/**
 * The base workbook without StockUp's sheets, its state sheet, its defined names and any name
 * pointing into a removed sheet (it would dangle). exceljs keeps the other sheets' cells, styles,
 * formulas, notes, validations and conditional formats; it cannot keep their charts or pivots.
 */
function withoutPlan(base: BaseWorkbook, model: PlanModel): ExcelJS.Workbook {
  const wb = base.workbook;
  const drop = new Set([...base.planSheets, ...model.sheets.map((s) => s.name), STATE_SHEET]);
  for (const ws of [...wb.worksheets]) if (drop.has(ws.name)) wb.removeWorksheet(ws.id);
  const names = new Set([...base.planNames, ...model.names.map((n) => n.name)]);
  const matrices = (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const intoDropped = n.ranges.some((r) => {
      const sheet = r.includes("!")
        ? r.slice(0, r.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")
        : "";
      return drop.has(sheet);
    });
    if (names.has(n.name) || intoDropped) delete matrices[n.name];
  }
  return wb;
}

/**
 * A model handed over to `writePlanXlsx`, which takes it out (sets `model` to undefined) as soon
 * as exceljs holds the cells: its ≈150 MB of objects and ≈80 MB of arrays at 5,000 SKUs are then
 * free while exceljs renders the file, the build's peak (issue 16). A model passed directly stays
 * referenced by the caller, and an async function keeps its locals until it returns.
 */
export interface ModelHandover {
  model?: PlanModel;
}

/**
 * Writes the model to an .xlsx file atomically (into `base`, an existing plan read from the same
 * file, when given: the buyer's own sheets stay): into a temporary file beside it, then renamed
 * over the target, so a failed or interrupted write leaves the previous plan as it was (issue 8).
 * The table parts get their calculated column formulas there too (`addCalculatedColumns`). The
 * plan sheets' cells are rendered by the writer (`SheetDataXml`), not through exceljs's cell
 * objects: the same bytes without ≈250 MB and ≈2 s of the 5,000-SKU write (issue 16).
 * @param plan the model, or a `ModelHandover` whose model the writer takes
 */
export function writePlanXlsx(
  plan: PlanModel | ModelHandover,
  file: string,
  base?: BaseWorkbook,
): Promise<void> {
  let rendered: Rendered;
  try {
    rendered = toWorkbook(plan, base, "own");
  } catch (e) {
    return Promise.reject(e);
  }
  return writeWorkbook(rendered, file);
}

/**
 * Who renders the plan sheets' cells: the writer (`SheetDataXml`, where it can: the CLI's write)
 * or exceljs (every cell through exceljs's worksheets: the reference the first is tested against).
 */
export type SheetDataRenderer = "own" | "exceljs";

/**
 * The plan's package parts as `writePlanXlsx` writes them, calculated columns included, the
 * cells rendered by `cells` (test/cli/sheetDataXml.test.ts compares the two).
 */
export function planPackage(
  model: PlanModel,
  cells: SheetDataRenderer,
  base?: BaseWorkbook,
): Promise<PackageParts> {
  return packageParts(toWorkbook(model, base, cells));
}

/** A plan rendered into exceljs (and `own` sheetData) and its tables' calculated columns. */
interface Rendered {
  wb: ExcelJS.Workbook;
  own: OwnSheetData;
  columns: CalculatedColumns;
}

/** The workbook and the tables' calculated columns; not async, so no frame keeps the model after. */
function toWorkbook(
  plan: PlanModel | ModelHandover,
  base: BaseWorkbook | undefined,
  cells: SheetDataRenderer,
): Rendered {
  const model = "sheets" in plan ? plan : plan.model;
  if (!model) throw new Error("writePlanXlsx: the model was already handed over");
  if (!("sheets" in plan)) plan.model = undefined;
  const own = new Map<string, SheetDataXml>();
  const wb = renderWorkbook(model, base, cells === "own" ? own : undefined);
  return { wb, own, columns: calculatedColumns(model) };
}

/** The parts, rendered by exceljs and `own`, with the calculated columns exceljs cannot write. */
async function packageParts({ wb, own, columns }: Rendered): Promise<PackageParts> {
  // the parts uncompressed from exceljs, deflated by zlib on the way to disk (xlsxZip.ts)
  const parts = await workbookParts(wb, own);
  addCalculatedColumns(parts, columns);
  return parts;
}

async function writeWorkbook(rendered: Rendered, file: string): Promise<void> {
  const tmp = tempPlanPath(file);
  try {
    const parts = await packageParts(rendered);
    await writeZip(parts, tmp);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
