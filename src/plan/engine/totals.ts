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
  const sum = (f: (p: SkuPlan) => number) => plans.reduce((a, p) => a + f(p), 0);
  const lyRevenue = sum((p) => p.forecast.lyRevenue);
  const topRevenue = plans.reduce((a, p, i) => a + (top[i] ? p.forecast.lyRevenue : 0), 0);
  const promoDemand = sum((p) => p.promoDemand);
  const cashOut = sum((p) => p.cashOut);
  const marginOnPlan = sum((p) => p.marginOnPlan);
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
    lyUnits: sum((p) => p.forecast.lyUnits),
    lyRevenue,
    topShare: lyRevenue > 0 ? topRevenue / lyRevenue : 0,
    promoDemand,
    horizonDemand: sum((p) => p.horizonDemand),
    newProductUnits: share >= 1 ? 0 : (promoDemand * share) / (1 - share),
    orderQty: sum((p) => p.orderQty),
    unitsShort: sum((p) => p.unitsShort),
    typedShort: sum((p) => p.typedShort),
    skusShort: plans.filter((p) => p.unitsShort > 0).length,
    byMode,
    toWarehouse: sum((p) => p.cost.warehouse),
    selling: sum((p) => p.cost.selling),
    contingency: sum((p) => p.cost.contingency),
    landedTotal: sum((p) => p.cost.total),
    cashOut,
    marginOnPlan,
    roi: cashOut > 0 ? marginOnPlan / cashOut : 0,
    cash,
    firstPo: firstPoDates(plans),
  };
}
