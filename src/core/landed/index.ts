export { landedCost, refusingFlags, COST_COMPONENT_KEYS, COST_GROUP } from "./landedCost";
export { shipmentCost } from "./shipmentCost";
export type { ShipmentLine, ShipmentInput, ShipmentResult } from "./shipmentCost";
export type {
  CostComponentKey,
  CostGroup,
  CostWarningCode,
  CostWarning,
  CostComponent,
  LandedCostInput,
  LandedCostRatesInput,
  FreightDetail,
  LandedCostResult,
} from "./landedCost";
export { DEFAULT_RATES, CATEGORY_FLAGS, CUBIC_FEET_PER_CBM } from "./rates";
export type { CategoryFlag, DutyBasis, CategoryRule, LandedCostRates } from "./rates";
export { chargeableWeightKg, DEFAULT_VOLUMETRIC_DIVISOR } from "./chargeableWeightKg";
export type { DimensionsCm } from "./chargeableWeightKg";
export { fbaStorageCost } from "./fbaStorageCost";
export type { FbaStorageInput, FbaStorageCost, FbaStorageRates } from "./fbaStorageCost";
