/**
 * The whole plan as numbers: every SKU's plan and the totals, the same figures the plan sheet
 * shows. Pure; the task pane's preview calls this (src/taskpane/compute/plan*.ts) and buildPlan
 * renders it, so the two can never disagree.
 */
import { InputError } from "../../core";
import {
  historyWarnings,
  salesHistoryOf,
  toCompactDailySeries,
  type HistoryWarning,
  type SkuRow as ImportedSkuRow,
} from "../../import";
import { isoToExcelSerial as isoToSerial, excelSerialToIso as serialToIso } from "../../core";
import type { PlanInput } from "../input";
import {
  DEFAULT_SETTINGS,
  fromCell,
  cellName,
  requireValidSettings,
  settingProblem,
  SETTING_KEYS,
} from "../settings";
import type { PlanSettings } from "../settings";
import type { PlanOverrides } from "../types";
import { EMPTY_OVERRIDES } from "../types";
import { skuFacts } from "./facts";
import { forecastSkus } from "./forecastSku";
import { skuCosts } from "./cost";
import { planShipments } from "./shipments";
import { priceSku } from "./priceSku";
import { coverStartDay, skuSchedule } from "./skuPlan";
import { planTotals, type PlanTotals } from "./totals";
import type { PlanWarning, Shipment, SkuPlan } from "./types";

/** Excel serial of day number 0 (1970-01-01): serial days ↔ the importer's day numbers. */
const SERIAL_OF_DAY_0 = isoToSerial("1970-01-01");

export interface PlanFigures {
  settings: PlanSettings;
  /** Serial days. */
  planDate: number;
  cutoff: number;
  promoStart: number;
  promoEnd: number;
  horizonEnd: number;
  /** Serial day the covered demand starts (the plan date, or later: ./skuPlan coverStartDay). */
  coverStart: number;
  /** Per SKU, by last-year revenue (highest first, then SKU): the SKU table's row order. */
  skus: SkuPlan[];
  /** 1 for the TOP 20 % SKUs by last-year revenue (Pareto), same order as `skus`. */
  top: number[];
  totals: PlanTotals;
  /** The consolidated first-leg shipments to book: one per mode and ship date. */
  shipments: Shipment[];
  /** What is wrong with the history or the dates (src/import historyWarnings), en + zh. */
  history: HistoryWarning[];
  /** Buyer edits of single inputs that could not be used (kept on the sheet, default used). */
  ignoredInputs: string[];
  warnings: PlanWarning[];
}

/** Settings: registry defaults ← caller's settings ← the buyer's edits on the sheet (by name). */
export function resolveSettings(
  input: PlanInput,
  overrides: PlanOverrides,
): { settings: PlanSettings; ignored: string[] } {
  const settings = { ...DEFAULT_SETTINGS, ...input.settings } as PlanSettings;
  requireValidSettings(settings);
  const ignored: string[] = [];
  const out = settings as Record<string, unknown>;
  for (const k of SETTING_KEYS) {
    const name = cellName(k);
    if (!Object.prototype.hasOwnProperty.call(overrides.inputs, name)) continue;
    const v = fromCell(k, overrides.inputs[name]);
    if (v === undefined || settingProblem(k, v)) ignored.push(name);
    else out[k] = v;
  }
  return { settings, ignored };
}

