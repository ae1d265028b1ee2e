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
  key: "fieldRequired" | "fieldNotNumber" | "fieldBelowMin" | "fieldAboveMax" | "fieldNotInteger";
  params?: Record<string, number>;
}

export type FieldResult = { ok: true; value: number } | { ok: false; problem: FieldProblem };

/** Full-width digits and punctuation from a Chinese IME, folded to ASCII. */
function foldFullWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Parse one numeric field. Accepts `1,200`, `12.5`, full-width digits and a trailing `%`.
 * @example parseField("1,200", { min: 0, max: 1e6 }) // => { ok: true, value: 1200 }
 * @example parseField("-3", { min: 0, max: 10 }).ok // => false (fieldBelowMin)
 */
export function parseField(text: string, spec: FieldSpec): FieldResult {
  const cleaned = foldFullWidth(text).trim().replace(/%$/, "").replace(/,/g, "").trim();
  if (cleaned === "") return { ok: false, problem: { key: "fieldRequired" } };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned))
    return { ok: false, problem: { key: "fieldNotNumber" } };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, problem: { key: "fieldNotNumber" } };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, problem: { key: "fieldNotInteger" } };
  if (value < spec.min) return { ok: false, problem: { key: "fieldBelowMin", params: { min: spec.min } } };
  if (value > spec.max) return { ok: false, problem: { key: "fieldAboveMax", params: { max: spec.max } } };
  return { ok: true, value };
}
