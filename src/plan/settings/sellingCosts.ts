/**
 * Registry entries for the selling costs that depend on where a SKU sells (review round 1: a
 * TikTok SKU was costed with Amazon's FBA fee and 15 % referral): a commission and a default
 * fulfilment fee per channel, each with its source. src/plan/engine/channelFees.ts picks them by
 * the SKU's channel; the SKU row's own fee column wins over the channel's default.
 */
import { DEFAULT_RATES } from "../../core";
import { fraction, num, perUnitMoney, t2 } from "./kinds";

const R = DEFAULT_RATES;

/** A channel's commission on the selling price (SKUs whose channel column names it). */
const channelCommission = (name: string, zh: string, def: number, source: string, sourceZh: string) =>
  num({
    step: 5,
    ...fraction,
    default: def,
    label: t2(`Platform commission, ${name}`, `平台佣金比例：${zh}`),
    help: t2(
      `For SKUs sold on ${name}. ${source} Check your seller centre.`,
      `用于${zh}渠道的 SKU。${sourceZh}请以卖家后台为准。`,
    ),
  });

/**
 * A channel's fulfilment fee per unit. Default 0: the seller ships those orders itself and their
 * postage is not part of this plan; type the platform's or the 3PL's pick-pack fee when it applies.
 */
const channelFulfilment = (name: string, zh: string, service: string, serviceZh: string) =>
  num({
    step: 5,
    ...perUnitMoney,
    default: 0,
    label: t2(`Fulfilment fee per unit, ${name} (when the SKU has none)`, `每件配送费：${zh}（SKU 未填时）`),
    help: t2(
      `0 = you ship ${name} orders yourself (their postage is not in this plan); when ${service} fulfils them, type its fee per unit. The SKU row's own fee wins. No FBA fee for these SKUs.`,
      `0 = ${zh}订单由您自行发货（运费不在本计划内）；若由${serviceZh}配送，请填每件费用。SKU 行自己的费用优先。这些 SKU 不收 FBA 费。`,
    ),
  });

export const SELLING_COST_SETTINGS = {
  commissionRate: num({
    step: 5,
    ...fraction,
    default: R.commissionRate,
    label: t2(
      "Platform commission, Amazon (and SKUs without a channel)",
      "平台佣金比例：亚马逊（及未填渠道的 SKU）",
    ),
    help: t2(
      "Amazon referral fee on the selling price: 15 % for most categories (Seller Central fee schedule, 2025), at least 0.30 a unit.",
      "亚马逊按售价收取的销售佣金：多数类目 15%（卖家平台费用表，2025），每件至少 0.30。",
    ),
  }),
  commissionRateTiktok: channelCommission(
    "TikTok Shop",
    "TikTok Shop",
    0.08,
    "US referral fee 6–8 % of the order for most categories (2024–25 seller fee updates); 8 % is the prudent end.",
    "美国站多数类目佣金为订单金额的 6%–8%（2024–25 年费率调整），取 8% 较稳妥。",
  ),
  commissionRateShopee: channelCommission(
    "Shopee",
    "Shopee（虾皮）",
    0.08,
    "Cross-border commission ≈ 6 % plus the 2 % transaction fee; varies by market and programme.",
    "跨境佣金约 6%，另加 2% 交易手续费；因站点和活动计划而异。",
  ),
  commissionRateWalmart: channelCommission(
    "Walmart",
    "沃尔玛",
    0.15,
    "Walmart Marketplace referral fee: 15 % for most categories (8 % for consumer electronics).",
    "沃尔玛平台销售佣金：多数类目 15%（消费电子 8%）。",
  ),
  commissionRateShopify: channelCommission(
    "Shopify",
    "独立站（Shopify）",
    0.029,
    "No referral fee; Shopify Payments' card rate 2.9 % (Basic plan, US; the 0.30 per order is not included).",
    "无平台佣金；Shopify Payments 刷卡费率 2.9%（美国 Basic 套餐；每单 0.30 未计入）。",
  ),
  fulfilmentFeePerUnit: num({
    step: 5,
    ...perUnitMoney,
    default: R.fbaFulfilmentFeePerUnit,
    label: t2("FBA fee per unit, Amazon (when the SKU has none)", "每件 FBA 配送费：亚马逊（SKU 未填时）"),
    help: t2(
      "Amazon's fulfilment fee for the SKU's size tier (3.22: small standard, 2025); the SKU row's own fee wins. Only Amazon SKUs (and SKUs without a channel) pay it.",
      "亚马逊按尺寸分段收取的配送费（小号标准件 3.22，2025）；SKU 行自己的费用优先。只有亚马逊 SKU（及未填渠道的 SKU）收取。",
    ),
  }),
  fulfilmentFeeTiktok: channelFulfilment(
    "TikTok Shop",
    "TikTok Shop",
    "Fulfilled by TikTok",
    "TikTok 官方仓（FBT）",
  ),
  fulfilmentFeeShopee: channelFulfilment(
    "Shopee",
    "Shopee（虾皮）",
    "Shopee's warehouse (SLS / FBS)",
    "Shopee 官方仓",
  ),
  fulfilmentFeeWalmart: channelFulfilment("Walmart", "沃尔玛", "Walmart Fulfillment Services", "沃尔玛 WFS"),
  fulfilmentFeeShopify: channelFulfilment("Shopify", "独立站（Shopify）", "your 3PL", "第三方海外仓"),
} as const;
