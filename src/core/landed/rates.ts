/**
 * Every rate the landed-cost calculation uses, with a documented default. Rates change (carriers
 * reprice monthly, Amazon yearly): the buyer overrides any of them per call; nothing here is a
 * hidden constant. Money is in the account currency (the currency of the selling price), except
 * the supplier's unit price, which `fxRate` converts. Defaults are for China → US, FBA, 2025.
 */
import { ContainerType, ShippingMode } from "../shipping";

/**
 * Goods that ship differently (seed: 带电 / 液体 / 带磁 affect the first leg). `battery` is a
 * lithium battery packed in or with equipment (UN3481: a tripod, a gimbal); `standaloneBattery`
 * is a battery shipped on its own (UN3480: a power bank, 纯电池 / 充电宝), which most modes refuse.
 */
export type CategoryFlag = "battery" | "standaloneBattery" | "liquid" | "magnetic";
export const CATEGORY_FLAGS: readonly CategoryFlag[] = ["battery", "standaloneBattery", "liquid", "magnetic"];

/** Where duty is assessed: FOB (transaction value, US 19 CFR 152.103) or CIF (EU, Reg. 952/2013 art. 70–71). */
export type DutyBasis = "FOB" | "CIF";

/** How a category flag changes the first leg. */
export interface CategoryRule {
  /** Extra share of the freight charge per mode (dangerous-goods / special-line premium). */
  freightSurchargeRate: Record<ShippingMode, number>;
  /**
   * Modes that refuse these goods (`refusingFlags` reads it): the plan never books them on such a
   * mode, and a landed cost asked for one carries a `mode_restricted` warning.
   */
  restrictedModes: readonly ShippingMode[];
}

export interface LandedCostRates {
  /** Payment/FX transfer fee on the purchase amount (PayPal/Payoneer/bank ≈ 1–3 %). Default 0.01. */
  paymentFeeRate: number;
  /** Express courier rate per chargeable kg. Default 6.5 (China → US courier, 21 kg+ band, 2025 quotes). */
  expressRatePerKg: number;
  /** Minimum express charge per shipment. Default 25. */
  expressMinCharge: number;
  /** Express volumetric divisor, cm³ per kg. Default 5000 (DHL/FedEx/UPS). */
  expressVolumetricDivisor: number;
  /** Air freight rate per chargeable kg, door to FBA. Default 4.5 (China → US, 100 kg+ band, 2025 quotes). */
  airRatePerKg: number;
  /** Minimum air charge per shipment. Default 100. */
  airMinCharge: number;
  /** Air volumetric divisor, cm³ per kg. Default 6000 (IATA, 167 kg per CBM). */
  airVolumetricDivisor: number;
  /** Sea LCL rate per revenue ton (max(CBM, tonnes)), door to FBA. Default 90. */
  seaLclRatePerRevenueTon: number;
  /** Minimum LCL bill in revenue tons. Default 1 (forwarders bill at least 1 W/M). */
  seaLclMinRevenueTons: number;
  /** FCL rate per container, door to FBA. Defaults 20GP 2500, 40GP 3500, 40HQ 3700 (2025 quotes). */
  seaFclRatePerContainer: Record<ContainerType, number>;
  /** Usable container capacity in CBM. Defaults 20GP 28, 40GP 58, 40HQ 68 (DESIGN.md). */
  containerCapacityCbm: Record<ContainerType, number>;
  /** Cargo insurance premium on the insured value. Default 0.003 (0.3 %). */
  insuranceRate: number;
  /** Insured value = (goods + freight) × (1 + this). Default 0.1 (Incoterms CIF: 110 %). */
  insuredValueMarkupRate: number;
  /** Import duty rate for the HS code (look yours up in the HTS / TARIC). Default 0.05. */
  dutyRate: number;
  /** Duty basis. Default FOB (US). Use CIF for the EU and the UK. */
  dutyBasis: DutyBasis;
  /** Import VAT rate on CIF + duty. Default 0 (the US has none; DE 0.19, FR 0.2, UK 0.2). */
  importVatRate: number;
  /** Whether import VAT is reclaimed as input tax (then it is cash, not cost). Default true. */
  importVatReclaimable: boolean;
  /** Customs processing fee on the goods value. Default 0.003464 (US MPF, FY2025). */
  customsFeeRate: number;
  /** Minimum customs fee per entry. Default 32.71 (US MPF minimum, FY2025). */
  customsFeeMin: number;
  /** Maximum customs fee per entry. Default 634.62 (US MPF maximum, FY2025). */
  customsFeeMax: number;
  /** Overseas-warehouse storage per CBM per month. Default 15. */
  warehouseStoragePerCbmMonth: number;
  /** Overseas-warehouse handling per unit (in + out). Default 0.5. */
  warehouseHandlingPerUnit: number;
  /** FBA fulfilment fee per unit. Default 3.22 (order of Amazon US small standard-size fees, 2024–25; use your SKU's size tier). */
  fbaFulfilmentFeePerUnit: number;
  /** FBA monthly storage per cubic foot, Jan–Sep. Default 0.78 (Amazon US, standard size). */
  fbaStoragePerCubicFootOffPeak: number;
  /** FBA monthly storage per cubic foot, Oct–Dec. Default 2.4 (Amazon US, standard size). */
  fbaStoragePerCubicFootPeak: number;
  /**
   * Aged-inventory surcharge per cubic foot per month once stock is older than the threshold.
   * Default 0.5: Amazon US's first tier (181–210 days). Later tiers cost more (up to ≈6.90 past
   * 365 days); a single rate understates stock left for many months, so raise it for long tails.
   */
  agedSurchargePerCubicFootMonth: number;
  /** Age in days after which the aged-inventory surcharge applies. Default 180 (DESIGN.md). */
  agedSurchargeThresholdDays: number;
  /** Platform commission (referral fee) on the selling price. Default 0.15 (Amazon, most categories). */
  commissionRate: number;
  /** Minimum commission per unit. Default 0.3 (Amazon referral-fee minimum). */
  commissionMinPerUnit: number;
  /**
   * Advertising spend per unit sold as a share of the selling price. Default 0 (no ads). The seed's
   * history KPI is ACoS (ad spend / ad-attributed sales): it equals this rate when every sale comes
   * from ads; TACoS (ad spend / all sales) is the exact rate when you have it.
   */
  adCostRate: number;
  /** Share of sold units returned. Default 0.05. */
  returnRate: number;
  /** Share of the selling price lost per returned unit (return shipping, unsellable stock). Default 0.3. */
  returnLossRate: number;
  /** Contingency on all other costs. Default 0.1 (seed: 10–15 %). */
  contingencyRate: number;
  /** What each category flag does to the first leg. */
  categoryRules: Record<CategoryFlag, CategoryRule>;
}

