/**
 * What a buyer must know about the history before trusting a plan built on it: each warning is a
 * code with its parameters (so the pane, the CLI summary and the plan sheet can render it in
 * either language) plus the rendered English and Simplified Chinese text. Pure: the plan date is
 * an argument, never the clock.
 */
import { fillMessage, addDays, daysBetween, isoToDayNumber } from "../core";
import type { SkuRow } from "./importSkus";
import { pluralize } from "./plural";
import type { CompactDailySeries, DailySeries } from "./toDailySeries";

export type HistoryWarningCode =
  | "HISTORY_STALE"
  | "HISTORY_GAP"
  | "HISTORY_SHORT"
  | "NO_PROMO_FLAGS"
  | "NO_SKU_MASTER"
  | "SKUS_NOT_IN_MASTER"
  | "SKU_MASTER_INCOMPLETE"
  | "PROMO_PAST"
  | "PROMO_STARTED"
  | "CUTOFF_PASSED";

/** Values a warning's text is filled from (numbers, ISO dates, SKU lists already joined). */
export type HistoryWarningParams = Record<string, string | number>;

export interface HistoryWarning {
  code: HistoryWarningCode;
  /** The SKU concerned; absent when the warning is about the file or the plan. */
  sku?: string;
  params: HistoryWarningParams;
  message: string;
  messageZh: string;
}

/** Warning texts; `{name}` is replaced from the warning's params (see `formatHistoryWarning`). */
export const HISTORY_WARNING_MESSAGES: Record<
  HistoryWarningCode | "HISTORY_SHORT_NO_METHOD",
  { en: string; zh: string }
> = {
  HISTORY_STALE: {
    en: "The sales history ends on {lastDate}, {days} {days|day|days} before the plan date {planDate}. The forecast starts from {lastDate} (the days since are not read as zero sales); import a newer export to plan on recent sales.",
    zh: "销售历史截止于 {lastDate}，比计划日期 {planDate} 早 {days} 天。预测从 {lastDate} 起算（之后的日子不按零销量计算）；请导入更新的报表，以最近的销量做计划。",
  },
  HISTORY_GAP: {
    en: "No SKU has any sales row {ranges}, inside the file's dates: {days} {days|day|days} read as a missing export (or a closed shop), not as zero sales, so {count|it does|they do} not pull the forecast down. If the shop was selling then, import {count|that stretch|those stretches} too.",
    zh: "销售文件中 {rangesZh} 没有任何 SKU 的记录（位于文件的日期范围之内）：这 {days} 天按缺失的导出（或店铺歇业）处理，不按零销量计算，不会拉低预测。如果店铺当时在正常销售，请补充导入这段时间的数据。",
  },
  /** HISTORY_SHORT when no forecast method is known yet (the pane before a plan is built). */
  HISTORY_SHORT_NO_METHOD: {
    en: "{sku}: {days} {days|day|days} of history, from {firstDate}; last year's same period starts on {lyStart}, so it cannot be compared: the forecast rests on the recent days.",
    zh: "{sku}：历史只有 {days} 天（自 {firstDate} 起）；去年同期从 {lyStart} 开始，无法对比：预测只能依据近期数据。",
  },
  HISTORY_SHORT: {
    en: "{sku}: {days} {days|day|days} of history, from {firstDate}; last year's same period starts on {lyStart}, so it cannot be compared. The forecast used {used} on the recent days instead.",
    zh: "{sku}：历史只有 {days} 天（自 {firstDate} 起）；去年同期从 {lyStart} 开始，无法对比。预测改用近期数据的 {used}。",
  },
  NO_PROMO_FLAGS: {
    en: "No promo days are flagged in the history ({skus}): the promo lift cannot be learned from it. Add a promo column (1 on promo days) or enter the expected lift.",
    zh: "历史数据中没有标记促销日（{skus}）：无法从中估算促销带来的销量提升。请添加促销列（促销日填 1），或手动填写预期的提升倍数。",
  },
  NO_SKU_MASTER: {
    en: "No SKU master was imported: unit cost, MOQ, case pack and lead time are missing for {count|the|all} {count} {count|SKU|SKUs} ({skus}), so costs are 0 and order quantities ignore MOQ. Import the SKU master.",
    zh: "未导入 SKU 主数据：全部 {count} 个 SKU（{skus}）缺少单位成本、起订量、箱规和交期，成本按 0 计算，订货量未考虑起订量。请导入 SKU 主数据。",
  },
  SKUS_NOT_IN_MASTER: {
    en: "{count} {count|SKU|SKUs} with sales {count|is|are} not in the SKU master ({skus}): {count|its|their} cost, MOQ and lead time are missing. Add {count|it|them} to the master.",
    zh: "有 {count} 个有销量的 SKU 不在 SKU 主数据中（{skus}）：缺少成本、起订量和交期。请补充到主数据。",
  },
  SKU_MASTER_INCOMPLETE: {
    en: "{field} is empty for {count} {count|SKU|SKUs} in the SKU master ({skus}).",
    zh: "SKU 主数据中有 {count} 个 SKU 的{fieldZh}为空（{skus}）。",
  },
  PROMO_PAST: {
    en: "The promo ended on {promoEnd}, before the plan date {planDate}: this plan cannot change it. Set the next promo's dates.",
    zh: "促销已于 {promoEnd} 结束，早于计划日期 {planDate}：本计划已来不及为它备货。请设置下一次促销的日期。",
  },
  PROMO_STARTED: {
    en: "The promo started on {promoStart}, before the plan date {planDate}: only stock already on the way can still arrive in time.",
    zh: "促销已于 {promoStart} 开始，早于计划日期 {planDate}：只有已经在途的货还可能赶上。",
  },
  CUTOFF_PASSED: {
    en: "The {cutoff} was {date}, {days} {days|day|days} before the plan date {planDate}.",
    zh: "{cutoffZh}（{date}）已过，比计划日期 {planDate} 早 {days} 天。",
  },
};

