import { ShippingMode, requireMode } from "../shipping";
import { flagsRefusing, readFlags, resolveRates } from "./costRules";
import type { LandedCostInput, LandedCostRatesInput, LandedCostResult } from "./costTypes";
import { CategoryFlag } from "./rates";
import { landedCostOfOne } from "./shipmentCost";

export { COST_COMPONENT_KEYS, COST_GROUP, type CostComponentKey, type CostGroup } from "./costTypes";
export type {
  CostComponent,
  CostWarning,
  CostWarningCode,
  FreightDetail,
  LandedCostInput,
  LandedCostRatesInput,
  LandedCostResult,
} from "./costTypes";
export { resolveRates } from "./costRules";

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
