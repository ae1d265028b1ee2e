/**
 * The shapes of a plan setting. One entry per setting lives in the registry (./registry.ts);
 * everything else — the `PlanSettings` type, validation, the plan sheet's input cells and data
 * validation, the pane's field specs and draft defaults — is derived from it.
 */

/** A text a buyer sees, in both languages. */
export interface Text2 {
  en: string;
  zh: string;
}

/** Which plan section (= pane step) a setting belongs to: 1 promo … 6 monitor. */
export type SettingStep = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * fraction — 0.15 means 15 % (shown as a percent; the pane types "15");
 * days — whole days; money — an amount in a currency; number — a plain number
 * (elasticity, FX rate, divisor); units — a count of items.
 */
export type NumberUnit = "fraction" | "days" | "money" | "number" | "units";

interface SettingBase {
  step: SettingStep;
  /** Row label (and pane field label). */
  label: Text2;
  /** One sentence on what it does and where its default comes from. */
  help: Text2;
  /** Not written to the plan sheet (e.g. the workbook locale). */
  noCell?: true;
}

export interface NumberSetting extends SettingBase {
  kind: "number";
  unit: NumberUnit;
  min: number;
  max: number;
  integer?: true;
  /** null only for optional settings: blank means "decide from the data". */
  default: number | null;
  /** True when blank is a valid value (the setting is `number | null`). */
  optional?: true;
}

export interface DateSetting extends SettingBase {
  kind: "date";
  /** Dates come from the promo calendar or the caller; `planDate` blank means today. */
  default: null;
  optional?: true;
}

export interface ChoiceSetting<T extends string = string> extends SettingBase {
  kind: "choice";
  values: readonly T[];
  /** What the sheet's drop-down shows for each value. */
  valueLabels: Readonly<Record<T, Text2>>;
  default: T;
  /** A value the buyer may replace by free text on the sheet (a custom event's name). */
  freeText?: T;
}

export interface TextSetting extends SettingBase {
  kind: "text";
  default: string;
  /** The default as a Chinese buyer writes it (a zh-CN plan shows this while the default holds). */
  defaultZh?: string;
  maxLength: number;
  optional?: true;
}

export type SettingDef = NumberSetting | DateSetting | ChoiceSetting | TextSetting;

/** The TypeScript value of a setting. */
export type SettingValue<S> = S extends NumberSetting
  ? S["optional"] extends true
    ? number | null
    : number
  : S extends DateSetting
    ? S["optional"] extends true
      ? string | null
      : string
    : S extends ChoiceSetting<infer T>
      ? T
      : S extends TextSetting
        ? string
        : never;

/** Builders keep the literal types (choice values, `optional`) the `PlanSettings` type needs. */
/** Bounds many number settings share: a fraction in [0, 1], and money per unit. */
export const fraction = { unit: "fraction", min: 0, max: 1 } as const;
export const perUnitMoney = { unit: "money", min: 0, max: 100_000 } as const;

export const num = <const S extends Omit<NumberSetting, "kind">>(s: S): S & { kind: "number" } => ({
  ...s,
  kind: "number",
});
export const date = <const S extends Omit<DateSetting, "kind" | "default">>(
  s: S,
): S & { kind: "date"; default: null } => ({ ...s, kind: "date", default: null });
export const choice = <T extends string, const S extends Omit<ChoiceSetting<T>, "kind">>(
  s: S & { values: readonly T[] },
): S & { kind: "choice" } => ({ ...s, kind: "choice" });
export const text = <const S extends Omit<TextSetting, "kind">>(s: S): S & { kind: "text" } => ({
  ...s,
  kind: "text",
});

/** Shared texts. */
export const t2 = (en: string, zh: string): Text2 => ({ en, zh });
