/**
 * The one route from imported sales rows to the daily series the forecast reads (the plan, the
 * pane and the accuracy bench all call this).
 *
 * Observed vs not observed (DESIGN.md "Planning rules"): an export covers a date range. Inside it
 * a day without a row is an **observed 0** (an order export lists orders: no order, no sale).
 * Outside it nothing was seen: days after a stale export ends, days before a product was listed,
 * days of a known stock-out or closure are **censored** — they hold 0 in `history` but must never
 * pull the forecast down. The forecast origin is the last observed day (`lastObserved`): the
 * caller forecasts from the day after it through its horizon, whatever the plan date.
 * Stretches of days on which no SKU of the file has any row (./exportGaps: a missing export or a
 * closed shop) are censored for every SKU, and every series of the call names them (`exportGaps`).
 */
import { InputError, dayNumberToIso, isoToDayNumber } from "../core";
import { DAY_PROMO, DAY_PROMO_INFO, salesHistoryOf, type SalesInput } from "./salesHistory";
import { exportGapDays, exportGapsOf, type ExportGap } from "./exportGaps";

/** One SKU's contiguous daily series, in the shape `forecastPromo` takes. */
export interface DailySeries {
  sku: string;
  /** ISO date of `history[0]`. */
  startDate: string;
  /** Units per day, one entry per calendar day from `startDate`. */
  history: number[];
  /** 1 on promo days, 0 otherwise (0 where the file had no promo information). */
  promoHistory: number[];
  /** True where the day was not observed; such days hold 0 in `history`. */
  censored: boolean[];
  /**
   * Last observed (uncensored) day, ISO: the forecast origin. null when no day of the series is
   * observed (e.g. a window that only covers a stock-out).
   */
  lastObserved: string | null;
  /** Number of observed days in the series. */
  observedDays: number;
  /** True when at least one row of this SKU said whether it sold on promo (the file has a promo column). */
  hasPromoInfo: boolean;
  /**
   * Stretches inside the file's span on which no SKU has any row, read as not observed
   * (./exportGaps); the same list on every series of one call, absent when there is none.
   */
  exportGaps?: readonly ExportGap[];
}

/**
 * `DailySeries` in typed arrays: what the plan forecasts from. At 5,000 SKUs × 730 days the plain
 * arrays were ≈90 MB of values the garbage collector walked at every full collection and copied
 * out of the young generation, live through the whole forecast; these are ≈37 MB it does not
 * walk. The core's batch forecast takes them as they are.
 */
export interface CompactDailySeries extends Omit<DailySeries, "history" | "promoHistory" | "censored"> {
  history: Float64Array;
  /** 1 on promo days. */
  promoHistory: Uint8Array;
  /** 1 where the day was not observed. */
  censored: Uint8Array;
}

/** A period during which demand was not observed: a stock-out, a closed store, a delisting. */
export interface UnobservedPeriod {
  /** First and last day, ISO, inclusive. */
  from: string;
  to: string;
  /** The SKU concerned; absent = every SKU (the store or the whole account was closed). */
  sku?: string;
}

export interface DailySeriesOptions {
  /** First day of every series (ISO). @defaultvalue each SKU's first day (see `listedFrom`) */
  startDate?: string;
  /**
   * Last day of every series (ISO). Days after `observedTo` up to it are censored (e.g. pass the
   * day before the plan date to see a stale export's gap). @defaultvalue `observedTo`
   */
  endDate?: string;
  /** First day the export covers (ISO). @defaultvalue the earliest date of any row */
  observedFrom?: string;
  /** Last day the export covers (ISO), e.g. the report's end date. @defaultvalue the latest date of any row */
  observedTo?: string;
  /**
   * First day each SKU was listed (ISO). Days before it are censored (nothing could sell); from
   * it on, days without sales are observed zeros. A SKU not in the map is taken as listed on its
   * first sale: before that its days are censored (not yet launched), not zero demand.
   */
  listedFrom?: Readonly<Record<string, string>>;
  /** Known stock-outs or closures: censored. */
  unobserved?: readonly UnobservedPeriod[];
  /**
   * What a day without a row inside the export's range means. `"zero"`: no sales (order exports).
   * `"censored"`: not observed (a daily sheet with gaps: the row is missing, not the demand).
   * @defaultvalue "zero"
   */
  missingDays?: "zero" | "censored";
}

const day = (argument: string, iso: string): number => isoToDayNumber(argument, iso);

/**
 * Turns daily sales (rows, or the importer's `SalesHistory`) into one contiguous series per SKU
 * (sorted by SKU), with each day marked observed or censored (see the file comment). Rows outside
 * [startDate, endDate] are left out; a SKU with no row inside that window gets no series.
 * @throws InputError when a date option is not an ISO date, `endDate` < `startDate`,
 *   `observedTo` < `observedFrom`, or an unobserved period ends before it starts.
 * @example
 * toDailySeries([{ sku: "A", date: "2024-01-01", units: 2 }, { sku: "A", date: "2024-01-03", units: 5, promo: 1 }])
 * // => [{ sku: "A", startDate: "2024-01-01", history: [2, 0, 5], promoHistory: [0, 0, 1],
 * //       censored: [false, false, false], lastObserved: "2024-01-03", observedDays: 3, hasPromoInfo: true }]
 */
