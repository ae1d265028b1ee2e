/**
 * One SKU's plan: demand → requirement → mode split → leftover risk (`skuSchedule`); then, once
 * every SKU's batches are grouped into consolidated shipments (./shipments), cost and cash →
 * margin and ROI (./priceSku). Pure; the sheet parts and the pane read the result.
 */
import { safetyStock } from "../../core";
import type { PlanSettings } from "../settings";
import { allocate, wholeCartons } from "./allocate";
import { dailyDemand } from "./demand";
import { requirement, unmetDemand } from "./requirement";
import { modeOptions } from "./schedule";
import { sellFirstInFirstOut } from "./shelfStock";
import {
  usable,
  type ModeOption,
  type PlanWarning,
  type SkuFacts,
  type SkuForecast,
  type SkuSchedule,
} from "./types";

export interface PlanDates {
  planDate: number;
  cutoff: number;
  promoStart: number;
  promoEnd: number;
}

/**
 * Day index (0 = plan date) where the demand this plan covers starts: the plan date, or
 * `coverDaysBeforeCutoff` days before the inbound cutoff when the plan is made earlier than that
 * (a plan made long before the promo leaves the early days to regular replenishment). One rule
 * for the requirement and for the plan sheet's "demand covered" label.
 */
export function coverStartDay(planDate: number, cutoff: number, s: PlanSettings): number {
  return Math.max(0, cutoff - planDate - s.coverDaysBeforeCutoff);
}

