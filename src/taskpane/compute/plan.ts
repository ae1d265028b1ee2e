import type { PaneDraft } from "../draft";
import { planFigures, type PlanFigures } from "../../plan/engine";
import type { CostComponentKey } from "../../core";
import { excelSerialToIso as serialToIso } from "../../core";
import { InputError } from "../../core";
import { DEFAULT_SETTINGS } from "../../plan/settings";
import { addDays, daysBetween } from "./dates";
import type { DraftNumbers } from "./readDraft";
import { seriesBySku } from "./skus";
import { toPlanInput } from "./toPlanInput";

export { parseActuals, type ActualDay } from "./actuals";
export { masterFor, seriesBySku, type FullSku } from "./skus";

/**
 * The pane's preview of the plan: what each step shows before the buyer moves on. Every number
 * is the plan engine's (src/plan/engine planFigures), computed from the same input the Build
 * button passes to buildPlan, so the pane and the sheet cannot disagree. What stays here is only
 * how the steps group those numbers (cost components; the actuals monitor is compute/monitor.ts).
 */

/** Days of recent history the baseline is averaged over (four full weeks keeps weekdays balanced). */
export const BASELINE_WINDOW_DAYS = 28;
/** Aged-inventory surcharges start past this age (the registry's AgedFeeDays default); the plan's setting wins. */
export const LONG_TERM_STORAGE_DAYS = DEFAULT_SETTINGS.agedFeeDays;

export type Mode = "sea" | "air" | "express";
export const MODES: readonly Mode[] = ["sea", "air", "express"];

export interface SkuForecast {
  sku: string;
  /** Mean of the last 28 days of history: the everyday rate before the promo. */
  baselineDaily: number;
  /** SD of daily demand on normal days (the plan's statistical safety stock input). */
  sdDaily: number;
  /** Plan demand per promo day. */
  promoDaily: number;
  /** The plan's promo demand (forecast × growth, discount-adjusted lift, burst, pre-sale). */
  forecast: number;
  /** The forecast's p10 / p90 over the promo days, with growth. */
  lower: number;
  upper: number;
  method: string;
}

export interface ForecastResult {
  promoDays: number;
  skus: SkuForecast[];
  /** Promo units expected from new products (the plan's cell). */
  newProductUnits: number;
  total: number;
  /** Multiplier on the forecast's promo days: (1 + growth) × the discount adjustment of the lift. */
  factor: number;
  /** Plan demand per promo day, all SKUs: the plan monitor sheet's Plan demand column. */
  dailyForecast: number[];
  /** The plan's numbers for this draft (null when the plan refuses the draft's dates). */
  plan: PlanFigures | null;
}

/** The engine's figures for a draft, cached on the draft's identity-relevant parts. */
let cache: { key: unknown[]; value: PlanFigures | null } | null = null;

export function figures(draft: PaneDraft, v: DraftNumbers, today: string): PlanFigures | null {
  const key = [
    draft.history.rows,
    draft.history.skus,
    JSON.stringify(draft.promo),
    JSON.stringify(v),
    draft.purchasing.method,
    today,
  ];
  if (cache && cache.key.every((k, i) => k === key[i])) return cache.value;
  let value: PlanFigures | null;
  try {
    value = planFigures(toPlanInput(draft, v, today, "en-US", ""));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    value = null;
  }
  cache = { key, value };
  return value;
}

