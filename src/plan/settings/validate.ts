import { InputError, isoToExcelSerial } from "../../core";
import type { SettingDef } from "./kinds";
import { SETTINGS, SETTING_KEYS, type PlanSettings, type SettingKey } from "./registry";

/** Dates a plan can be about: the importers refuse sales before 2000 for the same reason. */
export const PLAUSIBLE_FROM = "2000-01-01";
export const PLAUSIBLE_TO = "2100-12-31";

/** One problem with one setting, in both languages, naming the field and the bounds. */
export interface SettingProblem {
  key: SettingKey;
  en: string;
  zh: string;
}

/** Why `value` is not acceptable for `def`, or null. Bounds are the registry's. */
export function settingProblem(key: SettingKey, value: unknown): SettingProblem | null {
  const def = SETTINGS[key] as SettingDef;
  const label = def.label;
  const bad = (en: string, zh: string): SettingProblem => ({
    key,
    en: `${label.en}: ${en}`,
    zh: `${label.zh}：${zh}`,
  });
  if (value === null || value === undefined || value === "") {
    if ("optional" in def && def.optional) return null;
    return bad("a value is required.", "必须填写。");
  }
  switch (def.kind) {
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value))
        return bad(`"${String(value)}" is not a number.`, `“${String(value)}”不是数字。`);
      if (def.integer && !Number.isInteger(value)) return bad("enter a whole number.", "请输入整数。");
      if (value < def.min || value > def.max)
        return bad(
          `enter a number from ${def.min} to ${def.max}.`,
          `请输入 ${def.min} 到 ${def.max} 之间的数字。`,
        );
      return null;
    }
    case "date":
      try {
        isoToExcelSerial(String(value));
      } catch {
        return bad(
          `"${String(value)}" is not a date YYYY-MM-DD.`,
          `“${String(value)}”不是 YYYY-MM-DD 格式的日期。`,
        );
      }
      // A plan date or promo date outside this century is a typo (a year typed as 26, a number
      // such as 30 typed into a date cell reads as 1900-01-30): name the field instead of letting
      // the date arithmetic fail further down with a bare serial number.
      if (String(value) < PLAUSIBLE_FROM || String(value) > PLAUSIBLE_TO)
        return bad(
          `${String(value)} is not a plausible date (${PLAUSIBLE_FROM} to ${PLAUSIBLE_TO}): check the year.`,
          `${String(value)} 不是合理的日期（应在 ${PLAUSIBLE_FROM} 至 ${PLAUSIBLE_TO} 之间），请检查年份。`,
        );
      return null;
    case "choice":
      return def.values.includes(String(value))
        ? null
        : bad(`pick one of ${def.values.join(", ")}.`, `请从 ${def.values.join("、")} 中选择。`);
    case "text":
      return typeof value === "string" && value.length <= def.maxLength
        ? null
        : bad(
            `enter text of at most ${def.maxLength} characters.`,
            `请输入不超过 ${def.maxLength} 个字符的文本。`,
          );
  }
}

/** Every problem in a settings object (all fields, not just the first). */
export function settingProblems(settings: Partial<Record<SettingKey, unknown>>): SettingProblem[] {
  const out: SettingProblem[] = [];
  for (const k of SETTING_KEYS) {
    const p = settingProblem(k, settings[k]);
    if (p) out.push(p);
  }
  return out;
}

/**
 * Throws the first problem as an `InputError` naming the setting (the CLI and buildPlan path).
 * @throws InputError
 */
export function requireValidSettings(settings: PlanSettings): void {
  const p = settingProblems(settings)[0];
  if (p) throw new InputError(p.key, p.en);
}
