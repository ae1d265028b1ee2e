import { fillMessage, type Locale } from "../core";
import { TABLE_MESSAGES } from "./messages/tables";
import { WARNING_MESSAGES } from "./messages/warnings";

/** The plan sheet's own texts: titles, section and row labels, validation messages. */
const SHEET_MESSAGES = {
  sheetPlan: { en: "StockUp Plan", zh: "备货计划" },
  sheetSkus: { en: "StockUp SKUs", zh: "备货SKU" },
  sheetMonitor: { en: "StockUp Monitor", zh: "备货监控" },
  title: { en: "StockUp: promo stock-up plan", zh: "StockUp：大促备货计划" },
  builtNote: {
    en: "Forecasts refreshed {date} by {by}. Yellow cells are inputs. Excel recalculates the formulas at once: order totals, cartons, CBM, cost totals, margin and ROI from the final order quantity, pace and resized batches from actuals, the monitor's running totals. The forecast, requirement, mode split, dates, unit costs and cash are values computed when the plan is built: after changing a setting or a SKU's data, rebuild the plan (StockUp add-in or CLI) to recompute them. Rebuilding keeps your edits.",
    zh: "预测于 {date} 由 {by} 刷新。黄色单元格是输入项。以下公式由 Excel 立即重算：按最终采购数量计算的采购合计、箱数、体积、成本合计、净利和投资回报率，按实际销量计算的达成率和调整后批次，以及监控表的累计值。预测、需求、运输方式分配、日期、单件成本和资金计划是生成计划时算出的数值：修改设置或 SKU 数据后，请重新生成计划（StockUp 加载项或命令行）才会重新计算。重新生成会保留您的修改。",
  },
  chartNote: {
    en: "Chart: this file was written without Excel, which cannot add charts here. Select the Date, Forecast and Actual columns and insert a line chart, or rebuild the plan from the StockUp add-in.",
    zh: "图表：此文件不是由 Excel 生成的，无法在此添加图表。请选中日期、预测和实际列插入折线图，或在 StockUp 加载项中重新生成计划。",
  },
  staleTop: {
    en: " SKU(s) have a typed final order quantity this plan was not rebuilt for (column \u201cTyped qty not in the plan yet\u201d): their mode split, units short, dates, leftover and cash are still the last build's. Rebuild the plan.",
    zh: " 个 SKU 的手动最终采购数量尚未计入本计划（见“手动数量尚未计入计划”列）：其运输方式分配、缺货数量、日期、剩余库存和资金仍是上次生成的结果，请重新生成计划。",
  },
  s1: { en: "1. Promo dates", zh: "1. 活动时间节点" },
  daysToRegistration: { en: "Days left to register", zh: "距报名截止天数" },
  daysToCutoff: { en: "Days left to inbound cutoff", zh: "距入仓截止天数" },
  shipBy_sea: { en: "Ship by, sea (days left in C)", zh: "海运最晚发货日（C 列为剩余天数）" },
  shipBy_air: { en: "Ship by, air (days left in C)", zh: "空运最晚发货日（C 列为剩余天数）" },
  shipBy_express: { en: "Ship by, express (days left in C)", zh: "快递最晚发货日（C 列为剩余天数）" },
  shipByAllLate: {
    en: "{mode}: too late for every SKU (PO dates passed)",
    zh: "{mode}：所有 SKU 都来不及了（下单截止日已过）",
  },
  shipByNoneUsable: {
    en: "{mode}: no SKU can use it ({passed} past the PO date, {refused} refused as special goods)",
    zh: "{mode}：没有 SKU 可用（{passed} 个已过下单截止日，{refused} 个因特殊货物被拒运）",
  },
  shipBySome: {
    en: "{n} of {total} SKU(s) can still use it; this plan's first PO by it is due {date}",
    zh: "{total} 个 SKU 中有 {n} 个仍可使用；本计划该方式最早的采购单须在 {date} 下达",
  },
  shipByUnused: {
    en: "{n} of {total} SKU(s) can still use it; this plan orders nothing by it (latest PO date {date}, the same for every SKU)",
    zh: "{total} 个 SKU 中有 {n} 个仍可使用；本计划未安排此方式（每个 SKU 最晚下单日均为 {date}）",
  },
  shipByUnusedRange: {
    en: "{n} of {total} SKU(s) can still use it; this plan orders nothing by it. Latest PO date per SKU: {first} for {sku} (the first; its lead time is the longest), up to {last} for shorter lead times",
    zh: "{total} 个 SKU 中有 {n} 个仍可使用；本计划未安排此方式。各 SKU 最晚下单日不同：{sku} 最早，须在 {first} 前下单（生产周期最长）；生产周期较短的 SKU 可晚至 {last}",
  },
  sea: { en: "Sea", zh: "海运" },
  air: { en: "Air", zh: "空运" },
  express: { en: "Express", zh: "快递" },
  s2: { en: "2. History (last year, same period)", zh: "2. 历史数据（去年同期）" },
  historyKpiNote: {
    en: "SKU table: ACoS is a selling cost — ad cost per unit = price × ACoS (exact when every sale comes from ads; type TACoS if you know it). Conversion rate is for reference only: the forecast reads units sold, so conversion changes no number in this plan.",
    zh: "SKU 表：ACoS（广告花费占销售额比）计入销售费用——每件广告费 = 售价 × ACoS（所有订单都来自广告时才准确；如有 TACoS 请填 TACoS）。转化率仅供参考：预测直接基于销量，转化率不改变本计划的任何数字。",
  },
  lyTotalUnits: { en: "Last-year units, all SKUs", zh: "去年同期总销量" },
  lyTotalRevenue: { en: "Last-year revenue, all SKUs", zh: "去年同期总销售额" },
  topShare: { en: "Revenue share of the TOP 20 % SKUs", zh: "TOP 20% SKU 的销售额占比" },
  s3: { en: "3. Targets and forecast", zh: "3. 目标与预测" },
  totalPromoDemand: { en: "Promo demand, all SKUs (units)", zh: "大促期间需求合计（件）" },
  totalHorizonDemand: {
    en: "Demand covered, {from} → {to} (units)",
    zh: "覆盖期需求，{from} → {to}（件）",
  },
  newProductUnits: { en: "Promo units expected from new products", zh: "预计来自新品的大促销量" },
  s4: { en: "4. Purchasing", zh: "4. 采购" },
  zScore: { en: "z for the service level", zh: "服务水平对应的 z 值" },
  totalNet: { en: "Net requirement, all SKUs (units)", zh: "净需求合计（件）" },
  totalOrder: { en: "Units to order, all SKUs", zh: "采购总数量" },
  totalShort: { en: "Units short before any order can arrive", zh: "到货前缺货数量" },
  totalTypedShort: {
    en: "Units short because typed order quantities are below the need",
    zh: "因手动采购量低于需求而缺货的数量",
  },
  totalShortAll: { en: "Units short, total", zh: "缺货数量合计" },
  skusShort: {
    en: "SKUs that run out before any order can arrive, within the stock-up window from {from}",
    zh: "备货期（{from} 起）内到货前会断货的 SKU 数",
  },
  s5: { en: "5. Logistics, cost and cash", zh: "5. 物流、成本与资金" },
  modeTotals: { en: "Shipments by mode", zh: "各运输方式货量" },
  hdrUnits: { en: "Units", zh: "件数" },
  hdrCartons: { en: "Cartons", zh: "箱数" },
  hdrCbm: { en: "CBM", zh: "立方数" },
  hdrKg: { en: "Chargeable kg (air, express)", zh: "计费重 kg（空运、快递）" },
  hdrGrossKg: { en: "Gross kg", zh: "毛重 kg" },
  hdrFreightTons: { en: "Freight tons W/M (sea)", zh: "计费吨 W/M（海运）" },
  hdrFreight: { en: "Freight billed", zh: "运费" },
  hdrSurcharge: { en: "Special-goods surcharge", zh: "特殊货物附加费" },
  hdrInsurance: { en: "Insurance", zh: "保险费" },
  hdrFreightCash: { en: "Paid at shipment", zh: "发货时支付" },
  modeShipments: { en: "{mode}: {n} shipment(s)", zh: "{mode}：{n} 票" },
  shipmentsToBook: {
    en: "Shipments to book (one per mode and ship date)",
    zh: "待订舱货件（每种运输方式每个发货日一票）",
  },
  shipmentLine: { en: "{mode}, ships {date}, {n} SKU(s)", zh: "{mode}，{date} 发货，{n} 个 SKU" },
  shipmentLineMin: {
    en: "{mode}, ships {date}, {n} SKU(s) — minimum charge",
    zh: "{mode}，{date} 发货，{n} 个 SKU（按最低收费）",
  },
  toWarehouse: { en: "Cost to the warehouse", zh: "到仓成本" },
  costNote: {
    en: "From the core's landed cost per SKU and mode (as STOCKUP.LANDED_COST).",
    zh: "按 SKU 和运输方式取自核心落地成本（与 STOCKUP.LANDED_COST 相同）。",
  },
  sellingCosts: {
    en: "Selling costs (fulfilment fee, storage, commission, ads, returns) and contingency",
    zh: "销售费用（配送费、仓储费、佣金、广告费、退货）及预备金",
  },
  contingency: {
    en: "of which contingency (its rate on all other costs)",
    zh: "其中预备金（按其比例计在其他各项成本上）",
  },
  totalLanded: { en: "Total cost incl. selling costs", zh: "总成本（含销售费用）" },
  totalCashOut: { en: "Cash out before sales", zh: "销售前资金支出" },
  totalMargin: { en: "Margin on the plan", zh: "计划净利" },
  roi: { en: "ROI (margin / cash out)", zh: "投资回报率（净利 / 资金支出）" },
  cashDate: { en: "Cash date", zh: "付款日期" },
  cashMode: { en: "Mode", zh: "运输方式" },
  cashKind: { en: "Payment", zh: "款项" },
  cashAmount: { en: "Amount", zh: "金额" },
  cash_deposit: { en: "Deposit (at PO)", zh: "定金（下单时）" },
  cash_balance: { en: "Balance (at shipment + payment terms)", zh: "尾款（发货日 + 账期）" },
  cash_freight: {
    en: "Freight, special-goods surcharge and insurance (at shipment)",
    zh: "运费、特殊货物附加费与保险（发货时）",
  },
  cash_dutyVat: { en: "Duty, customs and import VAT (at arrival)", zh: "关税、清关费与进口增值税（到港时）" },
  s6: { en: "6. Monitor", zh: "6. 执行与监控" },
  actualToDateTotal: { en: "Actual units to date", zh: "截至今日实际销量" },
  forecastToDateTotal: { en: "Forecast to date (with growth)", zh: "截至今日预测（含增长）" },
  targetToDateTotal: { en: "Plan demand (target) to date", zh: "截至今日计划需求（目标）" },
  paceForecastTotal: { en: "Pace vs forecast", zh: "预测达成率" },
  paceTargetTotal: { en: "Pace vs target (plan demand)", zh: "目标达成率（计划需求）" },
  leftoverTotal: { en: "Units left after the promo", zh: "大促后剩余库存" },
  agedRiskSkus: { en: "SKUs at risk of the aged-inventory fee", zh: "有超龄库存费风险的 SKU 数" },
  monitorHint: {
    en: "Daily actual vs plan demand is on the monitor sheet, per SKU on the monitor-by-SKU sheet (type each day's units there); the SKU table suggests resized batches only for batches not shipped yet.",
    zh: "每日实际与计划需求对比见监控表，按 SKU 的对比见“按SKU监控”表（可在该表按天填写销量）；SKU 表只对尚未发货的批次给出调整建议。",
  },

  // validation messages
  vRate: {
    en: "Enter a fraction between 0 and 1 (e.g. 0.15 for 15 %).",
    zh: "请输入 0 到 1 之间的小数（如 15% 输入 0.15）。",
  },
  vServiceLevel: {
    en: "Enter a service level above 0.5 and below 1 (e.g. 0.95).",
    zh: "请输入大于 0.5、小于 1 的服务水平（如 0.95）。",
  },
  vDays: { en: "Enter whole days between 0 and 365.", zh: "请输入 0 到 365 之间的整数天数。" },
  vDate: { en: "Enter a date.", zh: "请输入日期。" },
  vList: { en: "Pick a value from the list.", zh: "请从列表中选择。" },
  vNonNegative: { en: "Enter a number of 0 or more.", zh: "请输入大于等于 0 的数字。" },
  vWholeNonNegative: { en: "Enter a whole number of 0 or more.", zh: "请输入大于等于 0 的整数。" },
  vCasePack: { en: "Enter a whole number of 1 or more.", zh: "请输入大于等于 1 的整数。" },
  vGrowth: {
    en: "Enter a growth between -1 and 10 (e.g. 0.1 for 10 %, -0.2 for a 20 % drop).",
    zh: "请输入 -1 到 10 之间的增长率（如 10% 输入 0.1，下降 20% 输入 -0.2）。",
  },
  vElasticity: { en: "Enter a number between 0 and 20.", zh: "请输入 0 到 20 之间的数字。" },
  vShareBelowOne: {
    en: "Enter a fraction between 0 and 0.99 (e.g. 0.15 for 15 %).",
    zh: "请输入 0 到 0.99 之间的小数（如 15% 输入 0.15）。",
  },
  vDivisor: { en: "Enter a divisor between 1000 and 10000 cm³/kg.", zh: "请输入 1000 到 10000 之间的除数。" },
} as const satisfies Record<string, { en: string; zh: string }>;

