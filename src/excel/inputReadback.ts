import { planInputReads, resolveInputs } from "../plan/locateInputs";
import type {
  CellContent,
  InputReadPlan,
  RangeRead,
  ResolvedInputs,
  TableNow,
  WorkbookNow,
} from "../plan/locateInputs";
import type { CellValue, InputCellRef, PlanStateTable } from "../plan/types";
import { formatRange, parseRange } from "../plan/a1";
import { rectangles } from "./rectangles";
import { worksheetOf } from "./renderSheet";

/*
 * The add-in's side of finding inputs by identity (src/plan/locateInputs.ts): where the names and
 * tables are now is loaded with the sheet list and the state (no extra sync), then every input
 * cell and input column is read in one sync, values and formulas together.
 */

/** Tables as loaded in the state sync: read `tablesNow` after it. */
export interface TableLoads {
  items: { name: string; sheet: Excel.Worksheet; range: Excel.Range; header: Excel.Range }[];
}

/**
 * Queues, for every table in the workbook, its sheet name, its address and its header row (no
 * sync; the caller syncs with the state read).
 */
export function queueTableLoads(context: Excel.RequestContext, tableNames: Iterable<string>): TableLoads {
  return {
    items: [...tableNames].map((name) => {
      const table = context.workbook.tables.getItem(name);
      return {
        name,
        sheet: table.worksheet.load("name"),
        range: table.getRange().load("address"),
        // the first row of the table's range, not getHeaderRowRange(): that one fails the whole
        // request for a buyer's table with its header row turned off
        header: table.getRange().getRow(0).load("values"),
      };
    }),
  };
}

/** The tables as they are now, after the sync that followed `queueTableLoads`. */
export function tablesNow(loads: TableLoads): Map<string, TableNow> {
  return new Map(
    loads.items.map((t) => [
      t.name,
      { sheet: t.sheet.name, range: t.range.address, headers: (t.header.values[0] ?? []).map(toCellValue) },
    ]),
  );
}

/**
 * Defined names → their reference text (`='Plan'!$B$5`), from a names collection loaded with
 * `items/name,items/formula`.
 */
export function namesNow(items: readonly { name: string; formula: string }[]): Map<string, string> {
  return new Map(items.map((n) => [n.name, n.formula]));
}

/** The loads queued for reading input cells back; read with `inputValues` after the sync. */
export interface InputReadback {
  refs: readonly InputCellRef[];
  plan: InputReadPlan;
  cells: { range: Excel.Range; top: number; left: number; indexes: number[][] }[];
  columns: Excel.Range[];
}

/**
 * Queues one `values` + `formulas` load per rectangle of single input cells and one per table
 * input column (found by header, rows matched by key after the sync), so reading every input
 * costs one sync whatever the SKU count.
 *
 * @param refs   the stored `PlanState.inputs`
 * @param tables the stored `PlanState.tables` (may be undefined in old states)
 * @param now    sheets, names and tables as they are now
 */
export function queueInputReadback(
  context: Excel.RequestContext,
  refs: readonly InputCellRef[],
  tables: readonly PlanStateTable[] | undefined,
  now: WorkbookNow,
): InputReadback {
  const plan = planInputReads(refs, tables, now);
  const bySheet = new Map<string, { row: number; col: number; item: number }[]>();
  plan.cells.forEach((c: RangeRead, i) => {
    const r = parseRange(c.address);
    const list = bySheet.get(c.sheet) ?? [];
    list.push({ row: r.top, col: r.left, item: i });
    bySheet.set(c.sheet, list);
  });
  const cells: InputReadback["cells"] = [];
  for (const [sheet, placed] of bySheet) {
    for (const rect of rectangles(placed, () => "")) {
      const address = formatRange({
        top: rect.top,
        left: rect.left,
        bottom: rect.top + rect.rows.length - 1,
        right: rect.left + rect.rows[0].length - 1,
      });
      const range = worksheetOf(context, sheet).getRange(address).load("values,formulas");
      cells.push({ range, top: rect.top, left: rect.left, indexes: rect.rows });
    }
  }
  const columns = plan.columns.map((c) =>
    worksheetOf(context, c.sheet).getRange(c.address).load("values,formulas"),
  );
  return { refs, plan, cells, columns };
}

/** Excel's empty cell ("") is the model's null; other values pass through. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * A cell from its loaded value and formula. `formulas` gives the value itself for constants, and
 * the typed text for a Text-formatted cell holding "=…" (which `values` gives unchanged), so a
 * formula is an `=…` entry that differs from the value.
 */
export function content(value: unknown, formula: unknown): CellContent {
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  return { value: toCellValue(value), formula: isFormula ? (formula as string) : null };
}

/**
 * The inputs as they are now, after the sync that followed the queue call: found inputs with
 * their contents (an input whose SKU row is gone is left out) and those that could not be found.
 */
export function inputValues(readback: InputReadback): ResolvedInputs {
  const cells: CellContent[] = [];
  for (const part of readback.cells) {
    const values = part.range.values;
    const formulas = part.range.formulas;
    part.indexes.forEach((row, i) =>
      row.forEach((index, j) => (cells[index] = content(values[i][j], formulas[i][j]))),
    );
  }
  const columns = readback.columns.map((range) => {
    const formulas = range.formulas;
    return range.values.map((row, i) => content(row[0], formulas[i]?.[0]));
  });
  return resolveInputs(readback.refs, readback.plan, cells, columns);
}

/** Current sheets, names and tables, for `queueInputReadback`. */
export function workbookNow(
  sheets: Iterable<string>,
  names: ReadonlyMap<string, string>,
  tables: ReadonlyMap<string, TableNow>,
): WorkbookNow {
  return { sheets: new Set(sheets), names, tables };
}
