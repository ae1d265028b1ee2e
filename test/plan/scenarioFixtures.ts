/** Worked scenarios of the README's "How the plan decides": hand-checkable inputs. */
import { addDays } from "../../src/core";
import type { PlanInput, SalesRow, SkuRow } from "../../src/plan/input";

/** 2025-11-28 (BFCM Friday) − 73 days = 2025-09-16. */
export const PROMO_START = "2025-11-28";
export const PROMO_END = "2025-12-01";

export const SKU: SkuRow = Object.freeze({
  sku: "CASE",
  title: "Phone case",
  unitCost: 2,
  weightKg: 0.1,
  lengthCm: 10,
  widthCm: 10,
  heightCm: 2,
  battery: false,
  liquid: false,
  magnetic: false,
  moq: 0,
  casePack: 10,
  leadTimeDays: 15,
  onHand: 320,
  onOrder: 0,
  sellingPrice: 15,
  channel: "amazon",
  fbaFee: 3,
});

/** `perDay` units every day for `days` days ending the day before `end`, no promo flags. */
export function constantHistory(sku: string, perDay: number, end: string, days = 365): SalesRow[] {
  return Array.from({ length: days }, (_, i) => ({
    date: addDays(end, i - days),
    sku,
    units: perDay,
    promo: 0 as const,
  }));
}

/**
 * Constant 50 a day, a 4-day promo whose inbound cutoff is 7 days before it starts, check-in
 * buffer 7, cover 14 days after the promo, sea 35 / air 10 / express 5 days, lead time 15,
 * no growth, the same discount as last year, rule-of-thumb safety stock 15 %.
 */
export function scenario(
  daysBefore: number,
  sku: Partial<SkuRow> = {},
  settings: Partial<PlanInput["settings"]> = {},
): PlanInput {
  const today = addDays(PROMO_START, -daysBefore);
  return {
    settings: {
      event: "bfcm",
      registrationDeadline: addDays(PROMO_START, -30),
      inboundCutoff: addDays(PROMO_START, -7),
      promoStart: PROMO_START,
      promoEnd: PROMO_END,
      inboundBufferDays: 7,
      coverDaysAfterPromo: 14,
      // the worked example plans everything from the plan date (66 days to the cutoff < 90);
      // the default 30 is worked separately
      coverDaysBeforeCutoff: 90,
      transitDaysSea: 35,
      transitDaysAir: 10,
      transitDaysExpress: 5,
      growthRate: 0,
      discountDepth: 0.2,
      historicalDiscountDepth: 0.2,
      safetyStockMethod: "rule",
      safetyStockPct: 0.15,
      ...settings,
    },
    today,
    skus: [{ ...SKU, ...sku }],
    sales: constantHistory(sku.sku ?? SKU.sku, 50, today),
  };
}
