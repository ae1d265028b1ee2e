import type { Locale } from "../../core";

/**
 * The core's forecast method names (`ETS(A,N,A)`, `SBA`, `Calendar` …) in words a buyer reads:
 * what the method looked at, not its acronym. An unknown name is shown as it is.
 * @example methodInWords("ETS(A,N,A)", "en-US") // => "Smoothed level with a weekly pattern (ETS)"
 */
export function methodInWords(method: string, locale: Locale): string {
  const zh = locale === "zh-CN";
  const ets = /^ETS\(A,(N|A|Ad),(N|A|M)\)$/.exec(method);
  if (ets) {
    const [, trend, season] = ets;
    const trendText =
      trend === "N"
        ? ""
        : zh
          ? trend === "Ad"
            ? "，趋势逐渐放缓"
            : "，带趋势"
          : trend === "Ad"
            ? ", a fading trend"
            : ", a trend";
    const seasonText =
      season === "N"
        ? ""
        : zh
          ? season === "M"
            ? "，按比例的周内波动"
            : "，周内波动"
          : season === "M"
            ? " and a weekly pattern in proportion"
            : " and a weekly pattern";
    return zh
      ? `指数平滑：近期日销${trendText}${seasonText}（ETS）`
      : `Smoothed recent level${trendText}${seasonText} (ETS)`;
  }
  const words: Record<string, [string, string]> = {
    Calendar: [
      "Calendar model: weekday, month and holiday effects learned from the history",
      "日历模型：从历史中学习星期、月份和节假日的影响",
    ],
    SBA: [
      "Sporadic sales: average order size ÷ average gap between sales (SBA)",
      "间歇性销量：平均每次销量 ÷ 平均间隔天数（SBA）",
    ],
    Croston: [
      "Sporadic sales: average order size ÷ average gap between sales (Croston)",
      "间歇性销量：平均每次销量 ÷ 平均间隔天数（Croston）",
    ],
    TSB: [
      "Sporadic sales: chance of a sale per day × usual size (TSB)",
      "间歇性销量：每天出单概率 × 平均每次销量（TSB）",
    ],
    Pooled: [
      "Learned across all SKUs: weekday pattern and promo lift shared by similar products",
      "多个 SKU 一起学习：同类商品共享星期规律和大促提升",
    ],
    Mean: ["Average of the history (too short for a pattern)", "历史平均值（数据太短，看不出规律）"],
    Zero: ["No sales in the history", "历史中没有销量"],
    "no history": ["No sales history for this SKU", "该 SKU 没有销售历史"],
  };
  const w = words[method];
  return w ? w[zh ? 1 : 0] : method;
}
