/**
 * What the plan engine works on and returns: one SKU's inputs (master row + the buyer's table
 * edits), its forecast, and its plan (requirement, batches per mode, cost, cash). Pure data; the
 * sheet parts (../sheets) render it and the pane shows it.
 */
import type { CategoryFlag, CostComponentKey, ShippingMode } from "../../core";
import type { BatchShelf } from "./shelfStock";

/** The plan's first-leg modes, cheapest (and slowest) first. Sea is LCL. */
export type PlanMode = "sea" | "air" | "express";
export const PLAN_MODES: readonly PlanMode[] = ["sea", "air", "express"];
/** The core's mode for each plan mode (the same the LANDED_COST function takes). */
export const CORE_MODE: Readonly<Record<PlanMode, ShippingMode>> = {
  sea: "sea_lcl",
  air: "air",
  express: "express",
};

/** One SKU as the engine sees it: master data with the buyer's overrides applied. Days are serials. */
export interface SkuFacts {
  sku: string;
  title: string;
  channel: string;
  flags: CategoryFlag[];
  /** Supplier price per unit, purchase currency. */
  unitCost: number;
  /** Regular selling price, sale currency. */
  price: number;
  weightKg: number;
  /** Packed volume of one unit, CBM. */
  volumeCbm: number;
  /** Length, width, height in cm when the master gave all three; null when it gave a volume. */
  dims: [number, number, number] | null;
  moq: number;
  casePack: number;
  /** Production lead time (days): the SKU's, or the plan's default when the master has none. */
  leadTimeDays: number;
  leadTimeFromDefault: boolean;
  /** Standard deviation of the lead time (days), 0 when unknown. */
  leadTimeSdDays: number;
  onHand: number;
  onOrder: number;
  /**
   * Serial day the on-order units become sellable; null = no date given (the plan then counts
   * them on the latest day an order placed by now can arrive: see skuPlan's onOrderArrival).
   */
  onOrderDate: number | null;
  /** Fulfilment fee per unit: the SKU's, else its channel's default (FBA only for Amazon). */
  fbaFee: number;
  /** Commission on the selling price: its channel's (./channelFees). */
  commissionRate: number;
  returnRate: number;
  conversionRate: number | null;
  acos: number | null;
  /** Pre-sold units shipped on the first promo day. */
  preSaleUnits: number;
  /** Most units creators may be allocated (caps the burst buffer); null = no cap. */
  creatorCap: number | null;
  /** The buyer's promo-window demand (units), replacing the forecast's; null = forecast. */
  forecastOverride: number | null;
  /** The buyer's final order quantity; null = the plan's. */
  orderOverride: number | null;
}

/** One SKU's forecast from the plan date to the end of the cover period (before growth). */
export interface SkuForecast {
  /** Mean demand per day, day 0 = plan date. */
  daily: number[];
  /** True on promo days. */
  promo: boolean[];
  /**
   * Mean demand per day from the first promo day through the cover period (day 0 = promo start),
   * for the monitor: a plan rebuilt during the promo still compares the days already sold with
   * their forecast, which `daily` (from the plan date) no longer holds.
   */
  fromPromoStart: number[];
  /** Promo lift the forecast applied (1 without promo history). */
  lift: number;
  /** The core's method name ("Pooled", "Calendar" …), "no history" or "no forecast". */
  method: string;
  /**
   * What the buyer reads in the method column, in both languages: the batch's method line (what
   * was borrowed from the pool), or why there is no forecast (the core's reason).
   */
  methodText: { en: string; zh: string };
  /** Promo-window total's p10 and p90 (before growth). */
  promoLow: number;
  promoHigh: number;
  /** SD of daily demand on non-promo days (observed days only). */
  sdDaily: number;
  /** Observed days of history the forecast rests on (absent without a forecast). */
  observedDays?: number;
  lyUnits: number;
  lyRevenue: number;
}

/** A quantity that must be on the shelf by a day. */
export interface Need {
  /** Day index from the plan date. */
  by: number;
  units: number;
}

export interface ModeBatch {
  mode: PlanMode;
  units: number;
  cartons: number;
  cbm: number;
  /** Gross weight, kg (units × packed unit weight). Chargeable weight is the shipment's (./shipments). */
  grossKg: number;
  /** Serial dates: PO, ship (hand to carrier), arrival (sellable). null when units = 0. */
  poDate: number | null;
  shipDate: number | null;
  arrivalDate: number | null;
}

export interface ModeOption {
  mode: PlanMode;
  transitDays: number;
  /** Earliest day (index) a PO placed on the plan date is sellable. */
  earliest: number;
  /** Latest PO date (serial) that still makes the inbound cutoff. */
  latestPoDate: number;
  /** The latest PO date has not passed. */
  feasible: boolean;
  /** The SKU's special goods this mode refuses (the core's `refusingFlags`); empty = it takes them. */
  refusedBy: CategoryFlag[];
}

