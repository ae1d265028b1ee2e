/**
 * Consolidated shipments (issue 12 #6, review round 1): a buyer books one shipment per mode and
 * ship date with the forwarder, not one per SKU, so the freight minimum and the customs entry's
 * minimum fee (US MPF per entry) are billed once per shipment. Every SKU batch with units is a line
 * of the shipment of its mode and ship date; the core's `shipmentCost` bills the shipment and
 * shares freight by chargeable basis and the customs fee by goods value. A SKU alone in its
 * shipment costs exactly `landedCost` (= STOCKUP.LANDED_COST).
 */
import { shipmentCost, type LandedCostResult } from "../../core";
import type { PlanSettings } from "../settings";
import { lineRates, shipmentRates } from "./cost";
import { batchStorage } from "./fbaStorage";
import { CORE_MODE, PLAN_MODES, type PlanMode, type Shipment, type SkuSchedule } from "./types";

export interface PlanShipments {
  /** Mode order (sea, air, express), then ship date. */
  shipments: Shipment[];
  /** Per SKU (same order as the input), its line's result in each mode's shipment. */
  lines: Partial<Record<PlanMode, LandedCostResult>>[];
}

export function planShipments(plans: readonly SkuSchedule[], s: PlanSettings): PlanShipments {
  const groups = new Map<string, { mode: PlanMode; ship: number; members: number[] }>();
  plans.forEach((p, i) => {
    for (const b of p.batches) {
      if (b.units <= 0 || b.shipDate === null) continue;
      const key = `${b.mode}|${b.shipDate}`;
      const g = groups.get(key) ?? { mode: b.mode, ship: b.shipDate, members: [] };
      g.members.push(i);
      groups.set(key, g);
    }
  });
  const ordered = [...groups.values()].sort(
    (a, b) => PLAN_MODES.indexOf(a.mode) - PLAN_MODES.indexOf(b.mode) || a.ship - b.ship,
  );
  const lines: PlanShipments["lines"] = plans.map(() => ({}));
  const rates = shipmentRates(s);
  // each batch's months in FBA (./fbaStorage): the storage component of its line's selling costs
  const storage = plans.map((p) => batchStorage(p));
  const shipments = ordered.map((g): Shipment => {
    const at = g.members.map((i) => plans[i].batches.findIndex((b) => b.mode === g.mode));
    const batches = g.members.map((i, k) => plans[i].batches[at[k]]);
    const result = shipmentCost({
      mode: CORE_MODE[g.mode],
      fxRate: s.fxRate,
      rates,
      lines: g.members.map((i, k) => {
        const { facts, avgPrice } = plans[i];
        return {
          quantity: batches[k].units,
          unitPrice: facts.unitCost,
          unitWeightKg: facts.weightKg,
          // a part-filled carton bills a whole carton's volume (engine/allocate): spread over the units
          unitVolumeCbm:
            batches[k].cbm === batches[k].units * facts.volumeCbm
              ? facts.volumeCbm
              : batches[k].cbm / batches[k].units,
          categoryFlags: facts.flags,
          sellingPrice: avgPrice > 0 ? avgPrice : null,
          rates: lineRates(facts),
          ...(storage[i][at[k]] ?? {}),
        };
      }),
    });
    g.members.forEach((i, k) => (lines[i][g.mode] = result.lines[k]));
    const lineSum = (key: "categorySurcharge" | "insurance") =>
      result.lines.reduce((a, l) => a + (l.components.find((c) => c.key === key)?.amount ?? 0), 0);
    const sea = g.mode === "sea";
    return {
      mode: g.mode,
      shipDate: g.ship,
      arrivalDate: batches[0].arrivalDate!,
      skus: g.members.map((i) => plans[i].facts.sku),
      units: batches.reduce((a, b) => a + b.units, 0),
      cartons: batches.reduce((a, b) => a + b.cartons, 0),
      grossKg: result.grossKg,
      cbm: result.cbm,
      chargeableKg: sea ? null : result.freight.chargeableWeightKg,
      freightTons: sea ? result.freight.revenueTons : null,
      freight: result.freightAmount,
      surcharge: lineSum("categorySurcharge"),
      insurance: lineSum("insurance"),
      customsFee: result.customsFee,
      minChargeApplied: result.freight.minChargeApplied,
    };
  });
  return { shipments, lines };
}
