/*
 * What a writer stores so the next rebuild can find the buyer's edits: every input cell with its
 * identity and the tables keyed by SKU or date. Reading it back is src/plan/parsePlanState.ts;
 * turning the cells' contents now into overrides is src/plan/readOverrides.ts.
 */
import type { InputCellRef, PlanModel, PlanState, PlanStateTable } from "./types";
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
        ...(t.rowKey?.skuColumn !== undefined
          ? { skuColumn: t.columns.findIndex((c) => c.key === t.rowKey!.skuColumn) }
          : {}),
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
