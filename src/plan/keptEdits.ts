/*
 * The buyer's edits a rebuild carried into the new plan, named as the sheet names them
 * ("Service level 97 %", "On hand of SKU-X 120"): the first line of the rebuild report
 * (src/plan/rebuildReport.ts) and the pane's list of kept edits.
 */
import { excelSerialToIso as serialToIso, type Locale } from "../core";
import { parseA1, toA1 } from "./a1";
import { splitDaySkuId } from "./overrides";
import { inputId, type ReadOverrides } from "./readOverrides";
import type { CellValue, InputKey, PlanCell, PlanModel } from "./types";

/** One buyer edit carried into the new plan. */
export interface KeptEdit {
  key: InputKey;
  /** Sheet the input is on in the new plan. */
  sheet: string;
  /** What the sheet calls the input, in the plan's language (label or column header). */
  label: string;
  /** The SKU or ISO date of a table input; absent for single inputs. */
  row?: string;
  value: CellValue;
  /** The value as the sheet shows it (percent, date, number, text). */
  shown: string;
  /** Set when the buyer typed a formula: kept as a formula. */
  formula?: string;
}

function show(value: CellValue, cell: PlanCell | undefined, locale: Locale): string {
  if (value === null) return locale === "zh-CN" ? "（空）" : "(empty)";
  const fmt = cell?.numberFormat ?? "";
  if (typeof value === "number") {
    if (fmt.includes("%")) return `${Number((value * 100).toFixed(2))}${locale === "zh-CN" ? "%" : " %"}`;
    if (/y{2}/i.test(fmt) && value >= 61 && value < 2_958_466) return serialToIso(value);
    return String(Number(value.toPrecision(12)));
  }
  return String(value);
}

/**
 * The label a sheet shows for each input in `wanted` (by `inputId`), with its position in sheet
 * order: a single input's label is the text cell left of it; a table input's is its column's
 * header. Only the wanted inputs are labelled (a 5,000-SKU plan has 135,000 inputs and a rebuild
 * usually keeps a handful of edits, issue 16 scale).
 */
function labels(
  model: PlanModel,
  wanted: ReadonlySet<string>,
): Map<string, { cell: PlanCell; sheet: string; label: string; order: number }> {
  const out = new Map<string, { cell: PlanCell; sheet: string; label: string; order: number }>();
  let order = 0;
  for (const sheet of model.sheets) {
    let byAddress: Map<string, PlanCell> | undefined;
    const headerOf = new Map<string, string>();
    for (const t of sheet.tables) for (const c of t.columns) headerOf.set(c.key, c.header);
    for (const cell of sheet.cells) {
      if (cell.kind !== "input" || !cell.key) continue;
      const id = inputId(cell.key);
      order++;
      if (!wanted.has(id)) continue;
      let label: string;
      if (cell.key.kind === "name") {
        byAddress ??= new Map(sheet.cells.map((c) => [c.address, c]));
        const { row, col } = parseA1(cell.address);
        const l = col > 1 ? byAddress.get(toA1(row, col - 1)) : undefined;
        label = l && l.kind === "label" && typeof l.value === "string" ? l.value : cell.key.name;
      } else label = headerOf.get(cell.key.column) ?? cell.key.column;
      // an id twice (never in a plan StockUp built) keeps its first place, its last cell
      out.set(id, { cell, sheet: sheet.name, label, order: out.get(id)?.order ?? order });
    }
  }
  return out;
}

/** Every edit in `overrides`, in sheet order, as the new plan shows it. */
export function keptEdits(
  model: PlanModel,
  overrides: ReadOverrides,
  locale = model.meta.locale,
): KeptEdit[] {
  const edits: { key: InputKey; value: CellValue; row?: string }[] = [];
  const add = (key: InputKey, value: CellValue, row?: string) => edits.push({ key, value, row });
  for (const name of Object.keys(overrides.inputs)) add({ kind: "name", name }, overrides.inputs[name]);
  for (const sku of Object.keys(overrides.table)) {
    const row = overrides.table[sku];
    for (const column of Object.keys(row)) add({ kind: "table", sku, column }, row[column], sku);
  }
  for (const date of Object.keys(overrides.dates ?? {})) {
    const row = overrides.dates![date];
    for (const column of Object.keys(row)) add({ kind: "date", date, column }, row[column], date);
  }
  for (const id of Object.keys(overrides.daySkus ?? {})) {
    const row = overrides.daySkus![id];
    const { date, sku } = splitDaySkuId(id);
    for (const column of Object.keys(row))
      add({ kind: "daySku", date, sku, column }, row[column], `${sku} ${date}`);
  }
  if (edits.length === 0) return [];
  const where = labels(model, new Set(edits.map((e) => inputId(e.key))));
  const out = edits.map(({ key, value, row }): KeptEdit => {
    const at = where.get(inputId(key));
    const formula = overrides.formulas?.[inputId(key)];
    return {
      key,
      sheet: at?.sheet ?? "",
      label: at?.label ?? (key.kind === "name" ? key.name : key.column),
      ...(row !== undefined ? { row } : {}),
      value,
      shown: formula ?? show(value, at?.cell, locale),
      ...(formula ? { formula } : {}),
    };
  });
  const rank = (e: KeptEdit) => where.get(inputId(e.key))?.order ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => rank(a) - rank(b));
}

/**
 * One kept edit in the buyer's words.
 * @example keptEditText({ label: "On hand", row: "SKU-X", shown: "120", … }, "en-US") // => "On hand of SKU-X 120"
 */
export function keptEditText(e: KeptEdit, locale: Locale): string {
  if (e.row === undefined) return `${e.label} ${e.shown}`;
  return locale === "zh-CN" ? `${e.row} 的${e.label} ${e.shown}` : `${e.label} of ${e.row} ${e.shown}`;
}