/** Promo-window demand per SKU, as the plan sheet's SKU table shows it. */
export function forecastPromo(draft: PaneDraft, v: DraftNumbers, today: string): ForecastResult {
  const promoDays = Math.max(1, daysBetween(draft.promo.promoStart, draft.promo.promoEnd) + 1);
  const fig = figures(draft, v, today);
  const series = seriesBySku(draft.history.rows);
  const growth = 1 + (Number.isFinite(v.growthPct) ? v.growthPct / 100 : 0);
  const skus = (fig?.skus ?? []).map((p): SkuForecast => {
    const recent = (series.get(p.facts.sku) ?? []).filter((r) => r.date < today).slice(-BASELINE_WINDOW_DAYS);
    return {
      sku: p.facts.sku,
      baselineDaily: recent.length > 0 ? recent.reduce((s, r) => s + r.units, 0) / recent.length : 0,
      sdDaily: p.forecast.sdDaily,
      promoDaily: p.promoDemand / promoDays,
      forecast: p.promoDemand,
      lower: p.forecast.promoLow * growth,
      upper: p.forecast.promoHigh * growth,
      method: p.forecast.method,
    };
  });
  const s = fig?.settings;
  const factor = s
    ? (1 + s.growthRate) *
      Math.max(0, 1 + s.discountElasticity * (s.discountDepth - s.historicalDiscountDepth))
    : Number.NaN;
  const dailyForecast = Array.from({ length: promoDays }, (_, d) =>
    (fig?.skus ?? []).reduce((a, p) => a + (p.monitorDemand[d] ?? 0), 0),
  );
  const known = fig?.totals.promoDemand ?? 0;
  const newProductUnits = fig?.totals.newProductUnits ?? 0;
  return {
    promoDays,
    skus,
    newProductUnits,
    total: known + newProductUnits,
    factor,
    dailyForecast,
    plan: fig,
  };
}

export interface ShipDates {
  mode: Mode;
  transitDays: number;
  /** Days the warehouse needs to check stock in before the cutoff (the plan's InboundBufferDays). */
  bufferDays: number;
  shipBy: string;
  poBy: string;
}

/**
 * The plan's ShipBy cells (inbound cutoff − check-in buffer − transit) and, per mode, the latest
 * PO date for the step-4 supplier lead time (ship-by − lead time). A transit or lead time that does
 * not parse counts as 0 here, so step 1 still shows dates while a later step is being fixed.
 */
export function shipDates(draft: PaneDraft, v: DraftNumbers): ShipDates[] {
  const fin = (x: number) => (Number.isFinite(x) ? x : 0);
  const input = toPlanInput(
    { ...draft, history: { ...draft.history, rows: [] } },
    v,
    draft.promo.promoStart,
    "en-US",
    "",
  );
  const buffer = input.settings.inboundBufferDays ?? DEFAULT_SETTINGS.inboundBufferDays;
  const transit: Record<Mode, number> = {
    sea: fin(v.seaTransitDays),
    air: fin(v.airTransitDays),
    express: fin(v.expressTransitDays),
  };
  return MODES.map((mode) => {
    const shipBy = addDays(draft.promo.inboundCutoff, -(buffer + transit[mode]));
    return {
      mode,
      transitDays: transit[mode],
      bufferDays: buffer,
      shipBy,
      poBy: addDays(shipBy, -fin(v.supplierLeadDays)),
    };
  });
}

export interface SkuPurchase {
  sku: string;
  /** The plan's promo demand. */
  target: number;
  safetyRule: number;
  safetyStat: number;
  safetyUsed: number;
  /** On hand + on order. */
  onHand: number;
  /** The plan's net requirement (what must arrive), before whole cartons and MOQ. */
  need: number;
  orderQty: number;
  moq: number;
  casePack: number;
  unitCost: number;
  /** The earliest PO date of the SKU's batches ("" without an order). */
  poDate: string;
  leadDays: number;
  /** Runs out before any order can arrive: the date ("" = never) and the units short. */
  stockOutDate: string;
  unitsShort: number;
}

export interface CashRow {
  date: string;
  kind: "deposit" | "balance" | "freight" | "dutyVat";
  mode: Mode;
  amount: number;
}

export interface PurchaseResult {
  skus: SkuPurchase[];
  cash: CashRow[];
  z: number;
  plan: PlanFigures | null;
}

const iso = (serial: number | null) => (serial === null ? "" : serialToIso(serial));

