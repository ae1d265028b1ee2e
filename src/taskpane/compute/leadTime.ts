import type { PaneDraft } from "../draft";
import { masterFor, seriesBySku } from "./skus";

export interface LeadTimes {
  /** The longest supplier lead time over the plan's SKUs: it sets the earliest PO date. */
  longest: number;
  /** Whether `longest` comes from the SKU master or the step-4 default. */
  source: "master" | "default";
  /** SKUs whose master has no lead time (they use the default), and all SKUs. */
  withoutMaster: number;
  total: number;
}

/**
 * One source for each SKU's lead time, as the plan uses it (toPlanInput): the SKU master's, the
 * step-4 default only where the master has none. Step 1's PO dates use the longest, so they
 * agree with step 4's earliest PO date.
 * @example leadTimes(draftWith35DayMaster, 20) // => { longest: 35, source: "master", withoutMaster: 0, total: 12 }
 */
export function leadTimes(draft: PaneDraft, defaultDays: number): LeadTimes {
  const skus = [...seriesBySku(draft.history.rows).keys()];
  const fallback = Number.isFinite(defaultDays) ? defaultDays : 0;
  let longest = skus.length === 0 ? fallback : -1;
  let source: LeadTimes["source"] = "default";
  let withoutMaster = 0;
  for (const sku of skus) {
    const own = masterFor(draft.history.skus, sku).leadTimeDays;
    const days = own > 0 ? own : fallback;
    if (own <= 0) withoutMaster++;
    if (days > longest) {
      longest = days;
      source = own > 0 ? "master" : "default";
    }
  }
  return { longest: Math.max(0, longest), source, withoutMaster, total: skus.length };
}
