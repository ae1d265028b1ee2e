/**
 * FBA storage of the plan's batches (issue 12: stock-up stock sits in Amazon's warehouses from its
 * sellable date until it sells, and Oct–Dec storage costs ~3× the rest of the year). The rule, as
 * the core's `landedCost` / `shipmentCost` take it:
 * each month from a batch's sellable date through the cover period's month pays the batch's
 * average daily volume on the shelf that month (./shelfStock: sold first in, first out, before,
 * during and after the promo through the cover period; Amazon charges a month on its average
 * daily volume), so units stop paying as they sell and the latest arrivals pay longest.
 * The core charges each listed month at its rate (peak Oct–Dec) and the aged-inventory surcharge
 * on months past its age from the first month. Only SKUs Amazon fulfils pay it
 * (./channelFees `fulfilledByAmazon`); other channels' stock is not in FBA.
 */
import { fulfilledByAmazon } from "./channelFees";
import type { SkuFacts, SkuSchedule } from "./types";

/** The core's FBA storage inputs for one batch line. */
export interface BatchStorage {
  fbaStorageMonths: number[];
  /** One share per month of `fbaStorageMonths` (./shelfStock). */
  fbaStoredShare: number[];
}

/**
 * The core's storage inputs for each of the SKU's batches (same order), or null for a batch that
 * pays none (no units, no sellable date, or a SKU Amazon does not fulfil).
 */
export function batchStorage(
  plan: Pick<SkuSchedule, "batches" | "shelf"> & { facts: Pick<SkuFacts, "channel"> },
): (BatchStorage | null)[] {
  if (!fulfilledByAmazon(plan.facts.channel)) return plan.batches.map(() => null);
  return plan.batches.map((b, i) => {
    const shelf = plan.shelf[i];
    if (b.units <= 0 || b.arrivalDate === null || !shelf) return null;
    return { fbaStorageMonths: shelf.months, fbaStoredShare: shelf.shares };
  });
}
