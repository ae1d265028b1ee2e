/** The plan's totals over all SKUs: what the plan sheet's sections show and the pane sums. */
import type { PlanSettings } from "../settings";
import {
  PLAN_MODES,
  type CashItem,
  type PlanMode,
  type Shipment,
  type ShipmentLoad,
  type SkuPlan,
} from "./types";

/** A mode's shipments added up: what to book with the forwarder for that mode. */
export interface ModeTotals extends ShipmentLoad {
  shipments: number;
  units: number;
}

export interface PlanTotals {
  lyUnits: number;
  lyRevenue: number;
  topShare: number;
  promoDemand: number;
  horizonDemand: number;
  /** Promo units expected from new products: promo demand × share / (1 − share). */
  newProductUnits: number;
  orderQty: number;
  unitsShort: number;
  /** Σ typedShort: units short because typed order quantities are below the need. */
  typedShort: number;
  skusShort: number;
  byMode: Record<PlanMode, ModeTotals>;
  toWarehouse: number;
  selling: number;
  contingency: number;
  landedTotal: number;
  cashOut: number;
  marginOnPlan: number;
  roi: number;
  /** Cash out per date, mode and kind, date order. */
  cash: CashItem[];
  /**
   * Per mode, the earliest PO date (serial) of the plan's batches by that mode; null = the plan
   * orders nothing by it. The one place the plan's own first PO dates are computed: the plan
   * sheet's section 1 and the pane's summaries read them, so neither shows the cutoff's latest PO
   * date as if it were the date the plan's POs are due.
   */
  firstPo: Record<PlanMode, number | null>;
}

/** The earliest PO date of the plan's batches, per mode (batches with units only). */
export function firstPoDates(plans: readonly Pick<SkuPlan, "batches">[]): Record<PlanMode, number | null> {
  const out: Record<PlanMode, number | null> = { sea: null, air: null, express: null };
  for (const p of plans)
    for (const b of p.batches) {
      if (b.units <= 0 || b.poDate === null) continue;
      const cur = out[b.mode];
      out[b.mode] = cur === null ? b.poDate : Math.min(cur, b.poDate);
    }
  return out;
}

export function planTotals(
  plans: readonly SkuPlan[],
  top: readonly number[],
  s: PlanSettings,
  shipments: readonly Shipment[],
): PlanTotals {
  // every SKU sum in one pass over the plans (each added in plan order, as one sum at a time did)
  let lyUnits = 0;
  let lyRevenue = 0;
  let topRevenue = 0;
  let promoDemand = 0;
  let horizonDemand = 0;
  let orderQty = 0;
  let unitsShort = 0;
  let typedShort = 0;
  let skusShort = 0;
  let toWarehouse = 0;
  let selling = 0;
  let contingency = 0;
  let landedTotal = 0;
  let cashOut = 0;
  let marginOnPlan = 0;
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i];
    lyUnits += p.forecast.lyUnits;
    lyRevenue += p.forecast.lyRevenue;
    topRevenue += top[i] ? p.forecast.lyRevenue : 0;
    promoDemand += p.promoDemand;
    horizonDemand += p.horizonDemand;
    orderQty += p.orderQty;
    unitsShort += p.unitsShort;
    typedShort += p.typedShort;
    if (p.unitsShort > 0) skusShort++;
    toWarehouse += p.cost.warehouse;
    selling += p.cost.selling;
    contingency += p.cost.contingency;
    landedTotal += p.cost.total;
    cashOut += p.cashOut;
    marginOnPlan += p.marginOnPlan;
  }
  const byMode = Object.fromEntries(
    PLAN_MODES.map((m): [PlanMode, ModeTotals] => {
      const of = shipments.filter((x) => x.mode === m);
      const add = (f: (x: Shipment) => number) => of.reduce((a, x) => a + f(x), 0);
      return [
        m,
        {
          shipments: of.length,
          units: add((x) => x.units),
          cartons: add((x) => x.cartons),
          grossKg: add((x) => x.grossKg),
          cbm: add((x) => x.cbm),
          chargeableKg: m === "sea" ? null : add((x) => x.chargeableKg ?? 0),
          freightTons: m === "sea" ? add((x) => x.freightTons ?? 0) : null,
          freight: add((x) => x.freight),
          surcharge: add((x) => x.surcharge),
          insurance: add((x) => x.insurance),
        },
      ];
    }),
  ) as Record<PlanMode, ModeTotals>;
  const cashByKey = new Map<string, CashItem>();
  for (const p of plans)
    for (const c of p.cash) {
      const k = `${c.date}|${c.mode}|${c.kind}`;
      const prev = cashByKey.get(k);
      if (prev) prev.amount += c.amount;
      else cashByKey.set(k, { ...c });
    }
  const cash = [...cashByKey.values()].sort(
    (a, b) =>
      a.date - b.date ||
      PLAN_MODES.indexOf(a.mode) - PLAN_MODES.indexOf(b.mode) ||
      a.kind.localeCompare(b.kind),
  );
  const share = s.newProductShare;
  return {
    lyUnits,
    lyRevenue,
    topShare: lyRevenue > 0 ? topRevenue / lyRevenue : 0,
    promoDemand,
    horizonDemand,
    newProductUnits: share >= 1 ? 0 : (promoDemand * share) / (1 - share),
    orderQty,
    unitsShort,
    typedShort,
    skusShort,
    byMode,
    toWarehouse,
    selling,
    contingency,
    landedTotal,
    cashOut,
    marginOnPlan,
    roi: cashOut > 0 ? marginOnPlan / cashOut : 0,
    cash,
    firstPo: firstPoDates(plans),
  };
}
