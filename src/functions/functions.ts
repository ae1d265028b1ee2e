/**
 * StockUp's Excel custom functions (namespace STOCKUP). This file is the webpack entry and the
 * input of the metadata generator (custom-functions-metadata): the JSDoc on each function *is*
 * its en-US metadata, so every function keeps its `@customfunction ID`, one `@param` per argument
 * and a `@returns` line. zh-CN text lives in i18n.zh-CN.ts (see localize.ts).
 *
 * Every parameter is typed `unknown` (or `unknown[][]` for ranges) so that Excel hands the raw
 * cell to the one coercion layer (coerce.ts): text numbers, full-width digits, blanks and error
 * values are then treated the same way in every function. Each body runs inside `guard`
 * (excelError.ts), which turns the core's typed errors into #VALUE! / #N/A with a message (#NUM!
 * for an overflow) and refuses to hand Excel a NaN or Infinity.
 * To add a function: one exported function with its JSDoc, `return guard(NAMES, () => …)`, an
 * entry in FUNCTIONS below, and its zh-CN help in i18n.zh-CN.ts.
 * Functions are pure: no workbook writes, no network.
 */
import {
  InputError,
  OutOfRangeError,
  chargeableWeightKg,
  estimatePromoLift,
  forecastPromo,
  isoToExcelSerial,
  landedCost,
  orderQuantity,
  reorderPoint,
  sellThrough,
  shipByDate,
} from "../core";
import { shapeLike, toChoice, toIsoDate, toNumber, toNumberRange, toOptionalNumber } from "./coerce";
import { guard } from "./excelError";
import {
  FORECAST_ARGUMENT_NAMES,
  SIDE_CHOICES,
  forecastCells,
  historyCells,
  seasonLengthOf,
} from "./forecastArgs";
import { LANDED_ARGUMENT_NAMES, MODE_CHOICES, landedCells } from "./landedArgs";
import { componentLabel, message } from "./messages";
import { SAFETY_ARGUMENT_NAMES, safetyCells } from "./safetyArgs";

/** ORDER_QTY's core names → parameter names. */
const ORDER_ARGUMENT_NAMES = {
  forecastUnits: "forecast_units",
  safetyStockUnits: "safety_stock",
  onHandUnits: "on_hand",
  onOrderUnits: "on_order",
  casePack: "case_pack",
};

/** SHIP_BY's core names → parameter names. */
const SHIP_BY_ARGUMENT_NAMES = {
  inboundCutoff: "inbound_date",
  transitDays: "transit_days",
  bufferDays: "buffer_days",
  date: "inbound_date",
};

/** SELL_THROUGH's core names → parameter names. */
const SELL_THROUGH_ARGUMENT_NAMES = {
  unitsSold: "units_sold",
  unitsReceived: "units_received",
  openingUnits: "opening_units",
};

/**
 * Forecasts demand per future period from sales history, aware of promotions. Spills one value per future period.
 * @customfunction FORECAST_PROMO
 * @param history Units sold per period, oldest first (one row or one column). Blank cells are not observed (stock-out); 0 means nothing sold.
 * @param [promo_history] Promo flag (1/0) or intensity per history period, same number of cells as history. Blank means no promo.
 * @param [future_promo] Promo flag per future period (one result per cell), or one number: how many periods to forecast. Default 1 period.
 * @param [season_length] Periods per season, e.g. 7 for daily data with a weekly cycle. Detected when omitted.
 * @param [growth] Expected growth as a fraction, e.g. 0.2 for +20%. Default 0.
 * @param [level] Central interval probability for lower/upper, between 0 and 1 (80 or 80% read as 0.8). Default 0.8 (upper is the p90).
 * @param [side] "mean" (default), "lower" or "upper": which series to return.
 * @param [start_date] Date of the first history period (daily history only); enables calendar effects.
 * @returns Forecast units per future period, laid out like future_promo (or like history).
 */
export function forecastPromoCell(
  history: unknown[][],
  promo_history?: unknown[][],
  future_promo?: unknown[][],
  season_length?: unknown,
  growth?: unknown,
  level?: unknown,
  side?: unknown,
  start_date?: unknown,
): number[][] {
  return guard(FORECAST_ARGUMENT_NAMES, () => {
    // Read `side` first: a typo should fail before any forecasting work.
    const series = toChoice(side, "side", SIDE_CHOICES, "forecast");
    const { input, orientation } = forecastCells(
      history,
      promo_history,
      future_promo,
      season_length,
      growth,
      level,
      start_date,
    );
    return shapeLike(forecastPromo(input)[series], orientation);
  });
}

