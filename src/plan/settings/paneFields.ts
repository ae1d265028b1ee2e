/**
 * The registry as the task pane's fields: what the buyer types (percent for fractions), its
 * bounds, whether whole numbers only, and the default text of a fresh draft.
 */
import type { SettingStep } from "./kinds";
import { settingDef, SETTING_KEYS, type SettingKey } from "./registry";

export interface PaneFieldSpec {
  key: SettingKey;
  step: SettingStep;
  /** Typed as percent: "15" means 0.15. */
  percent: boolean;
  min: number;
  max: number;
  integer?: boolean;
  /** Blank allowed (the setting is optional). */
  optional: boolean;
  /** What a fresh draft shows ("" for optional settings without a default). */
  defaultText: string;
}

/** Multiplying by 100 in binary floating point gives 14.999999999999998 for 0.15; trim that. */
const pct = (x: number) => Number((x * 100).toPrecision(12));

/**
 * The numeric settings as pane fields, in registry order.
 * @example paneFieldSpecs().find((f) => f.key === "serviceLevel")
 * // => { key: "serviceLevel", step: 4, percent: true, min: 50, max: 99.99, defaultText: "95", … }
 */
export function paneFieldSpecs(): PaneFieldSpec[] {
  const out: PaneFieldSpec[] = [];
  for (const key of SETTING_KEYS) {
    const d = settingDef(key);
    if (d.kind !== "number") continue;
    const percent = d.unit === "fraction";
    const scale = (x: number) => (percent ? pct(x) : x);
    out.push({
      key,
      step: d.step,
      percent,
      min: scale(d.min),
      max: scale(d.max),
      ...(d.integer ? { integer: true } : {}),
      optional: d.optional === true,
      defaultText: d.default === null ? "" : String(scale(d.default)),
    });
  }
  return out;
}

/** A pane field's typed number as the setting's value (percent → fraction). */
export function fromPaneNumber(spec: PaneFieldSpec, typed: number): number {
  return spec.percent ? Number((typed / 100).toPrecision(12)) : typed;
}
