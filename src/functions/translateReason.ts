/**
 * Chinese for the core's error reasons. The core (src/core) is pure and writes its `InputError`
 * reasons in English; a buyer running Excel in Chinese must read them in Chinese. Each row of
 * `REASONS` is one reason template of the core (a regex with the numbers and names it carries
 * captured) and its Chinese template. Argument names inside a reason (history, promoFuture …) and
 * numbers, codes and the buyer's own text are kept as they are so the buyer can find them.
 * test/functions/translateReason.test.ts scans src/core's throw sites, so a new core reason
 * without a row here fails the build.
 */

/** One reason template: the English pattern and its Chinese rendering of the captures. */
export interface ReasonTemplate {
  pattern: RegExp;
  zh: (m: RegExpExecArray) => string;
}

/**
 * The value after "got": the core's `describe()` writes text as `the text "…"` and arrays as
 * `a list`; everything else is a number or a code (`undefined`, `true`) kept as is.
 */
function got(value: string): string {
  const text = /^the text "([\s\S]*)"$/.exec(value);
  if (text) return `文本“${text[1]}”`;
  if (value === "a list") return "一个列表";
  return value;
}

/** Reasons the core writes without any variable part. */
const FIXED: Record<string, string> = {
  "must be a list of numbers": "必须是数字列表",
  "must be a list of true/false": "必须是 true/false 列表",
  "no stock was available (opening + received = 0)": "没有可售库存（期初 + 入库 = 0）",
  "must be > 0: with no demand, cover is unlimited": "必须 > 0：没有需求时，可售天数无上限",
  "average inventory is 0: turnover is undefined": "平均库存为 0：周转率无定义",
  "must be > 0: ROI on nothing invested is undefined": "必须 > 0：没有投入时 ROI 无定义",
  "must be a list of calendar months 1–12": "必须是 1–12 的月份列表",
  "must be true or false": "必须是 true 或 false",
  "must be a list of modes": "必须是运输方式列表",
  "must be a non-empty array of numbers": "必须是非空的数字数组",
  "must be a positive whole number": "必须是正整数",
  "must be a finite number ≥ 0": "必须是 ≥ 0 的有限数字",
  "must be an array of numbers": "必须是数字数组",
  "must be a finite number": "必须是有限数字",
  "must not be negative": "不能为负数",
  "must be an object with a history": "必须是含 history 的对象",
  "must be an array of booleans": "必须是 true/false 数组",
  "must be an array of SKU series": "必须是 SKU 序列的数组",
  "must be a positive integer": "必须是正整数",
  "must not be empty": "不能为空",
  "must be a whole number of periods": "必须是整数个周期",
  "must be a finite number (a fraction, 0.2 = +20 %)": "必须是有限数字（比例，0.2 = +20 %）",
  "must be greater than -1 (-100 %)": "必须大于 -1（-100 %）",
  "must be a number": "必须是数字",
  "must be strictly between 0 and 1": "必须严格介于 0 和 1 之间",
  "must be greater than 0": "必须大于 0",
  "must be an ISO date text": "必须是 ISO 日期文本（YYYY-MM-DD）",
  "60 is Excel's 1900-02-29, a day that never existed": "60 是 Excel 的 1900-02-29，这一天并不存在",
  "must be a list of dates YYYY-MM-DD": "必须是日期列表（YYYY-MM-DD）",
  "must be an object of days per mode": "必须是按运输方式给出天数的对象",
  "moves the date outside the years 0000–9999": "使日期超出 0000–9999 年的范围",
  "is so large that the result overflows; check the magnitude": "数值过大，结果溢出；请检查数量级",
};

/**
 * Reasons with variable parts, most specific first (the first match wins).
 * Source of each: the throw sites in src/core (validate.ts, forecast/, safety/, kpi/, landed/,
 * dates/, shipping.ts, quantity/) and the adapter's own English month checks (landedArgs.ts).
 */
