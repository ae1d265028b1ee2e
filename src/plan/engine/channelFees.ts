/**
 * Selling costs depend on where a SKU sells (review round 1: a TikTok SKU was costed with Amazon's
 * FBA fee and 15 % referral): its channel picks the commission and the fulfilment fee from the
 * plan's settings. Amazon and a SKU without a channel (or one the plan does not know) take the
 * Amazon settings; the SKU row's own fee column wins over the channel's default.
 */
import { parseChannel, type Channel } from "../../import";
import type { PlanSettings } from "../settings";

/** A channel with settings of its own; null is Amazon's (Amazon, no channel, or one not known). */
const channelOf = (channel: string): Exclude<Channel, "amazon"> | null => {
  const c = parseChannel(channel);
  return c === "amazon" ? null : c;
};

/**
 * Commission rate and default fulfilment fee per unit of a channel.
 * @example channelFees("tiktok", DEFAULT_SETTINGS) // => { commissionRate: 0.08, fulfilmentFee: 0 }
 */
export function channelFees(
  channel: string,
  s: PlanSettings,
): { commissionRate: number; fulfilmentFee: number } {
  switch (channelOf(channel)) {
    case "tiktok":
      return { commissionRate: s.commissionRateTiktok, fulfilmentFee: s.fulfilmentFeeTiktok };
    case "shopee":
      return { commissionRate: s.commissionRateShopee, fulfilmentFee: s.fulfilmentFeeShopee };
    case "walmart":
      return { commissionRate: s.commissionRateWalmart, fulfilmentFee: s.fulfilmentFeeWalmart };
    case "shopify":
      return { commissionRate: s.commissionRateShopify, fulfilmentFee: s.fulfilmentFeeShopify };
    default:
      return { commissionRate: s.commissionRate, fulfilmentFee: s.fulfilmentFeePerUnit };
  }
}

/**
 * Whether Amazon fulfils the SKU's orders, so its stock sits in FBA and pays FBA storage: Amazon
 * and SKUs without a channel (or one the plan does not know), as for the fees above.
 */
export function fulfilledByAmazon(channel: string): boolean {
  return channelOf(channel) === null;
}
