/**
 * The plan sheet's warning lines in en-US and zh-CN: `w_<code>` for each `PlanWarning` code of the
 * engine (filled by src/plan/sheets/warningText.ts), and the list's heading. Part of PLAN_MESSAGES.
 */
export const WARNING_MESSAGES = {
  warnings: { en: "Warnings", zh: "提醒" },
  noWarnings: { en: "None.", zh: "无。" },
  wFutureActuals: {
    en: "{rows} actuals rows dated after the plan date {planDate} were ignored (the first is dated {first}): an actual is a sale that has happened.",
    zh: "有 {rows} 行实际销量的日期晚于计划日 {planDate}，已忽略（最早一行为 {first}）：实际销量只能是已经发生的销售。",
  },
  wRunsOutBeforeCover: {
    en: "{n} SKU(s) run out before the stock-up window starts on {from} (first: {sku} on {date}): those days are regular replenishment's, not this plan's, which counts stock-outs and buys only from {from}.",
    zh: "{n} 个 SKU 在备货期（{from} 起）开始前就会断货（最早：{sku}，{date}）：这段时间靠日常补货，不属于本计划；本计划只从 {from} 起计算断货和采购。",
  },
  wIgnoredInput: {
    en: "{name}: the value typed there is not valid; the default is used until it is corrected.",
    zh: "{name}：填写的值无效；更正前使用默认值。",
  },
  w_stockOutBeforeArrival: {
    en: "{sku}: runs out on {date}, {units} units short before any order can arrive.",
    zh: "{sku}：将于 {date} 断货，到货前缺 {units} 件。",
  },
  w_modeInfeasible: {
    en: "{sku}: {mode} is too late (its PO date {date} has passed); the plan does not use it.",
    zh: "{sku}：{mode}已来不及（最晚下单日 {date} 已过），计划不使用该方式。",
  },
  w_noFeasibleMode: {
    en: "{sku}: no mode can arrive before the inbound cutoff.",
    zh: "{sku}：任何运输方式都无法在入仓截止日前到货。",
  },
  w_shareLimitIgnored: {
    en: "{sku}: the mode share limits leave units no mode can carry in time; the limit was exceeded.",
    zh: "{sku}：按运输占比上限，部分货物无法及时运达，已超出上限安排。",
  },
  w_moqAboveNeed: {
    en: "{sku}: the MOQ ({moq}) is above the need; {units} extra units are ordered.",
    zh: "{sku}：起订量（{moq}）高于需求，多订 {units} 件。",
  },
  w_overrideBelowNeed: {
    en: '{sku}: the final order quantity typed ({qty}) is {units} units below the net requirement ({net}): the stock runs out on {date} and {short} units of demand go unmet (column "Short because of typed order"); the rest is safety stock.',
    zh: "{sku}：手动填写的最终采购数量（{qty}）比净需求（{net}）少 {units} 件：库存将在 {date} 断货，{short} 件需求无法满足（见“因手动采购量不足而缺货”列），其余为安全库存。",
  },
  w_overrideBelowSafety: {
    en: "{sku}: the final order quantity typed ({qty}) is {units} units below the net requirement ({net}): no sale is lost, but the safety stock is that much thinner.",
    zh: "{sku}：手动填写的最终采购数量（{qty}）比净需求（{net}）少 {units} 件：不会断货，但安全库存相应减少。",
  },
  w_overrideNotCartons: {
    en: "{sku}: the final order quantity typed ({qty}) is not a whole number of cartons of {pack} ({cartons} cartons): it ships as {whole} cartons, the last one part-filled.",
    zh: "{sku}：手动填写的最终采购数量（{qty}）不是整箱（每箱 {pack} 件，共 {cartons} 箱）：按 {whole} 箱发货，最后一箱未装满。",
  },
  w_onOrderAfterCutoff: {
    en: "{sku}: {units} units on order arrive {date}, after the inbound cutoff.",
    zh: "{sku}：在途 {units} 件将于 {date} 到货，晚于入仓截止日。",
  },
  w_onOrderNoDate: {
    en: '{sku}: {units} units on order have no arrival date; counted as sellable {date} (the latest an order placed today is sellable by sea: lead time + transit + check-in buffer). Type the date in "On order arrives".',
    zh: "{sku}：在途 {units} 件没有到货日期，按 {date} 可售计算（今天下单走海运最晚的可售日）。请在“在途到货日”列填写实际日期。",
  },
  w_leadTimeDefault: {
    en: "{sku}: no lead time in the SKU master; the plan's default {days} days is used.",
    zh: "{sku}：SKU 资料中没有生产周期，使用计划默认值 {days} 天。",
  },
  w_agedInventoryRisk: {
    en: "{sku}: {units} units left after the promo may still be on the shelf when the aged-inventory fee starts ({date}).",
    zh: "{sku}：大促后剩余 {units} 件，可能在超龄库存费起算日（{date}）仍未售完。",
  },
  w_shortHistory: {
    en: "{sku}: only {days} day of sales history; its forecast is that day's sales, flat, with a wide range. Check it against what you know of the product.",
    zh: "{sku}：只有 {days} 天的销售历史，预测即按该天销量平推，区间很宽。请结合对该商品的了解核对。",
  },
  w_modeRefused: {
    en: "{sku}: {mode} refuses {goods} goods; the plan ships none of it that way.",
    zh: "{sku}：{mode}不收{goods}货物，计划不安排此方式。",
  },
  w_noModeForGoods: {
    en: "{sku}: the only modes still in time refuse {goods} goods: {units} units short, nothing can arrive for the promo.",
    zh: "{sku}：仍来得及的运输方式都不收{goods}货物：缺货 {units} 件，大促前无法到货。",
  },
} as const satisfies Record<string, { en: string; zh: string }>;
