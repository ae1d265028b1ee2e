/**
 * Every reason the core gives for refusing an input, in every language, in one table. A throw
 * site names a code and its values (`reason("atLeast", { min: 0, got: x })`); the English text
 * becomes the error's `reason`, and an adapter writes the same code in the buyer's language
 * (`reasonText(error.coded, "zh-CN")`), so no message is ever translated by pattern-matching
 * English. Adding a reason = one entry here (TypeScript refuses an entry without its Chinese).
 * Argument names, numbers and the buyer's own text are kept as they are in every language.
 */
import { fillMessage, type Locale } from "./locale";

/** One reason: its English and Chinese templates with `{name}` placeholders. */
interface ReasonTemplates {
  en: string;
  zh: string;
}

export const REASONS = {
  // validate.ts
  notFinite: { en: "must be a finite number, got {got}", zh: "必须是有限数字，收到 {got}" },
  atLeast: { en: "must be ≥ {min}, got {got}", zh: "必须 ≥ {min}，收到 {got}" },
  above: { en: "must be > {min}, got {got}", zh: "必须 > {min}，收到 {got}" },
  fraction: { en: "must be a fraction in [0, 1], got {got}", zh: "必须是 [0, 1] 之间的比例，收到 {got}" },
  openUnit: { en: "must be strictly between 0 and 1, got {got}", zh: "必须严格介于 0 和 1 之间，收到 {got}" },
  wholeNumber: { en: "must be a whole number, got {got}", zh: "必须是整数，收到 {got}" },
  notObject: {
    en: "must be an object with named fields, got {got}",
    zh: "必须是带命名字段的对象，收到 {got}",
  },
  overflow: {
    en: "is so large that the result overflows; check the magnitude",
    zh: "数值过大，结果溢出；请检查数量级",
  },
  // shipping.ts, safety/, landed/
  oneOf: { en: "must be one of {choices}; got {got}", zh: "必须是以下之一：{choices}；收到 {got}" },
  // quantity/splitBatches.ts
  landedFields: {
    en: "must be the landed-cost fields (unitPrice, unitWeightKg, unitVolumeCbm …)",
    zh: "必须是到岸成本字段（unitPrice, unitWeightKg, unitVolumeCbm …）",
  },
  // safety/
  listOfNumbers: { en: "must be a list of numbers", zh: "必须是数字列表" },
  listOfBooleans: { en: "must be a list of true/false", zh: "必须是 true/false 列表" },
  entriesMismatch: {
    en: "has {count} entries but {other} has {otherCount}",
    zh: "有 {count} 项，而 {other} 有 {otherCount} 项",
  },
  finiteOrBlank: {
    en: "must be a finite number or blank, got {got}",
    zh: "必须是有限数字或空白，收到 {got}",
  },
  negativeDemand: { en: "demand cannot be negative, got {got}", zh: "需求不能为负数，收到 {got}" },
  needsWindows: {
    en: "needs at least {min} windows of {days} consecutive observed days, has {count}",
    zh: "至少需要 {min} 个窗口（每个连续 {days} 天有观测），实际只有 {count} 个",
  },
  needsObserved: {
    en: "needs at least {min} observed periods, has {count}",
    zh: "至少需要 {min} 个有观测的周期，实际只有 {count} 个",
  },
  // forecast/validateForecastInput.ts (censored = not observed: out of stock, not listed)
  needsUncensored: {
    en: "needs at least {min} observed (uncensored) periods, has {count}",
    zh: "至少需要 {min} 个有观测（未断货）的周期，实际只有 {count} 个",
  },
  // forecast/ (validateForecastInput, forecastBatch, estimatePromoLift, detectSeasonLength)
  nonEmptyNumbers: { en: "must be a non-empty array of numbers", zh: "必须是非空的数字数组" },
  arrayOfNumbers: { en: "must be an array of numbers", zh: "必须是数字数组" },
  arrayOfBooleans: { en: "must be an array of booleans", zh: "必须是 true/false 数组" },
  arrayOfSeries: { en: "must be an array of SKU series", zh: "必须是 SKU 序列的数组" },
  objectWithHistory: { en: "must be an object with a history", zh: "必须是含 history 的对象" },
  onePerPeriod: {
    en: "must have one entry per history period ({count})",
    zh: "必须与 history 逐期对应（共 {count} 期）",
  },
  sizeMismatch: {
    en: "is {value} but {other} has {count} entries",
    zh: "为 {value}，但 {other} 有 {count} 项",
  },
  finite: { en: "must be a finite number", zh: "必须是有限数字" },
  finiteNonNegative: { en: "must be a finite number ≥ 0", zh: "必须是 ≥ 0 的有限数字" },
  notNegative: { en: "must not be negative", zh: "不能为负数" },
  number: { en: "must be a number", zh: "必须是数字" },
  notEmpty: { en: "must not be empty", zh: "不能为空" },
  positiveInteger: { en: "must be a positive integer", zh: "必须是正整数" },
  positiveWhole: { en: "must be a positive whole number", zh: "必须是正整数" },
  wholePeriods: { en: "must be a whole number of periods", zh: "必须是整数个周期" },
  between: { en: "must be between {min} and {max}", zh: "必须介于 {min} 和 {max} 之间" },
  greaterThanZero: { en: "must be greater than 0", zh: "必须大于 0" },
  growthFraction: {
    en: "must be a finite number (a fraction, 0.2 = +20 %)",
    zh: "必须是有限数字（比例，0.2 = +20 %）",
  },
  aboveMinusOne: { en: "must be greater than -1 (-100 %)", zh: "必须大于 -1（-100 %）" },
  isoDateText: { en: "must be an ISO date text", zh: "必须是 ISO 日期文本（YYYY-MM-DD）" },
  horizonRequired: {
    en: "is required when promoFuture is not given",
    zh: "未提供 promoFuture 时为必填项",
  },
  forecastWindow: {
    en: "must be whole periods with 0 ≤ from < to ≤ horizon ({horizon})",
    zh: "必须是整数周期，且 0 ≤ from < to ≤ 预测期数（{horizon}）",
  },
  // normal/zForFillRate.ts
  fillRateTooHigh: {
    en: "needs a safety factor above {max}; lower the fill rate or ship more often",
    zh: "所需安全系数超过 {max}；请降低满足率或提高补货频率",
  },
  // kpi/
  noStock: { en: "no stock was available (opening + received = 0)", zh: "没有可售库存（期初 + 入库 = 0）" },
  exceedsAvailable: {
    en: "exceeds the units available ({sold} > {available}); check opening stock",
    zh: "超过可售数量（{sold} > {available}）；请检查期初库存",
  },
  noDemand: {
    en: "must be > 0: with no demand, cover is unlimited",
    zh: "必须 > 0：没有需求时，可售天数无上限",
  },
  noInventory: { en: "average inventory is 0: turnover is undefined", zh: "平均库存为 0：周转率无定义" },
  noInvestment: {
    en: "must be > 0: ROI on nothing invested is undefined",
    zh: "必须 > 0：没有投入时 ROI 无定义",
  },
  // landed/
  listOfMonths: { en: "must be a list of calendar months 1–12", zh: "必须是 1–12 的月份列表" },
  sharePerMonth: {
    en: "must be one share or one share per month ({months} months), got {got}",
    zh: "必须是一个比例，或每个月一个比例（共 {months} 个月），收到 {got} 个",
  },
  month: { en: "must be a calendar month 1–12, got {got}", zh: "必须是 1–12 的月份，收到 {got}" },
  wholeMonths: {
    en: "must be whole calendar months 1–12, got {got}",
    zh: "必须是 1–12 的整数月份，收到 {got}",
  },
  dimensions: {
    en: "dimensions must be [length, width, height] in cm, got {count} numbers",
    zh: "尺寸必须是 [长, 宽, 高]（厘米），收到 {count} 个数字",
  },
  listOf: { en: "must be a list of {choices}", zh: "必须是以下值的列表：{choices}" },
  trueFalse: { en: "must be true or false, got {got}", zh: "必须是 true 或 false，收到 {got}" },
  fobCif: { en: "must be FOB or CIF, got {got}", zh: "必须是 FOB 或 CIF，收到 {got}" },
  isAbove: { en: "is above {other} ({value} > {otherValue})", zh: "高于 {other}（{value} > {otherValue}）" },
  shipmentRate: {
    en: "is billed per shipment: set it in the shipment's rates, not a line's",
    zh: "按整票货计费：请在整票的费率中设置，而不是单个品项",
  },
  listOfModes: { en: "must be a list of modes", zh: "必须是运输方式列表" },
  // dates/
  excelStart: {
    en: "Excel dates start at 1900-01-01, got {got}",
    zh: "Excel 日期从 1900-01-01 开始，收到 {got}",
  },
  serialRange: {
    en: "must be between 1 (1900-01-01) and {max} (9999-12-31), got {got}",
    zh: "必须介于 1（1900-01-01）和 {max}（9999-12-31）之间，收到 {got}",
  },
  serial60: {
    en: "60 is Excel's 1900-02-29, a day that never existed",
    zh: "60 是 Excel 的 1900-02-29，这一天并不存在",
  },
  listOfDates: { en: "must be a list of dates YYYY-MM-DD", zh: "必须是日期列表（YYYY-MM-DD）" },
  isBefore: {
    en: "is before {other} ({value} < {otherValue})",
    zh: "早于 {other}（{value} < {otherValue}）",
  },
  isAfter: { en: "is after {other} ({value} > {otherValue})", zh: "晚于 {other}（{value} > {otherValue}）" },
  nonEmptyListOf: { en: "must be a non-empty list of {choices}", zh: "必须是非空列表，取值为：{choices}" },
  daysPerMode: { en: "must be an object of days per mode", zh: "必须是按运输方式给出天数的对象" },
  dateText: {
    en: "must be a date as text YYYY-MM-DD, got {got}",
    zh: "必须是 YYYY-MM-DD 格式的日期文本，收到 {got}",
  },
  dateFormat: {
    en: 'must be a date YYYY-MM-DD, got "{got}"',
    zh: "必须是 YYYY-MM-DD 格式的日期，收到“{got}”",
  },
  notCalendarDate: { en: "is not a calendar date: {got}", zh: "不是有效的日历日期：{got}" },
  outsideYears: { en: "moves the date outside the years 0000–9999", zh: "使日期超出 0000–9999 年的范围" },
  noDateRule: {
    en: "has no date rule: give the promo dates ({event})",
    zh: "没有固定日期规则：请填写大促日期（{event}）",
  },
  wholeYear: {
    en: "must be a whole year 1900–9998, got {got}",
    zh: "必须是 1900–9998 之间的整数年份，收到 {got}",
  },
} as const satisfies Record<string, ReasonTemplates>;

