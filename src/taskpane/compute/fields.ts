import { parseLocaleNumber } from "./localeNumber";

/**
 * What the buyer may type into each numeric field, and the check run on every keystroke.
 * Fields hold the text as typed (so a half-typed "1." is not lost); `parseField` turns it into a
 * number or a reason the pane shows on the field.
 */
export interface FieldSpec {
  min: number;
  max: number;
  /** Whole numbers only (days, units). @defaultvalue false */
  integer?: boolean;
}

/** Why a field was rejected: a message key plus the numbers it mentions. */
export interface FieldProblem {
  key:
    | "fieldRequired"
    | "fieldNotNumber"
    | "fieldAmbiguousComma"
    | "fieldBelowMin"
    | "fieldAboveMax"
    | "fieldNotInteger"
    /** The unit costs are in another currency than the sale currency and no FX was typed. */
    | "fxNeeded";
  params?: Record<string, number | string>;
}

export type FieldResult = { ok: true; value: number } | { ok: false; problem: FieldProblem };

/**
 * Parse one numeric field as written in `locale` (the Office display language: its thousands
 * separator and decimal mark). Accepts `1,200`, `12.5`, full-width digits and a trailing `%`;
 * "1,5" where "," groups thousands is refused with "did you mean 1.5?", never read as 15.
 * @example parseField("1,200", { min: 0, max: 1e6 }) // => { ok: true, value: 1200 }
 * @example parseField("-3", { min: 0, max: 10 }).ok // => false (fieldBelowMin)
 */
export function parseField(text: string, spec: FieldSpec, locale = "en-US"): FieldResult {
  const n = parseLocaleNumber(text, locale);
  if (!n.ok) {
    if (n.reason === "empty") return { ok: false, problem: { key: "fieldRequired" } };
    if (n.reason === "ambiguousComma")
      return { ok: false, problem: { key: "fieldAmbiguousComma", params: { value: n.suggestion ?? 0 } } };
    return { ok: false, problem: { key: "fieldNotNumber" } };
  }
  const value = n.value;
  if (spec.integer && !Number.isInteger(value)) return { ok: false, problem: { key: "fieldNotInteger" } };
  if (value < spec.min) return { ok: false, problem: { key: "fieldBelowMin", params: { min: spec.min } } };
  if (value > spec.max) return { ok: false, problem: { key: "fieldAboveMax", params: { max: spec.max } } };
  return { ok: true, value };
}
