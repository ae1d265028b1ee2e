import { ContainerType, ShippingMode, requireMode } from "../shipping";
import { flagsRefusing, readFlags, resolveRates, type CostComponentKey } from "./costRules";
import { CategoryFlag, CategoryRule, LandedCostRates } from "./rates";
import { landedCostOfOne } from "./shipmentCost";

export { COST_COMPONENT_KEYS, COST_GROUP, type CostComponentKey, type CostGroup } from "./costRules";
export { resolveRates } from "./costRules";

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
  /** Average share of the quantity on the FBA shelf in those months. Default 0.5 (linear sell-down). */
  fbaStoredShare?: number | null;
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

/**
 * Landed cost of one purchase shipped to one destination, with a breakdown that adds up exactly.
 *
 * purchase = unitPrice × qty × fxRate; paymentFee = purchase × paymentFeeRate.
 * freight: express/air = max(min, rate × Σ chargeable kg), kg = max(kg, cm³ / divisor);
 *   sea_lcl = rate × max(minRT, max(CBM, tonnes)); sea_fcl = rate × ⌈CBM / capacity⌉.
 * categorySurcharge = freight × Σ flag surcharge rates for the mode.
 * insurance = rate × (1 + markup) × (goods + freight) (Incoterms CIF: 110 % of C + F).
 * duty = dutyRate × (FOB ? goods : CIF); importVat = vatRate × (CIF + duty) (EU VAT Directive
 *   2006/112/EC art. 85–86), a cost only when not reclaimable.
 * customsFee = clamp(rate × goods, min, max) (US MPF, 19 CFR 24.23).
 * warehouse = CBM × months × rate + qty × handling; FBA fees, storage and aged surcharge per
 *   Amazon's fee pages (see `fbaStorageCost`); commission = qty × max(rate × price, min);
 *   refundReserve = qty × price × returnRate × returnLossRate; contingency = rate × Σ above (seed: 10–15 %).
 * Each component is rounded to whole cents and the total is their sum, so the breakdown adds up
 * exactly; the contingency is taken on the rounded sum. It is a consolidated shipment of one line
 * (`shipmentCost`): the same rules, so a SKU's share of a larger shipment is costed alike.
 * Source of the cost structure: the seed's 总成本 formula and DESIGN.md's cost drivers.
 * @throws {InputError} a field is not a finite number / known mode / known flag.
 * @throws {OutOfRangeError} quantity ≤ 0; negative price, weight, volume or months; a rate outside [0, 1].
 * @example landedCost({ quantity: 1000, unitPrice: 35, fxRate: 0.14, unitWeightKg: 0.4,
 *   unitVolumeCbm: 0.002, mode: "sea_lcl", sellingPrice: 19.99 }).total // => 13136
 */
export function landedCost(input: LandedCostInput): LandedCostResult {
  return landedCostOfOne(input);
}

/**
 * The special-goods rule of the first leg, in one place: which of `flags` the `mode` refuses
 * (`categoryRules[flag].restrictedModes`, the defaults merged with `rates`). The plan never books
 * a SKU on a mode that refuses it; `landedCost` for such a mode warns `mode_restricted`.
 * @throws {InputError} unknown mode or flag; malformed rate overrides.
 * @example refusingFlags("air", ["standaloneBattery", "magnetic"]) // => ["standaloneBattery"]
 * @example refusingFlags("express", ["liquid"]) // => ["liquid"]
 */
export function refusingFlags(
  mode: ShippingMode,
  flags: readonly CategoryFlag[],
  rates?: LandedCostRatesInput | null,
): CategoryFlag[] {
  return flagsRefusing(requireMode("mode", mode), readFlags(flags), resolveRates(rates));
}
