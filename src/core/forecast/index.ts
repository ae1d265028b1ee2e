// The forecasting module's public surface; re-exported by ../index.ts.
export type { ForecastInput, ForecastResult, PromoLiftEstimate } from "./types";
export { forecastPromo } from "./forecastPromo";
export { estimatePromoLift } from "./estimatePromoLift";
export { detectSeasonLength } from "./detectSeasonLength";
