import type { CellContent } from "./locateInputs";
import type {
  CellValue,
  InputCellRef,
  InputKey,
  PlanModel,
  PlanOverrides,
  PlanState,
  PlanStateTable,
} from "./types";
import { PLAN_SCHEMA_VERSION } from "./types";

export { tableColumnOf } from "./locateInputs";

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
        ...(cell.inputFormula ? { formula: cell.inputFormula } : {}),
      });
    }
  }
  return refs;
}

/** The column holding each row's SKU: the one keyed `sku` (src/plan/skuColumns.ts). */
const SKU_COLUMN_KEY = "sku";

/**
 * The model's tables whose rows have a key (a `sku` column, or the column named by `rowKey`, e.g.
 * the monitor's dates), with the key column's position and every column's header, so a rebuild
 * can find each input by table, header and row key (src/plan/locateInputs.ts). Tables without a
 * row key are left out.
 *
 * @example
 * stateTables(model)[0]
 * // => { name: "StockUpSkus", sheet: "SKUs", range: "A1:T13", keyColumn: 0, keyKind: "sku", headers: ["SKU", …] }
 */
export function stateTables(model: PlanModel): PlanStateTable[] {
  const out: PlanStateTable[] = [];
  for (const sheet of model.sheets) {
    for (const t of sheet.tables) {
      const keyKey = t.rowKey?.column ?? (t.rowKeys.length > 0 ? SKU_COLUMN_KEY : null);
      const keyColumn = keyKey === null ? -1 : t.columns.findIndex((c) => c.key === keyKey);
      if (keyColumn < 0) continue;
      out.push({
        name: t.name,
        sheet: sheet.name,
        range: t.range,
        keyColumn,
        keyKind: t.rowKey?.kind ?? "sku",
        headers: t.columns.map((c) => c.header),
      });
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
  if (!s.inputs.every(validRef)) {
    throw new Error("The stored StockUp plan state has an input without sheet, address or key.");
  }
  const inputs = s.inputs.map(upgradeDateKey);
  // a malformed table list only costs the SKU matching: those inputs are read by address
  if (s.tables !== undefined && !validTables(s.tables)) {
    const { tables: _ignored, ...rest } = s as PlanState;
    return { ...rest, inputs };
  }
  return { ...(s as PlanState), inputs };
}

function validRef(r: unknown): r is InputCellRef {
  const ref = r as Partial<InputCellRef> | null;
  const k = ref?.key as Partial<Record<string, unknown>> | undefined;
  return (
    !!ref &&
    typeof ref.sheet === "string" &&
    typeof ref.address === "string" &&
    /^\$?[A-Z]{1,3}\$?\d+$/.test(ref.address) &&
    !!k &&
    ((k.kind === "name" && typeof k.name === "string") ||
      (k.kind === "table" && typeof k.sku === "string" && typeof k.column === "string") ||
      (k.kind === "date" && typeof k.date === "string" && typeof k.column === "string"))
  );
}

/**
 * States written before dates had their own key space stored the monitor's daily actuals as
 * table inputs keyed by an ISO date in column `actual` on the monitor sheet: make them date keys.
 */
function upgradeDateKey(ref: InputCellRef): InputCellRef {
  const k = ref.key;
  if (k.kind !== "table" || k.column !== "actual" || !/^\d{4}-\d{2}-\d{2}$/.test(k.sku)) return ref;
  // the SKU table's own "actual" column sits on the SKU sheet; the monitor's on another
  if (!/monitor|监控/i.test(ref.sheet)) return ref;
  return { ...ref, key: { kind: "date", date: k.sku, column: k.column } };
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
        t.keyColumn >= 0 &&
        (t.keyKind === undefined || t.keyKind === "sku" || t.keyKind === "date") &&
        (t.headers === undefined ||
          (Array.isArray(t.headers) && t.headers.every((h: unknown) => typeof h === "string"))),
    )
  );
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.abs(b);
  return a === b;
}

