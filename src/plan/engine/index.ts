/** The plan engine: numbers only (no sheet layout). The pane and buildPlan both call planFigures. */
export { planFigures, resolveSettings, type PlanFigures } from "./planFigures";
export type { PlanTotals, ModeTotals } from "./totals";
export * from "./types";
export { coreRates, WAREHOUSE_COMPONENTS } from "./cost";
export { isInterestChannel } from "./demand";