/** Cubic feet per cubic metre (1 m = 3.28084 ft; 3.28084³), for Amazon's per-ft³ storage fees. */
export const CUBIC_FEET_PER_CBM = 35.3146667;

/**
 * Default rates (China → US, FBA, 2025). Sources: carriers' published volumetric divisors, US CBP
 * MPF (19 CFR 24.23, FY2025 figures), Amazon Seller Central fee pages (2025), the seed for the
 * 10–15 % contingency and 10–20 % safety stock; freight rates are indicative forwarder quotes.
 */
export const DEFAULT_RATES: Readonly<LandedCostRates> = Object.freeze({
  paymentFeeRate: 0.01,
  expressRatePerKg: 6.5,
  expressMinCharge: 25,
  expressVolumetricDivisor: 5000,
  airRatePerKg: 4.5,
  airMinCharge: 100,
  airVolumetricDivisor: 6000,
  seaLclRatePerRevenueTon: 90,
  seaLclMinRevenueTons: 1,
  seaFclRatePerContainer: Object.freeze({ "20GP": 2500, "40GP": 3500, "40HQ": 3700 }),
  containerCapacityCbm: Object.freeze({ "20GP": 28, "40GP": 58, "40HQ": 68 }),
  insuranceRate: 0.003,
  insuredValueMarkupRate: 0.1,
  dutyRate: 0.05,
  dutyBasis: "FOB",
  importVatRate: 0,
  importVatReclaimable: true,
  customsFeeRate: 0.003464,
  customsFeeMin: 32.71,
  customsFeeMax: 634.62,
  warehouseStoragePerCbmMonth: 15,
  warehouseHandlingPerUnit: 0.5,
  fbaFulfilmentFeePerUnit: 3.22,
  fbaStoragePerCubicFootOffPeak: 0.78,
  fbaStoragePerCubicFootPeak: 2.4,
  agedSurchargePerCubicFootMonth: 0.5,
  agedSurchargeThresholdDays: 180,
  commissionRate: 0.15,
  commissionMinPerUnit: 0.3,
  adCostRate: 0,
  returnRate: 0.05,
  returnLossRate: 0.3,
  contingencyRate: 0.1,
  categoryRules: Object.freeze({
    // lithium batteries in or with equipment: UN3481 (IATA DGR PI 966/967 Section II), accepted by
    // air and couriers on "带电" special lines with an MSDS and UN38.3 report, at a DG premium
    battery: {
      freightSurchargeRate: { express: 0.3, air: 0.25, sea_lcl: 0.1, sea_fcl: 0 },
      restrictedModes: [],
    },
    // lithium batteries on their own (power banks): UN3480, IATA DGR PI 965 — forbidden on passenger
    // aircraft since 2016-04-01, cargo aircraft only at ≤ 30 % charge as full Class 9 dangerous
    // goods; DHL/FedEx/UPS take them only on a dangerous-goods account and the air and express
    // lines forwarders sell to e-commerce sellers refuse them. They go by sea (IMDG Class 9, DG premium).
    standaloneBattery: {
      freightSurchargeRate: { express: 0.3, air: 0.25, sea_lcl: 0.15, sea_fcl: 0.05 },
      restrictedModes: ["air", "express"],
    },
    // liquids/pastes: most express lines refuse them; air needs an MSDS and a special line
    liquid: {
      freightSurchargeRate: { express: 0, air: 0.2, sea_lcl: 0.05, sea_fcl: 0 },
      restrictedModes: ["express"],
    },
    // magnets: air needs a magnetic inspection (IATA PI 953); small premium
    magnetic: {
      freightSurchargeRate: { express: 0.1, air: 0.1, sea_lcl: 0, sea_fcl: 0 },
      restrictedModes: [],
    },
  }) as Record<CategoryFlag, CategoryRule>,
}) as Readonly<LandedCostRates>;
