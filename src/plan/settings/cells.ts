/**
 * A setting as a plan-sheet input cell: its value, number format, data validation and message,
 * and the way back from what a buyer typed to the setting's value.
 */
import { excelSerialToIso, isoToExcelSerial } from "../../core";
import type { CellValue, ValidationRule } from "../types";
import type { SettingDef } from "./kinds";
import { cellName, inLocale, settingDef, type PlanSettings, type SettingKey } from "./registry";
import { PLAUSIBLE_FROM, PLAUSIBLE_TO } from "./validate";

/** Dates a buyer may type: any real day the settings check accepts (Excel serials). */
export const DATE_RULE: ValidationRule = {
  type: "date",
  min: isoToExcelSerial(PLAUSIBLE_FROM),
  max: isoToExcelSerial(PLAUSIBLE_TO),
};

export interface SettingCell {
  /** Workbook name of the cell, e.g. `ServiceLevel`. */
  name: string;
  label: string;
  help: string;
  value: CellValue;
  numberFormat: string;
  /** null: free text, no validation (a custom event's name). */
  rule: ValidationRule | null;
  errorMessage: string;
}

const FORMATS = { fraction: "0.0%", days: "#,##0", units: "#,##0", number: "0.####", date: "yyyy-mm-dd" };

/** Money format with its currency code, e.g. `#,##0.00 "USD"`. */
export function moneyFormat(currency: string): string {
  const code = currency.replace(/[^A-Za-z]/g, "").toUpperCase() || "¤";
  return `#,##0.00 "${code}"`;
}

function cellValue(def: SettingDef, v: unknown, locale: string, settings: PlanSettings): CellValue {
  if (v === null || v === undefined) return null;
  if (def.kind === "date") return isoToExcelSerial(String(v));
  if (def.kind === "choice") {
    if (def.freeText === v && settings.eventName) return settings.eventName;
    return inLocale(def.valueLabels[String(v)], locale);
  }
  if (def.kind === "text" && def.defaultZh !== undefined && v === def.default && locale === "zh-CN")
    return def.defaultZh;
  return v as CellValue;
}

function errorText(def: SettingDef, locale: string): string {
  const zh = locale === "zh-CN";
  switch (def.kind) {
    case "number": {
      const whole = def.integer ? (zh ? "整数" : "a whole number") : zh ? "数字" : "a number";
      return zh
        ? `请输入 ${def.min} 到 ${def.max} 之间的${whole}。`
        : `Enter ${whole} from ${def.min} to ${def.max}.`;
    }
    case "date":
      return zh
        ? `请输入 ${PLAUSIBLE_FROM} 到 ${PLAUSIBLE_TO} 之间的日期。`
        : `Enter a date from ${PLAUSIBLE_FROM} to ${PLAUSIBLE_TO}.`;
    case "choice":
      return zh ? "请从列表中选择。" : "Pick a value from the list.";
    case "text":
      return zh ? `最多 ${def.maxLength} 个字符。` : `At most ${def.maxLength} characters.`;
  }
}

function rule(def: SettingDef, locale: string, value: CellValue): ValidationRule | null {
  switch (def.kind) {
    case "number":
      return { type: def.integer ? "whole" : "decimal", min: def.min, max: def.max };
    case "date":
      return DATE_RULE;
    case "choice": {
      const labels = def.values.map((x) => inLocale(def.valueLabels[x], locale));
      // a custom event's typed name is not in the list: leave it unvalidated
      return typeof value === "string" && !labels.includes(value) ? null : { type: "list", values: labels };
    }
    case "text":
      return null;
  }
}

/**
 * The input cell of one setting.
 * @example settingCell("serviceLevel", settings, "en-US").value // => 0.95
 */
export function settingCell(
  key: SettingKey,
  settings: PlanSettings,
  locale: string,
  money = "USD",
): SettingCell {
  const def = settingDef(key);
  const value = cellValue(def, settings[key], locale, settings);
  const numberFormat =
    def.kind === "number"
      ? def.unit === "money"
        ? moneyFormat(money)
        : FORMATS[def.unit]
      : def.kind === "date"
        ? FORMATS.date
        : "@";
  return {
    name: cellName(key),
    label: inLocale(def.label, locale),
    help: inLocale(def.help, locale),
    value,
    numberFormat,
    rule: rule(def, locale, value),
    errorMessage: errorText(def, locale),
  };
}

/**
 * What a buyer typed in a setting's cell, as the setting's value: a date serial becomes ISO, a
 * choice label in either language becomes its id (a plan rebuilt in the other language keeps
 * the meaning), a custom event name stays text. Returns undefined when the cell cannot be read
 * as this setting (the default then applies and validation names the cell).
 */
export function fromCell(key: SettingKey, v: CellValue): unknown {
  const def = settingDef(key);
  if (v === null || v === "") return "optional" in def && def.optional ? null : undefined;
  switch (def.kind) {
    case "number":
      return typeof v === "number" ? v : undefined;
    case "date":
      return typeof v === "number" ? excelSerialToIso(v) : typeof v === "string" ? v : undefined;
    case "choice": {
      const id = def.values.find(
        (x) => def.valueLabels[x].en === v || def.valueLabels[x].zh === v || x === v,
      );
      return id ?? (def.freeText !== undefined && typeof v === "string" ? def.freeText : undefined);
    }
    case "text":
      return String(v);
  }
}
