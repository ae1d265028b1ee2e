import type { NumericField, PaneDraft } from "../draft";
import { cellName, fromCell } from "../../plan/settings";
import { FIELD_SETTING, fieldSpec, NUMERIC_FIELDS } from "../fieldSettings";

/** The defined names of the plan's input cells the pane has a field for (`GrowthRate` …). */
export const PANE_CELL_NAMES: readonly string[] = NUMERIC_FIELDS.map((f) => cellName(FIELD_SETTING[f]));
import type { CellValue } from "../../plan/types";

/**
 * The pane field texts for settings the buyer typed in the sheet (the plan's named input cells,
 * as the rebuild read them back): percent fields ×100, trimmed of binary noise. A cell that does
 * not read as its setting (text in a number cell) is left out; the rebuild report names it.
 * @example fieldsFromSheet({ GrowthRate: 0.25 }) // => { growthPct: "25" }
 */
export function fieldsFromSheet(
  inputs: Readonly<Record<string, CellValue>>,
): Partial<Record<NumericField, string>> {
  const out: Partial<Record<NumericField, string>> = {};
  for (const field of NUMERIC_FIELDS) {
    const key = FIELD_SETTING[field];
    const name = cellName(key);
    if (!Object.prototype.hasOwnProperty.call(inputs, name)) continue;
    const v = fromCell(key, inputs[name]);
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    out[field] = String(fieldSpec(field).percent ? Number((v * 100).toPrecision(12)) : v);
  }
  return out;
}

/**
 * The draft with the settings the buyer typed in the sheet (kept by a rebuild; read after one and
 * when the pane opens) copied into the pane's fields, each marked as from the sheet, so pane and
 * sheet show the same numbers.
 */
export function withSheetSettings(
  draft: PaneDraft,
  fields: Partial<Record<NumericField, string>>,
): PaneDraft {
  const entries = Object.entries(fields) as [NumericField, string][];
  if (entries.length === 0) return draft;
  const next: PaneDraft = {
    ...draft,
    targets: { ...draft.targets },
    purchasing: { ...draft.purchasing },
    logistics: { ...draft.logistics },
  };
  for (const [field, text] of entries) {
    for (const section of ["targets", "purchasing", "logistics"] as const) {
      const sec = next[section] as Record<string, string>;
      if (field in sec) sec[field] = text;
    }
  }
  next.fromSheet = [...new Set([...(draft.fromSheet ?? []), ...entries.map(([f]) => f)])];
  return next;
}