/**
 * Renders a warning's text in `lang` from its params; a placeholder without a value stays visible
 * as `{name}` would be a bug, so it becomes empty text.
 * @example formatHistoryWarning("PROMO_PAST", { promoEnd: "2026-11-30", planDate: "2026-12-01" }, "en")
 */
export function formatHistoryWarning(
  code: HistoryWarningCode,
  params: HistoryWarningParams,
  lang: "en" | "zh",
): string {
  // a short history without a method: nothing was forecast yet, so nothing "used" to name
  const key = code === "HISTORY_SHORT" && params.used === undefined ? "HISTORY_SHORT_NO_METHOD" : code;
  // English counts in the singular once ("1 day of history", "2 days", "1 SKU"): `pluralize`
  return fillMessage(pluralize(HISTORY_WARNING_MESSAGES[key][lang], params), params, "empty");
}

function warning(code: HistoryWarningCode, params: HistoryWarningParams, sku?: string): HistoryWarning {
  const w: HistoryWarning = {
    code,
    params,
    message: formatHistoryWarning(code, params, "en"),
    messageZh: formatHistoryWarning(code, params, "zh"),
  };
  if (sku !== undefined) w.sku = sku;
  return w;
}

/** How many SKUs a warning names before "… (+N)". */
const MAX_LISTED_SKUS = 10;
/** SKU list for a message: the first ten, then how many more. */
export function listSkus(skus: readonly string[]): string {
  const shown = skus.slice(0, MAX_LISTED_SKUS).join(", ");
  return skus.length > MAX_LISTED_SKUS ? `${shown} … (+${skus.length - MAX_LISTED_SKUS})` : shown;
}

/**
 * The last year's same window is the promo shifted 52 weeks (weekdays line up), as the plan's
 * last-year columns use it.
 */
const LAST_YEAR_SHIFT_DAYS = 364;

export interface HistoryWarningInput {
  /** Series from `toDailySeries` or `toCompactDailySeries` (the ones the plan forecasts). */
  series: readonly (DailySeries | CompactDailySeries)[];
  /** The plan date ("today"), ISO. */
  planDate: string;
  promoStart?: string;
  promoEnd?: string;
  registrationDeadline?: string;
  inboundCutoff?: string;
  /** The SKU master; undefined or empty = none was imported. */
  skus?: readonly SkuRow[];
  /** Forecast method used per SKU (what the plan fell back to), for HISTORY_SHORT. */
  methods?: Readonly<Record<string, string>>;
}

/**
 * Warnings about the history and the plan's dates, in the order a buyer should read them: the
 * file (stale, no promo flags), the master, each SKU, then the calendar.
 * - HISTORY_STALE: the last observed day of the whole history is more than one day before the
 *   plan date (yesterday's data is as fresh as an export can be).
 * - HISTORY_GAP: days inside the file on which no SKU has a row (./exportGaps), read as not
 *   observed: named once, with every stretch.
 * - HISTORY_SHORT: a SKU's series starts after last year's same promo window began.
 * - NO_PROMO_FLAGS: no series has a promo day (either no promo column or none flagged).
 * - HISTORY_SHORT names the method the plan fell back to; with `methods`, only SKUs that have one
 *   (the ones forecast); without, every young SKU, worded without a method.
 * - NO_SKU_MASTER / SKUS_NOT_IN_MASTER / SKU_MASTER_INCOMPLETE (unit cost, MOQ, lead time,
 *   selling price, weight).
 * - PROMO_PAST / PROMO_STARTED / CUTOFF_PASSED (registration deadline, inbound cutoff).
 * @throws InputError when a date is not ISO.
 */