/** The mode can carry the SKU: still in time and it does not refuse the goods. */
export const usable = (o: ModeOption): boolean => o.feasible && o.refusedBy.length === 0;

export type CostBucket = "warehouse" | "selling" | "contingency";

export interface CashItem {
  /** Serial date. */
  date: number;
  mode: PlanMode;
  kind: "deposit" | "balance" | "freight" | "dutyVat";
  amount: number;
}

export type PlanWarningCode =
  | "stockOutBeforeArrival"
  | "modeInfeasible"
  | "noFeasibleMode"
  | "shareLimitIgnored"
  | "moqAboveNeed"
  | "overrideBelowNeed"
  | "overrideBelowSafety"
  | "overrideNotCartons"
  | "onOrderAfterCutoff"
  | "onOrderNoDate"
  | "leadTimeDefault"
  | "agedInventoryRisk"
  | "shortHistory"
  | "modeRefused"
  | "noModeForGoods";

export interface PlanWarning {
  code: PlanWarningCode;
  sku: string;
  vars: Record<string, string | number>;
}

export interface SkuPlan {
  facts: SkuFacts;
  forecast: SkuForecast;
  /** Demand per day from the plan date through the cover period, after growth, lift and buffers. */
  demand: number[];
  /** Demand on promo days only. */
  promoDemand: number;
  /** Demand per day as `demand`, but from the first promo day (`forecast.fromPromoStart`): the monitor's. */
  monitorDemand: number[];
  /**
   * Demand this plan covers: from the plan date (or, for a plan made long before the promo, from
   * `coverDaysBeforeCutoff` days before the inbound cutoff) through the end of the cover period.
   */
  horizonDemand: number;
  /** The safety stock used (the chosen method's), and both methods' numbers to compare. */
  safetyStock: number;
  safetyStockRule: number;
  safetyStockStat: number;
  /** First day (serial) demand is not met before any feasible arrival; null = never. */
  stockOutDate: number | null;
  /** Demand lost before the first feasible arrival. */
  unitsShort: number;
  /**
   * First day (serial) the stock on hand and on order runs out before the cover start (days left
   * to regular replenishment, never counted short); null = it lasts until then.
   */
  runsOutBeforeCover: number | null;
  /**
   * Demand lost after the first arrival because the buyer's typed order quantity is below what the
   * plan computed (time-phased: the stock runs out once the typed units are used up); 0 without one.
   */
  typedShort: number;
  /** First day (serial) the typed order's units are used up and sales are lost; null = never. */
  typedShortDate: number | null;
  /** Units that must arrive (net requirement), before whole cartons and MOQ. */
  netRequirement: number;
  modes: ModeOption[];
  batches: ModeBatch[];
  /** Σ batch units (whole cartons, MOQ, the buyer's override applied). */
  orderQty: number;
  /** Units the plan computed before the buyer's order override. */
  plannedQty: number;
  /** Average selling price over the horizon (promo days at the discount). */
  avgPrice: number;
  /** Landed cost of the order (Σ over modes of the core's landedCost), by bucket. */
  cost: Record<CostBucket, number> & { total: number; components: Record<CostComponentKey, number> };
  /** cost.total / orderQty (0 without an order). */
  landedPerUnit: number;
  /** Cash out before sales: purchase, payment fee, freight, insurance, duty, customs, import VAT. */
  cashOut: number;
  cash: CashItem[];
  /** avgPrice − landedPerUnit; null when nothing is ordered (no unit has a cost, so no margin). */
  marginPerUnit: number | null;
  marginOnPlan: number;
  /** marginOnPlan / cashOut (0 without cash out). */
  roi: number;
  /** Units expected left on the shelf the day after the promo; per batch, its days on the shelf (./shelfStock). */
  leftoverAfterPromo: number;
  shelf: (BatchShelf | null)[];
  /** Serial date the oldest leftover unit reaches the aged-inventory age; null = no leftover. */
  agedFeeDate: number | null;
  /** True when the leftover will not sell at the post-promo rate before the aged fee starts. */
  agedRisk: boolean;
  warnings: PlanWarning[];
}

/** A SKU's plan before its costs: everything `priceSku` does not add. */
export type SkuSchedule = Omit<
  SkuPlan,
  "cost" | "landedPerUnit" | "cashOut" | "cash" | "marginPerUnit" | "marginOnPlan" | "roi"
>;

// the consolidated shipments' types live in ./shipmentTypes (re-exported for the engine's readers)
export type { Shipment, ShipmentLoad } from "./shipmentTypes";
