/**
 * StockUp's Excel custom functions (namespace STOCKUP). This file is the webpack entry and the
 * input of the metadata generator (custom-functions-metadata): the JSDoc on each function *is*
 * its en-US metadata, so every function keeps its `@customfunction ID`, one `@param` per argument
 * and a `@returns` line. zh-CN text lives in i18n.zh-CN.ts (see localize.ts).
 *
 * Every parameter is typed `unknown` (or `unknown[][]` for ranges) so that Excel hands the raw
 * cell to the one coercion layer (coerce.ts): text numbers, full-width digits, blanks and error
 * values are then treated the same way in every function. Each body is wrapped in `excelSafe`,
 * which turns the core's typed errors into #VALUE! / #NUM! / #N/A with a message.
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
import {
  type RangeArg,
  shapeLike,
  toChoice,
  toInteger,
  toIsoDate,
  toNumber,
  toNumberRange,
  toOptionalNumber,
} from "./coerce";
import { excelSafe } from "./excelError";
import { FORECAST_ARGUMENT_NAMES, SIDE_CHOICES, forecastCells, historyCells } from "./forecastArgs";
import { LANDED_ARGUMENT_NAMES, MODE_CHOICES, landedCells } from "./landedArgs";
import { componentLabel, message } from "./messages";
import { SAFETY_ARGUMENT_NAMES, safetyCells } from "./safetyArgs";

const forecastPromoSafe = excelSafe(
  (
    history: RangeArg,
    promoHistory: RangeArg,
    futurePromo: RangeArg,
    seasonLength: RangeArg,
    growth: RangeArg,
    level: RangeArg,
    side: RangeArg,
    startDate: RangeArg,
  ): number[][] => {
    // Read `side` first: a typo should fail before any forecasting work.
    const series = toChoice(side, "side", SIDE_CHOICES, "forecast");
    const { input, orientation } = forecastCells(
      history,
      promoHistory,
      futurePromo,
      seasonLength,
      growth,
      level,
      startDate,
    );
    return shapeLike(forecastPromo(input)[series], orientation);
  },
  FORECAST_ARGUMENT_NAMES,
);

/**
 * Forecasts demand per future period from sales history, aware of promotions. Spills one value per future period.
 * @customfunction FORECAST_PROMO
 * @param history Units sold per period, oldest first (a row or a column). Blank cells are not observed (stock-out); 0 means nothing sold.
 * @param [promo_history] Promo flag (1/0) or intensity per history period, same number of cells as history. Blank means no promo.
 * @param [future_promo] Promo flag per future period (one result per cell), or one number: how many periods to forecast. Default 1 period.
 * @param [season_length] Periods per season, e.g. 7 for daily data with a weekly cycle. Detected when omitted.
 * @param [growth] Expected growth as a fraction, e.g. 0.2 for +20%. Default 0.
 * @param [level] Central interval probability for lower/upper, between 0 and 1. Default 0.8 (upper is the p90).
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
  return forecastPromoSafe(
    history as RangeArg,
    promo_history as RangeArg,
    future_promo as RangeArg,
    season_length as RangeArg,
    growth as RangeArg,
    level as RangeArg,
    side as RangeArg,
    start_date as RangeArg,
  );
}

const promoLiftSafe = excelSafe(
  (history: RangeArg, promoHistory: RangeArg, seasonLength: RangeArg): number => {
    if (promoHistory === null || promoHistory === undefined) {
      throw new InputError("promo_history", message("required", {}));
    }
    const h = historyCells(history, promoHistory);
    const s = toInteger(seasonLength, "season_length", true) ?? 1;
    return estimatePromoLift(h.history, h.promo ?? [], h.censored, s).lift;
  },
  FORECAST_ARGUMENT_NAMES,
);

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
  return promoLiftSafe(history as RangeArg, promo_history as RangeArg, season_length as RangeArg);
}

const safetyStockSafe = excelSafe(
  (...args: RangeArg[]): number =>
    safetyCells(args[0], args[1], args[2], args[3], args[4], args[5]).result.units,
  SAFETY_ARGUMENT_NAMES,
);

/**
 * Safety stock in units: extra stock that covers demand and lead-time surprises at a chosen service level.
 * @customfunction SAFETY_STOCK
 * @param demand_history_or_mean Daily units sold (a range; blank cells are not observed), or one number: mean daily demand (method "percent" only).
 * @param lead_time Lead time in days: supplier production + first-leg transit + warehouse check-in.
 * @param service_level Chance of not running out per cycle, between 0 and 1, e.g. 0.95. For method "percent": the share of expected demand, e.g. 0.15.
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
  return safetyStockSafe(
    demand_history_or_mean as RangeArg,
    lead_time as RangeArg,
    service_level as RangeArg,
    lead_time_sd as RangeArg,
    review_period as RangeArg,
    method as RangeArg,
  );
}

const reorderPointSafe = excelSafe((...args: RangeArg[]): number => {
  const s = safetyCells(args[0], args[1], args[2], args[3], args[4], args[5]);
  // ROP = d̄·L + SS (Silver, Pyke & Peterson 1998, §7.2)
  return reorderPoint({
    meanDailyDemand: s.meanDailyDemand,
    leadTimeDays: s.leadTimeDays,
    safetyStockUnits: s.result.units,
  });
}, SAFETY_ARGUMENT_NAMES);

/**
 * Reorder point in units: order again when stock falls to this level (demand over the lead time plus safety stock).
 * @customfunction REORDER_POINT
 * @param demand_history_or_mean Daily units sold (a range; blank cells are not observed), or one number: mean daily demand (method "percent" only).
 * @param lead_time Lead time in days: supplier production + first-leg transit + warehouse check-in.
 * @param service_level Chance of not running out per cycle, between 0 and 1, e.g. 0.95. For method "percent": the share of expected demand, e.g. 0.15.
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
  return reorderPointSafe(
    demand_history_or_mean as RangeArg,
    lead_time as RangeArg,
    service_level as RangeArg,
    lead_time_sd as RangeArg,
    review_period as RangeArg,
    method as RangeArg,
  );
}

const landedCostSafe = excelSafe(
  (...args: RangeArg[]): number =>
    landedCost(landedCells(args[0], args[1], args[2], args[3], args[4], args[5], args[6])).total,
  LANDED_ARGUMENT_NAMES,
);

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
  return landedCostSafe(
    unit_cost as RangeArg,
    quantity as RangeArg,
    mode as RangeArg,
    unit_weight_kg as RangeArg,
    unit_volume_cbm as RangeArg,
    duty_rate as RangeArg,
    rates as RangeArg,
  );
}

const landedCostBreakdownSafe = excelSafe((...args: RangeArg[]): unknown[][] => {
  const r = landedCost(landedCells(args[0], args[1], args[2], args[3], args[4], args[5], args[6]));
  const rows: unknown[][] = r.components.map((c) => [componentLabel(c.key), c.amount]);
  rows.push([componentLabel("total"), r.total], [componentLabel("perUnit"), r.perUnit]);
  return rows;
}, LANDED_ARGUMENT_NAMES);

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
  return landedCostBreakdownSafe(
    unit_cost as RangeArg,
    quantity as RangeArg,
    mode as RangeArg,
    unit_weight_kg as RangeArg,
    unit_volume_cbm as RangeArg,
    duty_rate as RangeArg,
    rates as RangeArg,
  );
}

const chargeableWeightSafe = excelSafe(
  (mode: RangeArg, weight: RangeArg, volume: RangeArg, quantity: RangeArg, divisor: RangeArg): number => {
    const m = toChoice(mode, "mode", MODE_CHOICES);
    const q = toOptionalNumber(quantity, "quantity") ?? 1;
    if (q <= 0) throw new OutOfRangeError("quantity", message("notPositive", {}));
    const kg = toNumber(weight, "unit_weight_kg");
    const cbm = toNumber(volume, "unit_volume_cbm");
    // The carrier compares totals: max(Σ kg, Σ cm³ / divisor) for the whole shipment.
    return chargeableWeightKg(m, kg * q, cbm * q, toOptionalNumber(divisor, "divisor"));
  },
  LANDED_ARGUMENT_NAMES,
);

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
  return chargeableWeightSafe(
    mode as RangeArg,
    unit_weight_kg as RangeArg,
    unit_volume_cbm as RangeArg,
    quantity as RangeArg,
    divisor as RangeArg,
  );
}

const orderQtySafe = excelSafe(
  (
    forecast: RangeArg,
    safety: RangeArg,
    onHand: RangeArg,
    onOrder: RangeArg,
    moq: RangeArg,
    pack: RangeArg,
  ) => {
    if (forecast === null || forecast === undefined)
      throw new InputError("forecast_units", message("required", {}));
    // A range (e.g. FORECAST_PROMO's spill, F2#) is summed: units needed over the cover window.
    const units = toNumberRange(forecast, "forecast_units");
    if (units.values.length === 0) throw new InputError("forecast_units", message("required", {}));
    return orderQuantity({
      forecastUnits: units.values.reduce((a, b) => a + b, 0),
      safetyStockUnits: toNumber(safety, "safety_stock"),
      onHandUnits: toOptionalNumber(onHand, "on_hand"),
      onOrderUnits: toOptionalNumber(onOrder, "on_order"),
      moq: toOptionalNumber(moq, "moq"),
      casePack: toOptionalNumber(pack, "case_pack"),
    }).units;
  },
  {
    forecastUnits: "forecast_units",
    safetyStockUnits: "safety_stock",
    onHandUnits: "on_hand",
    onOrderUnits: "on_order",
    casePack: "case_pack",
  },
);

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
  return orderQtySafe(
    forecast_units as RangeArg,
    safety_stock as RangeArg,
    on_hand as RangeArg,
    on_order as RangeArg,
    moq as RangeArg,
    case_pack as RangeArg,
  );
}

const shipBySafe = excelSafe(
  (date: RangeArg, mode: RangeArg, transit: RangeArg, buffer: RangeArg): number => {
    const iso = shipByDate({
      inboundCutoff: toIsoDate(date, "inbound_date"),
      mode: toChoice(mode, "mode", MODE_CHOICES),
      transitDays: toOptionalNumber(transit, "transit_days"),
      bufferDays: toOptionalNumber(buffer, "buffer_days"),
    });
    // A date cell holds the Excel serial; the core works in ISO dates. Like the inputs, results
    // before 1900-03-01 are refused (Excel's phantom 1900-02-29 makes them ambiguous).
    if (iso < "1900-03-01")
      throw new OutOfRangeError("transit_days", message("dateBefore1900", { text: iso }));
    return isoToExcelSerial(iso);
  },
  {
    inboundCutoff: "inbound_date",
    transitDays: "transit_days",
    bufferDays: "buffer_days",
    date: "inbound_date",
  },
);

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
  return shipBySafe(
    inbound_date as RangeArg,
    mode as RangeArg,
    transit_days as RangeArg,
    buffer_days as RangeArg,
  );
}

const sellThroughSafe = excelSafe(
  (sold: RangeArg, received: RangeArg, opening: RangeArg): number =>
    sellThrough({
      unitsSold: toNumber(sold, "units_sold"),
      unitsReceived: toNumber(received, "units_received"),
      openingUnits: toOptionalNumber(opening, "opening_units"),
    }),
  { unitsSold: "units_sold", unitsReceived: "units_received", openingUnits: "opening_units" },
);

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
  return sellThroughSafe(units_sold as RangeArg, units_received as RangeArg, opening_units as RangeArg);
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
