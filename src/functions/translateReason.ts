/**
 * Chinese for the reasons that are still plain English text: the forecast module's (src/core/
 * forecast, which writes most of its reasons as text). Every
 * other core reason carries a code and is written from the core's one table of reasons
 * (src/core/reasons.ts, en + zh) by excelError.ts; nothing here is needed for those. Each row of
 * `REASON_TEMPLATES` is one reason template (a regex with the numbers and names it carries
 * captured) and its Chinese. Argument names, numbers and the buyer's own text are kept as they
 * are. test/functions/translateReason.test.ts scans src/core's throw sites: a new plain-text
 * reason without a row here, or a new code without Chinese, fails the build.
 */

/** One reason template: the English pattern and its Chinese rendering of the captures. */
export interface ReasonTemplate {
  pattern: RegExp;
  zh: (m: RegExpExecArray) => string;
}

/** Reasons written without any variable part. */
const FIXED: Record<string, string> = {
  "is required when promoFuture is not given": "未提供 promoFuture 时为必填项",
  "must be a finite number (a fraction, 0.2 = +20 %)": "必须是有限数字（比例，0.2 = +20 %）",
  "must be a finite number ≥ 0": "必须是 ≥ 0 的有限数字",
  "must be a finite number": "必须是有限数字",
  "must be a non-empty array of numbers": "必须是非空的数字数组",
  "must be a number": "必须是数字",
  "must be a positive integer": "必须是正整数",
  "must be a positive whole number": "必须是正整数",
  "must be a whole number of periods": "必须是整数个周期",
  "must be an ISO date text": "必须是 ISO 日期文本（YYYY-MM-DD）",
  "must be an array of SKU series": "必须是 SKU 序列的数组",
  "must be an array of booleans": "必须是 true/false 数组",
  "must be an array of numbers": "必须是数字数组",
  "must be an object with a history": "必须是含 history 的对象",
  "must be greater than -1 (-100 %)": "必须大于 -1（-100 %）",
  "must be greater than 0": "必须大于 0",
  "must be strictly between 0 and 1": "必须严格介于 0 和 1 之间",
  "must not be empty": "不能为空",
  "must not be negative": "不能为负数",
};

/** Reasons with variable parts, most specific first (the first match wins). */
export const REASON_TEMPLATES: readonly ReasonTemplate[] = [
  // forecast/
  {
    pattern: /^has (\d+) entries but (\S+) has (\d+)$/,
    zh: (m) => `有 ${m[1]} 项，而 ${m[2]} 有 ${m[3]} 项`,
  },
  {
    pattern: /^needs at least (\d+) observed \(uncensored\) periods, has (\d+)$/,
    zh: (m) => `至少需要 ${m[1]} 个有观测（未断货）的周期，实际只有 ${m[2]} 个`,
  },
  {
    pattern: /^must have one entry per history period \((\d+)\)$/,
    zh: (m) => `必须与 history 逐期对应（共 ${m[1]} 期）`,
  },
  { pattern: /^is (\S+) but (\S+) has (\d+) entries$/, zh: (m) => `为 ${m[1]}，但 ${m[2]} 有 ${m[3]} 项` },
  { pattern: /^must be between (\S+) and (\S+)$/, zh: (m) => `必须介于 ${m[1]} 和 ${m[2]} 之间` },
  {
    pattern: /^must be whole periods with 0 ≤ from < to ≤ horizon \((\d+)\)$/,
    zh: (m) => `必须是整数周期，且 0 ≤ from < to ≤ 预测期数（${m[1]}）`,
  },
];

/**
 * The Chinese of a core reason, or `undefined` when no template matches (the caller then keeps
 * the English: a message in the wrong language beats a lost one).
 * @example translateReasonZh("must not be negative") // => "不能为负数"
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
 * @example reasonInChinese("must be greater than 0") // => "必须大于 0"
 */
export function reasonInChinese(reason: string): string {
  return translateReasonZh(reason) ?? reason;
}
