/**
 * Which mode carries which units (DESIGN.md "Feasible modes"): the cheapest feasible mode carries
 * what can wait for it; what is needed earlier goes to a faster feasible mode. The buyer's
 * A mode that refuses the SKU's special goods (the core's rule) is never used, like a mode whose
 * PO date has passed. The buyer's "most by sea / air" shares are limits: units above a limit go to the next faster mode, and only
 * when no mode is left within its limit is a limit exceeded (with a warning). Then every batch is
 * rounded up to whole cartons, the MOQ tops up the cheapest feasible mode, and a buyer's final
 * order quantity replaces the plan's (extra units by the cheapest mode, fewer taken from the
 * slowest batch first).
 */
import type { PlanSettings } from "../settings";
import {
  PLAN_MODES,
  type ModeBatch,
  type ModeOption,
  type Need,
  type PlanMode,
  type SkuFacts,
  usable,
} from "./types";

export interface Allocation {
  batches: ModeBatch[];
  plannedQty: number;
  orderQty: number;
  shareLimitIgnored: boolean;
  moqTopUp: number;
}

const cap = (mode: PlanMode, s: PlanSettings) =>
  mode === "sea" ? s.seaMaxShare : mode === "air" ? s.airMaxShare : 1;

/** Whole cartons; a forecast sum off by float noise (250.0000000001) is not one more carton. */
const ceilTo = (x: number, pack: number) => wholeCartons(x, pack) * pack;

/**
 * Cartons that carry `units`: a part-filled carton is still a carton (4,750 in cases of 100 = 48).
 * The SKU table's Cartons column is the same rule (CEILING(order qty / case pack, 1)).
 */
export function wholeCartons(units: number, casePack: number): number {
  return Math.ceil(units / Math.max(1, casePack) - 1e-6);
}

export function allocate(
  needs: readonly Need[],
  options: readonly ModeOption[],
  facts: SkuFacts,
  s: PlanSettings,
  planDate: number,
  cutoffDay: number,
): Allocation {
  const feasible = options.filter(usable);
  const total = needs.reduce((a, n) => a + n.units, 0);
  const units: Record<PlanMode, number> = { sea: 0, air: 0, express: 0 };
  const firstBy: Record<PlanMode, number> = { sea: Infinity, air: Infinity, express: Infinity };
  let shareLimitIgnored = false;
  // latest needs first: they are the ones that can wait for the cheapest mode
  for (const need of [...needs].sort((a, b) => b.by - a.by)) {
    let left = need.units;
    for (const o of feasible) {
      if (o.earliest > need.by || left <= 0) continue;
      const room = Math.max(0, cap(o.mode, s) * total - units[o.mode]);
      const take = Math.min(left, room);
      if (take > 0) {
        units[o.mode] += take;
        firstBy[o.mode] = Math.min(firstBy[o.mode], need.by);
        left -= take;
      }
    }
    if (left > 1e-9) {
      const o = feasible.find((x) => x.earliest <= need.by);
      if (o) {
        units[o.mode] += left;
        firstBy[o.mode] = Math.min(firstBy[o.mode], need.by);
        shareLimitIgnored = true;
      }
    }
  }
  const pack = Math.max(1, facts.casePack);
  for (const m of PLAN_MODES) units[m] = units[m] > 1e-9 ? ceilTo(units[m], pack) : 0;
  const plannedBeforeMoq = PLAN_MODES.reduce((a, m) => a + units[m], 0);
  const cheapest = feasible[0]?.mode;
  let moqTopUp = 0;
  const moq = ceilTo(Math.max(0, facts.moq), pack);
  if (cheapest && plannedBeforeMoq > 0 && plannedBeforeMoq < moq) {
    moqTopUp = moq - plannedBeforeMoq;
    units[cheapest] += moqTopUp;
  }
  const plannedQty = plannedBeforeMoq + moqTopUp;
  if (facts.orderOverride !== null && facts.orderOverride !== plannedQty) {
    let delta = facts.orderOverride - plannedQty;
    if (delta > 0 && cheapest) units[cheapest] += delta;
    for (const m of PLAN_MODES) {
      if (delta >= 0) break;
      const take = Math.min(units[m], -delta);
      units[m] -= take;
      delta += take;
    }
  }
  for (const m of PLAN_MODES) if (units[m] > 0 && !Number.isFinite(firstBy[m])) firstBy[m] = cutoffDay;
  const batches = PLAN_MODES.map((mode): ModeBatch =>
    batch(mode, units[mode], firstBy[mode], options, facts, s, planDate),
  );
  return {
    batches,
    plannedQty,
    orderQty: PLAN_MODES.reduce((a, m) => a + units[m], 0),
    shareLimitIgnored,
    moqTopUp,
  };
}

function batch(
  mode: PlanMode,
  units: number,
  firstBy: number,
  options: readonly ModeOption[],
  facts: SkuFacts,
  s: PlanSettings,
  planDate: number,
): ModeBatch {
  const o = options.find((x) => x.mode === mode)!;
  if (units <= 0)
    return {
      mode,
      units: 0,
      cartons: 0,
      cbm: 0,
      grossKg: 0,
      poDate: null,
      shipDate: null,
      arrivalDate: null,
    };
  // arrive when the first of its units is needed (never before a PO placed today could)
  const arrival = planDate + Math.max(o.earliest, firstBy);
  const ship = arrival - s.inboundBufferDays - o.transitDays;
  const pack = Math.max(1, facts.casePack);
  const cartons = wholeCartons(units, pack);
  return {
    mode,
    units,
    cartons,
    // the buyer's rule for a part-filled carton (a typed order that is not whole cartons): it
    // takes a whole carton's space, so the volume is the cartons' (cartons × case pack × unit
    // volume, what the forwarder measures; whole cartons: units × unit volume), while the weight is
    // what is inside (units × unit kg)
    cbm: cartons * pack * facts.volumeCbm,
    grossKg: units * facts.weightKg,
    poDate: ship - facts.leadTimeDays,
    shipDate: ship,
    arrivalDate: arrival,
  };
}