export type ReasonCode = keyof typeof REASONS;

/** A value shown in a reason: a number or code as is, or text the buyer gave (quoted per language). */
export type ReasonValue = string | number | boolean | null | undefined | { text: string } | { list: true };

/** A reason as data: the code and the values its template needs. */
export interface CodedReason {
  code: ReasonCode;
  params: Readonly<Record<string, ReasonValue>>;
}

/**
 * A coded reason for a throw site.
 * @example new OutOfRangeError("leadTimeDays", reason("atLeast", { min: 0, got: -3 }))
 */
export function reason(code: ReasonCode, params: Readonly<Record<string, ReasonValue>> = {}): CodedReason {
  return { code, params };
}

/**
 * What a value the caller passed looks like in a message: text is quoted (and cut to 40
 * characters), a list is "a list", anything else its String().
 */
export function described(value: unknown): ReasonValue {
  if (typeof value === "string") return { text: value.slice(0, 40) };
  if (Array.isArray(value)) return { list: true };
  return String(value);
}

function shown(value: ReasonValue, zh: boolean): string {
  if (value !== null && typeof value === "object") {
    if ("text" in value) return zh ? `文本“${value.text}”` : `the text "${value.text}"`;
    return zh ? "一个列表" : "a list";
  }
  return String(value);
}

/**
 * The reason in a language.
 * @example reasonText(reason("atLeast", { min: 0, got: -5 }), "zh-CN") // => "必须 ≥ 0，收到 -5"
 */
export function reasonText(coded: CodedReason, locale: Locale): string {
  const zh = locale === "zh-CN";
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(coded.params)) values[k] = shown(v, zh);
  return fillMessage(REASONS[coded.code][zh ? "zh" : "en"], values);
}
