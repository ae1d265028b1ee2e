/**
 * Section 1's word on each mode, from the SKUs' own feasibility (engine/schedule modeOptions): the
 * ship-by date is the cutoff's, the same for every SKU, but a SKU can use the mode only while its
 * PO date (ship-by − its lead time) is ahead and the mode takes its goods. So the summary never
 * shows a ship-by date as if it were usable when every SKU row says the mode is too late.
 * The PO date it names is the plan's own first PO by the mode (engine/totals firstPoDates: the
 * SKU table's "PO by" and the deposits' dates), not the cutoff's latest PO date: batches arrive
 * when their first units are needed, often weeks before the cutoff, so their POs are due earlier.
 */
import { excelSerialToIso } from "../../core";
import type { SkuPlan } from "../engine";
import type { PlanMode } from "../engine/types";
import type { PlanMessageKey } from "../i18n";

export interface ShipByStatus {
  text: string;
  /** No SKU can use the mode any more. */
  none: boolean;
}

export function shipByStatus(
  mode: PlanMode,
  skus: readonly SkuPlan[],
  /** The plan's earliest PO date (serial) by this mode; null = it orders nothing by the mode. */
  firstPo: number | null,
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string,
): ShipByStatus {
  const opts = skus.map((p) => ({ ...p.modes.find((o) => o.mode === mode)!, sku: p.facts.sku }));
  const passed = opts.filter((o) => !o.feasible).length;
  const refused = opts.filter((o) => o.feasible && o.refusedBy.length > 0).length;
  const usable = opts.filter((o) => o.feasible && o.refusedBy.length === 0);
  const name = t(mode);
  if (usable.length === 0 && refused === 0) return { none: true, text: t("shipByAllLate", { mode: name }) };
  if (usable.length === 0)
    return {
      none: true,
      text: t("shipByNoneUsable", { mode: name, passed: String(passed), refused: String(refused) }),
    };
  const n = String(usable.length);
  const total = String(opts.length);
  if (firstPo !== null)
    return { none: false, text: t("shipBySome", { n, total, date: excelSerialToIso(firstPo) }) };
  // nothing ordered by the mode: its deadline is what a buyer adding a batch must meet. Each SKU
  // has its own (ship-by − its lead time): name the earliest and whose it is, and how late the
  // shorter lead times can go, so the earliest SKU's date is not read as every SKU's
  const byDate = [...usable].sort((a, b) => a.latestPoDate - b.latestPoDate);
  const first = byDate[0];
  const last = byDate[byDate.length - 1];
  if (first.latestPoDate === last.latestPoDate)
    return { none: false, text: t("shipByUnused", { n, total, date: excelSerialToIso(first.latestPoDate) }) };
  const vars = { first: excelSerialToIso(first.latestPoDate), last: excelSerialToIso(last.latestPoDate) };
  return { none: false, text: t("shipByUnusedRange", { n, total, sku: first.sku, ...vars }) };
}