export function historyWarnings(input: HistoryWarningInput): HistoryWarning[] {
  const { series, planDate, promoStart, promoEnd, skus, methods } = input;
  isoToDayNumber("planDate", planDate);
  for (const k of ["promoStart", "promoEnd", "registrationDeadline", "inboundCutoff"] as const) {
    if (input[k] !== undefined) isoToDayNumber(k, input[k]);
  }
  const out: HistoryWarning[] = [];
  let last: string | null = null;
  for (const s of series)
    if (s.lastObserved !== null && (last === null || s.lastObserved > last)) last = s.lastObserved;
  if (last !== null) {
    const days = daysBetween(last, planDate);
    if (days > 1) out.push(warning("HISTORY_STALE", { lastDate: last, days, planDate }));
  }
  // stretches on which the whole file has no row (./exportGaps): the same on every series
  const gaps = series.find((s) => s.exportGaps !== undefined)?.exportGaps ?? [];
  if (gaps.length > 0) {
    out.push(
      warning("HISTORY_GAP", {
        ranges: gaps.map((g) => `from ${g.from} to ${g.to}`).join(" and "),
        rangesZh: gaps.map((g) => `${g.from} 至 ${g.to}`).join("、"),
        days: gaps.reduce((n, g) => n + g.days, 0),
        count: gaps.length,
      }),
    );
  }
  const withSales = series.filter((s) => s.observedDays > 0);
  if (withSales.length > 0 && withSales.every((s) => !s.promoHistory.includes(1))) {
    out.push(warning("NO_PROMO_FLAGS", { skus: listSkus(withSales.map((s) => s.sku)) }));
  }

  const names = withSales.map((s) => s.sku);
  if (!skus || skus.length === 0) {
    if (names.length > 0) out.push(warning("NO_SKU_MASTER", { count: names.length, skus: listSkus(names) }));
  } else {
    const known = new Set(skus.map((s) => s.sku));
    const missing = names.filter((n) => !known.has(n));
    if (missing.length > 0)
      out.push(warning("SKUS_NOT_IN_MASTER", { count: missing.length, skus: listSkus(missing) }));
    const fields: [keyof SkuRow, string, string][] = [
      ["unitCost", "Unit cost", "单位成本"],
      ["moq", "MOQ", "起订量"],
      ["leadTimeDays", "Lead time", "交期"],
      // without a price the margin and ROI count no revenue; without a weight freight is costed at 0 kg
      ["sellingPrice", "Selling price", "售价"],
      ["weightKg", "Weight", "重量"],
    ];
    for (const [key, field, fieldZh] of fields) {
      const empty = skus.filter((s) => s[key] === undefined).map((s) => s.sku);
      if (empty.length > 0)
        out.push(
          warning("SKU_MASTER_INCOMPLETE", { field, fieldZh, count: empty.length, skus: listSkus(empty) }),
        );
    }
  }

  if (promoStart !== undefined) {
    const lyStart = addDays(promoStart, -LAST_YEAR_SHIFT_DAYS);
    for (const s of withSales) {
      if (s.startDate <= lyStart) continue;
      const used = methods?.[s.sku];
      // with the plan's methods, a SKU without one was not forecast (the CLI leaves SKUs missing
      // from the master out; SKUS_NOT_IN_MASTER names them): no fallback to speak of
      if (methods && used === undefined) continue;
      const params = { sku: s.sku, days: s.observedDays, firstDate: s.startDate, lyStart };
      out.push(warning("HISTORY_SHORT", used === undefined ? params : { ...params, used }, s.sku));
    }
  }

  if (promoEnd !== undefined && promoEnd < planDate) {
    out.push(warning("PROMO_PAST", { promoEnd, planDate }));
  } else if (promoStart !== undefined && promoStart < planDate) {
    out.push(warning("PROMO_STARTED", { promoStart, planDate }));
  }
  const cutoffs: [string | undefined, string, string][] = [
    [input.registrationDeadline, "registration deadline", "报名截止日"],
    [input.inboundCutoff, "inbound cutoff", "入仓截止日"],
  ];
  for (const [date, cutoff, cutoffZh] of cutoffs) {
    if (date !== undefined && date < planDate) {
      out.push(
        warning("CUTOFF_PASSED", { cutoff, cutoffZh, date, days: daysBetween(date, planDate), planDate }),
      );
    }
  }
  return out;
}
