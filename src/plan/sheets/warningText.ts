import { excelSerialToIso as serialToIso, type CategoryFlag } from "../../core";
import type { PlanFigures } from "../engine";
import type { PlanWarning } from "../engine/types";
import type { PlanMessageKey } from "../i18n";
import { FLAG_LABEL } from "./skuColumnsInputs";

const DATE_VARS = new Set(["date"]);

/**
 * A plan warning as one line a buyer reads: "SKU: what happens, by when, how many".
 * @example warningText({ code: "stockOutBeforeArrival", sku: "A", vars: { date: 45990, units: 30 } }, t, "en-US")
 * // => "A: runs out on 2025-11-29, 30 units short before any order can arrive."
 */
export function warningText(
  w: PlanWarning,
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string,
  locale: string,
): string {
  const vars: Record<string, string> = { sku: w.sku };
  for (const [k, v] of Object.entries(w.vars)) {
    if (DATE_VARS.has(k) && typeof v === "number") vars[k] = serialToIso(v);
    else if (k === "mode" && typeof v === "string") vars[k] = t(v as PlanMessageKey);
    else if (k === "goods" && typeof v === "string") vars[k] = t(FLAG_LABEL[v as CategoryFlag]);
    else vars[k] = typeof v === "number" ? v.toLocaleString(locale === "zh-CN" ? "zh-CN" : "en-US") : v;
  }
  return t(`w_${w.code}` as PlanMessageKey, vars);
}

/**
 * One plan-level line when SKUs run out before the cover start (engine/skuPlan coverStartDay): the
 * stock-out count and "Runs out on" look at the stock-up window only, so without this a SKU that
 * sells out next week would read as "never runs out". Those days are regular replenishment's.
 * @example "2 SKU(s) run out before the stock-up window starts on 2027-10-06 (first: A on 2026-12-08) …"
 */
export function runsOutBeforeCoverText(
  fig: Pick<PlanFigures, "skus" | "coverStart">,
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string,
): string[] {
  const early = fig.skus
    .filter((p): p is typeof p & { runsOutBeforeCover: number } => p.runsOutBeforeCover !== null)
    .sort((a, b) => a.runsOutBeforeCover - b.runsOutBeforeCover);
  if (early.length === 0) return [];
  const first = early[0];
  return [
    t("wRunsOutBeforeCover", {
      n: String(early.length),
      from: serialToIso(fig.coverStart),
      sku: first.facts.sku,
      date: serialToIso(first.runsOutBeforeCover),
    }),
  ];
}