/**
 * Estimates the promo lift: how many times more sells on promo periods than on comparable normal periods.
 * @customfunction PROMO_LIFT
 * @param history Units sold per period, oldest first. Blank cells are not observed (stock-out); 0 means nothing sold.
 * @param promo_history Promo flag (1/0) or intensity per history period, same number of cells as history.
 * @param [season_length] Compare promo periods with normal periods at the same season position, e.g. 7 for weekdays. Default 1.
 * @returns The lift as a multiplier (1.5 = 50% more on promo periods), shrunk toward 1 when there are few promo periods.
 */
export function promoLiftCell(
  history: unknown[][],
  promo_history: unknown[][],
  season_length?: unknown,
): number {
  return guard(FORECAST_ARGUMENT_NAMES, () => {
    if (promo_history === null || promo_history === undefined) {
      throw new InputError("promo_history", message("required", {}));
    }
    const h = historyCells(history, promo_history);
    const s = seasonLengthOf(season_length) ?? 1;
    return estimatePromoLift(h.history, h.promo ?? [], h.censored, s).lift;
  });
}

/**
 * Safety stock in units: extra stock that covers demand and lead-time surprises at a chosen service level.
 * @customfunction SAFETY_STOCK
 * @param demand_history_or_mean Daily units sold (a range; blank cells are not observed), or one number: mean daily demand (method "percent" only).
 * @param lead_time Lead time in days: supplier production + first-leg transit + warehouse check-in.
 * @param service_level Chance of not running out per cycle, between 0 and 1, e.g. 0.95 (95 or 95% also read as 0.95). For method "percent": the share of expected demand, e.g. 0.15.
 * @param [lead_time_sd] Standard deviation of the lead time in days. Default 0.
 * @param [review_period] Days between stock reviews/orders. Default 0.
 * @param [method] "statistical" (default: z × sigma), "empirical" (quantile of past demand) or "percent" (rule of thumb).
 * @returns Safety stock in units (not rounded).
 */
export function safetyStockCell(
  demand_history_or_mean: unknown[][],
  lead_time: unknown,
  service_level: unknown,
  lead_time_sd?: unknown,
  review_period?: unknown,
  method?: unknown,
): number {
  return guard(
    SAFETY_ARGUMENT_NAMES,
    () =>
      safetyCells(demand_history_or_mean, lead_time, service_level, lead_time_sd, review_period, method)
        .result.units,
  );
}

/**
 * Reorder point in units: order again when stock falls to this level (demand over the lead time plus safety stock).
 * @customfunction REORDER_POINT
 * @param demand_history_or_mean Daily units sold (a range; blank cells are not observed), or one number: mean daily demand (method "percent" only).
 * @param lead_time Lead time in days: supplier production + first-leg transit + warehouse check-in.
 * @param service_level Chance of not running out per cycle, between 0 and 1, e.g. 0.95 (95 or 95% also read as 0.95). For method "percent": the share of expected demand, e.g. 0.15.
 * @param [lead_time_sd] Standard deviation of the lead time in days. Default 0.
 * @param [review_period] Days between stock reviews/orders. Default 0.
 * @param [method] "statistical" (default), "empirical" or "percent", as in SAFETY_STOCK.
 * @returns Reorder point in units (not rounded).
 */
export function reorderPointCell(
  demand_history_or_mean: unknown[][],
  lead_time: unknown,
  service_level: unknown,
  lead_time_sd?: unknown,
  review_period?: unknown,
  method?: unknown,
): number {
  return guard(SAFETY_ARGUMENT_NAMES, () => {
    const s = safetyCells(
      demand_history_or_mean,
      lead_time,
      service_level,
      lead_time_sd,
      review_period,
      method,
    );
    // ROP = d̄·(L + R) + SS: mean demand over the same window the safety stock covers
    return reorderPoint({
      meanDailyDemand: s.meanDailyDemand,
      leadTimeDays: s.leadTimeDays,
      reviewPeriodDays: s.reviewPeriodDays,
      safetyStockUnits: s.result.units,
    });
  });
}

