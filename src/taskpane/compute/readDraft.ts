import { FIELD_SPECS, type NumericField, type PaneDraft } from "../draft";
import { parseField, type FieldProblem } from "./fields";
import { fxProblem } from "./purchaseCurrency";

/** Every numeric field of the draft as a number (NaN where it does not parse). */
export type DraftNumbers = Record<NumericField, number>;

/** The parsed numbers plus the reason for each field that failed. */
export interface ReadDraft {
  values: DraftNumbers;
  problems: Partial<Record<NumericField, FieldProblem>>;
}

/**
 * Parse all numeric fields of a draft at once, each as written in `locale` (its thousands
 * separator and decimal mark).
 */
export function readDraft(draft: PaneDraft, locale = "en-US"): ReadDraft {
  const text: Record<NumericField, string> = {
    ...draft.targets,
    ...pickNumeric(draft.purchasing),
    ...draft.logistics,
  };
  const values = {} as DraftNumbers;
  const problems: ReadDraft["problems"] = {};
  for (const field of Object.keys(FIELD_SPECS) as NumericField[]) {
    const result = parseField(text[field], FIELD_SPECS[field], locale);
    if (result.ok) values[field] = result.value;
    else {
      values[field] = Number.NaN;
      problems[field] = result.problem;
    }
  }
  // a parsed FX is still refused while the costs are in another currency and the buyer gave none
  const fx = problems.fxRate ? null : fxProblem(draft, values.fxRate);
  if (fx) problems.fxRate = fx;
  return { values, problems };
}

function pickNumeric(p: PaneDraft["purchasing"]): Omit<PaneDraft["purchasing"], "method"> {
  const { method: _method, ...rest } = p;
  return rest;
}
