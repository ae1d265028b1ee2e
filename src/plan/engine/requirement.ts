/**
 * The time-phased requirement (DESIGN.md "Inventory position"): stock on the plan date, minus
 * demand day by day, plus on-order receipts on their dates. Before the first feasible arrival
 * nothing can be added: demand that stock cannot meet is lost (the stock-out date and units
 * short are reported, never hidden). From the first feasible arrival on, every unit stock cannot
 * meet becomes a need "on the shelf by day d"; demand on or after the inbound cutoff must be
 * checked in by the cutoff. Days before `start` (a plan made long before the promo) are left to
 * regular replenishment. Safety stock is needed by the cutoff too (it guards the promo), less
 * what stock will still be left at the end of the cover period.
 */
import type { Need } from "./types";

export interface RequirementInput {
  demand: readonly number[];
  onHand: number;
  /** Receipts by day index (on-order). Index < 0 means already in stock. */
  receipts: ReadonlyArray<{ day: number; units: number }>;
  /** Earliest day index any feasible mode can deliver; Infinity when none can. */
  firstArrival: number;
  /** Inbound cutoff as a day index from the plan date. */
  cutoff: number;
  /**
   * First day (index) this plan covers; earlier demand is left to regular replenishment: it uses
   * up stock but is never counted short or ordered for.
   */
  start: number;
  safetyStock: number;
}

export interface RequirementResult {
  /** First day index demand went unmet before the first arrival, or null. */
  stockOutDay: number | null;
  /**
   * First day index the stock ran out before `start` (regular replenishment's days, not counted
   * short), or null: said once on the plan so "0 SKUs run out" is not read as "stock lasts".
   */
  outBeforeStartDay: number | null;
  unitsShort: number;
  needs: Need[];
  /** Σ needs. */
  net: number;
}

export function requirement(input: RequirementInput): RequirementResult {
  const { demand, firstArrival, cutoff } = input;
  const byDay = new Map<number, number>();
  let stock = input.onHand;
  for (const r of input.receipts) {
    if (r.day <= 0) stock += r.units;
    else byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.units);
  }
  let stockOutDay: number | null = null;
  let outBeforeStartDay: number | null = null;
  let unitsShort = 0;
  const needs: Need[] = [];
  for (let d = 0; d < demand.length; d++) {
    stock += byDay.get(d) ?? 0;
    const want = demand[d];
    if (stock >= want) {
      stock -= want;
      continue;
    }
    const missing = want - stock;
    stock = 0;
    if (d < input.start) {
      outBeforeStartDay ??= d; // regular replenishment's days
      continue;
    }
    if (d < firstArrival) {
      // lost sales: nothing ordered today can be on the shelf yet
      stockOutDay ??= d;
      unitsShort += missing;
    } else {
      needs.push({ by: Math.max(firstArrival, Math.min(d, cutoff)), units: missing });
    }
  }
  // stock still left at the end of the cover period already is (part of) the safety stock
  const ssNeed = input.safetyStock - stock;
  if (ssNeed > 0 && Number.isFinite(firstArrival))
    needs.push({ by: Math.max(firstArrival, cutoff), units: ssNeed });
  return { stockOutDay, outBeforeStartDay, unitsShort, needs, net: needs.reduce((a, n) => a + n.units, 0) };
}

/**
 * Demand the stock cannot meet from day `from` on, with the batches arriving on their days: stock
 * on hand, receipts and arrivals in, demand out day by day, unmet demand lost (never negative
 * stock). What a typed order quantity below the need leaves short, time-phased: the stock runs out
 * once the typed units are used up, not on average.
 */
export function unmetDemand(
  demand: readonly number[],
  onHand: number,
  arrivals: ReadonlyArray<{ day: number; units: number }>,
  from: number,
): { units: number; firstDay: number | null } {
  const byDay = new Map<number, number>();
  let stock = onHand;
  for (const a of arrivals) {
    if (a.day <= 0) stock += a.units;
    else byDay.set(a.day, (byDay.get(a.day) ?? 0) + a.units);
  }
  let unmet = 0;
  let firstDay: number | null = null;
  for (let d = 0; d < demand.length; d++) {
    stock += byDay.get(d) ?? 0;
    if (stock >= demand[d]) {
      stock -= demand[d];
      continue;
    }
    if (d >= from) {
      unmet += demand[d] - stock;
      firstDay ??= d;
    }
    stock = 0;
  }
  return { units: unmet, firstDay };
}
