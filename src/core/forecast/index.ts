// The forecasting module's public surface; re-exported by ../index.ts.
export type { ForecastInput, ForecastResult, PromoLiftEstimate } from "./types";
export { forecastPromo, INTERMITTENT_ADI, CALENDAR_MAX_ZERO_SHARE } from "./forecastPromo";
export { DEFAULT_LEVEL, MAX_SEASON_LENGTH } from "./validateForecastInput";
export {
  estimatePromoLift,
  PROMO_LIFT_PRIOR_SD,
  PROMO_NOISE_PRIOR_CV2,
  PROMO_NOISE_PRIOR_PERIODS,
} from "./estimatePromoLift";
export { detectSeasonLength } from "./detectSeasonLength";
export { forecastBatch } from "./forecastBatch";
export { shortHistoryDaySd, SHORT_HISTORY_DISPERSION } from "./shortHistory";
export type {
  BatchSeriesInput,
  BatchOptions,
  BatchResult,
  BatchForecast,
  BatchFailure,
  WindowTotal,
} from "./forecastBatch";