/**
 * Every text a buyer sees in the plan workbook, in en-US and zh-CN. The model is built in one
 * locale; `planText(locale)` picks the column. Keys are stable; wording may change. The SKU
 * table's and monitor's headers and the warning lines are in ./messages/.
 */
export const PLAN_MESSAGES = { ...SHEET_MESSAGES, ...TABLE_MESSAGES, ...WARNING_MESSAGES };

type Shared<A, B> = Extract<keyof A, keyof B>;
type SharedKeys =
  | Shared<typeof SHEET_MESSAGES, typeof TABLE_MESSAGES>
  | Shared<typeof SHEET_MESSAGES, typeof WARNING_MESSAGES>
  | Shared<typeof TABLE_MESSAGES, typeof WARNING_MESSAGES>;
/** A key in two of the tables would silently keep only the last text: TypeScript refuses it here. */
export const MESSAGE_KEYS_ARE_UNIQUE: [SharedKeys] extends [never] ? true : SharedKeys = true;

export type PlanMessageKey = keyof typeof PLAN_MESSAGES;

/**
 * The plan's texts in one locale; `{name}` placeholders are filled from `vars`.
 * @example planText("zh-CN")("s1") // => "1. 活动时间节点"
 */
export function planText(locale: Locale): (key: PlanMessageKey, vars?: Record<string, string>) => string {
  const col = locale === "zh-CN" ? "zh" : "en";
  return (key, vars) => fillMessage(PLAN_MESSAGES[key][col], vars);
}
