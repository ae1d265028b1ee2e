import type { FieldSpec } from "./compute/fields";
import type { PromoEventId } from "./compute/promoCalendar";
import { paneFieldSpecs, type PaneFieldSpec, type SettingKey } from "../plan/settings";

export type { SalesRow, SkuRow } from "../plan/input";
import type { SalesRow, SkuRow } from "../plan/input";

/** A row the importer rejected (an `error` issue from src/import), with its cells for a fix. */
export interface RejectedRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  /** Column as written in the file's header ("" when not about one column). */
  column: string;
  code: string;
  message: string;
  messageZh: string;
  /** Header and this row's cells, so the buyer can correct one and retry. */
  header: string[];
  cells: string[];
}

export type HistorySource = "sample" | "selection" | "table" | "file";
export type SafetyMethod = "rule" | "statistical";

/**
 * Everything the buyer entered, as typed. Numeric fields are kept as text so a half-typed value
 * survives; `FIELD_SPECS` says what each may hold. Saved in the workbook (schema `version`).
 */
export interface PaneDraft {
  version: 1;
  step: number;
  promo: {
    event: PromoEventId;
    registrationDeadline: string;
    inboundCutoff: string;
    promoStart: string;
    promoEnd: string;
  };
  history: {
    source: HistorySource | null;
    label: string;
    rows: SalesRow[];
    skus: SkuRow[];
    rejected: RejectedRow[];
    /** Rows left out of the saved draft because it would not fit the workbook; reload them. */
    notSaved?: number;
  };
  targets: { growthPct: string; discountPct: string; newProductPct: string };
  purchasing: {
    serviceLevelPct: string;
    method: SafetyMethod;
    ruleOfThumbPct: string;
    supplierLeadDays: string;
    depositPct: string;
  };
  logistics: {
    /** Most of the order by sea / by air, percent (the plan's SeaMaxShare / AirMaxShare). */
    seaMaxSharePct: string;
    airMaxSharePct: string;
    seaRatePerCbm: string;
    airRatePerKg: string;
    expressRatePerKg: string;
    seaTransitDays: string;
    airTransitDays: string;
    expressTransitDays: string;
    dutyPct: string;
    commissionPct: string;
    returnPct: string;
    warehouseFeePerUnit: string;
    contingencyPct: string;
  };
  /**
   * Pasted/imported actuals; `sku` is the SKU that lines without one belong to (the buyer picked
   * it above the box), absent = lines without a SKU are totals over all SKUs.
   */
  monitor: { actualsText: string; sku?: string };
  lastBuild?: { by: string; at: string };
  /** Fields whose value was read back from the plan sheet after a rebuild (until edited here). */
  fromSheet?: NumericField[];
}

export type TargetField = keyof PaneDraft["targets"];
export type PurchasingField = Exclude<keyof PaneDraft["purchasing"], "method">;
export type LogisticsField = keyof PaneDraft["logistics"];
export type NumericField = TargetField | PurchasingField | LogisticsField;

/** A setting as the registry's pane field (bounds, percent, default text). */
function registrySpec(key: SettingKey): PaneFieldSpec {
  const spec = paneFieldSpecs().find((f) => f.key === key);
  if (!spec) throw new Error(`No pane field spec for setting ${key}`);
  return spec;
}

function registryBounds(key: SettingKey): FieldSpec {
  const s = registrySpec(key);
  return { min: s.min, max: s.max, ...(s.integer ? { integer: true } : {}) };
}

/**
 * Allowed range of every numeric field. Percentages are typed as percent (20 = 20 %).
 * Upper bounds are generous sanity limits, not business rules.
 */
export const FIELD_SPECS: Record<NumericField, FieldSpec> = {
  growthPct: { min: -90, max: 1000 },
  discountPct: { min: 0, max: 90 },
  newProductPct: { min: 0, max: 90 },
  serviceLevelPct: { min: 50, max: 99.9 },
  ruleOfThumbPct: { min: 0, max: 100 },
  supplierLeadDays: { min: 0, max: 365, integer: true },
  depositPct: { min: 0, max: 100 },
  seaMaxSharePct: registryBounds("seaMaxShare"),
  airMaxSharePct: registryBounds("airMaxShare"),
  seaRatePerCbm: { min: 0, max: 10_000 },
  airRatePerKg: { min: 0, max: 1_000 },
  expressRatePerKg: { min: 0, max: 1_000 },
  seaTransitDays: { min: 1, max: 120, integer: true },
  airTransitDays: { min: 1, max: 60, integer: true },
  expressTransitDays: { min: 1, max: 30, integer: true },
  dutyPct: { min: 0, max: 100 },
  commissionPct: { min: 0, max: 100 },
  returnPct: { min: 0, max: 100 },
  warehouseFeePerUnit: { min: 0, max: 1_000 },
  contingencyPct: { min: 0, max: 100 },
};

/**
 * Defaults: every rate is an input (DESIGN.md "Rates change"). Sources: safety stock 15 % and
 * contingency 10 % are the seed article's rules of thumb (10–20 %, 10–15 %); transit days are
 * typical China → US West Coast door-to-FBA times (sea 35, air 10, express 5); freight rates are
 * placeholders the buyer should overwrite with their forwarder's quote.
 */
export function defaultDraft(promo: PaneDraft["promo"]): PaneDraft {
  return {
    version: 1,
    step: 0,
    promo,
    history: { source: null, label: "", rows: [], skus: [], rejected: [] },
    targets: { growthPct: "20", discountPct: "20", newProductPct: "0" },
    purchasing: {
      serviceLevelPct: "95",
      method: "rule",
      ruleOfThumbPct: "15",
      supplierLeadDays: "20",
      depositPct: "30",
    },
    logistics: {
      seaMaxSharePct: registrySpec("seaMaxShare").defaultText,
      airMaxSharePct: registrySpec("airMaxShare").defaultText,
      seaRatePerCbm: "120",
      airRatePerKg: "6",
      expressRatePerKg: "9",
      seaTransitDays: "35",
      airTransitDays: "10",
      expressTransitDays: "5",
      dutyPct: "5",
      commissionPct: "15",
      returnPct: "5",
      warehouseFeePerUnit: "0.5",
      contingencyPct: "10",
    },
    monitor: { actualsText: "" },
  };
}
