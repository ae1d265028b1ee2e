/** The plan model and its builder: pure, shared by the Office.js writer, the pane and the CLI. */
export * from "./types";
export type { PlanInput, PlanSettings, SkuRow, SalesRow, PromoEvent } from "./input";
export { DEFAULT_SETTINGS, PROMO_EVENTS } from "./input";
export { buildPlan } from "./buildPlan";
export { FMT, SKU_TABLE, MONITOR_TABLE } from "./layout";
export { inputCells, planState } from "./inputCells";
export { parsePlanState } from "./parsePlanState";
export { overridesFromValues } from "./readOverrides";
export { toFileFormula, XLFN_FUNCTIONS } from "./xlfn";
export { planText, PLAN_MESSAGES } from "./i18n";
export type { PlanMessageKey } from "./i18n";
export {
  absoluteReference,
  colLetter,
  columnIndex,
  formatRange,
  parseA1,
  parseRange,
  quoteSheetName,
  splitReference,
  toA1,
} from "./a1";
export type { CellRect } from "./a1";
// the plan's numbers without the sheet layout (the pane's preview) and the settings registry
export { planFigures, resolveSettings } from "./engine";
export type { PlanFigures, PlanTotals, SkuPlan, ModeBatch, PlanWarning, PlanMode } from "./engine";
export {
  SETTINGS,
  SETTING_KEYS,
  cellName,
  settingsOfStep,
  settingProblem,
  settingProblems,
  paneFieldSpecs,
  fromPaneNumber,
} from "./settings";
export type { SettingKey, PaneFieldSpec, SettingProblem } from "./settings";
export { withA1Formulas } from "./a1Model";
