/**
 * Registry entries for plan sections 4–6 (purchasing, logistics and cost, monitor). Rates and
 * transit days are the core's defaults (src/core/landed/rates.ts, src/core/dates/shipSchedule.ts),
 * imported here so the plan, the pane, the CLI and STOCKUP.LANDED_COST agree.
 */
import { DEFAULT_RATES, DEFAULT_SAFETY_STOCK_RATE, DEFAULT_TRANSIT_DAYS } from "../../core";
import { choice, fraction, num, perUnitMoney, t2, text } from "./kinds";
import { RETURN_AND_STORAGE_SETTINGS, SHIPMENT_FEE_SETTINGS } from "./costRates";
import { SELLING_COST_SETTINGS } from "./sellingCosts";

const R = DEFAULT_RATES;
const transit = (mode: string, zh: string, def: number) =>
  num({
    step: 5,
    unit: "days",
    min: 1,
    max: 120,
    integer: true,
    default: def,
    label: t2(`Transit days, ${mode}`, `${zh}运输天数`),
    help: t2(
      `Door-to-warehouse days by ${mode.toLowerCase()}, customs included (the core's default; use your forwarder's).`,
      `${zh}门到仓天数（含清关；默认值取自核心，请用货代的实际时效）。`,
    ),
  });

export const PURCHASE_LOGISTICS_SETTINGS = {
  serviceLevel: num({
    step: 4,
    unit: "fraction",
    min: 0.5,
    max: 0.9999,
    default: 0.95,
    label: t2("Service level", "服务水平"),
    help: t2(
      "Chance of no stock-out over the cover period (statistical method).",
      "覆盖期内不断货的概率（统计法）。",
    ),
  }),
  safetyStockMethod: choice({
    step: 4,
    values: ["rule", "statistical"] as const,
    valueLabels: { rule: t2("rule of thumb", "经验法"), statistical: t2("statistical", "统计法") },
    default: "rule",
    label: t2("Safety stock method used", "采用的安全库存方法"),
    help: t2(
      "Rule of thumb: a share of promo demand; statistical: z × demand noise over lead time + review.",
      "经验法：大促需求的一定比例；统计法：z × 交期加补货周期内的需求波动。",
    ),
  }),
  safetyStockPct: num({
    step: 4,
    ...fraction,
    default: DEFAULT_SAFETY_STOCK_RATE,
    label: t2("Safety stock, rule of thumb (% of promo demand)", "安全库存经验比例（占大促需求）"),
    help: t2("The seed's 10–20 % rule.", "经验做法：预留 10%–20%。"),
  }),
  reviewPeriodDays: num({
    step: 4,
    unit: "days",
    min: 0,
    max: 90,
    integer: true,
    default: 7,
    label: t2("Review period (days)", "补货周期（天）"),
    help: t2(
      "How often stock is checked and reordered; widens the safety-stock horizon.",
      "多久检查并补货一次；会加长安全库存的覆盖期。",
    ),
  }),
  leadTimeDays: num({
    step: 4,
    unit: "days",
    min: 0,
    max: 365,
    integer: true,
    default: 20,
    label: t2("Production lead time when the SKU has none (days)", "SKU 未填时的生产周期（天）"),
    help: t2("Used only for SKU rows without a lead time.", "仅用于未填写生产周期的 SKU。"),
  }),
  depositRate: num({
    step: 4,
    ...fraction,
    default: 0.3,
    label: t2("Deposit (paid at PO)", "定金比例（下单时支付）"),
    help: t2(
      "Share of the purchase paid on the PO date; the rest per the balance terms.",
      "下单日支付的货款比例；其余按尾款条款支付。",
    ),
  }),
  balanceDaysAfterShip: num({
    step: 4,
    unit: "days",
    min: -60,
    max: 180,
    integer: true,
    default: 0,
    label: t2("Balance due, days after shipment", "尾款：发货后天数"),
    help: t2("0 = balance paid when the goods ship; negative = before.", "0 = 发货时付尾款；负数 = 发货前。"),
  }),
  transitDaysSea: transit("Sea", "海运", DEFAULT_TRANSIT_DAYS.sea_lcl),
  transitDaysAir: transit("Air", "空运", DEFAULT_TRANSIT_DAYS.air),
  transitDaysExpress: transit("Express", "快递", DEFAULT_TRANSIT_DAYS.express),
  seaMaxShare: num({
    step: 5,
    ...fraction,
    default: 1,
    label: t2("Most of the order by sea", "海运最多占比"),
    help: t2("Limit on the sea share; what is above it goes by air.", "海运占比上限；超出部分改走空运。"),
  }),
  airMaxShare: num({
    step: 5,
    ...fraction,
    default: 1,
    label: t2("Most of the order by air", "空运最多占比"),
    help: t2("Limit on the air share; what is above it goes by express.", "空运占比上限；超出部分改走快递。"),
  }),
  seaRatePerCbm: num({
    step: 5,
    ...perUnitMoney,
    default: R.seaLclRatePerRevenueTon,
    label: t2("Sea LCL rate per revenue ton (CBM or t)", "海运拼箱单价（每计费吨）"),
    help: t2("Billed on max(CBM, tonnes), at least 1.", "按 max(立方数, 吨数) 计费，最少 1 计费吨。"),
  }),
  airRatePerKg: num({
    step: 5,
    ...perUnitMoney,
    default: R.airRatePerKg,
    label: t2("Air rate per chargeable kg", "空运单价（每计费公斤）"),
    help: t2("Chargeable kg = max(kg, cm³ / divisor).", "计费重 = max(实重, 体积 / 除数)。"),
  }),
  expressRatePerKg: num({
    step: 5,
    ...perUnitMoney,
    default: R.expressRatePerKg,
    label: t2("Express rate per chargeable kg", "快递单价（每计费公斤）"),
    help: t2("Chargeable kg = max(kg, cm³ / divisor).", "计费重 = max(实重, 体积 / 除数)。"),
  }),
  airVolumetricDivisor: num({
    step: 5,
    unit: "number",
    min: 1000,
    max: 10000,
    integer: true,
    default: R.airVolumetricDivisor,
    label: t2("Air volumetric divisor (cm³/kg)", "空运体积重除数（cm³/kg）"),
    help: t2("IATA 6000 (167 kg per CBM).", "IATA 标准 6000（每立方 167 公斤）。"),
  }),
  expressVolumetricDivisor: num({
    step: 5,
    unit: "number",
    min: 1000,
    max: 10000,
    integer: true,
    default: R.expressVolumetricDivisor,
    label: t2("Express volumetric divisor (cm³/kg)", "快递体积重除数（cm³/kg）"),
    help: t2("DHL/FedEx/UPS use 5000.", "DHL/FedEx/UPS 使用 5000。"),
  }),
  dutyRate: num({
    step: 5,
    ...fraction,
    default: R.dutyRate,
    label: t2("Duty rate (on FOB value)", "关税税率（按 FOB 货值）"),
    help: t2(
      "Look up your HS code; US duty is on the transaction value.",
      "请查 HS 编码；美国关税按成交价计。",
    ),
  }),
  importVatRate: num({
    step: 5,
    ...fraction,
    default: R.importVatRate,
    label: t2("Import VAT (paid at arrival, reclaimed)", "进口增值税（到港支付，可抵扣）"),
    help: t2(
      "0 for the US; DE 0.19, UK 0.2: cash at arrival, not cost.",
      "美国为 0；德国 0.19、英国 0.2：到港时占用现金，不计成本。",
    ),
  }),
  ...SHIPMENT_FEE_SETTINGS,
  // platform commission and fulfilment fee, per sales channel
  ...SELLING_COST_SETTINGS,
  ...RETURN_AND_STORAGE_SETTINGS,
  contingencyRate: num({
    step: 5,
    ...fraction,
    default: R.contingencyRate,
    label: t2("Contingency", "预备金比例"),
    help: t2("The seed's 10–15 % on all other costs.", "经验做法：其他成本的 10%–15%。"),
  }),
  purchaseCurrency: text({
    step: 5,
    default: "USD",
    maxLength: 3,
    label: t2("Purchase currency", "采购币种"),
    help: t2("Currency of the supplier's unit cost, e.g. CNY.", "供应商单价的币种，如 CNY。"),
  }),
  saleCurrency: text({
    step: 5,
    default: "USD",
    maxLength: 3,
    label: t2("Sale currency", "销售币种"),
    help: t2(
      "Currency of prices, fees and freight; all money in the plan is in it.",
      "售价、费用和运费的币种；计划中所有金额都以此计。",
    ),
  }),
  fxRate: num({
    step: 5,
    unit: "number",
    min: 0.0001,
    max: 10000,
    default: 1,
    label: t2("FX: sale currency per purchase currency", "汇率：每单位采购币种折合销售币种"),
    help: t2("e.g. 0.14 USD per CNY.", "如每人民币 0.14 美元。"),
  }),
  agedFeeDays: num({
    step: 6,
    unit: "days",
    min: 30,
    max: 730,
    integer: true,
    default: R.agedSurchargeThresholdDays,
    label: t2("Aged-inventory fee starts after (days)", "超龄库存费起算天数"),
    help: t2("FBA charges an aged-inventory surcharge past this age.", "库龄超过此天数 FBA 收取超龄附加费。"),
  }),
} as const;
