import type { PaneDraft } from "../draft";
import type { SkuHistory } from "../../plan/skuHistory";
import { skuHistory } from "../../plan/skuHistory";
import { corePoDate, type Vals } from "../../plan/expected";
import { addDays, daysBetween } from "./dates";
import type { ActualDay } from "./actuals";
import { planColumn, planDate, planNumber, planRows, planSingles, type PlanSingles } from "./planRows";
import type { DraftNumbers } from "./readDraft";
import { masterFor, seriesBySku } from "./skus";
import { toPlanInput } from "./toPlanInput";

export { parseActuals, type ActualDay } from "./actuals";
export { masterFor, seriesBySku, type FullSku } from "./skus";

/**
 * The pane's preview of the plan: what each step shows before the buyer moves on. Every number
 * the plan sheet also has is the plan's own: the draft goes through toPlanInput (the same input
 * the Build button passes to buildPlan), the forecasts through src/plan skuHistory (the core's
 * forecastPromo), and each SKU-table number through the plan's cell rules (planRows: the
 * `expected` value buildPlan writes, core first). What stays here is only what the sheet does not
 * show: sums over SKUs, the payment-terms dates, the fee split and the actuals monitor.
 */

/** Days of recent history the baseline is averaged over (four full weeks keeps weekdays balanced). */
export const BASELINE_WINDOW_DAYS = 28;
/** Aged-inventory surcharges start past 180 days (DESIGN.md, FBA). */
export const LONG_TERM_STORAGE_DAYS = 180;

export type Mode = "sea" | "air" | "express";
export const MODES: readonly Mode[] = ["sea", "air", "express"];
/** The plan's named cells per mode: ShipBy<Mode>, <Mode>Share, <mode>Units. */
const MODE_NAME: Record<Mode, "Sea" | "Air" | "Express"> = { sea: "Sea", air: "Air", express: "Express" };

/** The plan sheet as the preview sees it: its named inputs and its SKU-table rows. */
export interface PlanPreview {
  singles: PlanSingles;
  /** One SKU-table row per SKU, in the order of `ForecastResult.skus`. */
  rows: Vals[];
}

export interface SkuForecast {
  sku: string;
  /** Mean of the last 28 observed days: the everyday rate before the promo. */
  baselineDaily: number;
  /** SD of daily demand on promo days (src/plan skuHistory). */
  sdDaily: number;
  /** Base forecast per promo day from the core, before the target factor. */
  promoDaily: number;
  /** The plan's Target column: base forecast × TargetFactor. */
  forecast: number;
  lower: number;
  upper: number;
  /** The core's method (`ETS(A,N,A)`, `Calendar`, `SBA` …) or `no history`. */
  method: string;
}

export interface ForecastResult {
  promoDays: number;
  skus: SkuForecast[];
  /** Units expected from new products without history (the plan's NewProductUnits cell). */
  newProductUnits: number;
  total: number;
  /** (1 + growth) · (1 + discount · elasticity): the plan's TargetFactor. */
  factor: number;
  /** Forecast per promo day, all SKUs: the plan monitor sheet's Forecast column (base × TargetFactor). */
  dailyForecast: number[];
  /** The plan's numbers for this draft, reused by purchase and landedCost. */
  plan: PlanPreview;
}

/** Base forecasts only change with the history, the SKU master, the promo dates and today. */
let baseCache: { key: unknown[]; value: SkuHistory[] } | null = null;

function baseForecasts(draft: PaneDraft, today: string): SkuHistory[] {
  const key = [draft.history.rows, draft.history.skus, draft.promo.promoStart, draft.promo.promoEnd, today];
  if (baseCache && baseCache.key.every((k, i) => k === key[i])) return baseCache.value;
  const value = [...seriesBySku(draft.history.rows)].map(([sku, list]) =>
    skuHistory(masterFor(draft.history.skus, sku), list, draft.promo.promoStart, draft.promo.promoEnd, today),
  );
  baseCache = { key, value };
  return value;
}

