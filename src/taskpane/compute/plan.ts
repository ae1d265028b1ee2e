import type { PaneDraft, SalesRow, SkuRow } from "../draft";
import { addDays, daysBetween, isIsoDate } from "./dates";
import { normalQuantile } from "./normal";
import type { DraftNumbers } from "./readDraft";
import { DEFAULT_SETTINGS } from "../../plan/input";
import { skuHistory, type SkuHistory } from "../../plan/skuHistory";

/**
 * The pane's preview of the plan: what each step shows before the buyer moves on. Written
 * against plain numbers so it can run on every keystroke; the plan builder (src/plan) computes
 * the sheet itself through the core.
 */

/** Days of recent history the baseline is averaged over (four full weeks keeps weekdays balanced). */
export const BASELINE_WINDOW_DAYS = 28;
/**
 * Extra demand per unit of discount depth (the plan's DiscountElasticity): 20 % off → +30 %.
 * Same default as src/plan DEFAULT_SETTINGS (1.5); the sheet keeps it as an editable input.
 */
export const DISCOUNT_LIFT = DEFAULT_SETTINGS.discountElasticity;
/** Aged-inventory surcharges start past 180 days (DESIGN.md, FBA). */
export const LONG_TERM_STORAGE_DAYS = 180;
/** Volumetric divisors (cm³ per kg): air 6000 (167 kg/CBM), express 5000 (DESIGN.md). */
const AIR_DIVISOR = 6000;
const EXPRESS_DIVISOR = 5000;

export type Mode = "sea" | "air" | "express";
export const MODES: readonly Mode[] = ["sea", "air", "express"];

export interface SkuForecast {
  sku: string;
  /** Mean of the last 28 observed days: the everyday rate before the promo. */
  baselineDaily: number;
  /** SD of daily demand on promo days (src/plan skuHistory). */
  sdDaily: number;
  /** Base forecast per promo day from the core, before the target factor. */
  promoDaily: number;
  forecast: number;
  lower: number;
  upper: number;
  /** The core's method (`ETS(A,N,A)`, `Calendar`, `SBA` …) or `no history`. */
  method: string;
}

export interface ForecastResult {
  promoDays: number;
  skus: SkuForecast[];
  /** Units expected from new products without history (the new-product share). */
  newProductUnits: number;
  total: number;
  /** (1 + growth) · (1 + discount · elasticity): the plan's TargetFactor. */
  factor: number;
}

