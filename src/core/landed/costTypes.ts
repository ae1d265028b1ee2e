/**
 * The landed-cost vocabulary: the cost components and where each belongs on the buyer's page, and
 * the input, result and warning types of `landedCost` / `shipmentCost`. Kept apart from the rules
 * so that the rules, the one-line cost and the shipment cost all depend on it and not on each other.
 */
import type { ContainerType, ShippingMode } from "../shipping";
import type { CategoryFlag, CategoryRule, LandedCostRates } from "./rates";

/** The cost components, in the order they are reported (and summed). */
export const COST_COMPONENT_KEYS = [
  "purchase",
  "paymentFee",
  "freight",
  "categorySurcharge",
  "insurance",
  "duty",
  "importVat",
  "customsFee",
  "warehouseStorage",
  "warehouseHandling",
  "fbaFulfilment",
  "fbaStorage",
  "agedSurcharge",
  "commission",
  "advertising",
  "refundReserve",
  "contingency",
] as const;
export type CostComponentKey = (typeof COST_COMPONENT_KEYS)[number];

/**
 * Where a component belongs on the buyer's page (DESIGN.md "Cost to the warehouse"): what it costs
 * to put the goods on the shelf (purchase, payment fee, freight, surcharge, insurance, duty, VAT,
 * customs), what selling them costs (FBA fee and storage, overseas warehouse, commission, refunds),
 * and the contingency on both. The plan's buckets and the pane's groups read this one map.
 */
export type CostGroup = "toWarehouse" | "selling" | "contingency";
export const COST_GROUP: Readonly<Record<CostComponentKey, CostGroup>> = Object.freeze({
  purchase: "toWarehouse",
  paymentFee: "toWarehouse",
  freight: "toWarehouse",
  categorySurcharge: "toWarehouse",
  insurance: "toWarehouse",
  duty: "toWarehouse",
  importVat: "toWarehouse",
  customsFee: "toWarehouse",
  warehouseStorage: "selling",
  warehouseHandling: "selling",
  fbaFulfilment: "selling",
  fbaStorage: "selling",
  agedSurcharge: "selling",
  commission: "selling",
  advertising: "selling",
  refundReserve: "selling",
  contingency: "contingency",
});

/** Stable warning codes; `message` is English, `messageZh` Simplified Chinese. */
export type CostWarningCode =
  | "mode_restricted"
  | "battery_goods"
  | "liquid_goods"
  | "magnetic_goods"
  | "min_charge_applied"
  | "fcl_low_utilisation"
  | "no_selling_price"
  | "negative_margin"
  | "aged_inventory"
  | "contingency_below_seed";

export interface CostWarning {
  code: CostWarningCode;
  message: string;
  messageZh: string;
}

export interface CostComponent {
  key: CostComponentKey;
  /** Amount in the account currency, exactly amountCents / 100. */
  amount: number;
  /** Amount in integer cents: these add up exactly to `totalCents`. */
  amountCents: number;
}

/** Inputs of {@link landedCost}. Money in the account currency unless named otherwise. */
export interface LandedCostInput {
  /** Units shipped and sold. */
  quantity: number;
  /** Supplier price per unit, in the purchase currency (e.g. CNY). */
  unitPrice: number;
  /** Account-currency units per purchase-currency unit (e.g. 0.14 USD per CNY). Default 1. */
  fxRate?: number | null;
  /** Gross weight of one unit, packed, in kg. */
  unitWeightKg: number;
  /** Volume of one unit, packed, in CBM. */
  unitVolumeCbm: number;
  /** First-leg mode. */
  mode: ShippingMode;
  /** Container for sea_fcl. Default 40HQ. */
  containerType?: ContainerType | null;
  /** Category flags that change how the goods ship. */
  categoryFlags?: readonly CategoryFlag[] | null;
  /** Selling price per unit; without it commission, refund reserve, margin and ROI are not computed. */
  sellingPrice?: number | null;
  /** Months staged in an overseas warehouse before FBA (0 or omitted: shipped straight to FBA). */
  overseasWarehouseMonths?: number | null;
  /** Whether Amazon fulfils the orders (FBA fulfilment fee). Default true. */
  fba?: boolean | null;
  /** Calendar months (1–12) the stock sits in FBA before and during the promo, e.g. [10, 11]. Default none. */
  fbaStorageMonths?: readonly number[] | null;
  /**
   * Average share of the quantity on the FBA shelf in those months: one for all, or one per month
   * (same order as `fbaStorageMonths`). Default 0.5 (linear sell-down).
   */
  fbaStoredShare?: number | readonly number[] | null;
  /** Stock expected to be left after the promo (see `leftoverAfterPromo`), with its fate. */
  leftover?: {
    /** Units left. */
    units: number;
    /** Calendar months (1–12) it stays in FBA after the promo. */
    months: readonly number[];
    /** Its age in days when the promo ends. */
    ageDaysAtPromoEnd: number;
  } | null;
  /**
   * Override any rate; the rest come from {@link DEFAULT_RATES}. At run time the nested maps
   * (per container, per category flag) also merge per key, so adapters may pass partial maps.
   */
  rates?: Partial<LandedCostRates> | null;
}

/**
 * What `resolveRates` accepts: any subset of {@link LandedCostRates}, the per-container and
 * per-flag maps partial too (`{ seaFclRatePerContainer: { "40HQ": 4200 } }` keeps the other
 * containers' defaults).
 */
export type LandedCostRatesInput = Partial<
  Omit<LandedCostRates, "seaFclRatePerContainer" | "containerCapacityCbm" | "categoryRules">
> & {
  seaFclRatePerContainer?: Partial<Record<ContainerType, number>> | null;
  containerCapacityCbm?: Partial<Record<ContainerType, number>> | null;
  categoryRules?: Partial<Record<CategoryFlag, Partial<CategoryRule> | null>> | null;
};

/** First-leg details, for showing the buyer how freight was billed. */
export interface FreightDetail {
  mode: ShippingMode;
  /** Chargeable kg (express, air); revenue tons × 1000 for sea LCL; null for FCL. */
  chargeableWeightKg: number | null;
  /** Revenue tons billed (sea LCL), else null. */
  revenueTons: number | null;
  /** Containers (sea FCL), else null. */
  containers: number | null;
  containerType: ContainerType | null;
  /** Share of container capacity used (sea FCL), else null. */
  utilisation: number | null;
  /** True when the minimum charge was billed instead of the rate. */
  minChargeApplied: boolean;
}

/** What {@link landedCost} returns. */
export interface LandedCostResult {
  /** Σ components, exactly totalCents / 100. */
  total: number;
  totalCents: number;
  /** total / quantity (not rounded). */
  perUnit: number;
  quantity: number;
  /** Every component in {@link COST_COMPONENT_KEYS} order, zeros included. */
  components: CostComponent[];
  warnings: CostWarning[];
  freight: FreightDetail;
  /** Goods value in the account currency (price × qty × FX): the FOB value. */
  goodsValue: number;
  /** Goods + freight + insurance. */
  cifValue: number;
  /** The value duty was charged on. */
  dutyBase: number;
  /** Import VAT paid at the border and reclaimed later (cash, not cost); 0 if not reclaimable. */
  reclaimableVat: number;
  /** sellingPrice × quantity, or null. */
  revenue: number | null;
  /** revenue − total, or null. */
  profit: number | null;
  /** profit / revenue, or null. */
  margin: number | null;
  /** profit / total, or null. */
  roi: number | null;
}