/**
 * Total landed cost of a shipment: purchase, first-leg freight, duty, warehouse and platform fees, refund reserve and contingency.
 * @customfunction LANDED_COST
 * @param unit_cost Supplier price per unit (in the purchase currency; set fx_rate in rates to convert).
 * @param quantity Units in the shipment.
 * @param mode First-leg mode: "express", "air", "sea_lcl" or "sea_fcl".
 * @param unit_weight_kg Packed gross weight of one unit in kg.
 * @param unit_volume_cbm Packed volume of one unit in cubic metres (CBM).
 * @param duty_rate Import duty rate for the HS code as a fraction, e.g. 0.05.
 * @param [rates] Two-column range of rate names and values overriding the defaults, e.g. fx_rate, selling_price, commission_rate, return_rate, contingency_rate, import_vat_rate, air_rate_per_kg.
 * @returns Total landed cost in the account currency.
 */
export function landedCostCell(
  unit_cost: unknown,
  quantity: unknown,
  mode: unknown,
  unit_weight_kg: unknown,
  unit_volume_cbm: unknown,
  duty_rate: unknown,
  rates?: unknown[][],
): number {
  return guard(
    LANDED_ARGUMENT_NAMES,
    () =>
      landedCost(landedCells(unit_cost, quantity, mode, unit_weight_kg, unit_volume_cbm, duty_rate, rates))
        .total,
  );
}

/**
 * Landed cost broken down by component: spills two columns (label, amount), ending with the total and the cost per unit.
 * @customfunction LANDED_COST_BREAKDOWN
 * @param unit_cost Supplier price per unit (in the purchase currency; set fx_rate in rates to convert).
 * @param quantity Units in the shipment.
 * @param mode First-leg mode: "express", "air", "sea_lcl" or "sea_fcl".
 * @param unit_weight_kg Packed gross weight of one unit in kg.
 * @param unit_volume_cbm Packed volume of one unit in cubic metres (CBM).
 * @param duty_rate Import duty rate for the HS code as a fraction, e.g. 0.05.
 * @param [rates] Two-column range of rate names and values overriding the defaults, as in LANDED_COST.
 * @returns Rows of label and amount; the amounts above the total add up to it exactly.
 */
export function landedCostBreakdownCell(
  unit_cost: unknown,
  quantity: unknown,
  mode: unknown,
  unit_weight_kg: unknown,
  unit_volume_cbm: unknown,
  duty_rate: unknown,
  rates?: unknown[][],
): unknown[][] {
  return guard(LANDED_ARGUMENT_NAMES, () => {
    const r = landedCost(
      landedCells(unit_cost, quantity, mode, unit_weight_kg, unit_volume_cbm, duty_rate, rates),
    );
    const rows: unknown[][] = r.components.map((c) => [componentLabel(c.key), c.amount]);
    rows.push([componentLabel("total"), r.total], [componentLabel("perUnit"), r.perUnit]);
    return rows;
  });
}

/**
 * Chargeable weight in kg: the larger of actual and volumetric weight (express 5000, air 6000 cm³/kg; sea: 1 CBM = 1000 kg).
 * @customfunction CHARGEABLE_WEIGHT
 * @param mode First-leg mode: "express", "air", "sea_lcl" or "sea_fcl".
 * @param unit_weight_kg Packed gross weight of one unit in kg.
 * @param unit_volume_cbm Packed volume of one unit in cubic metres (CBM).
 * @param [quantity] Units in the shipment. Default 1.
 * @param [divisor] Volumetric divisor in cm³ per kg, if your carrier uses another one.
 * @returns Chargeable weight of the shipment in kg (not rounded to the carrier's increment).
 */
export function chargeableWeightCell(
  mode: unknown,
  unit_weight_kg: unknown,
  unit_volume_cbm: unknown,
  quantity?: unknown,
  divisor?: unknown,
): number {
  return guard(LANDED_ARGUMENT_NAMES, () => {
    const m = toChoice(mode, "mode", MODE_CHOICES);
    const q = toOptionalNumber(quantity, "quantity") ?? 1;
    if (q <= 0) throw new OutOfRangeError("quantity", message("notPositive", {}));
    const kg = toNumber(unit_weight_kg, "unit_weight_kg");
    const cbm = toNumber(unit_volume_cbm, "unit_volume_cbm");
    // The carrier compares totals: max(Σ kg, Σ cm³ / divisor) for the whole shipment.
    return chargeableWeightKg(m, kg * q, cbm * q, toOptionalNumber(divisor, "divisor"));
  });
}

/**
 * Units to order: forecast + safety stock − on hand − on order, rounded up to whole cartons and at least the MOQ (0 if nothing is needed).
 * @customfunction ORDER_QTY
 * @param forecast_units Units expected to sell over the cover window: one number, or a range that is summed (e.g. a FORECAST_PROMO spill).
 * @param safety_stock Safety stock in units (see SAFETY_STOCK).
 * @param [on_hand] Sellable units already in the destination warehouse. Default 0.
 * @param [on_order] Units already ordered or in transit. Default 0.
 * @param [moq] Supplier's minimum order quantity in units. Default 0.
 * @param [case_pack] Units per carton; the order is a whole number of cartons. Default 1.
 * @returns Units to order.
 */
