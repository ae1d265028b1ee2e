/**
 * One cost rule (issue 12 #4): a SKU's cost is its lines' shares of the consolidated shipments it
 * rides — the core's `shipmentCost`, which for a SKU alone in its shipment is `landedCost`, the
 * same number STOCKUP.LANDED_COST gives for the same inputs. The components are grouped as the
 * core groups them (`COST_GROUP`): cost to the warehouse (purchase … customs), selling costs (FBA
 * fee, storage, commission, ads, returns) and the contingency. Cash is dated per batch: deposit at
 * the PO date, balance at shipment (+ terms), freight, special-goods surcharge and insurance at
 * shipment, duty, customs fee and import VAT at arrival (shipment + transit, before the check-in
 * buffer that makes the batch sellable).
 */
import {
  COST_COMPONENT_KEYS,
  COST_GROUP,
  type CostComponentKey,
  type LandedCostRates,
  type LandedCostResult,
} from "../../core";
import type { PlanSettings } from "../settings";
import { transitDays } from "./schedule";
import type { CashItem, CostBucket, ModeBatch, PlanMode, SkuFacts } from "./types";

/** The components that make the cost to the warehouse: the core's grouping, not a list kept here. */
export const WAREHOUSE_COMPONENTS: readonly CostComponentKey[] = COST_COMPONENT_KEYS.filter(
  (k) => COST_GROUP[k] === "toWarehouse",
);

/**
 * The plan's rates billed per shipment (freight, volumetric divisors, payment fee, insurance,
 * customs fee) and the defaults every SKU line shares (duty, import VAT, returns, FBA storage,
 * contingency); every other rate is the core's default.
 */
export function shipmentRates(s: PlanSettings): Partial<LandedCostRates> {
  return {
    seaLclRatePerRevenueTon: s.seaRatePerCbm,
    airRatePerKg: s.airRatePerKg,
    expressRatePerKg: s.expressRatePerKg,
    airVolumetricDivisor: s.airVolumetricDivisor,
    expressVolumetricDivisor: s.expressVolumetricDivisor,
    dutyRate: s.dutyRate,
    importVatRate: s.importVatRate,
    paymentFeeRate: s.paymentFeeRate,
    insuranceRate: s.insuranceRate,
    customsFeeRate: s.customsFeeRate,
    customsFeeMin: s.customsFeeMin,
    returnLossRate: s.returnLossRate,
    fbaStoragePerCubicFootPeak: s.fbaStoragePeak,
    fbaStoragePerCubicFootOffPeak: s.fbaStorageOffPeak,
    agedSurchargePerCubicFootMonth: s.agedSurchargeRate,
    // one age for the monitor's warning and the surcharge in the cost
    agedSurchargeThresholdDays: s.agedFeeDays,
    contingencyRate: s.contingencyRate,
  };
}

type LineFacts = Pick<SkuFacts, "fbaFee" | "returnRate" | "commissionRate" | "acos">;

/**
 * A SKU line's own selling rates: its channel's commission and fulfilment fee, its returns, and its
 * ads — ad cost per unit = price × ACoS (the history section's input; blank = no ads).
 */
export function lineRates(facts: LineFacts): Partial<LandedCostRates> {
  return {
    commissionRate: facts.commissionRate,
    fbaFulfilmentFeePerUnit: facts.fbaFee,
    returnRate: facts.returnRate,
    adCostRate: facts.acos ?? 0,
  };
}

/** The plan's rates for one SKU as the core's rate overrides (what a LANDED_COST rates table holds). */
export function coreRates(s: PlanSettings, facts: LineFacts): Partial<LandedCostRates> {
  return { ...shipmentRates(s), ...lineRates(facts) };
}

export type SkuCost = Record<CostBucket, number> & {
  total: number;
  components: Record<CostComponentKey, number>;
};

export interface CostResult {
  cost: SkuCost;
  cash: CashItem[];
  cashOut: number;
}

const bucketOf = (k: CostComponentKey): CostBucket =>
  COST_GROUP[k] === "toWarehouse" ? "warehouse" : COST_GROUP[k];

/**
 * A SKU's cost and dated cash from its lines' results per mode (its share of each shipment).
 * @param lines the core's result for this SKU's line in the shipment of each mode it ships by
 */
export function skuCosts(
  batches: readonly ModeBatch[],
  lines: Partial<Record<PlanMode, LandedCostResult>>,
  s: PlanSettings,
): CostResult {
  const components = Object.fromEntries(COST_COMPONENT_KEYS.map((k) => [k, 0])) as Record<
    CostComponentKey,
    number
  >;
  const cost: SkuCost = { warehouse: 0, selling: 0, contingency: 0, total: 0, components };
  const cash: CashItem[] = [];
  for (const b of batches) {
    const r = lines[b.mode];
    if (b.units <= 0 || r === undefined) continue;
    const amount = (k: CostComponentKey) => r.components.find((c) => c.key === k)!.amount;
    for (const c of r.components) {
      components[c.key] += c.amount;
      cost[bucketOf(c.key)] += c.amount;
    }
    cost.total += r.total;
    const goods = amount("purchase") + amount("paymentFee");
    const ship = b.shipDate!;
    cash.push(
      { date: b.poDate!, mode: b.mode, kind: "deposit", amount: goods * s.depositRate },
      {
        date: ship + s.balanceDaysAfterShip,
        mode: b.mode,
        kind: "balance",
        amount: goods * (1 - s.depositRate),
      },
      {
        date: ship,
        mode: b.mode,
        kind: "freight",
        amount: amount("freight") + amount("categorySurcharge") + amount("insurance"),
      },
      {
        // at arrival in the destination port / airport, when customs clears the goods: shipment +
        // transit, a check-in buffer before the batch's `arrivalDate` (the day it is sellable)
        date: ship + transitDays(b.mode, s),
        mode: b.mode,
        kind: "dutyVat",
        amount: amount("duty") + amount("customsFee") + amount("importVat") + r.reclaimableVat,
      },
    );
  }
  cash.sort((a, b) => a.date - b.date);
  return { cost, cash, cashOut: cash.reduce((a, c) => a + c.amount, 0) };
}
