/**
 * One cost rule (issue 12 #4): each batch's cost is the core's `landedCost` for that SKU's
 * quantity, mode, weight, volume, special-goods flags and the plan's rates — the same number
 * STOCKUP.LANDED_COST gives for the same inputs. The components are grouped into cost to the
 * warehouse (purchase … customs) and selling costs (FBA fee, storage, commission, returns), plus
 * the contingency. Cash is dated per batch: deposit at the PO date, balance at shipment (+ terms),
 * freight and insurance at shipment, duty, customs fee and import VAT at arrival.
 */
import { COST_COMPONENT_KEYS, landedCost, type CostComponentKey, type LandedCostRates } from "../../core";
import type { PlanSettings } from "../settings";
import { CORE_MODE, type CashItem, type CostBucket, type ModeBatch, type SkuFacts } from "./types";

export const WAREHOUSE_COMPONENTS: readonly CostComponentKey[] = [
  "purchase",
  "paymentFee",
  "freight",
  "categorySurcharge",
  "insurance",
  "duty",
  "importVat",
  "customsFee",
];

/** The plan's rates as the core's rate overrides (every other rate is the core's default). */
export function coreRates(
  s: PlanSettings,
  facts: Pick<SkuFacts, "fbaFee" | "returnRate">,
): Partial<LandedCostRates> {
  return {
    seaLclRatePerRevenueTon: s.seaRatePerCbm,
    airRatePerKg: s.airRatePerKg,
    expressRatePerKg: s.expressRatePerKg,
    airVolumetricDivisor: s.airVolumetricDivisor,
    expressVolumetricDivisor: s.expressVolumetricDivisor,
    dutyRate: s.dutyRate,
    importVatRate: s.importVatRate,
    commissionRate: s.commissionRate,
    fbaFulfilmentFeePerUnit: facts.fbaFee,
    returnRate: facts.returnRate,
    contingencyRate: s.contingencyRate,
  };
}

export interface CostResult {
  cost: Record<CostBucket, number> & { total: number; components: Record<CostComponentKey, number> };
  cash: CashItem[];
  cashOut: number;
}

const bucketOf = (k: CostComponentKey): CostBucket =>
  k === "contingency" ? "contingency" : WAREHOUSE_COMPONENTS.includes(k) ? "warehouse" : "selling";

export function batchCosts(
  batches: readonly ModeBatch[],
  facts: SkuFacts,
  s: PlanSettings,
  avgPrice: number,
): CostResult {
  const components = Object.fromEntries(COST_COMPONENT_KEYS.map((k) => [k, 0])) as Record<
    CostComponentKey,
    number
  >;
  const cost = { warehouse: 0, selling: 0, contingency: 0, total: 0, components };
  const cash: CashItem[] = [];
  for (const b of batches) {
    if (b.units <= 0) continue;
    const r = landedCost({
      quantity: b.units,
      unitPrice: facts.unitCost,
      fxRate: s.fxRate,
      unitWeightKg: facts.weightKg,
      unitVolumeCbm: facts.volumeCbm,
      mode: CORE_MODE[b.mode],
      categoryFlags: facts.flags,
      sellingPrice: avgPrice > 0 ? avgPrice : null,
      rates: coreRates(s, facts),
    });
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
        date: b.arrivalDate!,
        mode: b.mode,
        kind: "dutyVat",
        amount: amount("duty") + amount("customsFee") + amount("importVat") + r.reclaimableVat,
      },
    );
  }
  cash.sort((a, b) => a.date - b.date);
  return { cost, cash, cashOut: cash.reduce((a, c) => a + c.amount, 0) };
}
