/** The plan model and its builder: pure, shared by the Office.js writer, the pane and the CLI. */
export * from "./types";
export type { PlanInput, PlanSettings, SkuRow, SalesRow, PromoEvent } from "./input";
export { DEFAULT_SETTINGS, PROMO_EVENTS } from "./input";
export { buildPlan } from "./buildPlan";
export { colLetter, FMT, SKU_TABLE, MONITOR_TABLE } from "./layout";
export { inputCells, planState, parsePlanState, overridesFromValues } from "./inputCells";
export { toFileFormula, XLFN_FUNCTIONS } from "./xlfn";
export { planText, PLAN_MESSAGES } from "./i18n";
export type { PlanMessageKey } from "./i18n";
export { parseA1, toA1 } from "./a1";
