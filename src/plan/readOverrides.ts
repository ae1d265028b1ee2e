/*
 * The buyer's edits read back before a rebuild: which input cells differ from what StockUp wrote
 * (or were already edits), kept as values or as the formulas the buyer typed.
 */
import type { CellContent } from "./locateInputs";
import type { CellValue, InputCellRef, InputKey, PlanModel, PlanOverrides } from "./types";
import { daySkuId } from "./overrides";

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
  if (key.kind === "daySku") return `daySku\u0000${key.date}\u0000${key.sku}\u0000${key.column}`;
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
  const out: Required<ReadOverrides> = {
    inputs: dict(),
    table: dict(),
    dates: dict(),
    daySkus: dict(),
    formulas: dict(),
  };
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
    else if (ref.key.kind === "daySku")
      (out.daySkus[daySkuId(ref.key.date, ref.key.sku)] ??= dict())[ref.key.column] = v;
    else (out.dates[ref.key.date] ??= dict())[ref.key.column] = v;
  });
  // the optional maps only when they hold something (overrides read before they existed compare equal)
  const { formulas, daySkus, ...rest } = out;
  return {
    ...rest,
    ...(Object.keys(daySkus).length > 0 ? { daySkus } : {}),
    ...(Object.keys(formulas).length > 0 ? { formulas } : {}),
  };
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
