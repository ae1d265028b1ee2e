/** Everything the CLI prints, in English and Simplified Chinese (`--lang en|zh`). */
import { DEFAULT_INBOUND_LEAD_DAYS, DEFAULT_REGISTRATION_LEAD_DAYS, fillMessage } from "../core";
import { pluralize } from "../import/plural";
export const CLI_MESSAGES = {
  help: {
    en: `Usage:
  stockup plan --sales <file> --skus <file> --promo-start <date> --promo-end <date>
               --inbound-cutoff <date> [--registration-deadline <date>] [--event <event>]
  stockup plan --sales <file> --skus <file> --event bfcm      dates from the promo calendar
               [--today <date>] [--lang en|zh] [--actuals <file>] [--sheet <name|number>]
               [--decimal . | ,] [--time-zone <zone>] [--report-date <date>]
               [--purchase-currency <code>] [--fx <rate>] [--skip-bad-rows] [--force] --out <plan.xlsx>
  stockup plan --sample [--today <date>] --out <plan.xlsx>     the bundled sample, moved to today
  stockup --help

Files are CSV/TSV (UTF-8, UTF-16 or GBK) or .xlsx. Dates are YYYY-MM-DD.
--sheet picks the worksheet of an .xlsx sales file (default: the first).
--decimal sets the numbers' decimal separator (default: "," in semicolon-separated files, else ".").
--time-zone (IANA, e.g. America/Los_Angeles) dates UTC timestamps of Amazon reports in the
  marketplace's zone (default: from the sales-channel column, else the currency).
--report-date gives the day an Amazon Business Report downloaded for one day covers.
--purchase-currency is the currency of the SKU file's unit costs (default: what the file says —
  a currency column, or ¥9.50 / 9.5 CNY / $2 with each cost — else the plan's, else USD).
--fx is the sale currency paid for 1 unit of the purchase currency (e.g. 0.14 USD per CNY): needed
  whenever the costs are in another currency than the plan sells in; a typed FX in the plan is kept.
Sales exports recognised: Amazon All Orders, Orders, Fulfilled Shipments, FBA Customer Shipment
  Sales, Business Report by child ASIN; TikTok Shop (en/zh/ja); Shopify; Etsy Sold Order Items;
  WooCommerce; Shopee; Lazada; or a generic date,sku,units[,promo,price] file.
Events: primeDay, bfcm, 11.11, 12.12, tiktok, or any other name (a custom event).
primeDay, bfcm, 11.11 and 12.12 have a date rule: without --promo-start the next window is used
(Prime Day from the 2nd Tuesday of July, 4 days; BFCM Black Friday to Cyber Monday), registration
closing ${DEFAULT_REGISTRATION_LEAD_DAYS} days and inbound ${DEFAULT_INBOUND_LEAD_DAYS} days before the start; typed dates override these.
--today is the plan date: by default this computer's date. History that ends days before it is
  warned about, and the forecast starts from its last day; pass --today to plan as of another day.
If --out is an existing StockUp plan, the inputs you changed in it are kept.
Exit codes: 0 done, 2 bad input (the message says which file, row and why), 1 unexpected error.`,
    zh: `用法：
  stockup plan --sales <文件> --skus <文件> --promo-start <日期> --promo-end <日期>
               --inbound-cutoff <日期> [--registration-deadline <日期>] [--event <活动>]
  stockup plan --sales <文件> --skus <文件> --event bfcm      日期取自大促日历
               [--today <日期>] [--lang en|zh] [--actuals <文件>] [--sheet <名称|序号>]
               [--decimal . | ,] [--time-zone <时区>] [--report-date <日期>]
               [--purchase-currency <币种>] [--fx <汇率>] [--skip-bad-rows] [--force] --out <plan.xlsx>
  stockup plan --sample [--today <日期>] --out <plan.xlsx>     使用内置示例数据（日期移到今天）生成计划
  stockup --help

文件可以是 CSV/TSV（UTF-8、UTF-16 或 GBK）或 .xlsx。日期格式为 YYYY-MM-DD。
--sheet 指定 .xlsx 销售文件中要读取的工作表（默认第一个）。
--decimal 指定数字的小数点（默认：分号分隔的文件为“,”，其他为“.”）。
--time-zone（IANA 时区，如 America/Los_Angeles）把亚马逊报告中的 UTC 时间换算为站点当地日期
  （默认按 sales-channel 列，其次按币种判断）。
--report-date 指定按天下载的亚马逊业务报告所对应的日期。
--purchase-currency 为 SKU 文件中单位成本的币种（默认按文件所写：币种列，或成本上的 ¥9.50 / 9.5 CNY / $2；
  文件未写时沿用计划中的值，否则为 USD）。
--fx 为每 1 单位采购币种折合多少销售币种（如每人民币 0.14 美元）：成本币种与销售币种不同时必须提供；
  计划中手动填写的汇率会被保留。
可识别的销售导出：亚马逊 All Orders、Orders、Fulfilled Shipments、FBA Customer Shipment Sales、
  按子 ASIN 的业务报告；TikTok Shop（英/中/日）；Shopify；Etsy Sold Order Items；WooCommerce；
  Shopee；Lazada；或通用的 date,sku,units[,promo,price] 文件。
活动：primeDay、bfcm、11.11、12.12、tiktok，或任意其他名称（自定义活动）。
primeDay、bfcm、11.11 和 12.12 有日期规则：不填 --promo-start 时取下一次活动
（Prime Day 为 7 月第二个周二起 4 天；黑五网一为黑色星期五至网络星期一），
报名截止为开始前 ${DEFAULT_REGISTRATION_LEAD_DAYS} 天，入仓截止为开始前 ${DEFAULT_INBOUND_LEAD_DAYS} 天；手动填写的日期优先。
--today 为计划日期：默认取本机的当天日期。销售历史早于该日期结束时会给出提醒，预测从历史的
  最后一天起算；如需按其他日期做计划，请指定 --today。
如果 --out 是已有的 StockUp 计划，您在其中修改过的输入项会被保留。
退出码：0 完成；2 输入有误（提示会说明文件、行和原因）；1 意外错误。`,
  },
  eventDates: {
    en: "Event {event}: promo {promoStart} to {promoEnd}, registration by {registrationDeadline}, inbound by {inboundCutoff} (promo calendar; pass the dates to override).",
    zh: "活动 {event}：大促 {promoStart} 至 {promoEnd}，报名截止 {registrationDeadline}，入仓截止 {inboundCutoff}（取自大促日历；可手动填写日期覆盖）。",
  },
  sampleDates: {
    en: `Sample: plan date {today}; promo = the next Black Friday → Cyber Monday at least {days} days ahead: {promoStart} to {promoEnd}, registration by {registrationDeadline}, inbound by {inboundCutoff} (promo calendar: ${DEFAULT_REGISTRATION_LEAD_DAYS} and ${DEFAULT_INBOUND_LEAD_DAYS} days before the start). Pass --today or the dates to override.`,
    zh: `示例数据：计划日期 {today}；大促为至少 {days} 天后的下一个黑五网一：{promoStart} 至 {promoEnd}，报名截止 {registrationDeadline}，入仓截止 {inboundCutoff}（大促日历：开始前 ${DEFAULT_REGISTRATION_LEAD_DAYS} 天和 ${DEFAULT_INBOUND_LEAD_DAYS} 天）。可用 --today 或手动填写日期覆盖。`,
  },
  sampleDatesTyped: {
    en: `Sample: plan date {today}; promo from --promo-start: {promoStart} to {promoEnd}, registration by {registrationDeadline}, inbound by {inboundCutoff} (counted back from your promo start: ${DEFAULT_REGISTRATION_LEAD_DAYS} and ${DEFAULT_INBOUND_LEAD_DAYS} days). Pass the other dates to override.`,
    zh: `示例数据：计划日期 {today}；大促按 --promo-start：{promoStart} 至 {promoEnd}，报名截止 {registrationDeadline}，入仓截止 {inboundCutoff}（从您填写的开始日期往前推 ${DEFAULT_REGISTRATION_LEAD_DAYS} 天和 ${DEFAULT_INBOUND_LEAD_DAYS} 天）。其他日期可手动填写覆盖。`,
  },
  deadlineAfterDefaultPromo: {
    en: "--{name} {value} must be before the promo starts ({start}, the {source}'s promo start: type --promo-start to change it).",
    zh: "--{name} {value} 必须早于活动开始日期（{start}，为{source}的默认开始日期：可用 --promo-start 修改）。",
  },
  sourceSample: { en: "sample", zh: "示例数据" },
  sourceCalendar: { en: "promo calendar", zh: "大促日历" },
  unknownCommand: {
    en: 'Unknown command "{cmd}". Try: stockup --help',
    zh: "未知命令“{cmd}”。请运行：stockup --help",
  },
  badOption: { en: "{detail}. Try: stockup --help", zh: "{detail}。请运行：stockup --help" },
  missingOption: { en: "Missing --{name}. Try: stockup --help", zh: "缺少 --{name}。请运行：stockup --help" },
  badDate: {
    en: '--{name} "{value}" is not a date (YYYY-MM-DD)',
    zh: "--{name}“{value}”不是有效日期（YYYY-MM-DD）",
  },
  textInNumber: {
    en: '{file}: {sheet}!{address} ({input}) holds the text "{text}", not a number: formulas that use it show #VALUE!. Type a number there and build again.',
    zh: "{file}：{sheet}!{address}（{input}）中是文字“{text}”，不是数字：引用它的公式会显示 #VALUE!。请在该处填入数字后重新生成。",
  },
  deadlineAfterPromo: {
    en: "--{name} {value} must be before the promo starts ({start}).",
    zh: "--{name} {value} 必须早于活动开始日期（{start}）。",
  },
  promoBeforeToday: {
    en: "--promo-start {start} is before the plan date {today} and the promo is over: a plan stocks up for a promo still ahead (or monitors one under way). Check the dates (and --today).",
    zh: "--promo-start {start} 早于计划日期 {today}，且活动已结束：备货计划针对尚未开始（或正在进行）的活动。请核对日期（以及 --today）。",
  },
  futureActuals: {
    en: "{file}: {rows} actuals {rows|row|rows} dated after the plan date {today} were ignored (the first is dated {first}): an actual is a sale that has happened.",
    zh: "{file}：有 {rows} 行实际销量的日期晚于计划日 {today}，已忽略（最早一行为 {first}）：实际销量只能是已经发生的销售。",
  },
  promoTooFar: {
    en: "--promo-start {start} is more than two years after the plan date {today} (latest {last}): a mistyped year?",
    zh: "--promo-start {start} 比计划日期 {today} 晚两年以上（最晚 {last}）：年份是否输错？",
  },
  badDecimal: {
    en: '--decimal must be "." or ",", not "{value}"',
    zh: "--decimal 只能是“.”或“,”，而不是“{value}”",
  },
  badLang: { en: '--lang must be en or zh, not "{value}"', zh: "--lang 只能是 en 或 zh，而不是“{value}”" },
  cannotRead: { en: "{file}: cannot read the file ({reason})", zh: "{file}：无法读取文件（{reason}）" },
  issue: { en: "{file}: row {row}{column}: {message}", zh: "{file}：第 {row} 行{column}：{message}" },
  issueFile: { en: "{file}: {message}", zh: "{file}：{message}" },
  moreIssues: { en: "{file}: … and {count} more", zh: "{file}：……另有 {count} 条" },
  badRows: {
    en: "{file}: {count} {count|row|rows} could not be imported. Fix them, or run again with --skip-bad-rows to leave them out.",
    zh: "{file}：有 {count} 行无法导入。请修正，或加上 --skip-bad-rows 跳过这些行后重新运行。",
  },
  noRows: { en: "{file}: no usable rows", zh: "{file}：没有可用的数据行" },
  notAPlan: {
    en: "{file} exists and is not a StockUp plan; it was left untouched. Choose another --out, or add --force to replace it.",
    zh: "{file} 已存在且不是 StockUp 计划，未做任何修改。请换一个 --out，或加上 --force 覆盖。",
  },
  badPlanState: { en: "{file}: {reason}", zh: "{file}：{reason}" },
  badInput: { en: "Cannot build the plan: {argument}: {reason}", zh: "无法生成计划：{argument}：{reason}" },
  stepRead: { en: "reading {file}", zh: "正在读取 {file}" },
  stepKeep: {
    en: "keeping {count} edited {count|input|inputs} from {file}",
    zh: "保留 {file} 中已修改的 {count} 个输入项",
  },
  stepBuild: {
    en: "forecasting and building the plan for {count} {count|SKU|SKUs}",
    zh: "正在为 {count} 个 SKU 预测并生成计划",
  },
  stepWrite: { en: "writing {file}", zh: "正在写入 {file}" },
  done: {
    en: "Plan written to {file}: {skus} {skus|SKU|SKUs}, {formulas} {formulas|formula|formulas}. Open it in Excel or LibreOffice; yellow cells are inputs.",
    zh: "计划已写入 {file}：{skus} 个 SKU，{formulas} 个公式。请用 Excel 或 LibreOffice 打开；黄色单元格为输入项。",
  },
  unexpected: { en: "Unexpected error: {message}", zh: "意外错误：{message}" },
  cannotWrite: {
    en: "{file}: could not write the plan ({reason}); an earlier plan there is unchanged.",
    zh: "{file}：无法写入计划（{reason}）；该位置原有的计划未被改动。",
  },
  outIsInput: {
    en: "--out {file} is the input file {input}: the plan would overwrite it. Choose another --out (--force does not allow this).",
    zh: "--out {file} 就是输入文件 {input}：写入计划会覆盖它。请换一个 --out（--force 也不允许这样做）。",
  },
  outNotXlsx: {
    en: "--out {file}: the plan is an Excel workbook; give a file name ending in .xlsx.",
    zh: "--out {file}：计划是 Excel 工作簿，请使用以 .xlsx 结尾的文件名。",
  },
  outNoFolder: {
    en: "--out {file}: the folder {dir} does not exist.",
    zh: "--out {file}：文件夹 {dir} 不存在。",
  },
  outFolderReadOnly: {
    en: "--out {file}: the folder {dir} cannot be written to (no permission).",
    zh: "--out {file}：没有权限写入文件夹 {dir}。",
  },
  outIsFolder: { en: "--out {file} is a folder, not a file.", zh: "--out {file} 是文件夹，不是文件。" },
  outReadOnly: {
    en: "--out {file} is read-only ({lock}); make it writable or choose another --out.",
    zh: "--out {file} 是只读文件（{lock}）；请取消只读或换一个 --out。",
  },
  outLocked: {
    en: "--out {file} is open in another program ({lock}); close it in Excel or LibreOffice and run again.",
    zh: "--out {file} 正被其他程序打开（{lock}）；请在 Excel 或 LibreOffice 中关闭后重新运行。",
  },
  skipped: {
    en: "{file}: skipped {lines} {lines|line|lines} with {units} {units|unit|units} (--skip-bad-rows); the plan does not count them.",
    zh: "{file}：已跳过 {lines} 行，共 {units} 件（--skip-bad-rows）；计划不计入这些销量。",
  },
  keyedByTitle: {
    en: "{file}: {lines} {lines|line|lines} without a SKU ({units} {units|unit|units}) kept under their product title ({keys} {keys|title|titles}).",
    zh: "{file}：{lines} 行没有 SKU（{units} 件），已按商品标题计入（{keys} 个标题）。",
  },
  keyedBySkuId: {
    en: "{file}: {lines} {lines|line|lines} without a seller SKU ({units} {units|unit|units}) kept under the platform's SKU id ({keys} {keys|id|ids}).",
    zh: "{file}：{lines} 行没有卖家 SKU（{units} 件），已按平台 SKU ID 计入（{keys} 个 ID）。",
  },
  currency: { en: "{file}: currency {currencies}", zh: "{file}：币种 {currencies}" },
  timeZone: {
    en: "{file}: order times (UTC) dated in the marketplace's time zone {zones}; --time-zone sets another.",
    zh: "{file}：订单时间（UTC）已按站点时区 {zones} 换算为当地日期；如需其他时区，请用 --time-zone 指定。",
  },
  mixedCurrencies: {
    en: "{file}: several currencies ({currencies}): revenue and prices add them up as they are; import one marketplace per file.",
    zh: "{file}：包含多种币种（{currencies}）：收入和价格按原值相加；请每个文件只导入一个站点。",
  },
  warning: { en: "warning: {message}", zh: "警告：{message}" },
  mixedCostCurrency: { en: "{file}: {message}", zh: "{file}：{message}" },
  badCurrencyOption: {
    en: '--purchase-currency "{value}" is not a currency: give a code such as CNY, USD or EUR.',
    zh: "--purchase-currency“{value}”不是币种：请填写 CNY、USD、EUR 等币种代码。",
  },
  badFx: {
    en: '--fx "{value}" is not an exchange rate: give the sale currency paid for 1 unit of the purchase currency, a number from {min} to {max} (e.g. --fx 0.14 for 0.14 USD per CNY).',
    zh: "--fx“{value}”不是有效汇率：请填写每 1 单位采购币种折合多少销售币种，取值 {min} 至 {max}（如每人民币 0.14 美元：--fx 0.14）。",
  },
  currencyConflict: {
    en: "{file}: the unit costs are in {costs}, but --purchase-currency says {option}. Drop the option, or fix the costs' currency in the file.",
    zh: "{file}：单位成本的币种为 {costs}，但 --purchase-currency 指定的是 {option}。请去掉该选项，或修正文件中成本的币种。",
  },
  needFx: {
    en: "{file}: the unit costs are in {purchase}, but the plan sells in {sale} and no exchange rate was given; a plan that guessed the rate cannot back a PO. Pass --fx with the {sale} paid for 1 {purchase} (e.g. --fx 0.14 for 0.14 USD per CNY).",
    zh: "{file}：单位成本的币种为 {purchase}，而计划按 {sale} 销售，且没有提供汇率；按猜测的汇率做出的计划不能用来下采购单。请用 --fx 指定 1 {purchase} 折合多少 {sale}（如每人民币 0.14 美元：--fx 0.14）。",
  },
  fxSameCurrency: {
    en: "--fx {fx}: the unit costs are in {sale}, the currency the plan sells in, so the exchange rate is 1. Drop --fx, or say the costs' currency (--purchase-currency, or the file's currency column).",
    zh: "--fx {fx}：单位成本的币种就是计划的销售币种 {sale}，汇率为 1。请去掉 --fx，或注明成本的币种（--purchase-currency，或文件中的币种列）。",
  },
  purchaseCurrency: {
    en: "Purchase currency {purchase} ({currencyFrom}), FX {fx} {sale} per {purchase} ({fxFrom}): a unit cost of {cost} {purchase} is {converted} {sale}.",
    zh: "采购币种 {purchase}（{currencyFrom}），汇率每 1 {purchase} 折合 {fx} {sale}（{fxFrom}）：单位成本 {cost} {purchase} 即 {converted} {sale}。",
  },
  fromFile: { en: "the SKU file's unit costs", zh: "取自 SKU 文件的单位成本" },
  fromOption: { en: "{option}", zh: "取自 {option}" },
  fromPlan: { en: "kept from the plan", zh: "沿用计划中的值" },
  fromDefault: { en: "default", zh: "默认值" },
  replacedInput: {
    en: "{file}: {input} {was}, typed in the plan, is replaced by {now} ({reason}).",
    zh: "{file}：计划中手动填写的{input} {was} 已改为 {now}（{reason}）。",
  },
  reasonFxOption: { en: "--fx", zh: "按 --fx" },
  reasonNewCurrency: {
    en: "the plan now buys in {purchase}: the old value was for another currency",
    zh: "计划现以 {purchase} 采购，原值对应的是另一币种",
  },
  inputPurchaseCurrency: { en: "Purchase currency", zh: "采购币种" },
  inputFxRate: { en: "FX", zh: "汇率" },
} as const satisfies Record<string, { en: string; zh: string }>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;
export type CliLang = "en" | "zh";

/** @example cliText("en")("missingOption", { name: "out" }) // => "Missing --out. Try: stockup --help" */
export function cliText(
  lang: CliLang,
): (key: CliMessageKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => fillMessage(pluralize(CLI_MESSAGES[key][lang], vars), vars);
}

/**
 * Text from a file made harmless for a terminal (issue 16 #14: escape sequences in file data
 * were echoed raw, so a crafted SKU could recolour, retitle or clear the buyer's terminal): C0
 * and C1 control characters other than line break and tab, and the bidirectional overrides that
 * reorder what is shown, become visible `\u{1b}`-style codes.
 * @example terminalSafe("A\u001b[2JB") // => "A\\u{1b}[2JB"
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}
