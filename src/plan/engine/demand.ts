/**
 * Daily demand to cover, from the plan date through the cover period (DESIGN.md "Planning rules").
 *
 * demand(day) = forecast(day) × (1 + growth), where on promo days the forecast's lift (learned from
 * last year's flagged promo days, so applied once) is adjusted only for the difference between this
 * promo's discount and last year's: × (1 + elasticity × (discount − last year's discount)), floored
 * at 0; or replaced by the buyer's lift override. Promo days of an interest-channel SKU (TikTok …)
 * add a burst buffer (a share of promo demand, capped by the creator cap). Pre-sold units ship on
 * the first promo day. A buyer's typed promo demand replaces all of that: it is the figure the
 * buyer wants on the shelf for the promo (burst and pre-sale included, as the "Promo demand"
 * column it overrides), so nothing is added on top; the promo days keep their computed shape,
 * rescaled to the typed total.
 */
import type { PlanSettings } from "../settings";
import type { SkuFacts, SkuForecast } from "./types";

export interface DemandResult {
  demand: number[];
  promoDemand: number;
  /** Lift used on promo days (after the discount adjustment or the override). */
  liftUsed: number;
  burstUnits: number;
}

/** Chinese platform names as a Chinese buyer writes them, and their pinyin. */
const CHANNEL_ALIASES: Readonly<Record<string, string>> = {
  抖音: "douyin",
  快手: "kuaishou",
  小红书: "xiaohongshu",
};
const channelKey = (x: string) =>
  Object.entries(CHANNEL_ALIASES).reduce((a, [zh, py]) => a.split(zh).join(py), x.trim().toLowerCase());

/**
 * Answers by list text, then channel: a plan asks once per SKU, with one list and a handful of
 * channels, so the text work is done once per pair instead of per SKU. Bounded, so a long
 * session cannot grow it without limit.
 */
const answers = new Map<string, Map<string, boolean>>();
const MAX_ANSWERS = 1000;

/**
 * True when the SKU's channel is one of the plan's interest channels (case-insensitive; 抖音 and
 * Douyin, 快手 and Kuaishou are the same channel; the list is split at commas, 、 or semicolons).
 */
export function isInterestChannel(channel: string, interestChannels: string): boolean {
  let byChannel = answers.get(interestChannels);
  if (byChannel === undefined || byChannel.size >= MAX_ANSWERS) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    byChannel = new Map();
    answers.set(interestChannels, byChannel);
  }
  const known = byChannel.get(channel);
  if (known !== undefined) return known;
  const c = channelKey(channel);
  const answer =
    c !== "" &&
    interestChannels
      .split(/[,，;；、]/)
      .map(channelKey)
      .some((x) => x !== "" && (c === x || c.includes(x)));
  byChannel.set(channel, answer);
  return answer;
}

export function dailyDemand(f: SkuForecast, facts: SkuFacts, s: PlanSettings): DemandResult {
  const growth = 1 + s.growthRate;
  const fromHistory = f.lift > 0 ? f.lift : 1;
  const adjusted =
    fromHistory * Math.max(0, 1 + s.discountElasticity * (s.discountDepth - s.historicalDiscountDepth));
  const liftUsed = s.promoLiftOverride ?? adjusted;
  const demand = f.daily.map((base, i) => {
    const day = f.promo[i] ? (base / fromHistory) * liftUsed : base;
    return Math.max(0, day) * growth;
  });
  let promoDemand = 0;
  for (let i = 0; i < demand.length; i++) if (f.promo[i]) promoDemand += demand[i];
  const promoIdx = f.promo.flatMap((p, i) => (p ? [i] : []));
  const scale = (target: number) => {
    if (promoIdx.length === 0) return;
    for (const i of promoIdx)
      demand[i] = promoDemand > 0 ? (demand[i] * target) / promoDemand : target / promoIdx.length;
    promoDemand = target;
  };
  let burstUnits = 0;
  if (isInterestChannel(facts.channel, s.interestChannels) && promoDemand > 0) {
    burstUnits = promoDemand * s.burstBufferRate;
    if (facts.creatorCap !== null) burstUnits = Math.min(burstUnits, facts.creatorCap);
    scale(promoDemand + burstUnits);
  }
  if (facts.preSaleUnits > 0 && promoIdx.length > 0) {
    demand[promoIdx[0]] += facts.preSaleUnits;
    promoDemand += facts.preSaleUnits;
  }
  // the typed figure replaces the computed one (last, so no buffer or pre-sale lands on top)
  if (facts.forecastOverride !== null) {
    scale(facts.forecastOverride);
    burstUnits = 0;
  }
  return { demand, promoDemand, liftUsed, burstUnits };
}