export function toDailySeries(sales: SalesInput, options: DailySeriesOptions = {}): DailySeries[] {
  return toCompactDailySeries(sales, options).map((s) => ({
    ...s,
    history: Array.from(s.history),
    promoHistory: Array.from(s.promoHistory),
    censored: Array.from(s.censored, Boolean),
  }));
}

/** `toDailySeries` in typed arrays (see CompactDailySeries): the same series, days and flags. */
export function toCompactDailySeries(
  sales: SalesInput,
  options: DailySeriesOptions = {},
): CompactDailySeries[] {
  const { missingDays = "zero" } = options;
  const startDay = options.startDate === undefined ? undefined : day("startDate", options.startDate);
  const endDay = options.endDate === undefined ? undefined : day("endDate", options.endDate);
  if (startDay !== undefined && endDay !== undefined && endDay < startDay) {
    throw new InputError("endDate", `must not be before startDate ${options.startDate}`);
  }
  let obsFrom = options.observedFrom === undefined ? undefined : day("observedFrom", options.observedFrom);
  let obsTo = options.observedTo === undefined ? undefined : day("observedTo", options.observedTo);
  if (obsFrom !== undefined && obsTo !== undefined && obsTo < obsFrom) {
    throw new InputError("observedTo", `must not be before observedFrom ${options.observedFrom}`);
  }
  const listed = new Map<string, number>();
  for (const [sku, iso] of Object.entries(options.listedFrom ?? {}))
    listed.set(sku, day(`listedFrom.${sku}`, iso));
  // Known gaps per SKU ("" = every SKU), so marking them costs their days, not days × gaps.
  const gaps = new Map<string, { from: number; to: number }[]>();
  (options.unobserved ?? []).forEach((p, i) => {
    const from = day(`unobserved[${i}].from`, p.from);
    const to = day(`unobserved[${i}].to`, p.to);
    if (to < from) throw new InputError(`unobserved[${i}].to`, `must not be before from ${p.from}`);
    const key = p.sku ?? "";
    const list = gaps.get(key);
    if (list) list.push({ from, to });
    else gaps.set(key, [{ from, to }]);
  });
  const history = salesHistoryOf(sales);
  // days on which the whole file has no row: not observed for every SKU (unless every missing
  // day is censored anyway)
  const fileGaps = missingDays === "zero" ? exportGapDays(history) : [];
  if (fileGaps.length > 0) gaps.set("", [...(gaps.get("") ?? []), ...fileGaps]);
  const exportGaps = exportGapsOf(fileGaps);

  // The export's range: all rows, before the window cuts them (a window does not move the export).
  if (obsFrom === undefined || obsTo === undefined) {
    obsFrom ??= history.firstDate === null ? Infinity : day("date", history.firstDate);
    obsTo ??= history.lastDate === null ? -Infinity : day("date", history.lastDate);
  }

  const out: CompactDailySeries[] = [];
  for (const h of history.skus) {
    // the SKU's days inside the window [from, to] (indices into its arrays)
    const from = startDay === undefined ? 0 : Math.max(0, startDay - h.first);
    const to = endDay === undefined ? h.flags.length - 1 : Math.min(h.flags.length - 1, endDay - h.first);
    let lo = from;
    let hi = to;
    while (lo <= hi && h.flags[lo] === 0) lo++;
    while (hi >= lo && h.flags[hi] === 0) hi--;
    if (lo > hi) continue; // no row inside the window
    const sku = h.sku;
    const firstSale = h.first + lo;
    const lastSale = h.first + hi;
    // Listed from: the buyer's date, else the first sale (before it the product was not on sale).
    const listedDay = listed.get(sku) ?? firstSale;
    const first = startDay ?? Math.max(Math.min(listedDay, firstSale), obsFrom);
    const last = endDay ?? Math.max(obsTo, lastSale);
    const n = last - first + 1;
    const units = new Float64Array(n);
    const promoHistory = new Uint8Array(n);
    const seen = new Uint8Array(n);
    let hasPromoInfo = false;
    for (let j = lo; j <= hi; j++) {
      const f = h.flags[j];
      if (f === 0) continue;
      const i = h.first + j - first;
      units[i] += h.units[j];
      if (f & DAY_PROMO_INFO) hasPromoInfo = true;
      if (f & DAY_PROMO) promoHistory[i] = 1;
      seen[i] = 1;
    }
    // A known stock-out censors even a day with some sales (demand was cut off).
    const inGap = new Uint8Array(n);
    for (const g of [...(gaps.get(sku) ?? []), ...(gaps.get("") ?? [])]) {
      for (let d = Math.max(g.from, first); d <= Math.min(g.to, last); d++) inGap[d - first] = 1;
    }
    const censored = new Uint8Array(n);
    let lastObserved = -1;
    let observedDays = 0;
    for (let i = 0; i < n; i++) {
      const d = first + i;
      // Outside a gap, a row is evidence the day was observed, even outside the stated range.
      const c =
        inGap[i] === 1 ||
        (seen[i] === 0 && (d < obsFrom || d > obsTo || d < listedDay || missingDays === "censored"));
      censored[i] = c ? 1 : 0;
      if (!c) {
        observedDays++;
        lastObserved = i;
      }
    }
    out.push({
      sku,
      startDate: dayNumberToIso(first),
      history: units,
      promoHistory,
      censored,
      lastObserved: lastObserved < 0 ? null : dayNumberToIso(first + lastObserved),
      observedDays,
      hasPromoInfo,
      ...(exportGaps.length > 0 && { exportGaps }),
    });
  }
  return out;
}
