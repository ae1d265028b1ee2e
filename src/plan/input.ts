/**
 * What buildPlan and planFigures take. The row types are the importers' (src/import owns
 * SalesRow and SkuRow); the plan adds only the per-SKU fields a buyer may know beyond the SKU
 * master (history KPIs, on-order date, FBA fee, pre-sale, creator cap).
 */
import type { SalesInput, SalesRow as ImportedSalesRow, SkuRow as ImportedSkuRow } from "../import";
import type { PlanSettings, RequiredSettingKey } from "./settings";
export { PROMO_EVENTS, type PromoEvent } from "./promoEvents";
export { DEFAULT_SETTINGS, type PlanSettings } from "./settings";

/** One daily sales (or actuals) row: the importer's. */
export type SalesRow = ImportedSalesRow;

/** Fields of a SKU the master file may lack but the plan uses when a buyer has them. */
export interface PlanSkuExtras {
  /** History KPIs (fractions). */
  returnRate?: number;
  conversionRate?: number;
  acos?: number;
  /** Standard deviation of the production lead time, days. */
  leadTimeSdDays?: number;
  /** ISO date the on-order units become sellable; absent = unknown (see skuPlan's onOrderArrival). */
  onOrderDate?: string;
  /** FBA fulfilment fee for this SKU's size tier. */
  fbaFee?: number;
  preSaleUnits?: number;
  creatorCap?: number;
}

/** One SKU master row: the importer's row plus the plan's optional extras. */
export type SkuRow = Omit<ImportedSkuRow, "channel"> &
  PlanSkuExtras & {
    /** Sales channel as the file names it (amazon, tiktok …); the plan keeps and uses it. */
    channel?: string;
  };

export interface PlanInput {
  settings: Partial<PlanSettings> & Pick<PlanSettings, RequiredSettingKey | "event">;
  /** "Today": the refresh date (ISO), and the plan date unless settings.planDate is set. */
  today: string;
  skus: readonly SkuRow[];
  /**
   * Daily sales history: rows, or the importer's `SalesHistory` (flat arrays, what the CLI passes
   * for big files). See src/import toDailySeries for observed vs not observed.
   */
  sales: SalesInput;
  /** Daily actuals, for the monitor. */
  actuals?: readonly SalesRow[];
  /** Written into the metadata, e.g. `StockUp 0.1.0 (CLI)`. */
  builtBy?: string;
}