/** The draft as the plan builder's input; the locale and author do not change any number. */
function previewInput(draft: PaneDraft, v: DraftNumbers, today: string) {
  return toPlanInput(draft, v, today, "en-US", "");
}

/**
 * Promo-window forecast per SKU, the same numbers the plan sheet gets: src/plan skuHistory (the
 * core's forecastPromo over the history with promo days flagged, 80 % interval) and the plan's
 * Target column (base forecast × TargetFactor). New products, as the plan's cell:
 *   total · share / (1 − share)   (0 when share ≥ 1)
 */
export function forecastPromo(draft: PaneDraft, v: DraftNumbers, today: string): ForecastResult {
  const promoDays = Math.max(1, daysBetween(draft.promo.promoStart, draft.promo.promoEnd) + 1);
  const input = previewInput(draft, v, today);
  const hist = baseForecasts(draft, today);
  const singles = planSingles(input);
  const rows = planRows(input, singles, hist);
  const factor = planNumber(singles.TargetFactor);
  const series = seriesBySku(draft.history.rows);
  const skus = hist.map((h, i): SkuForecast => {
    const recent = (series.get(h.sku) ?? []).filter((r) => r.date < today).slice(-BASELINE_WINDOW_DAYS);
    const baselineDaily = recent.length > 0 ? recent.reduce((s, r) => s + r.units, 0) / recent.length : 0;
    return {
      sku: h.sku,
      baselineDaily,
      sdDaily: h.dailySd,
      promoDaily: h.dailyMean,
      forecast: planNumber(rows[i].target),
      // the sheet shows the interval before the factor; the pane shows it on the target's scale
      lower: h.lowerSum * factor,
      upper: h.upperSum * factor,
      method: h.method,
    };
  });
  const known = skus.reduce((s, f) => s + f.forecast, 0);
  const share = planNumber(singles.NewProductShare);
  // the plan's NewProductUnits: =IF(NewProductShare>=1,0,TotalTarget*NewProductShare/(1-NewProductShare))
  const newProductUnits = share >= 1 ? 0 : (known * share) / (1 - share);
  // as buildPlan feeds its monitor sheet: Σ over SKUs of the base daily forecast, then × TargetFactor
  const dailyForecast = Array.from(
    { length: promoDays },
    (_, d) => hist.reduce((s, h) => s + (h.dailyForecast[d] ?? 0), 0) * factor,
  );
  return {
    promoDays,
    skus,
    newProductUnits,
    total: known + newProductUnits,
    factor,
    dailyForecast,
    plan: { singles, rows },
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
 * The plan's ShipBy<mode> cells (core shipByDate: inbound cutoff − inbound buffer − transit days)
 * and, per mode, PO by = ship-by − the step-4 supplier lead time (core purchaseOrderDate, the
 * plan's PO column rule). A transit or lead time that does not parse counts as 0 here, so step 1
 * still shows dates while a later step is being fixed.
 */
export function shipDates(draft: PaneDraft, v: DraftNumbers): ShipDates[] {
  const fin = (x: number) => (Number.isFinite(x) ? x : 0);
  const clean: DraftNumbers = {
    ...v,
    seaTransitDays: fin(v.seaTransitDays),
    airTransitDays: fin(v.airTransitDays),
    expressTransitDays: fin(v.expressTransitDays),
    supplierLeadDays: fin(v.supplierLeadDays),
  };
  const S = planSingles(
    previewInput({ ...draft, history: { ...draft.history, rows: [] } }, clean, draft.promo.promoStart),
  );
  return MODES.map((mode) => {
    const shipBy = S[`ShipBy${MODE_NAME[mode]}`];
    return {
      mode,
      transitDays: planNumber(S[`TransitDays${MODE_NAME[mode]}`]),
      bufferDays: planNumber(S.InboundBufferDays),
      shipBy: planDate(shipBy),
      poBy: planDate(corePoDate(shipBy, clean.supplierLeadDays)),
    };
  });
}

export interface SkuPurchase {
  sku: string;
  /** The plan's Target column (base forecast × TargetFactor). */
  target: number;
  safetyRule: number;
  safetyStat: number;
  safetyUsed: number;
  /** On hand + on order. */
  onHand: number;
  need: number;
  orderQty: number;
  moq: number;
  casePack: number;
  unitCost: number;
  /** The plan's PO date by sea (ship-by sea − the SKU's lead time). */
  poDate: string;
  /** The SKU's lead time: the horizon of the plan's statistical safety stock. */
  leadDays: number;
}

export interface CashRow {
  date: string;
  kind: "deposit" | "balance";
  amount: number;
}

export interface PurchaseResult {
  skus: SkuPurchase[];
  cash: CashRow[];
  z: number;
  plan: PlanPreview;
}

/**
 * Order quantities and cash, each SKU's numbers from the plan's columns:
 *   SS rule = Target · SafetyStockPct; SS stat = z · σd · √lead (core safetyStock), one used
 *   need    = max(0, Target + SS − on hand − on order)
 *   order   = the core's orderQuantity (MOQ, case pack)
 *   cash    = Σ the plan's Deposit and Balance columns; T/T terms put the deposit on the earliest
 *             PO date and the balance on the sea ship-by date.
 */
export function purchase(draft: PaneDraft, _v: DraftNumbers, fc: ForecastResult): PurchaseResult {
  const { singles: S, rows } = fc.plan;
  const skus = fc.skus.map((f, i): SkuPurchase => {
    const r = rows[i];
    return {
      sku: f.sku,
      target: planNumber(r.target),
      safetyRule: planNumber(r.ssRule),
      safetyStat: planNumber(r.ssStat),
      safetyUsed: planNumber(r.ssUsed),
      onHand: planNumber(r.onHand) + planNumber(r.onOrder),
      need: planNumber(r.need),
      orderQty: planNumber(r.orderQty),
      moq: planNumber(r.moq),
      casePack: planNumber(r.casePack),
      unitCost: planNumber(r.unitCost),
      poDate: planDate(r.poSea),
      leadDays: planNumber(r.leadTime),
    };
  });
  const sum = (key: string) => rows.reduce((s, r) => s + planNumber(r[key]), 0);
  const shipBy = planDate(S.ShipBySea);
  const firstPo = skus.reduce((min, p) => (min === "" || p.poDate < min ? p.poDate : min), "");
  const cash: CashRow[] = [
    { date: firstPo || shipBy, kind: "deposit", amount: sum("deposit") },
    { date: shipBy, kind: "balance", amount: sum("balance") },
  ];
  return { skus, cash, z: planNumber(S.ZScore), plan: fc.plan };
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

export interface LandedCost {
  breakdown: Record<CostComponent, number>;
  /** Σ the plan's LandedTotal column (its TotalLanded cell). */
  total: number;
  units: number;
  perUnit: number;
  batches: { mode: Mode; qty: number; shipBy: string }[];
}

/**
 * Landed cost of the whole order, the plan's per-unit columns × each SKU's order quantity:
 *   landed/unit = (unit cost + freight/unit + duty/unit + fees/unit) · (1 + contingency)
 *   freight/unit = Σ share · rate · chargeable weight (core chargeableWeightKg; sea per revenue ton)
 *   duty/unit = unit cost · duty rate (US: FOB value)
 *   fees/unit = fulfilment fee + promo price · (commission + return rate)
 * The fee column is split for the breakdown by evaluating the plan's own fee rule with the other
 * two rates at zero (it is linear in each); the contingency is what the plan's total adds on top,
 * so the parts add up to the plan's total. Batches: Σ the plan's Sea/Air/Express units columns.
 */
export function landedCost(draft: PaneDraft, _v: DraftNumbers, pur: PurchaseResult): LandedCost {
  const { singles: S, rows } = pur.plan;
  const fees = planColumn("feesUnit");
  const feePart = (r: Vals, zero: Vals) =>
    planNumber(
      fees.expect?.({ ...r, ...(zero.returnRate === 0 ? { returnRate: 0 } : {}) }, { ...S, ...zero }),
    );
  const b: Record<CostComponent, number> = {
    purchase: 0,
    freight: 0,
    duty: 0,
    warehouse: 0,
    commission: 0,
    refundReserve: 0,
    contingency: 0,
  };
  let units = 0;
  let total = 0;
  for (const r of rows) {
    const q = planNumber(r.orderQty);
    units += q;
    total += planNumber(r.landedTotal);
    b.purchase += q * planNumber(r.unitCost);
    b.freight += q * planNumber(r.freightUnit);
    b.duty += q * planNumber(r.dutyUnit);
    b.warehouse += q * feePart(r, { CommissionRate: 0, DefaultReturnRate: 0, returnRate: 0 });
    b.commission += q * feePart(r, { FulfilmentFeePerUnit: 0, DefaultReturnRate: 0, returnRate: 0 });
    b.refundReserve += q * feePart(r, { FulfilmentFeePerUnit: 0, CommissionRate: 0 });
  }
  b.contingency = total - (b.purchase + b.freight + b.duty + b.warehouse + b.commission + b.refundReserve);
  const batches = MODES.filter((mode) => planNumber(S[`${MODE_NAME[mode]}Share`]) > 0).map((mode) => ({
    mode,
    qty: rows.reduce((s, r) => s + planNumber(r[`${mode}Units`]), 0),
    shipBy: planDate(S[`ShipBy${MODE_NAME[mode]}`]),
  }));
  return { breakdown: b, total, units, perUnit: units > 0 ? total / units : 0, batches };
}

export interface MonitorResult {
  days: { date: string; forecast: number; actual: number | null }[];
  /** Σ actual / Σ forecast over the days observed so far; null before the first actual. */
  ratio: number | null;
  resized: { mode: Mode; planned: number; suggested: number }[];
  stockOutRisk: boolean;
  longTermStorageRisk: boolean;
  /** Days the leftover stock would last at the baseline rate after the promo. */
  leftoverDays: number;
}

/**
 * Actual vs forecast over the promo window (the forecast per day is the plan monitor sheet's
 * Forecast column: the SKUs' base daily forecasts × TargetFactor), the suggested
 * size of the batches that ship after the first (sea) one: planned × actual/forecast, and the two
 * warnings: stock-out when scaled demand exceeds stock, long-term storage when the leftover
 * lasts more than 180 days at the baseline rate.
 */
export function monitor(
  draft: PaneDraft,
  fc: ForecastResult,
  pur: PurchaseResult,
  lc: LandedCost,
  actuals: readonly ActualDay[],
): MonitorResult {
  const byDate = new Map<string, number>();
  for (const a of actuals) byDate.set(a.date, (byDate.get(a.date) ?? 0) + a.units);
  const days = Array.from({ length: fc.promoDays }, (_, i) => {
    const date = addDays(draft.promo.promoStart, i);
    return { date, forecast: fc.dailyForecast[i] ?? 0, actual: byDate.get(date) ?? null };
  });
  const seen = days.filter((d) => d.actual !== null);
  const fSeen = seen.reduce((s, d) => s + d.forecast, 0);
  const ratio = seen.length > 0 && fSeen > 0 ? seen.reduce((s, d) => s + (d.actual ?? 0), 0) / fSeen : null;
  const r = ratio ?? 1;
  const resized = lc.batches
    .filter((b) => b.mode !== "sea")
    .map((b) => ({ mode: b.mode, planned: b.qty, suggested: Math.max(0, Math.round(b.qty * r)) }));
  const stock = pur.skus.reduce((s, p) => s + p.orderQty + p.onHand, 0);
  // the plan orders for the promo window (its Target column): promo demand follows the actuals
  const demand = fc.total * r;
  const baseline = fc.skus.reduce((s, f) => s + f.baselineDaily, 0);
  const leftover = Math.max(0, stock - demand);
  const leftoverDays = baseline > 0 ? leftover / baseline : leftover > 0 ? Number.POSITIVE_INFINITY : 0;
  return {
    days,
    ratio,
    resized,
    stockOutRisk: demand > stock,
    longTermStorageRisk: leftoverDays > LONG_TERM_STORAGE_DAYS,
    leftoverDays,
  };
}
