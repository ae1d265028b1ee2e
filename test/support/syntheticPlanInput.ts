import { addDays } from "../../src/core";
import type { PlanInput, SalesRow, SkuRow } from "../../src/plan/input";

/** What one synthetic catalogue looks like; the plan benches differ only in these. */
export interface SyntheticPlanOptions {
  skuCount: number;
  /** Days of daily history per SKU, from `firstDay`; "today" is the day after the last. */
  days: number;
  firstDay: string;
  /** Fields of SKU `i` that differ from the base row (title `Item i`, no liquid or magnet). */
  sku?: (i: number) => Partial<SkuRow>;
  /** Units and promo flag of SKU `i` on day `d`; called SKU by SKU, day by day, so a seeded generator stays in step. */
  sale: (i: number, d: number) => Pick<SalesRow, "units" | "promo">;
}

/**
 * A plan input for BFCM 2025 with `skuCount` SKUs (`SKU-00000` …) whose cost, weight, lead time
 * and price cycle with the SKU's index, each with `days` of daily sales.
 * @example
 * syntheticPlanInput({ skuCount: 100, days: 180, firstDay: "2025-03-01", sale: () => ({ units: 1, promo: false }) });
 */
export function syntheticPlanInput(o: SyntheticPlanOptions): PlanInput {
  const skus: SkuRow[] = [];
  const sales: SalesRow[] = [];
  for (let i = 0; i < o.skuCount; i++) {
    const sku = `SKU-${String(i).padStart(5, "0")}`;
    skus.push({
      sku,
      title: `Item ${i}`,
      unitCost: 2 + (i % 20),
      weightKg: 0.1 + (i % 5) / 10,
      lengthCm: 10,
      widthCm: 8,
      heightCm: 4,
      battery: i % 9 === 0,
      liquid: false,
      magnetic: false,
      moq: 100,
      casePack: 20,
      leadTimeDays: 15 + (i % 20),
      onHand: 50,
      onOrder: 0,
      sellingPrice: 10 + (i % 30),
      channel: "amazon",
      ...o.sku?.(i),
    });
    for (let d = 0; d < o.days; d++) {
      const { units, promo } = o.sale(i, d);
      sales.push({ date: addDays(o.firstDay, d), sku, units, promo });
    }
  }
  return {
    settings: {
      event: "bfcm",
      registrationDeadline: "2025-10-01",
      inboundCutoff: "2025-11-05",
      promoStart: "2025-11-28",
      promoEnd: "2025-12-01",
    },
    today: addDays(o.firstDay, o.days),
    skus,
    sales,
  };
}
