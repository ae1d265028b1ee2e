import type { PlanFigures } from "../../plan/engine";
import type { CostComponent } from "./plan";

/** The pane's cost groups paid to get the goods onto the warehouse shelf (落地成本). */
export const TO_WAREHOUSE: readonly CostComponent[] = ["purchase", "freight", "duty"];
/** The pane's cost groups that come with each sale (FBA fee, storage, commission, refunds). */
export const SELLING: readonly CostComponent[] = ["warehouse", "commission", "refundReserve"];

export interface Economics {
  units: number;
  /** Purchase, freight, insurance, duty, customs, import VAT: the plan's cost to the warehouse. */
  toWarehouse: number;
  /** FBA fee, storage, commission, refunds: the plan's selling costs. */
  selling: number;
  contingency: number;
  /** Cash out before anything sells (the plan's dated cash, summed). */
  cashOut: number;
  /** The plan's margin on the order; null when a SKU to order has no selling price. */
  margin: number | null;
  /** Margin ÷ cash out, the plan's ROI; null as margin. */
  roi: number | null;
}

/**
 * The order's economics as the plan sheet states them (the engine's totals, so pane and sheet
 * agree by construction). A SKU ordered without a selling price would show as a loss of its whole
 * cost, so margin and ROI are left out then; the warnings name the missing master.
 * @example economics(fig)?.toWarehouse // => fig.totals.toWarehouse
 */
export function economics(fig: PlanFigures | null): Economics | null {
  if (!fig) return null;
  const t = fig.totals;
  const priced = fig.skus.every((p) => !(p.orderQty > 0) || p.facts.price > 0);
  return {
    units: t.orderQty,
    toWarehouse: t.toWarehouse,
    selling: t.selling,
    contingency: t.contingency,
    cashOut: t.cashOut,
    margin: priced ? t.marginOnPlan : null,
    roi: priced ? t.roi : null,
  };
}
