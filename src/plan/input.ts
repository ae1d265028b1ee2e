import type { PlanLocale } from "./types";

import type { PromoEvent } from "./promoEvents";
export { PROMO_EVENTS, type PromoEvent } from "./promoEvents";

/**
 * One SKU master row, shaped like the importer's `SkuRow` (src/import/importSkus.ts) so its rows
 * pass straight through. A missing number counts as 0 (case pack: 1), a missing title as "".
 */
export interface SkuRow {
  sku: string;
  title?: string;
  unitCost?: number;
  weightKg?: number;
  lengthCm?: number;
  widthCm?: number;
  heightCm?: number;
  battery: boolean;
  liquid: boolean;
  magnetic: boolean;
  moq?: number;
  casePack?: number;
  leadTimeDays?: number;
  onHand?: number;
  onOrder?: number;
  sellingPrice?: number;
  channel?: string;
  /** Optional history KPIs when the buyer has them (fractions). */
  returnRate?: number;
  conversionRate?: number;
  acos?: number;
}

/** One daily sales (or actuals) row: units sold of one SKU on one ISO date. */
export interface SalesRow {
  date: string;
  sku: string;
  units: number;
  /** Promo day: the importer gives 0/1. */
  promo?: boolean | 0 | 1;
  price?: number;
}

/**
 * Plan settings. Every rate is an input with a documented default (DESIGN.md: no hidden
 * constants); `DEFAULT_SETTINGS` fills what the caller leaves out.
 */
export interface PlanSettings {
  event: PromoEvent;
  /** Free text shown for a custom event. */
  eventName?: string;
  /** ISO dates. */
  registrationDeadline: string;
  inboundCutoff: string;
  promoStart: string;
  promoEnd: string;
  locale: PlanLocale;
  /** Fractions: 0.2 = +20 %. */
  growthRate: number;
  discountDepth: number;
  /** Extra demand per unit of discount depth (0.3 off × 1.5 = +45 %). */
  discountElasticity: number;
  newProductShare: number;
  serviceLevel: number;
  /** Seed rule of thumb: 10–20 % of the target as safety stock. */
  safetyStockPct: number;
  safetyStockMethod: "rule" | "statistical";
  depositRate: number;
  seaShare: number;
  airShare: number;
  /** Transit days to the marketplace warehouse, per mode. */
  transitDaysSea: number;
  transitDaysAir: number;
  transitDaysExpress: number;
  /** Days the warehouse needs to check stock in before the cutoff counts. */
  inboundBufferDays: number;
  seaRatePerCbm: number;
  airRatePerKg: number;
  expressRatePerKg: number;
  /** Volumetric divisors (cm³/kg): air 6000 (IATA, 167 kg/CBM), express 5000. */
  airVolumetricDivisor: number;
  expressVolumetricDivisor: number;
  dutyRate: number;
  commissionRate: number;
  fulfilmentFeePerUnit: number;
  defaultReturnRate: number;
  contingencyRate: number;
}

/**
 * Documented defaults. Sources: seed (safety stock 10–20 %, contingency 10–15 %, plan first-leg
 * 30+ days ahead); DESIGN.md (divisors 5000/6000); rates are typical 2024 China→US quotes a buyer
 * must replace with their own forwarder's.
 */
export const DEFAULT_SETTINGS: Omit<
  PlanSettings,
  "registrationDeadline" | "inboundCutoff" | "promoStart" | "promoEnd" | "event"
> = {
  locale: "en-US",
  growthRate: 0.1,
  discountDepth: 0.2,
  discountElasticity: 1.5,
  newProductShare: 0.1,
  serviceLevel: 0.95,
  safetyStockPct: 0.15,
  safetyStockMethod: "rule",
  depositRate: 0.3,
  seaShare: 0.7,
  airShare: 0.2,
  transitDaysSea: 35,
  transitDaysAir: 10,
  transitDaysExpress: 5,
  inboundBufferDays: 7,
  seaRatePerCbm: 180,
  airRatePerKg: 7,
  expressRatePerKg: 11,
  airVolumetricDivisor: 6000,
  expressVolumetricDivisor: 5000,
  dutyRate: 0.075,
  commissionRate: 0.15,
  fulfilmentFeePerUnit: 3.5,
  defaultReturnRate: 0.05,
  contingencyRate: 0.1,
};

export interface PlanInput {
  settings: Partial<PlanSettings> &
    Pick<PlanSettings, "registrationDeadline" | "inboundCutoff" | "promoStart" | "promoEnd" | "event">;
  /** "Today": the refresh date (ISO). Passed in so a build is reproducible. */
  today: string;
  skus: SkuRow[];
  /** Daily sales history (one row per SKU per day; missing days count as zero). */
  sales: SalesRow[];
  /** Daily actuals during the promo, for the monitor. */
  actuals?: SalesRow[];
  /** Written into the metadata, e.g. `StockUp 0.1.0 (CLI)`. */
  builtBy?: string;
}