export function orderQtyCell(
  forecast_units: unknown[][],
  safety_stock: unknown,
  on_hand?: unknown,
  on_order?: unknown,
  moq?: unknown,
  case_pack?: unknown,
): number {
  return guard(ORDER_ARGUMENT_NAMES, () => {
    if (forecast_units === null || forecast_units === undefined)
      throw new InputError("forecast_units", message("required", {}));
    // A range (e.g. FORECAST_PROMO's spill, F2#) is summed: units needed over the cover window.
    const units = toNumberRange(forecast_units, "forecast_units");
    if (units.values.length === 0) throw new InputError("forecast_units", message("required", {}));
    return orderQuantity({
      forecastUnits: units.values.reduce((a, b) => a + b, 0),
      safetyStockUnits: toNumber(safety_stock, "safety_stock"),
      onHandUnits: toOptionalNumber(on_hand, "on_hand"),
      onOrderUnits: toOptionalNumber(on_order, "on_order"),
      moq: toOptionalNumber(moq, "moq"),
      casePack: toOptionalNumber(case_pack, "case_pack"),
    }).units;
  });
}

/**
 * Last day the goods can leave the factory to make the inbound (check-in) date: inbound date − transit days − buffer days.
 * @customfunction SHIP_BY
 * @param inbound_date Date the stock must be checked in at the warehouse (the platform's inbound cutoff, or the promo date).
 * @param mode First-leg mode: "express", "air", "sea_lcl" or "sea_fcl".
 * @param [transit_days] Door-to-warehouse days. Default by mode: express 5, air 10, sea_lcl 40, sea_fcl 35.
 * @param [buffer_days] Extra days for check-in and receiving delays. Default 7.
 * @returns The ship-by date as an Excel date number (format the cell as a date).
 */
export function shipByCell(
  inbound_date: unknown,
  mode: unknown,
  transit_days?: unknown,
  buffer_days?: unknown,
): number {
  return guard(SHIP_BY_ARGUMENT_NAMES, () => {
    const iso = shipByDate({
      inboundCutoff: toIsoDate(inbound_date, "inbound_date"),
      mode: toChoice(mode, "mode", MODE_CHOICES),
      transitDays: toOptionalNumber(transit_days, "transit_days"),
      bufferDays: toOptionalNumber(buffer_days, "buffer_days"),
    });
    // A date cell holds the Excel serial; the core works in ISO dates. Like the inputs, results
    // before 1900-03-01 are refused (Excel's phantom 1900-02-29 makes them ambiguous).
    if (iso < "1900-03-01")
      throw new OutOfRangeError("transit_days", message("dateBefore1900", { text: iso }));
    return isoToExcelSerial(iso);
  });
}

/**
 * Sell-through rate: units sold / (opening stock + units received), a fraction between 0 and 1.
 * @customfunction SELL_THROUGH
 * @param units_sold Units sold in the period.
 * @param units_received Units received in the period.
 * @param [opening_units] Units on hand when the period started. Default 0.
 * @returns Sell-through as a fraction (format the cell as a percentage).
 */
export function sellThroughCell(
  units_sold: unknown,
  units_received: unknown,
  opening_units?: unknown,
): number {
  return guard(SELL_THROUGH_ARGUMENT_NAMES, () =>
    sellThrough({
      unitsSold: toNumber(units_sold, "units_sold"),
      unitsReceived: toNumber(units_received, "units_received"),
      openingUnits: toOptionalNumber(opening_units, "opening_units"),
    }),
  );
}

/** Function ids (as in the metadata) → implementations. */
export const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {
  FORECAST_PROMO: forecastPromoCell,
  PROMO_LIFT: promoLiftCell,
  SAFETY_STOCK: safetyStockCell,
  REORDER_POINT: reorderPointCell,
  LANDED_COST: landedCostCell,
  LANDED_COST_BREAKDOWN: landedCostBreakdownCell,
  CHARGEABLE_WEIGHT: chargeableWeightCell,
  ORDER_QTY: orderQtyCell,
  SHIP_BY: shipByCell,
  SELL_THROUGH: sellThroughCell,
};

// Register at load when running inside Excel's custom-functions runtime (or the jest stub).
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
