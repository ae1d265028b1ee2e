/**
 * Types of the promo-aware demand forecast (`forecastPromo`). Stable: the custom functions, the
 * plan builder and the benchmarks code against them.
 */

/** What the buyer knows about one SKU (or store): its history and the promo calendar. */
export interface ForecastInput {
  /** Demand per period, oldest first (daily when `startDate` is given). Non-negative numbers. */
  history: number[];
  /** Promo flag (0/1) or intensity (≥ 0) per history period; same length as `history`. */
  promoHistory?: number[];
  /** Promo flag or intensity per future period; its length is the horizon when given. */
  promoFuture?: number[];
  /** Number of periods to forecast when `promoFuture` is not given (positive integer). */
  horizon?: number;
  /** Season length in periods (7 for daily data with a weekly cycle); detected when omitted. */
  seasonLength?: number;
  /** Expected growth as a fraction (0.2 = +20 %); multiplies every forecast and bound. */
  growth?: number;
  /** `censored[i]` = demand in period i was not observed (stock-out, closed, blank cell). */
  censored?: boolean[];
  /** Central interval probability, in (0, 1); default 0.8, so `upper` is the p90. */
  level?: number;
  /** ISO date (YYYY-MM-DD) of `history[0]`; enables calendar effects for daily data. */
  startDate?: string;
  /** The buyer's own promo lift (multiplier, e.g. 1.5); overrides the estimate when given. */
  promoLift?: number;
}

/** The forecast with its interval and a short account of how it was made. */
export interface ForecastResult {
  /** Point forecast per future period (mean demand). */
  forecast: number[];
  /** Lower bound of the central `level` interval per period. */
  lower: number[];
  /** Upper bound of the central `level` interval per period (the p90 at level 0.8). */
  upper: number[];
  /** The method that ran, e.g. `ETS(A,Ad,M)`, `SBA`, `TSB`, `Calendar`. */
  method: string;
  /** The promo lift applied to promo periods (1 when there is no promo information). */
  promoLift: number;
  /** The season length used (1 = no seasonality). */
  seasonLength: number;
  /** One-line, buyer-readable explanation (English). */
  explanation?: string;
  /** The same explanation in Simplified Chinese. */
  explanationZh?: string;
}

/** Result of `estimatePromoLift`. */
export interface PromoLiftEstimate {
  /** Multiplier of demand on promo periods against the non-promo baseline, shrunk toward 1. */
  lift: number;
  /** Number of observed promo periods used. */
  promoPeriods: number;
  /** Number of observed non-promo periods used. */
  baselinePeriods: number;
  /** Whether the raw estimate was shrunk toward 1 (few promo periods). */
  shrunk: boolean;
}
