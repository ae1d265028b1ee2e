import type { FieldSpec } from "./compute/fields";
import type { PromoEventId } from "./compute/promoCalendar";
import { DEFAULT_SETTINGS } from "../plan/settings";
import { fieldSpec, NUMERIC_FIELDS, type NumericField } from "./fieldSettings";

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
    /**
     * ISO code of the currency the SKU file's unit costs state (every row agreeing); absent = the
     * file states none. It is the plan's purchase currency (compute/purchaseCurrency).
     */
    costCurrency?: string;
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
    /** FX: sale currency per 1 purchase currency (0.14 USD per CNY). */
    fxRate: string;
  };
  /**
   * Pasted/imported actuals; `sku` is the SKU that lines without one belong to (the buyer picked
   * it above the box), absent = lines without a SKU are totals over all SKUs.
   */
  monitor: { actualsText: string; sku?: string };
  lastBuild?: { by: string; at: string };
  /** The purchase currency the buyer typed the FX field for (a rate is for one currency pair). */
  fxFor?: string;
  /** Fields whose value was read back from the plan sheet after a rebuild (until edited here). */
  fromSheet?: NumericField[];
}

export type TargetField = keyof PaneDraft["targets"];
export type PurchasingField = Exclude<keyof PaneDraft["purchasing"], "method">;
export type LogisticsField = keyof PaneDraft["logistics"];
export type { NumericField };
// the registry map (fieldSettings.ts) lists exactly the draft's numeric fields: a field added to
// one and not the other fails to compile here
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const fieldsMatch: SameKeys<TargetField | PurchasingField | LogisticsField, NumericField> = true;
void fieldsMatch;

/**
 * Allowed range of every numeric field: the registry's bounds for the setting the field sets
 * (percent fields in percent: 20 = 20 %), so the pane accepts exactly what the plan accepts.
 */
export const FIELD_SPECS: Readonly<Record<NumericField, FieldSpec>> = Object.fromEntries(
  NUMERIC_FIELDS.map((f) => {
    const s = fieldSpec(f);
    return [f, { min: s.min, max: s.max, ...(s.integer ? { integer: true } : {}) }];
  }),
) as Record<NumericField, FieldSpec>;

/** The registry's default of a field, as the text a fresh draft shows. */
const def = (f: NumericField) => fieldSpec(f).defaultText;

/**
 * A fresh draft: the promo dates given, every number the registry's default (DESIGN.md "Rates
 * change": each is an input; where the defaults come from is documented in src/plan/settings and
 * src/core/landed/rates.ts). A plan built from it equals the CLI's with the same defaults.
 */
export function defaultDraft(promo: PaneDraft["promo"]): PaneDraft {
  return {
    version: 1,
    step: 0,
    promo,
    history: { source: null, label: "", rows: [], skus: [], rejected: [] },
    targets: {
      growthPct: def("growthPct"),
      discountPct: def("discountPct"),
      newProductPct: def("newProductPct"),
    },
    purchasing: {
      serviceLevelPct: def("serviceLevelPct"),
      method: DEFAULT_SETTINGS.safetyStockMethod,
      ruleOfThumbPct: def("ruleOfThumbPct"),
      supplierLeadDays: def("supplierLeadDays"),
      depositPct: def("depositPct"),
    },
    logistics: {
      seaMaxSharePct: def("seaMaxSharePct"),
      airMaxSharePct: def("airMaxSharePct"),
      seaRatePerCbm: def("seaRatePerCbm"),
      airRatePerKg: def("airRatePerKg"),
      expressRatePerKg: def("expressRatePerKg"),
      seaTransitDays: def("seaTransitDays"),
      airTransitDays: def("airTransitDays"),
      expressTransitDays: def("expressTransitDays"),
      dutyPct: def("dutyPct"),
      commissionPct: def("commissionPct"),
      returnPct: def("returnPct"),
      warehouseFeePerUnit: def("warehouseFeePerUnit"),
      contingencyPct: def("contingencyPct"),
      fxRate: def("fxRate"),
    },
    monitor: { actualsText: "" },
  };
}
