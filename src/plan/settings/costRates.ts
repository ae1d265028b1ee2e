/**
 * Registry entries for the core's rates that a buyer's own quotes or country change (the buyer's
 * read: the payment fee in the deposits, insurance, the US customs fee, return losses and FBA
 * storage were hidden constants). Every number in a plan's cost is now an input on the plan sheet;
 * the defaults are the core's (src/core/landed/rates.ts), so a fresh plan costs what it did.
 */
import { DEFAULT_RATES } from "../../core";
import { fraction, num, perUnitMoney, t2 } from "./kinds";

const R = DEFAULT_RATES;

/** Fees billed on the purchase and per shipment, beside freight and duty. */
export const SHIPMENT_FEE_SETTINGS = {
  paymentFeeRate: num({
    step: 5,
    unit: "fraction",
    min: 0,
    max: 0.2,
    default: R.paymentFeeRate,
    label: t2("Payment fee on purchase payments", "采购付款手续费率"),
    help: t2(
      "Bank / Payoneer / PayPal fee on the deposit and the balance (≈ 1–3 %); the cash list's deposit and balance include it. 0 if your bank charges a flat fee.",
      "定金和尾款的银行、Payoneer、PayPal 手续费（约 1%–3%），现金表里的定金和尾款已含此费；按笔固定收费请填 0。",
    ),
  }),
  insuranceRate: num({
    step: 5,
    unit: "fraction",
    min: 0,
    max: 0.1,
    default: R.insuranceRate,
    label: t2("Cargo insurance premium", "货运保险费率"),
    help: t2(
      "On 110 % of goods + freight (CIF), paid at shipment with the freight. 0 if you do not insure.",
      "按货值加运费的 110%（CIF）投保，随运费在发货时支付。不投保请填 0。",
    ),
  }),
  customsFeeRate: num({
    step: 5,
    unit: "fraction",
    min: 0,
    max: 0.1,
    default: R.customsFeeRate,
    label: t2("Customs processing fee (on goods value)", "清关手续费率（按货值）"),
    help: t2(
      `US MPF 0.3464 % per entry (one per shipment), between the minimum below and ${R.customsFeeMax} (FY2025). Outside the US, 0 here and below.`,
      `美国 MPF：每票（每批货）0.3464%，不低于下方最低收费、不超过 ${R.customsFeeMax}（2025 财年）。美国以外此项和下一项填 0。`,
    ),
  }),
  customsFeeMin: num({
    step: 5,
    unit: "money",
    min: 0,
    max: R.customsFeeMax, // the core refuses a minimum above its maximum
    default: R.customsFeeMin,
    label: t2("Customs processing fee, minimum per shipment", "清关手续费每票最低收费"),
    help: t2("US MPF minimum 32.71 (FY2025).", "美国 MPF 最低 32.71（2025 财年）。"),
  }),
} as const;

/** Selling costs every SKU line shares: return losses and FBA storage. */
export const RETURN_AND_STORAGE_SETTINGS = {
  returnLossRate: num({
    step: 5,
    ...fraction,
    default: R.returnLossRate,
    label: t2("Loss per returned unit (share of the price)", "每件退货损失（占售价比例）"),
    help: t2(
      "Return shipping and stock that cannot be resold; the SKU's return rate says how many come back.",
      "退货运费和无法再售的库存；退货数量按 SKU 的退货率计。",
    ),
  }),
  fbaStoragePeak: num({
    step: 5,
    ...perUnitMoney,
    default: R.fbaStoragePerCubicFootPeak,
    label: t2("FBA storage per ft³ a month, Oct–Dec", "FBA 月仓储费（每立方英尺，10–12 月）"),
    help: t2(
      "Amazon US standard size, 2025; charged on each month's average daily volume.",
      "亚马逊美国站标准尺寸，2025 年；按每月日均库存体积计费。",
    ),
  }),
  fbaStorageOffPeak: num({
    step: 5,
    ...perUnitMoney,
    default: R.fbaStoragePerCubicFootOffPeak,
    label: t2("FBA storage per ft³ a month, Jan–Sep", "FBA 月仓储费（每立方英尺，1–9 月）"),
    help: t2("Amazon US standard size, 2025.", "亚马逊美国站标准尺寸，2025 年。"),
  }),
  agedSurchargeRate: num({
    step: 5,
    ...perUnitMoney,
    default: R.agedSurchargePerCubicFootMonth,
    label: t2("FBA aged-inventory surcharge per ft³ a month", "FBA 超龄库存附加费（每立方英尺每月）"),
    help: t2(
      "Amazon US first tier (181–210 days) 0.50; later tiers cost more, up to ≈ 6.90 past 365 days. Starts after the age set under the monitor.",
      "亚马逊美国站第一档（181–210 天）0.50；之后逐档上调，超过 365 天约 6.90。起算天数见监控部分的设置。",
    ),
  }),
} as const;
