/**
 * FBA storage of the plan's batches (issue 12: stock-up stock sits in Amazon's warehouses from its
 * sellable date until it sells, and Oct–Dec storage costs ~3× the rest of the year). The rule, as
 * the core's `landedCost` / `shipmentCost` take it:
 * - every unit of a batch is on the shelf each calendar month from its sellable date through the
 *   promo end (`fbaStorageMonths`, stored share 1): stock-up units are bought to sell in the promo;
 * - the units still there after the promo (`leftoverAfterPromo`) are the latest arrivals — stock
 *   sells in order of arrival — and stay every further month through the end of the cover period
 *   (`leftover`, with their age at the promo end for the aged-inventory surcharge).
 * The core charges each listed month in full at its rate (peak Oct–Dec). Only SKUs Amazon
 * fulfils pay it (./channelFees `fulfilledByAmazon`); other channels' stock is not in FBA.
 */
import { excelSerialToIso } from "../../core";
import { fulfilledByAmazon } from "./channelFees";
import type { ModeBatch, SkuFacts, SkuSchedule } from "./types";

/** The core's FBA storage inputs for one batch line. */
export interface BatchStorage {
  fbaStorageMonths: number[];
  fbaStoredShare: number;
  leftover: { units: number; months: number[]; ageDaysAtPromoEnd: number } | null;
}

/** Serial dates the rule reads: the promo's last day and the cover period's last day. */
export interface StorageDates {
  promoEnd: number;
  horizonEnd: number;
}

const monthOf = (serial: number) => Number(excelSerialToIso(serial).slice(5, 7));
const monthIndex = (serial: number) => {
  const iso = excelSerialToIso(serial);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
};

/**
 * Calendar months (1–12) touched from serial `from` through `to`, in order; [] when `to` < `from`.
 * @example monthsBetween(2027-10-20, 2027-11-30) // => [10, 11]
 */
export function monthsBetween(from: number, to: number): number[] {
  if (to < from) return [];
  const first = monthIndex(from);
  const n = monthIndex(to) - first + 1;
  const m0 = monthOf(from) - 1;
  return Array.from({ length: n }, (_, k) => ((m0 + k) % 12) + 1);
}

/**
 * Each batch's units left after the promo: the SKU's leftover taken from the latest-arriving
 * batches first (first in, first out), never more than a batch holds. Leftover beyond the plan's
 * batches is stock the buyer already had: not this plan's cost.
 */
export function leftoverByBatch(batches: readonly ModeBatch[], leftover: number): number[] {
  const out = batches.map(() => 0);
  const order = batches
    .map((b, i) => ({ i, day: b.arrivalDate }))
    .filter((x): x is { i: number; day: number } => x.day !== null && batches[x.i].units > 0)
    .sort((a, b) => b.day - a.day || b.i - a.i);
  let left = Math.max(0, leftover);
  for (const { i } of order) {
    const take = Math.min(left, batches[i].units);
    out[i] = take;
    left -= take;
  }
  return out;
}

/**
 * The core's storage inputs for each of the SKU's batches (same order), or null for a batch that
 * pays none (no units, no sellable date, or a SKU Amazon does not fulfil).
 */
export function batchStorage(
  plan: Pick<SkuSchedule, "batches" | "leftoverAfterPromo"> & { facts: Pick<SkuFacts, "channel"> },
  dates: StorageDates,
): (BatchStorage | null)[] {
  if (!fulfilledByAmazon(plan.facts.channel)) return plan.batches.map(() => null);
  const left = leftoverByBatch(plan.batches, plan.leftoverAfterPromo);
  return plan.batches.map((b, i) => {
    const sellable = b.arrivalDate;
    if (b.units <= 0 || sellable === null) return null;
    const promoMonths = monthsBetween(sellable, dates.promoEnd);
    const laterMonths = monthsBetween(sellable, dates.horizonEnd).slice(promoMonths.length);
    return {
      fbaStorageMonths: promoMonths,
      fbaStoredShare: 1,
      leftover:
        left[i] > 0 && laterMonths.length > 0
          ? { units: left[i], months: laterMonths, ageDaysAtPromoEnd: Math.max(0, dates.promoEnd - sellable) }
          : null,
    };
  });
}
