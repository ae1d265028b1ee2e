import { canonicalSku } from "../import/skuKey";
import { parseA1 } from "./a1";
import type { CellValue, InputCellRef, PlanModel, PlanOverrides, PlanState, PlanStateTable } from "./types";
import { PLAN_SCHEMA_VERSION } from "./types";

/**
 * Every input cell of a model with its identity, in sheet order. A writer reads these addresses
 * back in one pass (one `sync()` in Office.js) before rebuilding, then calls `overridesFromValues`.
 *
 * @example
 * inputCells(model)[0] // => { sheet: "Plan", address: "C5", key: { kind: "name", name: "PromoStart" }, … }
 */
export function inputCells(model: PlanModel): InputCellRef[] {
  const refs: InputCellRef[] = [];
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells) {
      if (cell.kind !== "input" || !cell.key) continue;
      refs.push({
        sheet: sheet.name,
        address: cell.address,
        key: cell.key,
        written: cell.value,
        overridden: cell.overridden === true,
      });
    }
  }
  return refs;
}

/** The column holding each row's SKU: the one keyed `sku` (src/plan/skuColumns.ts). */
const SKU_COLUMN_KEY = "sku";

/**
 * The model's tables keyed by SKU, with where their SKU column is, so a rebuild can find each
 * SKU's row after the buyer sorted the table (see `locateInputs`). Tables without row keys or
 * without a `sku` column are left out (their inputs are read by address).
 *
 * @example
 * stateTables(model) // => [{ name: "StockUpSkus", sheet: "SKUs", range: "A1:T13", keyColumn: 0 }]
 */
export function stateTables(model: PlanModel): PlanStateTable[] {
  const out: PlanStateTable[] = [];
  for (const sheet of model.sheets) {
    for (const t of sheet.tables) {
      const keyColumn = t.columns.findIndex((c) => c.key === SKU_COLUMN_KEY);
      if (t.rowKeys.length === 0 || keyColumn < 0) continue;
      out.push({ name: t.name, sheet: sheet.name, range: t.range, keyColumn });
    }
  }
  return out;
}

/** What a writer stores in the workbook so the next rebuild can tell buyer edits from defaults. */
export function planState(model: PlanModel): PlanState {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    refreshDate: model.meta.refreshDate,
    locale: model.meta.locale,
    inputs: inputCells(model),
    tables: stateTables(model),
  };
}

/**
 * Where to read an input now:
 * - `address`: at its stored address (single inputs; table inputs whose table's SKU column
 *   could not be read, e.g. a state written before `PlanState.tables` existed);
 * - `row`: in the table `table`, 0-based body row `row` (where its SKU is now) and 0-based
 *   table column `column` (columns do not move when rows are sorted, deleted or inserted);
 * - `gone`: its SKU is no longer in the table, so there is no edit to keep.
 */
export type InputLocation =
  { kind: "address" } | { kind: "gone" } | { kind: "row"; table: string; row: number; column: number };

