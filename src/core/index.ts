/**
 * StockUp calculation core: the public API. Pure TypeScript, no Office, DOM or Node imports.
 * Custom functions, the task pane, the plan builder and the CLI all compute through here.
 */

// Failure contract (see errors.ts): InputError and OutOfRangeError → #VALUE! with the message,
// OverflowError → #NUM!, InsufficientDataError → #N/A
export { InputError, OutOfRangeError, OverflowError, InsufficientDataError } from "./errors";
// Every reason in every language, by code (errors carry `coded`): one table, no translation by regex
export { REASONS, reason, reasonText } from "./reasons";
export type { ReasonCode, CodedReason, ReasonValue } from "./reasons";

// Forecasting (forecastPromo)
export * from "./forecast/index";

// Normal distribution: Φ, φ, Φ⁻¹ (AS241), loss function G(z), z for a fill-rate target
export * from "./normal/index";

// Safety stock (percent / statistical / fill rate / empirical + burst buffer), demand stats, reorder point
export * from "./safety/index";

// Shipping modes and containers shared by costs, dates and batches
export { SHIPPING_MODES, CONTAINER_TYPES } from "./shipping";
export type { ShippingMode, ContainerType } from "./shipping";

// Landed cost, chargeable weight, FBA storage, default rates
export * from "./landed/index";

// Dates: ISO day arithmetic, Excel serials, ship-by / purchase-order schedule
export * from "./dates/index";

// Quantities: order quantity (MOQ, case pack), batch split across modes
export * from "./quantity/index";

// KPIs: sell-through, turnover, days of cover, ROI, leftover after the promo
export * from "./kpi/index";

// Languages and message templates shared by every layer: Locale, fillMessage, localeOf
export { LOCALES, fillMessage, localeOf } from "./locale";
export type { Locale, MessageVars } from "./locale";
