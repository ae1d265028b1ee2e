import { InputError } from "../errors";
import { reason } from "../reasons";
import { landedCost, LandedCostInput, LandedCostResult } from "../landed/landedCost";
import { ShippingMode, requireMode } from "../shipping";
import { optional, requireInteger, requireNonNegative, requireObject } from "../validate";

/** Default bulk mode: sea LCL (cheap, slow; seed step 5). */
export const DEFAULT_BULK_MODE: ShippingMode = "sea_lcl";
/** Default top-up mode: air (dear, fast; the seed's 应急空运通道). */
export const DEFAULT_TOP_UP_MODE: ShippingMode = "air";

/** Why a batch goes by its mode. */
export type BatchReason = "bulk" | "topUp";

/** Inputs of {@link splitBatches}. */
export interface SplitBatchesInput {
  /** Total units to ship (see `orderQuantity`). */
  quantity: number;
  /**
   * Units held back for the fast mode because they cover the upper quantile of demand, e.g.
   * p90 − p50 of the forecast: shipped only if early sales confirm them. Default 0.
   */
  topUpUnits?: number | null;
  /**
   * Units that can be produced in time for the bulk mode's ship-by date; the rest must go by the
   * fast mode. Default: all of them. Pass 0 when the bulk mode is no longer feasible
   * (`shipSchedule(...).modes[i].feasible === false`): everything then goes by the fast mode.
   */
  readyForBulkUnits?: number | null;
  /** Default {@link DEFAULT_BULK_MODE}. */
  bulkMode?: ShippingMode | null;
  /** Default {@link DEFAULT_TOP_UP_MODE}. */
  topUpMode?: ShippingMode | null;
  /** Units per carton: the top-up is rounded up to whole cartons (capped at quantity). Default 1. */
  casePack?: number | null;
  /** Everything landedCost needs except quantity and mode; applied to each batch. */
  cost: Omit<LandedCostInput, "quantity" | "mode">;
}

export interface Batch {
  mode: ShippingMode;
  units: number;
  reason: BatchReason;
  /** Landed cost of this batch alone (minimum charges apply per batch). */
  landed: LandedCostResult;
}

/** What {@link splitBatches} returns. */
export interface SplitBatchesResult {
  /** Non-empty batches, bulk first. */
  batches: Batch[];
  /** Σ batch totals. */
  total: number;
  /** Σ batch totals in cents (exact). */
  totalCents: number;
  /** total / quantity. */
  perUnit: number;
  /** Landed cost if everything went by the bulk mode, for comparison. */
  allBulkTotal: number;
  /** total − allBulkTotal: what the split costs for its speed and flexibility. */
  splitPremium: number;
}

/**
 * Split a quantity into a bulk batch by the slow mode and a top-up by the fast mode (seed step 5:
 * 分批发货, sea for the base, air for urgent top-ups):
 * fast = min(quantity, ⌈max(topUpUnits, quantity − readyForBulkUnits) / pack⌉·pack); bulk = rest.
 * Each batch is costed by `landedCost` on its own, so minimum charges count per batch.
 * @throws {InputError} a field is not a finite number; quantity or casePack not a whole number;
 *   unknown mode; cost not an object; and anything `landedCost` throws for the cost fields.
 * @throws {OutOfRangeError} quantity < 1; casePack < 1; negative topUpUnits/readyForBulkUnits.
 * @example splitBatches({ quantity: 1000, topUpUnits: 200, cost: {...} }).batches.map(b => b.units)
 * // => [800, 200]
 */
export function splitBatches(input: SplitBatchesInput): SplitBatchesResult {
  requireObject("input", input);
  const qty = requireInteger("quantity", input.quantity, 1);
  const topUp = optional("topUpUnits", input.topUpUnits, 0, requireNonNegative);
  const ready = optional("readyForBulkUnits", input.readyForBulkUnits, qty, requireNonNegative);
  const bulkMode = optional("bulkMode", input.bulkMode, DEFAULT_BULK_MODE, requireMode);
  const fastMode = optional("topUpMode", input.topUpMode, DEFAULT_TOP_UP_MODE, requireMode);
  const pack = optional("casePack", input.casePack, 1, (a, v) => requireInteger(a, v, 1));
  if (typeof input.cost !== "object" || input.cost === null) {
    throw new InputError("cost", reason("landedFields"));
  }
  // the fast batch covers the upper quantile and whatever cannot make the bulk ship-by date
  const wanted = Math.max(topUp, qty - ready);
  const fast = Math.min(qty, Math.ceil(wanted / pack - 1e-9) * pack);
  const bulk = qty - fast;
  const batches: Batch[] = [];
  if (bulk > 0)
    batches.push({
      mode: bulkMode,
      units: bulk,
      reason: "bulk",
      landed: landedCost({ ...input.cost, quantity: bulk, mode: bulkMode }),
    });
  if (fast > 0)
    batches.push({
      mode: fastMode,
      units: fast,
      reason: "topUp",
      landed: landedCost({ ...input.cost, quantity: fast, mode: fastMode }),
    });
  const totalCents = batches.reduce((s, b) => s + b.landed.totalCents, 0);
  const allBulk =
    bulk === qty ? batches[0].landed : landedCost({ ...input.cost, quantity: qty, mode: bulkMode });
  return {
    batches,
    total: totalCents / 100,
    totalCents,
    perUnit: totalCents / 100 / qty,
    allBulkTotal: allBulk.total,
    splitPremium: (totalCents - allBulk.totalCents) / 100,
  };
}