export const REASON_TEMPLATES: readonly ReasonTemplate[] = [
  // validate.ts
  { pattern: /^must be a finite number, got ([\s\S]*)$/, zh: (m) => `必须是有限数字，收到 ${got(m[1])}` },
  { pattern: /^must be ≥ (\S+), got (\S+)$/, zh: (m) => `必须 ≥ ${m[1]}，收到 ${m[2]}` },
  { pattern: /^must be > (\S+), got (\S+)$/, zh: (m) => `必须 > ${m[1]}，收到 ${m[2]}` },
  {
    pattern: /^must be a fraction in \[0, 1\], got (\S+)$/,
    zh: (m) => `必须是 [0, 1] 之间的比例，收到 ${m[1]}`,
  },
  {
    pattern: /^must be strictly between 0 and 1, got (\S+)$/,
    zh: (m) => `必须严格介于 0 和 1 之间，收到 ${m[1]}`,
  },
  { pattern: /^must be a whole number, got (\S+)$/, zh: (m) => `必须是整数，收到 ${m[1]}` },
  {
    pattern: /^must be an object with named fields, got ([\s\S]*)$/,
    zh: (m) => `必须是带命名字段的对象，收到 ${got(m[1])}`,
  },
  // quantity/splitBatches.ts
  { pattern: /^must be the landed-cost fields \((.*)\)$/, zh: (m) => `必须是到岸成本字段（${m[1]}）` },
  // shipping.ts, safety/safetyStock.ts, landed/landedCost.ts
  { pattern: /^must be one of (.*); got ([\s\S]*)$/, zh: (m) => `必须是以下之一：${m[1]}；收到 ${m[2]}` },
  // safety/, forecast/validateForecastInput.ts
  {
    pattern: /^has (\d+) entries but (\S+) has (\d+)$/,
    zh: (m) => `有 ${m[1]} 项，而 ${m[2]} 有 ${m[3]} 项`,
  },
  {
    pattern: /^must be a finite number or blank, got ([\s\S]*)$/,
    zh: (m) => `必须是有限数字或空白，收到 ${m[1]}`,
  },
  { pattern: /^demand cannot be negative, got (\S+)$/, zh: (m) => `需求不能为负数，收到 ${m[1]}` },
  {
    pattern: /^needs at least (\d+) windows of (\d+) consecutive observed days, has (\d+)$/,
    zh: (m) => `至少需要 ${m[1]} 个窗口（每个连续 ${m[2]} 天有观测），实际只有 ${m[3]} 个`,
  },
  {
    pattern: /^needs at least (\d+) observed periods, has (\d+)$/,
    zh: (m) => `至少需要 ${m[1]} 个有观测的周期，实际只有 ${m[2]} 个`,
  },
  {
    pattern: /^needs at least (\d+) observed \(uncensored\) periods, has (\d+)$/,
    zh: (m) => `至少需要 ${m[1]} 个有观测（未断货）的周期，实际只有 ${m[2]} 个`,
  },
  // forecast/forecastBatch.ts
  {
    pattern: /^must be whole periods with 0 ≤ from < to ≤ horizon \((\d+)\)$/,
    zh: (m) => `必须是整数周期，且 0 ≤ from < to ≤ 预测期数（${m[1]}）`,
  },
  // kpi/sellThrough.ts
  {
    pattern: /^exceeds the units available \((\S+) > (\S+)\); check opening stock$/,
    zh: (m) => `超过可售数量（${m[1]} > ${m[2]}）；请检查期初库存`,
  },
  // landed/fbaStorageCost.ts, landedArgs.ts
  { pattern: /^must be a calendar month 1–12, got (\S+)$/, zh: (m) => `必须是 1–12 的月份，收到 ${m[1]}` },
  {
    pattern: /^must be whole calendar months 1–12, got (\S+)$/,
    zh: (m) => `必须是 1–12 的整数月份，收到 ${m[1]}`,
  },
  // landed/chargeableWeightKg.ts
  {
    pattern: /^dimensions must be \[length, width, height\] in cm, got (\d+) numbers$/,
    zh: (m) => `尺寸必须是 [长, 宽, 高]（厘米），收到 ${m[1]} 个数字`,
  },
  // landed/landedCost.ts
  { pattern: /^must be a list of (.+)$/, zh: (m) => `必须是以下值的列表：${m[1]}` },
  { pattern: /^must be true or false, got ([\s\S]*)$/, zh: (m) => `必须是 true 或 false，收到 ${m[1]}` },
  { pattern: /^must be FOB or CIF, got ([\s\S]*)$/, zh: (m) => `必须是 FOB 或 CIF，收到 ${m[1]}` },
  { pattern: /^is above (\S+) \((\S+) > (\S+)\)$/, zh: (m) => `高于 ${m[1]}（${m[2]} > ${m[3]}）` },
  // forecast/
  {
    pattern: /^must have one entry per history period \((\d+)\)$/,
    zh: (m) => `必须与 history 逐期对应（共 ${m[1]} 期）`,
  },
  { pattern: /^is (\S+) but (\S+) has (\d+) entries$/, zh: (m) => `为 ${m[1]}，但 ${m[2]} 有 ${m[3]} 项` },
  { pattern: /^is required when (\S+) is not given$/, zh: (m) => `未提供 ${m[1]} 时为必填项` },
  { pattern: /^must be between (\S+) and (\S+)$/, zh: (m) => `必须介于 ${m[1]} 和 ${m[2]} 之间` },
  // normal/zForFillRate.ts
  {
    pattern: /^needs a safety factor above (\S+); lower the fill rate or ship more often$/,
    zh: (m) => `所需安全系数超过 ${m[1]}；请降低满足率或提高补货频率`,
  },
  // dates/
  {
    pattern: /^Excel dates start at 1900-01-01, got ([\s\S]*)$/,
    zh: (m) => `Excel 日期从 1900-01-01 开始，收到 ${m[1]}`,
  },
  {
    pattern: /^must be between 1 \(1900-01-01\) and (\S+) \(9999-12-31\), got (\S+)$/,
    zh: (m) => `必须介于 1（1900-01-01）和 ${m[1]}（9999-12-31）之间，收到 ${m[2]}`,
  },
  { pattern: /^is before (\S+) \((\S+) < (\S+)\)$/, zh: (m) => `早于 ${m[1]}（${m[2]} < ${m[3]}）` },
  { pattern: /^is after (\S+) \((\S+) > (\S+)\)$/, zh: (m) => `晚于 ${m[1]}（${m[2]} > ${m[3]}）` },
  { pattern: /^must be a non-empty list of (.+)$/, zh: (m) => `必须是非空列表，取值为：${m[1]}` },
  {
    pattern: /^must be a date as text YYYY-MM-DD, got ([\s\S]*)$/,
    zh: (m) => `必须是 YYYY-MM-DD 格式的日期文本，收到 ${m[1]}`,
  },
  {
    pattern: /^must be a date YYYY-MM-DD, got "([\s\S]*)"$/,
    zh: (m) => `必须是 YYYY-MM-DD 格式的日期，收到“${m[1]}”`,
  },
  { pattern: /^is not a calendar date: ([\s\S]*)$/, zh: (m) => `不是有效的日历日期：${m[1]}` },
  { pattern: /^year (\S+) is outside 0000–9999$/, zh: (m) => `年份 ${m[1]} 超出 0000–9999` },
  // dates/promoCalendar.ts
  {
    pattern: /^has no date rule: give the promo dates \(([\s\S]*)\)$/,
    zh: (m) => `没有固定日期规则：请填写大促日期（${m[1]}）`,
  },
  {
    pattern: /^must be a whole year 1900–9998, got ([\s\S]*)$/,
    zh: (m) => `必须是 1900–9998 之间的整数年份，收到 ${m[1]}`,
  },
];

/**
 * The Chinese of a core reason, or `undefined` when no template matches (the caller then keeps
 * the English: a message in the wrong language beats a lost one).
 * @example translateReasonZh("must be ≥ 0, got -5") // => "必须 ≥ 0，收到 -5"
 */
export function translateReasonZh(reason: string): string | undefined {
  const fixed = FIXED[reason];
  if (fixed !== undefined) return fixed;
  for (const { pattern, zh } of REASON_TEMPLATES) {
    const m = pattern.exec(reason);
    if (m) return zh(m);
  }
  return undefined;
}

/**
 * A reason in zh-CN: the translation when one exists, else the reason unchanged (the adapter's
 * own reasons are already in the message language; an unknown core reason stays English).
 * @example reasonInChinese("must be a whole number, got 2.5") // => "必须是整数，收到 2.5"
 */
export function reasonInChinese(reason: string): string {
  return translateReasonZh(reason) ?? reason;
}