/** Order quantities and dated cash: the plan's SKU rows and its cash schedule. */
export function purchase(_draft: PaneDraft, _v: DraftNumbers, fc: ForecastResult): PurchaseResult {
  const fig = fc.plan;
  const skus = (fig?.skus ?? []).map((p): SkuPurchase => {
    const pos = p.batches.map((b) => b.poDate).filter((d): d is number => d !== null);
    return {
      sku: p.facts.sku,
      target: p.promoDemand,
      safetyRule: p.safetyStockRule,
      safetyStat: p.safetyStockStat,
      safetyUsed: p.safetyStock,
      onHand: p.facts.onHand + p.facts.onOrder,
      need: p.netRequirement,
      orderQty: p.orderQty,
      moq: p.facts.moq,
      casePack: p.facts.casePack,
      unitCost: p.facts.unitCost,
      poDate: pos.length ? iso(Math.min(...pos)) : "",
      leadDays: p.facts.leadTimeDays,
      stockOutDate: iso(p.stockOutDate),
      unitsShort: p.unitsShort,
    };
  });
  const cash = (fig?.totals.cash ?? []).map((c) => ({
    date: iso(c.date),
    kind: c.kind,
    mode: c.mode,
    amount: c.amount,
  }));
  const z = fig ? zOf(fig.settings.serviceLevel) : Number.NaN;
  return { skus, cash, z, plan: fig };
}

import { normalInverse } from "../../core";
function zOf(p: number): number {
  try {
    return normalInverse(p);
  } catch {
    return Number.NaN;
  }
}

export type CostComponent =
  "purchase" | "freight" | "duty" | "warehouse" | "commission" | "refundReserve" | "contingency";
export const COST_COMPONENTS: readonly CostComponent[] = [
  "purchase",
  "freight",
  "duty",
  "warehouse",
  "commission",
  "refundReserve",
  "contingency",
];

/** How the core's cost components group into the pane's seven. */
const GROUP: Record<CostComponentKey, CostComponent> = {
  purchase: "purchase",
  paymentFee: "purchase",
  freight: "freight",
  categorySurcharge: "freight",
  insurance: "freight",
  duty: "duty",
  importVat: "duty",
  customsFee: "duty",
  warehouseStorage: "warehouse",
  warehouseHandling: "warehouse",
  fbaFulfilment: "warehouse",
  fbaStorage: "warehouse",
  agedSurcharge: "warehouse",
  commission: "commission",
  // ads are a selling cost on the price like the commission (the pane keeps seven groups)
  advertising: "commission",
  refundReserve: "refundReserve",
  contingency: "contingency",
};

export interface LandedCost {
  breakdown: Record<CostComponent, number>;
  /** The plan's total landed cost (Σ the core's landedCost per SKU and mode). */
  total: number;
  units: number;
  perUnit: number;
  batches: { mode: Mode; qty: number; shipBy: string }[];
}

/** Landed cost of the whole order from the plan's per-SKU, per-mode landed costs. */
export function landedCost(_draft: PaneDraft, _v: DraftNumbers, pur: PurchaseResult): LandedCost {
  const fig = pur.plan;
  const b = Object.fromEntries(COST_COMPONENTS.map((c) => [c, 0])) as Record<CostComponent, number>;
  for (const p of fig?.skus ?? [])
    for (const [k, amount] of Object.entries(p.cost.components)) b[GROUP[k as CostComponentKey]] += amount;
  const total = fig?.totals.landedTotal ?? 0;
  const units = fig?.totals.orderQty ?? 0;
  const batches = MODES.map((mode) => {
    const ships = (fig?.skus ?? []).flatMap((p) => p.batches.filter((x) => x.mode === mode && x.units > 0));
    const first = ships.map((x) => x.shipDate!).sort((a, c) => a - c)[0];
    return {
      mode,
      qty: ships.reduce((a, x) => a + x.units, 0),
      shipBy: first === undefined ? "" : serialToIso(first),
    };
  }).filter((x) => x.qty > 0);
  return { breakdown: b, total, units, perUnit: units > 0 ? total / units : 0, batches };
}
