import { InputError } from "../core/errors";
import type { SalesRow } from "./importSales";

/** One SKU's contiguous daily series, in the shape `forecastPromo` takes. */
export interface DailySeries {
  sku: string;
  /** ISO date of `history[0]`. */
  startDate: string;
  /** Units per day, one entry per calendar day from `startDate`. */
  history: number[];
  /** 1 on promo days, 0 otherwise (0 where the file had no promo information). */
  promoHistory: number[];
  /** True where the day was not observed (see `missingDays`); such days hold 0 in `history`. */
  censored: boolean[];
}

export interface DailySeriesOptions {
  /** First day of every series (ISO). @defaultvalue each SKU's first sales date */
  startDate?: string;
  /** Last day of every series (ISO), e.g. the import's `asOf`. @defaultvalue each SKU's last sales date */
  endDate?: string;
  /**
   * What a day without a row means. `"zero"`: no sales (order exports list orders, so a day
   * without orders sold nothing). `"censored"`: not observed (a daily sheet with gaps: the store
   * was closed or the row is missing), so the forecast must not read it as zero demand.
   * @defaultvalue "zero"
   */
  missingDays?: "zero" | "censored";
}

const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Turns daily sales rows into one contiguous series per SKU (sorted by SKU): every calendar
 * day from start to end gets an entry; days without a row are 0 and, with
 * `missingDays: "censored"`, marked censored. Rows outside [startDate, endDate] are left out;
 * a SKU with no row inside the window gets no series.
 * @throws InputError when `startDate`/`endDate` is not an ISO date or `endDate` < `startDate`.
 * @example
 * toDailySeries([{ sku: "A", date: "2024-01-01", units: 2 }, { sku: "A", date: "2024-01-03", units: 5, promo: 1 }])
 * // => [{ sku: "A", startDate: "2024-01-01", history: [2, 0, 5], promoHistory: [0, 0, 1], censored: [false, false, false] }]
 */
export function toDailySeries(rows: readonly SalesRow[], options: DailySeriesOptions = {}): DailySeries[] {
  const { startDate, endDate, missingDays = "zero" } = options;
  for (const [arg, v] of [
    ["startDate", startDate],
    ["endDate", endDate],
  ] as const) {
    if (v !== undefined && (!ISO.test(v) || Number.isNaN(dayNumber(v)) || isoOf(dayNumber(v)) !== v)) {
      throw new InputError(arg, `must be an ISO date YYYY-MM-DD, got "${v}"`);
    }
  }
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    throw new InputError("endDate", `must not be before startDate ${startDate}`);
  }
  const bySku = new Map<string, SalesRow[]>();
  for (const r of rows) {
    if ((startDate !== undefined && r.date < startDate) || (endDate !== undefined && r.date > endDate))
      continue;
    let list = bySku.get(r.sku);
    if (!list) bySku.set(r.sku, (list = []));
    list.push(r);
  }
  const out: DailySeries[] = [];
  for (const sku of [...bySku.keys()].sort()) {
    const list = bySku.get(sku)!;
    let first = Infinity;
    let last = -Infinity;
    for (const r of list) {
      const d = dayNumber(r.date);
      if (d < first) first = d;
      if (d > last) last = d;
    }
    if (startDate !== undefined) first = dayNumber(startDate);
    if (endDate !== undefined) last = dayNumber(endDate);
    const n = last - first + 1;
    const history = new Array<number>(n).fill(0);
    const promoHistory = new Array<number>(n).fill(0);
    const seen = new Array<boolean>(n).fill(false);
    for (const r of list) {
      const i = dayNumber(r.date) - first;
      history[i] += r.units; // rows are already one per day; += keeps unaggregated input honest
      if (r.promo === 1) promoHistory[i] = 1;
      seen[i] = true;
    }
    out.push({
      sku,
      startDate: isoOf(first),
      history,
      promoHistory,
      censored: seen.map((s) => missingDays === "censored" && !s),
    });
  }
  return out;
}
