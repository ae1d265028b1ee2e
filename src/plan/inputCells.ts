import type { CellValue, InputCellRef, PlanModel, PlanOverrides, PlanState } from "./types";
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

/** What a writer stores in the workbook so the next rebuild can tell buyer edits from defaults. */
export function planState(model: PlanModel): PlanState {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    refreshDate: model.meta.refreshDate,
    locale: model.meta.locale,
    inputs: inputCells(model),
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
  return s as PlanState;
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