/** A map a data key can never reach into: `__proto__` is just a key (no prototype). */
function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * One string per input identity, for maps keyed by input (name, SKU + column, date + column are
 * separate key spaces).
 * @example inputId({ kind: "table", sku: "A", column: "onHand" }) // => "table\u0000A\u0000onHand"
 */
export function inputId(key: InputKey): string {
  if (key.kind === "name") return `name\u0000${key.name}`;
  if (key.kind === "table") return `table\u0000${key.sku}\u0000${key.column}`;
  return `date\u0000${key.date}\u0000${key.column}`;
}

/**
 * Overrides read back from the workbook, with the formulas buyers typed into inputs (by
 * `inputId`), which `keepInputFormulas` writes back after the build.
 */
export interface ReadOverrides extends PlanOverrides {
  formulas?: Record<string, string>;
}

/**
 * Turns the contents of the input cells now into overrides: a cell counts as a buyer edit when
 * it differs from what StockUp wrote (value, or a formula typed in), or when it was already an
 * override last time (so an edit survives any number of rebuilds). An emptied cell (null) is kept
 * as an edit too. A formula is kept as a formula; its value is its result, or what was there
 * before when the file has no cached result (saved by a tool that does not calculate).
 * Maps are made without a prototype: a SKU named `__proto__` edits only itself.
 *
 * @param refs     the stored `PlanState.inputs` of the previous build that were found
 * @param contents their contents now, same order and length as `refs`
 * @throws Error when the lengths differ
 */
export function overridesFromContents(
  refs: readonly InputCellRef[],
  contents: readonly CellContent[],
): ReadOverrides {
  if (refs.length !== contents.length) {
    throw new Error(`overridesFromContents: ${refs.length} input cells but ${contents.length} values`);
  }
  const out: Required<ReadOverrides> = { inputs: dict(), table: dict(), dates: dict(), formulas: dict() };
  refs.forEach((ref, i) => {
    const c = contents[i] ?? { value: null, formula: null };
    const formula = c.formula ?? null;
    const edited =
      ref.overridden || formula !== (ref.formula ?? null) || (!formula && !sameValue(c.value, ref.written));
    if (!edited) return;
    const v = formula && c.value === null ? ref.written : (c.value ?? null);
    if (formula) out.formulas[inputId(ref.key)] = formula;
    if (ref.key.kind === "name") out.inputs[ref.key.name] = v;
    else if (ref.key.kind === "table") (out.table[ref.key.sku] ??= dict())[ref.key.column] = v;
    else (out.dates[ref.key.date] ??= dict())[ref.key.column] = v;
  });
  if (Object.keys(out.formulas).length === 0) {
    const { formulas: _none, ...rest } = out;
    return rest;
  }
  return out;
}

/**
 * `overridesFromContents` for plain values (no formulas).
 * @example
 * overridesFromValues([{ key: { kind: "name", name: "ServiceLevel" }, written: 0.95, … }], [0.98])
 * // => { inputs: { ServiceLevel: 0.98 }, table: {}, dates: {} }
 */
export function overridesFromValues(
  refs: readonly InputCellRef[],
  values: readonly CellValue[],
): PlanOverrides {
  if (refs.length !== values.length) {
    throw new Error(`overridesFromValues: ${refs.length} input cells but ${values.length} values`);
  }
  return overridesFromContents(
    refs,
    values.map((value) => ({ value: value ?? null, formula: null })),
  );
}

/**
 * Puts the formulas buyers typed into inputs back on those input cells of a freshly built model
 * (`PlanCell.inputFormula`), so both writers write them as formulas. Returns the model (changed
 * in place) for chaining.
 */
export function keepInputFormulas(model: PlanModel, overrides: ReadOverrides): PlanModel {
  const formulas = overrides.formulas;
  if (!formulas || Object.keys(formulas).length === 0) return model;
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells) {
      if (cell.kind !== "input" || !cell.key) continue;
      const f = formulas[inputId(cell.key)];
      if (f !== undefined) cell.inputFormula = f;
    }
  }
  return model;
}