/** Sales grouped by SKU and sorted by date. */
export function seriesBySku(rows: readonly SalesRow[]): Map<string, SalesRow[]> {
  const map = new Map<string, SalesRow[]>();
  for (const r of rows) {
    const list = map.get(r.sku) ?? [];
    list.push(r);
    map.set(r.sku, list);
  }
  for (const list of map.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return map;
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

/**
 * Promo-window forecast per SKU, the same numbers the plan sheet gets (src/plan skuHistory → the
 * core's forecastPromo over the history with promo days flagged, 80 % interval), times the
 * plan's target factor:
 *   F = Σ base forecast over the promo days · (1 + g) · (1 + discount · elasticity)
 * New products: total / (1 − share) − total.
 */
export function forecastPromo(draft: PaneDraft, v: DraftNumbers, today: string): ForecastResult {
  const promoDays = Math.max(1, daysBetween(draft.promo.promoStart, draft.promo.promoEnd) + 1);
  const factor = (1 + v.growthPct / 100) * (1 + DISCOUNT_LIFT * (v.discountPct / 100));
  const series = seriesBySku(draft.history.rows);
  const skus = baseForecasts(draft, today).map((h): SkuForecast => {
    const recent = (series.get(h.sku) ?? []).filter((r) => r.date < today).slice(-BASELINE_WINDOW_DAYS);
    const baselineDaily = recent.length > 0 ? recent.reduce((s, r) => s + r.units, 0) / recent.length : 0;
    return {
      sku: h.sku,
      baselineDaily,
      sdDaily: h.dailySd,
      promoDaily: h.dailyMean,
      forecast: h.forecastSum * factor,
      lower: h.lowerSum * factor,
      upper: h.upperSum * factor,
      method: h.method,
    };
  });
  const known = skus.reduce((s, f) => s + f.forecast, 0);
  const share = v.newProductPct / 100;
  const newProductUnits = share < 1 ? known / (1 - share) - known : 0;
  return { promoDays, skus, newProductUnits, total: known + newProductUnits, factor };
}

export interface ShipDates {
  mode: Mode;
  transitDays: number;
  shipBy: string;
  poBy: string;
}

/** Ship-by = inbound cutoff − transit days; PO by = ship-by − supplier lead time. */
export function shipDates(draft: PaneDraft, v: DraftNumbers): ShipDates[] {
  const transit: Record<Mode, number> = {
    sea: v.seaTransitDays,
    air: v.airTransitDays,
    express: v.expressTransitDays,
  };
  return MODES.map((mode) => {
    const t = Number.isFinite(transit[mode]) ? transit[mode] : 0;
    const lead = Number.isFinite(v.supplierLeadDays) ? v.supplierLeadDays : 0;
    const shipBy = addDays(draft.promo.inboundCutoff, -t);
    return { mode, transitDays: t, shipBy, poBy: addDays(shipBy, -lead) };
  });
}

export interface SkuPurchase {
  sku: string;
  cover: number;
  safetyRule: number;
  safetyStat: number;
  safetyUsed: number;
  onHand: number;
  need: number;
  orderQty: number;
  moq: number;
  casePack: number;
  unitCost: number;
  poDate: string;
  /** Supplier lead time + sea transit: the horizon of the statistical safety stock. */
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
}

/** A SKU master row with every number filled in. */
export type FullSku = Required<Omit<SkuRow, "returnRate" | "conversionRate" | "acos">> &
  Pick<SkuRow, "returnRate" | "conversionRate" | "acos">;

/**
 * The master row of `sku`, blanks filled with neutral defaults: buy in ones (MOQ 1, case pack 1),
 * nothing on hand or on order, cost, size and price unknown (0), lead time 0 = "use the step-4
 * supplier lead time".
 */
export function masterFor(skus: readonly SkuRow[], sku: string): FullSku {
  const m = skus.find((x) => x.sku === sku);
  return {
    sku,
    title: m?.title ?? sku,
    unitCost: m?.unitCost ?? 0,
    weightKg: m?.weightKg ?? 0,
    lengthCm: m?.lengthCm ?? 0,
    widthCm: m?.widthCm ?? 0,
    heightCm: m?.heightCm ?? 0,
    battery: m?.battery ?? false,
    liquid: m?.liquid ?? false,
    magnetic: m?.magnetic ?? false,
    moq: m?.moq ?? 1,
    casePack: m?.casePack ?? 1,
    leadTimeDays: m?.leadTimeDays ?? 0,
    onHand: m?.onHand ?? 0,
    onOrder: m?.onOrder ?? 0,
    sellingPrice: m?.sellingPrice ?? 0,
    channel: m?.channel ?? "",
    returnRate: m?.returnRate,
    conversionRate: m?.conversionRate,
    acos: m?.acos,
  };
}

/**
 * Order quantities and cash:
 *   cover  = F + d̄·(1+g)·(days from inbound cutoff to promo start)
 *   SS     = rule% · F   or   z · σd · √(lead + sea transit)   (both shown, one used)
 *   order  = 0 if cover + SS − on hand ≤ 0, else max(MOQ, ⌈need / case pack⌉ · case pack)
 *   cash   = deposit% of cost on the PO date, the balance on the ship-by date (T/T terms).
 */
export function purchase(draft: PaneDraft, v: DraftNumbers, fc: ForecastResult): PurchaseResult {
  const z = normalQuantile(Math.min(0.999, Math.max(0.5, v.serviceLevelPct / 100)));
  const dates = shipDates(draft, v);
  const first = dates.find((d) => d.mode === "sea") ?? dates[0];
  const gapDays = Math.max(0, daysBetween(draft.promo.inboundCutoff, draft.promo.promoStart));
  const skus = fc.skus.map((f): SkuPurchase => {
    const m = masterFor(draft.history.skus, f.sku);
    const cover = f.forecast + f.baselineDaily * (1 + v.growthPct / 100) * gapDays;
    const safetyRule = (v.ruleOfThumbPct / 100) * f.forecast;
    // the SKU master's lead time wins; the step-4 field covers SKUs without one
    const supplierLead = m.leadTimeDays > 0 ? m.leadTimeDays : v.supplierLeadDays;
    const leadDays = supplierLead + v.seaTransitDays;
    const safetyStat = z * f.sdDaily * Math.sqrt(Math.max(0, leadDays));
    const safetyUsed = draft.purchasing.method === "rule" ? safetyRule : safetyStat;
    const need = cover + safetyUsed - m.onHand - m.onOrder;
    const pack = Math.max(1, m.casePack);
    const orderQty = need <= 0 ? 0 : Math.max(Math.ceil(m.moq / pack) * pack, Math.ceil(need / pack) * pack);
    return {
      sku: f.sku,
      cover,
      safetyRule,
      safetyStat,
      safetyUsed,
      onHand: m.onHand + m.onOrder,
      need,
      orderQty,
      moq: m.moq,
      casePack: pack,
      unitCost: m.unitCost,
      poDate: addDays(first.shipBy, -supplierLead),
      leadDays,
    };
  });
  const cost = skus.reduce((s, p) => s + p.orderQty * p.unitCost, 0);
  const deposit = (v.depositPct / 100) * cost;
  const cash: CashRow[] = [
    {
      date: skus.reduce((min, p) => (p.poDate < min ? p.poDate : min), first.poBy),
      kind: "deposit",
      amount: deposit,
    },
    { date: first.shipBy, kind: "balance", amount: cost - deposit },
  ];
  return { skus, cash, z };
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
  total: number;
  units: number;
  perUnit: number;
  batches: { mode: Mode; qty: number; shipBy: string }[];
}

/**
 * Landed cost of the whole order (seed: purchase + first-leg freight + duty + warehouse fees +
 * commission + refund reserve, plus contingency):
 *   sea freight/unit  = rate/CBM · max(CBM, tonnes)                 (LCL revenue ton)
 *   air freight/unit  = rate/kg · max(kg, cm³ / 6000)               (chargeable weight)
 *   express/unit      = rate/kg · max(kg, cm³ / 5000)
 *   duty = duty% · unit cost (US: on the FOB value); commission, refunds = % of price;
 *   contingency = % of everything above.
 */
export function landedCost(draft: PaneDraft, v: DraftNumbers, pur: PurchaseResult): LandedCost {
  const split: Record<Mode, number> = {
    sea: v.seaPct / 100,
    air: v.airPct / 100,
    express: v.expressPct / 100,
  };
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
  for (const p of pur.skus) {
    const m = masterFor(draft.history.skus, p.sku);
    const cm3 = m.lengthCm * m.widthCm * m.heightCm;
    const cbm = cm3 / 1e6;
    const freightUnit =
      split.sea * v.seaRatePerCbm * Math.max(cbm, m.weightKg / 1000) +
      split.air * v.airRatePerKg * Math.max(m.weightKg, cm3 / AIR_DIVISOR) +
      split.express * v.expressRatePerKg * Math.max(m.weightKg, cm3 / EXPRESS_DIVISOR);
    const q = p.orderQty;
    units += q;
    b.purchase += q * m.unitCost;
    b.freight += q * freightUnit;
    b.duty += q * m.unitCost * (v.dutyPct / 100);
    b.warehouse += q * v.warehouseFeePerUnit;
    b.commission += q * m.sellingPrice * (v.commissionPct / 100);
    b.refundReserve += q * m.sellingPrice * (m.returnRate ?? v.returnPct / 100);
  }
  const subtotal = b.purchase + b.freight + b.duty + b.warehouse + b.commission + b.refundReserve;
  b.contingency = subtotal * (v.contingencyPct / 100);
  const total = subtotal + b.contingency;
  const dates = shipDates(draft, v);
  const batches = MODES.filter((mode) => split[mode] > 0).map((mode) => ({
    mode,
    qty: Math.round(units * split[mode]),
    shipBy: dates.find((d) => d.mode === mode)?.shipBy ?? "",
  }));
  return { breakdown: b, total, units, perUnit: units > 0 ? total / units : 0, batches };
}

/** One observed day: units sold, of one SKU when the line named it, else of all SKUs. */
export interface ActualDay {
  date: string;
  sku?: string;
  units: number;
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
 * Actual vs forecast over the promo window (forecast spread evenly over its days), the suggested
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
  const perDay = fc.total / fc.promoDays;
  const byDate = new Map<string, number>();
  for (const a of actuals) byDate.set(a.date, (byDate.get(a.date) ?? 0) + a.units);
  const days = Array.from({ length: fc.promoDays }, (_, i) => {
    const date = addDays(draft.promo.promoStart, i);
    return { date, forecast: perDay, actual: byDate.get(date) ?? null };
  });
  const seen = days.filter((d) => d.actual !== null);
  const fSeen = seen.reduce((s, d) => s + d.forecast, 0);
  const ratio = seen.length > 0 && fSeen > 0 ? seen.reduce((s, d) => s + (d.actual ?? 0), 0) / fSeen : null;
  const r = ratio ?? 1;
  const resized = lc.batches
    .filter((b) => b.mode !== "sea")
    .map((b) => ({ mode: b.mode, planned: b.qty, suggested: Math.max(0, Math.round(b.qty * r)) }));
  const stock = pur.skus.reduce((s, p) => s + p.orderQty + p.onHand, 0);
  // demand before the promo (cutoff → start) is not scaled; promo demand follows the actuals
  const preStart = pur.skus.reduce((s, p, i) => s + p.cover - (fc.skus[i]?.forecast ?? 0), 0);
  const demand = preStart + fc.total * r;
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

/**
 * Parse pasted actuals: one `date, units` or `date, sku, units` per line (comma, semicolon, tab).
 * A header line (no date in it) is skipped; other unreadable lines are reported by number.
 */
export function parseActuals(text: string): { days: ActualDay[]; badLines: number[] } {
  const days: ActualDay[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parts = line.split(/[,;\t]/).map((p) => p.trim());
    if (i === 0 && !/\d{4}-\d{2}-\d{2}/.test(line)) return; // header
    const units = Number(parts[parts.length - 1]);
    const ok =
      (parts.length === 2 || parts.length === 3) &&
      isIsoDate(parts[0]) &&
      parts[parts.length - 1] !== "" &&
      Number.isFinite(units) &&
      units >= 0;
    if (!ok) badLines.push(i + 1);
    else days.push(parts.length === 3 ? { date: parts[0], sku: parts[1], units } : { date: parts[0], units });
  });
  return { days, badLines };
}
