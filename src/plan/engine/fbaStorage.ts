/**
 * FBA storage of the plan's batches (issue 12: stock-up stock sits in Amazon's warehouses from its
 * sellable date until it sells, and Oct–Dec storage costs ~3× the rest of the year). The rule, as
 * the core's `landedCost` / `shipmentCost` take it:
 * - each month from a batch's sellable date through the promo's month pays the batch's average
 *   daily volume on the shelf that month (./shelfStock: sold first in, first out; Amazon charges a
 *   month on its average daily volume), so units sold before the promo stop paying when they sell;
 * - the units still there after the promo (`leftoverAfterPromo`, the latest arrivals: first in,
 *   first out) stay every further month through the end of the cover period, whole months
 *   (`leftover`, with their age at the promo end for the aged-inventory surcharge).
 * The core charges each listed month at its rate (peak Oct–Dec). Only SKUs Amazon fulfils pay it
 * (./channelFees `fulfilledByAmazon`); other channels' stock is not in FBA.
 */
import { excelSerialToIso } from "../../core";
import { fulfilledByAmazon } from "./channelFees";
import { monthBounds } from "./shelfStock";
import type { SkuFacts, SkuSchedule } from "./types";

/** The core's FBA storage inputs for one batch line. */
export interface BatchStorage {
  fbaStorageMonths: number[];
  /** One share per month of `fbaStorageMonths` (./shelfStock). */
  fbaStoredShare: number[];
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
 * The core's storage inputs for each of the SKU's batches (same order), or null for a batch that
 * pays none (no units, no sellable date, or a SKU Amazon does not fulfil).
 */
export function batchStorage(
  plan: Pick<SkuSchedule, "batches" | "shelf"> & { facts: Pick<SkuFacts, "channel"> },
  dates: StorageDates,
): (BatchStorage | null)[] {
  if (!fulfilledByAmazon(plan.facts.channel)) return plan.batches.map(() => null);
  return plan.batches.map((b, i) => {
    const sellable = b.arrivalDate;
    const shelf = plan.shelf[i];
    if (b.units <= 0 || sellable === null || !shelf) return null;
    // whole months after the promo's month (or from a later arrival's month) through the cover end
    const later = Math.max(sellable, monthBounds(dates.promoEnd).next);
    const laterMonths = monthsBetween(later, dates.horizonEnd);
    return {
      fbaStorageMonths: shelf.months,
      fbaStoredShare: shelf.shares,
      leftover:
        shelf.left > 0 && laterMonths.length > 0
          ? {
              units: shelf.left,
              months: laterMonths,
              ageDaysAtPromoEnd: Math.max(0, dates.promoEnd - sellable),
            }
          : null,
    };
  });
}
