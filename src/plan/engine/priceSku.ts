/**
 * A SKU's plan priced (`priceSku`) once its batches' shares of the consolidated shipments are
 * costed (./shipments, ./cost), and the day its stock first runs out in the plan (`runsOutOn`).
 */
import type { CostResult } from "./cost";
import type { SkuPlan, SkuSchedule } from "./types";

/**
 * The day the SKU's stock first runs out in this plan: before any order can arrive, or when the
 * typed order's units are used up — the earlier of the two (the plan's warnings give both);
 * null = never. The SKU table's "Runs out on".
 */
export function runsOutOn(p: Pick<SkuPlan, "stockOutDate" | "typedShortDate">): number | null {
  const dates = [p.stockOutDate, p.typedShortDate].filter((d): d is number => d !== null);
  return dates.length ? Math.min(...dates) : null;
}

/**
 * The SKU's plan with its costs: its lines' shares of the shipments it rides (`costs`, from
 * ./shipments). Total cost per unit, margin per unit = average price − total cost per unit,
 * margin on the plan, ROI = margin on the plan / cash out before sales.
 */
export function priceSku(x: SkuSchedule, costs: CostResult): SkuPlan {
  const landedPerUnit = x.orderQty > 0 ? costs.cost.total / x.orderQty : 0;
  // nothing ordered: no unit carries a cost, so there is no margin per unit (not the full price)
  const marginPerUnit = x.orderQty > 0 ? x.avgPrice - landedPerUnit : null;
  const marginOnPlan = marginPerUnit === null ? 0 : marginPerUnit * x.orderQty;
  return {
    ...x,
    cost: costs.cost,
    landedPerUnit,
    cashOut: costs.cashOut,
    cash: costs.cash,
    marginPerUnit,
    marginOnPlan,
    roi: costs.cashOut > 0 ? marginOnPlan / costs.cashOut : 0,
  };
}
