import type { SettingDef, SettingStep, SettingValue, Text2 } from "./kinds";
import { PROMO_TARGET_SETTINGS } from "./promoTargets";
import { PURCHASE_LOGISTICS_SETTINGS } from "./purchaseLogistics";

/**
 * Every plan setting, once: name, section, unit, bounds, default, label and help (en, zh-CN).
 * Adding a setting is one entry here plus the code that uses it; its sheet cell, named range,
 * validation, pane field and default follow.
 */
export const SETTINGS = { ...PROMO_TARGET_SETTINGS, ...PURCHASE_LOGISTICS_SETTINGS } as const;

export type SettingKey = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** All plan settings with their value types, derived from the registry. */
export type PlanSettings = { -readonly [K in SettingKey]: SettingValue<(typeof SETTINGS)[K]> };

/** Settings that have no default: the promo dates (from the calendar or the buyer). */
export type RequiredSettingKey = {
  [K in SettingKey]: (typeof SETTINGS)[K] extends { kind: "date"; optional?: undefined } ? K : never;
}[SettingKey];

/** The registry's defaults (dates excluded: they have none; `planDate` null = today). */
export const DEFAULT_SETTINGS = Object.freeze(
  Object.fromEntries(
    SETTING_KEYS.filter((k) => SETTINGS[k].kind !== "date" || k === "planDate").map((k) => [
      k,
      SETTINGS[k].default,
    ]),
  ),
) as Readonly<Omit<PlanSettings, RequiredSettingKey>>;

/** The definition of one setting, widened for generic code (sheet cells, pane fields). */
export function settingDef(key: SettingKey): SettingDef {
  return SETTINGS[key] as SettingDef;
}

/** The workbook name of a setting's input cell: `serviceLevel` → `ServiceLevel`. */
export function cellName(key: SettingKey): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** Settings of one plan section / pane step, in registry order. */
export function settingsOfStep(step: SettingStep): SettingKey[] {
  return SETTING_KEYS.filter((k) => SETTINGS[k].step === step);
}

/** A registry text in one locale. */
export function inLocale(text: Text2, locale: string): string {
  return locale === "zh-CN" ? text.zh : text.en;
}
