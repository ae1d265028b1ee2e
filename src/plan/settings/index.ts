/** The plan settings registry and what is derived from it. */
export * from "./kinds";
export * from "./registry";
export { settingProblem, settingProblems, requireValidSettings, type SettingProblem } from "./validate";
export { settingCell, fromCell, moneyFormat, DATE_RULE, type SettingCell } from "./cells";
export { paneFieldSpecs, fromPaneNumber, type PaneFieldSpec } from "./paneFields";
