/**
 * Registry entries for plan sections 1–3 (promo dates, history, targets). Defaults the core
 * already has are imported, never retyped (a test guards it).
 */
import { DEFAULT_BUFFER_DAYS, DEFAULT_RATES } from "../../core";
import { PROMO_EVENTS, type PromoEvent } from "../promoEvents";
import { choice, date, num, t2, text } from "./kinds";

const EVENT_LABELS: Record<PromoEvent, ReturnType<typeof t2>> = {
  primeDay: t2("Prime Day", "Prime Day"),
  bfcm: t2("Black Friday / Cyber Monday", "黑五网一"),
  double11: t2("11.11", "双十一"),
  double12: t2("12.12", "双十二"),
  tiktok: t2("TikTok Shop campaign", "TikTok Shop 大促"),
  custom: t2("Custom", "自定义"),
};

export const PROMO_TARGET_SETTINGS = {
  locale: choice({
    step: 1,
    noCell: true,
    values: ["en-US", "zh-CN"] as const,
    valueLabels: { "en-US": t2("English", "英语"), "zh-CN": t2("Chinese", "中文") },
    default: "en-US",
    label: t2("Language", "语言"),
    help: t2("Language of the plan workbook.", "计划工作簿的语言。"),
  }),
  event: choice({
    step: 1,
    values: PROMO_EVENTS,
    valueLabels: EVENT_LABELS,
    default: "custom",
    freeText: "custom",
    label: t2("Event", "活动"),
    help: t2("The promotion this plan stocks up for.", "本计划备货所针对的大促活动。"),
  }),
  eventName: text({
    step: 1,
    noCell: true,
    default: "",
    maxLength: 80,
    optional: true,
    label: t2("Event name", "活动名称"),
    help: t2("Name shown for a custom event.", "自定义活动显示的名称。"),
  }),
  registrationDeadline: date({
    step: 1,
    label: t2("Registration deadline", "报名截止日"),
    help: t2("Last day to register deals for the event.", "活动报名的最后一天。"),
  }),
  inboundCutoff: date({
    step: 1,
    label: t2("Inbound (FBA check-in) cutoff", "入仓截止日（FBA 签收）"),
    help: t2("Stock checked in after this day misses the promo.", "此日之后签收的库存赶不上大促。"),
  }),
  promoStart: date({
    step: 1,
    label: t2("Promo start", "活动开始"),
    help: t2("First promo day.", "活动第一天。"),
  }),
  promoEnd: date({
    step: 1,
    label: t2("Promo end", "活动结束"),
    help: t2("Last promo day.", "活动最后一天。"),
  }),
  planDate: date({
    step: 1,
    optional: true,
    label: t2("Plan date (today)", "计划日期（今天）"),
    help: t2(
      "The day the plan is made: demand is counted from here and PO dates before it are past.",
      "制定计划的日期：需求从此日起计算，早于此日的下单日视为已过。",
    ),
  }),
  inboundBufferDays: num({
    step: 1,
    unit: "days",
    min: 0,
    max: 60,
    integer: true,
    default: DEFAULT_BUFFER_DAYS,
    label: t2("Warehouse check-in buffer (days)", "仓库签收缓冲（天）"),
    help: t2(
      "Days between delivery and the stock being sellable (FBA receiving often takes a week).",
      "货物送达到可售之间的天数（FBA 上架通常需要一周）。",
    ),
  }),
  coverDaysBeforeCutoff: num({
    step: 1,
    unit: "days",
    min: 0,
    max: 730,
    integer: true,
    // 30 = about one regular replenishment cycle: the stock-up carries the promo, the cover
    // period after it and the run-in from its arrival to the promo, not months of regular sales
    default: 30,
    label: t2("Days before the inbound cutoff this plan covers", "本计划覆盖入仓截止日前的天数"),
    help: t2(
      "The stock-up covers the promo, the cover period after it and this many days before the inbound cutoff: 30 is about one regular replenishment cycle, so the stock-up lands before the peak check-in queue and carries the run-in to the promo. Earlier demand is left to regular replenishment, so a plan made months ahead does not buy months of regular stock. With no regular orders running, raise it to cover from the plan date.",
      "备货单覆盖大促、大促后的覆盖期，以及入仓截止日前这么多天的销量：30 天约为一个常规补货周期，备货赶在旺季入仓排队前到仓，并承担到大促开始前的销售。更早的需求由常规补货承担，提前数月制定计划时不会一次买入几个月的常规库存。如果没有常规补货在进行，请调大此值，从计划日起全部覆盖。",
    ),
  }),
  coverDaysAfterPromo: num({
    step: 1,
    unit: "days",
    min: 0,
    max: 180,
    integer: true,
    default: 14,
    label: t2("Cover after the promo (days)", "大促后覆盖天数"),
    help: t2(
      "Days after the promo the stock must still last, until the next regular replenishment can arrive.",
      "大促结束后库存还需支撑的天数，直到下一批常规补货到达。",
    ),
  }),
  defaultReturnRate: num({
    step: 2,
    unit: "fraction",
    min: 0,
    max: 1,
    default: DEFAULT_RATES.returnRate,
    label: t2("Return rate (when a SKU has none)", "退货率（SKU 无数据时）"),
    help: t2(
      "Share of sold units returned, used where the SKU row is blank.",
      "售出件数中的退货比例，SKU 行为空时使用。",
    ),
  }),
  historicalDiscountDepth: num({
    step: 2,
    unit: "fraction",
    min: 0,
    max: 0.95,
    default: 0.2,
    label: t2("Discount depth of last year's promos", "去年大促的折扣力度"),
    help: t2(
      "The lift learned from history already carries this discount; only a deeper or shallower discount changes it.",
      "历史中学到的大促提升已包含此折扣；只有更深或更浅的折扣才会调整它。",
    ),
  }),
  growthRate: num({
    step: 3,
    unit: "fraction",
    min: -1,
    max: 10,
    default: 0.1,
    label: t2("Expected growth", "预期增长率"),
    help: t2("Growth over the forecast on every day: 0.1 = +10 %.", "对每天预测的增长：0.1 即 +10%。"),
  }),
  discountDepth: num({
    step: 3,
    unit: "fraction",
    min: 0,
    max: 0.95,
    default: 0.2,
    label: t2("Discount depth this promo", "本次大促折扣力度"),
    help: t2(
      "Price cut on promo days; it also sets the promo price used for margin.",
      "大促期间的降价幅度；也用于计算大促净利。",
    ),
  }),
  discountElasticity: num({
    step: 3,
    unit: "number",
    min: 0,
    max: 20,
    default: 1.5,
    label: t2("Demand lift per unit of extra discount", "额外折扣带来的需求弹性"),
    help: t2(
      "Promo demand × (1 + elasticity × (this discount − last year's)).",
      "大促需求 ×（1 + 弹性 ×（本次折扣 − 去年折扣））。",
    ),
  }),
  promoLiftOverride: num({
    step: 3,
    unit: "number",
    min: 0,
    max: 100,
    default: null,
    optional: true,
    label: t2("Promo lift override (blank = from history)", "大促提升倍数（留空 = 按历史）"),
    help: t2(
      "Promo-day demand as a multiple of a normal day; blank uses the lift learned from history.",
      "大促日需求相对平日的倍数；留空则使用历史学到的提升。",
    ),
  }),
  newProductShare: num({
    step: 3,
    unit: "fraction",
    min: 0,
    max: 0.99,
    default: 0,
    label: t2("New-product share of promo sales", "新品占大促销量比例"),
    help: t2(
      "Promo units expected from products without history; add them as SKU rows with a forecast override to buy them.",
      "来自无历史新品的大促销量；请把新品加为 SKU 行，并在“大促需求（手动值）”列填写数量，才会为其采购。",
    ),
  }),
  burstBufferRate: num({
    step: 3,
    unit: "fraction",
    min: 0,
    max: 5,
    default: 0.3,
    label: t2("Burst buffer for interest channels", "兴趣电商爆单缓冲"),
    help: t2(
      "Extra promo demand for SKUs sold on interest channels (TikTok …): one video can bring a spike no history shows.",
      "兴趣电商（TikTok 等）SKU 的额外大促需求：一条爆款视频带来的订单是历史数据看不到的。",
    ),
  }),
  interestChannels: text({
    step: 3,
    default: "TikTok, Douyin, Kuaishou, Instagram, YouTube",
    defaultZh: "TikTok、抖音、快手、Instagram、YouTube",
    maxLength: 200,
    label: t2("Interest channels (comma-separated)", "兴趣电商渠道（用逗号或顿号分隔）"),
    help: t2(
      "A SKU whose channel contains one of these gets the burst buffer.",
      "渠道包含其中任一名称的 SKU 会加上爆单缓冲。",
    ),
  }),
} as const;