function bounds(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = range.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/**
 * The stored table a table input was written into and its 0-based column in it; null for single
 * inputs and for cells outside every stored table.
 *
 * @example
 * tableColumnOf({ sheet: "SKUs", address: "C5", key: { kind: "table", … }, … },
 *   [{ name: "StockUpSkus", sheet: "SKUs", range: "A1:F13", keyColumn: 0 }])
 * // => { table: { name: "StockUpSkus", … }, column: 2 }
 */
export function tableColumnOf(
  ref: InputCellRef,
  tables: readonly PlanStateTable[] | undefined,
): { table: PlanStateTable; column: number } | null {
  if (ref.key.kind !== "table" || !tables) return null;
  const at = parseA1(ref.address);
  for (const table of tables) {
    if (table.sheet !== ref.sheet) continue;
    const r = bounds(table.range);
    if (at.row > r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right)
      return { table, column: at.col - r.left };
  }
  return null;
}

/**
 * A SKU cell as its canonical key (the importers' `canonicalSku`, so a buyer's retyped SKU with a
 * stray ideographic space or zero-width character still finds its row). Excel may hand back a
 * SKU like 10023 as a number once the buyer retyped it.
 */
function skuText(v: CellValue): string {
  return v === null ? "" : canonicalSku(String(v));
}

/**
 * Follows every table input to the row where its SKU is now, so an edit stays with its SKU when
 * the buyer sorts the table or deletes/inserts rows before a rebuild (issue 8: an edit must
 * never land on another SKU). A SKU listed twice is matched to its first row. A table whose
 * read column holds none of its stored SKUs (a column was inserted or deleted, so it is not the
 * SKU column any more) is read by address, as before, instead of losing every edit.
 *
 * @param refs        the stored `PlanState.inputs`
 * @param tables      the stored `PlanState.tables` (undefined in older states: all by address)
 * @param currentKeys table name → the values of its SKU column now, body rows top to bottom;
 *                    a table missing here is read by address
 * @returns one location per ref, same order
 * @example
 * // B was in body row 1 and the buyer sorted it to row 0
 * locateInputs([refOfB], [skuTable], new Map([["StockUpSkus", ["B", "A"]]]))
 * // => [{ kind: "row", table: "StockUpSkus", row: 0, column: 2 }]
 */
export function locateInputs(
  refs: readonly InputCellRef[],
  tables: readonly PlanStateTable[] | undefined,
  currentKeys: ReadonlyMap<string, readonly CellValue[]>,
): InputLocation[] {
  const rowOf = new Map<string, Map<string, number>>();
  for (const [name, keys] of currentKeys) {
    const rows = new Map<string, number>();
    keys.forEach((k, i) => {
      const sku = skuText(k);
      if (sku !== "" && !rows.has(sku)) rows.set(sku, i);
    });
    rowOf.set(name, rows);
  }
  const where = refs.map((ref) => tableColumnOf(ref, tables));
  // a column that holds none of the stored SKUs is not the SKU column any more (the buyer
  // inserted or deleted a column in the table): read that table by address rather than drop all
  for (const [name, rows] of rowOf) {
    const found = refs.some(
      (ref, i) => where[i]?.table.name === name && ref.key.kind === "table" && rows.has(skuText(ref.key.sku)),
    );
    if (!found && rows.size > 0) rowOf.delete(name); // an emptied table keeps no edits
  }
  return refs.map((ref, i): InputLocation => {
    const at = where[i];
    const rows = at ? rowOf.get(at.table.name) : undefined;
    if (!at || !rows || ref.key.kind !== "table") return { kind: "address" };
    const row = rows.get(skuText(ref.key.sku));
    return row === undefined
      ? { kind: "gone" }
      : { kind: "row", table: at.table.name, row, column: at.column };
  });
}

/**
 * Parses a stored `PlanState`. Refuses a newer schema (issue 8: never overwrite what we do not
 * understand) and anything that is not a plan state.
 *
 * @throws Error when the text is not a StockUp plan state or has a newer schema version.
 */
export function parsePlanState(text: string): PlanState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error("The stored StockUp plan state is not valid JSON.");
  }
  const s = raw as Partial<PlanState> | null;
  if (!s || typeof s.schemaVersion !== "number" || !Array.isArray(s.inputs)) {
    throw new Error("The stored StockUp plan state is missing its schema version or inputs.");
  }
  if (s.schemaVersion > PLAN_SCHEMA_VERSION) {
    throw new Error(
      `This plan was written by a newer StockUp (schema ${s.schemaVersion}; this version reads up to ${PLAN_SCHEMA_VERSION}). Update StockUp before rebuilding it.`,
    );
  }
  // a malformed table list only costs the SKU matching: those inputs are read by address
  if (s.tables !== undefined && !validTables(s.tables)) {
    const { tables: _ignored, ...rest } = s as PlanState;
    return rest;
  }
  return s as PlanState;
}

function validTables(tables: unknown): tables is PlanStateTable[] {
  return (
    Array.isArray(tables) &&
    tables.every(
      (t) =>
        t &&
        typeof t.name === "string" &&
        typeof t.sheet === "string" &&
        typeof t.range === "string" &&
        /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(t.range) &&
        Number.isInteger(t.keyColumn) &&
        t.keyColumn >= 0,
    )
  );
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.abs(b);
  return a === b;
}

/**
 * Turns the values currently in the input cells into overrides: a cell counts as a buyer edit
 * when it differs from what StockUp wrote, or when it was already an override last time (so an
 * edit survives any number of rebuilds). An emptied cell (null) is kept as an edit too.
 *
 * @param refs  the stored `PlanState.inputs` of the previous build
 * @param values current values, same order and length as `refs`
 * @throws Error when the lengths differ
 * @example
 * overridesFromValues([{ key: { kind: "name", name: "ServiceLevel" }, written: 0.95, … }], [0.98])
 * // => { inputs: { ServiceLevel: 0.98 }, table: {} }
 */
export function overridesFromValues(
  refs: readonly InputCellRef[],
  values: readonly CellValue[],
): PlanOverrides {
  if (refs.length !== values.length) {
    throw new Error(`overridesFromValues: ${refs.length} input cells but ${values.length} values`);
  }
  const out: PlanOverrides = { inputs: {}, table: {} };
  refs.forEach((ref, i) => {
    const v = values[i] ?? null;
    if (!ref.overridden && sameValue(v, ref.written)) return;
    if (ref.key.kind === "name") out.inputs[ref.key.name] = v;
    else (out.table[ref.key.sku] ??= {})[ref.key.column] = v;
  });
  return out;
}
