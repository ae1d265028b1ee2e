/**
 * Section 1's word on each mode, from the SKUs' own feasibility (engine/schedule modeOptions): the
 * ship-by date is the cutoff's, the same for every SKU, but a SKU can use the mode only while its
 * PO date (ship-by − its lead time) is ahead and the mode takes its goods. So the summary never
 * shows a ship-by date as if it were usable when every SKU row says the mode is too late.
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
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string,
): ShipByStatus {
  const opts = skus.map((p) => p.modes.find((o) => o.mode === mode)!);
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
  const next = Math.min(...usable.map((o) => o.latestPoDate));
  return {
    none: false,
    text: t("shipBySome", {
      n: String(usable.length),
      total: String(opts.length),
      date: excelSerialToIso(next),
    }),
  };
}
