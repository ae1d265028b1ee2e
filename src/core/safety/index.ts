export { demandStats } from "./demandStats";
export type { DemandObservation, DemandStatsInput, DemandStats } from "./demandStats";
export {
  safetyStock,
  DEFAULT_SAFETY_STOCK_RATE,
  DEFAULT_REVIEW_PERIOD_DAYS,
  DEFAULT_LEAD_TIME_STD_DEV_DAYS,
  MIN_EMPIRICAL_WINDOWS,
} from "./safetyStock";
export type {
  SafetyStockMethod,
  BurstBufferFields,
  PercentSafetyStockInput,
  NormalDemandFields,
  StatisticalSafetyStockInput,
  FillRateSafetyStockInput,
  EmpiricalSafetyStockInput,
  SafetyStockInput,
  SafetyStockResult,
} from "./safetyStock";
export { reorderPoint } from "./reorderPoint";
export type { ReorderPointInput } from "./reorderPoint";