export function skuSchedule(
  facts: SkuFacts,
  forecast: SkuForecast,
  s: PlanSettings,
  dates: PlanDates,
): SkuSchedule {
  const { planDate, cutoff, promoEnd } = dates;
  const warnings: PlanWarning[] = [];
  const warn = (code: PlanWarning["code"], vars: PlanWarning["vars"] = {}) =>
    warnings.push({ code, sku: facts.sku, vars });
  const { demand, promoDemand } = dailyDemand(forecast, facts, s);
  // the same rule from the first promo day, for the monitor (equal to demand's promo days and
  // after whenever the plan date is on or before the promo start)
  const monitorDemand = dailyDemand(
    {
      ...forecast,
      daily: forecast.fromPromoStart,
      promo: forecast.fromPromoStart.map((_, i) => i <= promoEnd - dates.promoStart),
    },
    facts,
    s,
  ).demand;
  const start = coverStartDay(planDate, cutoff, s);
  // demand this plan covers: from the plan date (or `start`) through the cover period
  const horizonDemand = demand.slice(start).reduce((a, x) => a + x, 0);
  const options = modeOptions(planDate, cutoff, facts.leadTimeDays, s, facts.flags);
  // modes still in time that take the goods: a refused mode is never an arrival
  const feasible = options.filter(usable);
  const firstArrival = feasible.length ? Math.min(...feasible.map((o) => o.earliest)) : Infinity;

  // safety stock over lead time + transit of the cheapest feasible mode + review period
  const growth = 1 + s.growthRate;
  const nonPromo = demand.filter((_, i) => !forecast.promo[i]);
  const meanDaily = nonPromo.length ? nonPromo.reduce((a, x) => a + x, 0) / nonPromo.length : 0;
  const slow = feasible[0];
  const ssRule = s.safetyStockPct * promoDemand;
  const ssStat = safetyStock({
    method: "statistical",
    meanDailyDemand: meanDaily,
    dailyDemandStdDev: forecast.sdDaily * growth,
    leadTimeDays: facts.leadTimeDays + (slow ? slow.transitDays : 0) + s.inboundBufferDays,
    leadTimeStdDevDays: facts.leadTimeSdDays,
    reviewPeriodDays: s.reviewPeriodDays,
    serviceLevel: s.serviceLevel,
  }).units;
  const ss = s.safetyStockMethod === "statistical" ? ssStat : ssRule;

  const onOrderDate = onOrderArrival(facts, options, planDate);
  const receipts = [{ day: onOrderDate - planDate, units: facts.onOrder }];
  if (facts.onOrder > 0 && facts.onOrderDate === null)
    warn("onOrderNoDate", { date: onOrderDate, units: facts.onOrder });
  if (facts.onOrder > 0 && onOrderDate > cutoff)
    warn("onOrderAfterCutoff", { date: onOrderDate, units: facts.onOrder });
  const req = requirement({
    demand,
    onHand: facts.onHand,
    receipts,
    firstArrival,
    cutoff: cutoff - planDate,
    start,
    safetyStock: ss,
  });
  if (req.stockOutDay !== null)
    warn("stockOutBeforeArrival", {
      date: planDate + req.stockOutDay,
      units: Math.ceil(req.unitsShort - 1e-6),
    });
  const refused = options.filter((o) => o.refusedBy.length > 0);
  const needed = req.net + req.unitsShort > 0;
  if (feasible.length === 0 && needed && refused.some((o) => o.feasible))
    // only modes that refuse the goods were still in time: the units short are this rule's
    warn("noModeForGoods", { goods: refused[0].refusedBy[0], units: Math.ceil(req.unitsShort - 1e-6) });
  else if (feasible.length === 0 && needed) warn("noFeasibleMode");
  for (const o of options) if (!o.feasible) warn("modeInfeasible", { mode: o.mode, date: o.latestPoDate });
  for (const o of refused) if (o.feasible) warn("modeRefused", { mode: o.mode, goods: o.refusedBy[0] });
  if (facts.leadTimeFromDefault) warn("leadTimeDefault", { days: facts.leadTimeDays });
  // one observed day: the forecast is that day's sales, flat (the core's short-history forecast)
  if (forecast.observedDays === 1) warn("shortHistory", { days: 1 });

  const alloc = allocate(req.needs, options, facts, s, planDate, cutoff - planDate);
  if (alloc.shareLimitIgnored) warn("shareLimitIgnored");
  if (alloc.moqTopUp > 0) warn("moqAboveNeed", { moq: facts.moq, units: alloc.moqTopUp });
  // a typed final quantity is the buyer's call, but it must not hide a shortfall or a part carton
  const typedQty = facts.orderOverride;
  // units short because of it: demand the typed batches leave unmet after the first arrival,
  // beyond what the planned batches would leave (the days before are in unitsShort already)
  let typedShort = 0;
  let typedShortFrom: number | null = null;
  if (typedQty !== null && typedQty < alloc.plannedQty) {
    const planned = allocate(
      req.needs,
      options,
      { ...facts, orderOverride: null },
      s,
      planDate,
      cutoff - planDate,
    );
    const unmet = (batches: typeof alloc.batches) =>
      unmetDemand(
        demand,
        facts.onHand,
        [
          ...receipts,
          ...batches
            .filter((b) => b.arrivalDate !== null)
            .map((b) => ({ day: b.arrivalDate! - planDate, units: b.units })),
        ],
        Math.max(start, firstArrival),
      );
    const typed = unmet(alloc.batches);
    typedShort = Math.max(0, typed.units - unmet(planned.batches).units);
    if (typedShort > 1e-6 && typed.firstDay !== null) typedShortFrom = planDate + typed.firstDay;
  }
  if (typedQty !== null) {
    const short = Math.ceil(req.net - typedQty - 1e-6);
    const net = Math.ceil(req.net - 1e-6);
    // below the need: sales lost from a date, or only a thinner safety stock
    if (short > 0 && typedShortFrom !== null)
      warn("overrideBelowNeed", {
        qty: typedQty,
        net,
        units: short,
        short: Math.ceil(typedShort - 1e-6),
        date: typedShortFrom,
      });
    else if (short > 0) warn("overrideBelowSafety", { qty: typedQty, net, units: short });
    const pack = Math.max(1, facts.casePack);
    if (Math.abs(typedQty / pack - Math.round(typedQty / pack)) > 1e-9)
      warn("overrideNotCartons", {
        qty: typedQty,
        pack,
        cartons: Math.round((typedQty / pack) * 100) / 100,
        whole: wholeCartons(typedQty, pack),
      });
  }

  // average price over the horizon: promo days at the discount
  const promoPrice = facts.price * (1 - s.discountDepth);
  const avgPrice =
    horizonDemand > 0
      ? (promoDemand * promoPrice + (horizonDemand - promoDemand) * facts.price) / horizonDemand
      : facts.price;
  const orderQty = alloc.orderQty;

  // stock left the day after the promo, with the batches arriving on their dates (./shelfStock:
  // first in, first out, which also dates each batch's days on the shelf for its FBA storage)
  const shelf = sellFirstInFirstOut(
    demand,
    facts.onHand,
    receipts,
    alloc.batches.map((b) => ({
      day: b.arrivalDate === null ? null : b.arrivalDate - planDate,
      units: b.units,
    })),
    planDate,
    promoEnd,
  );
  const stock = shelf.leftover;
  const firstBatch = alloc.batches.map((b) => b.arrivalDate).filter((x): x is number => x !== null);
  const agedFeeDate = stock > 0 && firstBatch.length ? Math.min(...firstBatch) + s.agedFeeDays : null;
  const sellOutDays = meanDaily > 0 ? stock / meanDaily : Infinity;
  const agedRisk = agedFeeDate !== null && promoEnd + sellOutDays > agedFeeDate;
  if (agedRisk) warn("agedInventoryRisk", { units: Math.round(stock), date: agedFeeDate! });

  return {
    facts,
    forecast,
    demand,
    promoDemand,
    monitorDemand,
    horizonDemand,
    safetyStock: ss,
    safetyStockRule: ssRule,
    safetyStockStat: ssStat,
    stockOutDate: req.stockOutDay === null ? null : planDate + req.stockOutDay,
    unitsShort: req.unitsShort,
    runsOutBeforeCover: req.outBeforeStartDay === null ? null : planDate + req.outBeforeStartDay,
    typedShort,
    typedShortDate: typedShortFrom,
    netRequirement: req.net,
    modes: options,
    batches: alloc.batches,
    orderQty,
    plannedQty: alloc.plannedQty,
    avgPrice,
    leftoverAfterPromo: stock,
    shelf: shelf.batches,
    agedFeeDate,
    agedRisk,
    warnings,
  };
}

/**
 * The day (serial) the on-order units become sellable: the date the buyer gave, or, without one,
 * the latest an order already placed can arrive: a PO placed on the plan date and shipped by sea
 * is sellable lead time + sea transit + check-in buffer days later, and one placed earlier is not
 * later than that. Counting undated units on the plan date would hide every stock-out before
 * they land; never counting them would buy them twice. The plan warns and names the date used.
 */
export function onOrderArrival(facts: SkuFacts, options: readonly ModeOption[], planDate: number): number {
  if (facts.onOrderDate !== null) return facts.onOrderDate;
  const slowest = Math.max(...options.map((o) => o.earliest));
  return planDate + slowest;
}