export function planFigures(input: PlanInput, overrides: PlanOverrides = EMPTY_OVERRIDES): PlanFigures {
  if (input.skus.length === 0)
    throw new InputError("skus", "the SKU list is empty; a plan needs at least one SKU");
  const seen = new Set<string>();
  for (const s of input.skus) {
    if (seen.has(s.sku)) throw new InputError("skus", `SKU "${s.sku}" appears twice`);
    seen.add(s.sku);
  }
  try {
    isoToSerial(input.today);
  } catch (e) {
    throw new InputError("today", e instanceof InputError ? e.reason : (e as Error).message);
  }
  const { settings: s, ignored } = resolveSettings(input, overrides);
  const planDate = isoToSerial(s.planDate ?? input.today);
  const promoStart = isoToSerial(s.promoStart);
  const promoEnd = isoToSerial(s.promoEnd);
  const cutoff = isoToSerial(s.inboundCutoff);
  if (promoEnd < promoStart)
    throw new InputError("promoEnd", `the promo ends (${s.promoEnd}) before it starts (${s.promoStart})`);
  if (promoEnd - promoStart > 366)
    throw new InputError("promoEnd", "a promo window longer than a year is not a promo");
  if (cutoff > promoStart)
    throw new InputError("inboundCutoff", `is after the promo start (${s.inboundCutoff} > ${s.promoStart})`);
  const horizonEnd = Math.max(promoEnd + s.coverDaysAfterPromo, planDate);
  const histEnd = serialToIso(Math.min(planDate, promoStart) - 1);
  // the history in flat arrays (the importer's, or made from rows once): no object per SKU-day
  const sales = salesHistoryOf(input.sales).until(histEnd);
  const seriesList = toCompactDailySeries(sales);
  const series = new Map(seriesList.map((x) => [x.sku, x]));
  const bySku = new Map(sales.skus.map((h) => [h.sku, h]));
  /** The SKU's price on serial day `d` (last year's promo window: forecastSku's lyPrice). */
  const priceOn = (sku: string, d: number): number | undefined => {
    const h = bySku.get(sku);
    const i = h ? d - SERIAL_OF_DAY_0 - h.first : -1;
    if (!h || i < 0 || i >= h.price.length || h.flags[i] === 0 || Number.isNaN(h.price[i])) return undefined;
    return h.price[i];
  };
  const w = { planDate, promoStart, promoEnd, horizonEnd, serialOf: isoToSerial };
  const facts = input.skus.map((row) => skuFacts(row, overrides.table[row.sku] ?? {}, s));
  const forecasts = forecastSkus(
    facts.map((f) => ({
      series: series.get(f.sku),
      price: f.price,
      lyPrice: (d: number) => priceOn(f.sku, d),
      category: f.channel,
    })),
    w,
  );
  const schedules = facts.map((f, i) =>
    skuSchedule(f, forecasts[i], s, { planDate, cutoff, promoStart, promoEnd }),
  );
  // one consolidated shipment per mode and ship date: minimums billed once, shared by the SKUs
  const { shipments, lines } = planShipments(schedules, s);
  const plans = schedules.map((x, i) => priceSku(x, skuCosts(x.batches, lines[i], s)));
  const history = historyWarnings({
    series: seriesList,
    planDate: serialToIso(planDate),
    promoStart: s.promoStart,
    promoEnd: s.promoEnd,
    registrationDeadline: s.registrationDeadline,
    inboundCutoff: s.inboundCutoff,
    // the importer's rows plus the plan's extras; the warnings read only sku, cost, MOQ, lead time, price, weight
    skus: input.skus as readonly ImportedSkuRow[],
    methods: Object.fromEntries(facts.map((f, i) => [f.sku, forecasts[i].method])),
  });
  plans.sort(
    (a, b) =>
      b.forecast.lyRevenue - a.forecast.lyRevenue ||
      (a.facts.sku < b.facts.sku ? -1 : a.facts.sku > b.facts.sku ? 1 : 0),
  );
  // Pareto: the first ceil(20 % of SKUs) by last-year revenue are the TOP 20 %
  const topCount = Math.max(1, Math.ceil(0.2 * plans.length));
  const top = plans.map((_, i) => (i < topCount ? 1 : 0));
  return {
    settings: s,
    planDate,
    cutoff,
    promoStart,
    promoEnd,
    horizonEnd,
    coverStart: planDate + coverStartDay(planDate, cutoff, s),
    skus: plans,
    top,
    totals: planTotals(plans, top, s, shipments),
    shipments,
    history,
    ignoredInputs: ignored,
    warnings: plans.flatMap((p) => p.warnings),
  };
}
