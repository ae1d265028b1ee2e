/**
 * Daily sales per SKU in flat typed arrays: what the sales import hands to the plan instead of one
 * `SalesRow` object per SKU-day. A 5,000 SKU × 730 day history is 3.65 M SKU-days; as objects
 * they were ≈400 MB of live heap and most of the first build's garbage collection (issue 16
 * scale); here a SKU-day is 25 bytes in four arrays per SKU, and the daily series, the price
 * look-ups and the unknown-SKU check read them without any per-day object. `rows()` still gives
 * the `SalesRow` list for callers that want rows (tests, the pane's small files).
 */
import { dayNumberToIso, isoToDayNumber } from "../core";
import type { SalesRow } from "./types";

/** Bits of a day's `flags`: a row exists, it said promo or not, it was a promo day. */
export const DAY_ROW = 1;
export const DAY_PROMO_INFO = 2;
export const DAY_PROMO = 4;

/** One SKU's days from `first` (day number, days since 1970-01-01), one slot per calendar day. */
export interface SkuHistory {
  sku: string;
  first: number;
  /** Units per day (0 where there is no row). */
  units: Float64Array;
  /** DAY_ROW | DAY_PROMO_INFO | DAY_PROMO per day; 0 = no row that day. */
  flags: Uint8Array;
  /** Revenue per day, NaN when not given. */
  revenue: Float64Array;
  /** Average unit price paid (or listed) per day, NaN when not given. */
  price: Float64Array;
}

/**
 * The sales history of a file: SKUs sorted (JavaScript string order), each with its days.
 * @example
 * const h = SalesHistory.fromRows([{ sku: "A", date: "2024-01-01", units: 2 }]);
 * h.rowCount // => 1
 * h.rows() // => [{ sku: "A", date: "2024-01-01", units: 2 }]
 */
export class SalesHistory {
  /** SKU-days with a row. */
  readonly rowCount: number;
  /** Earliest and latest date with a row (ISO), null when there is none. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;

  /** @param skus sorted by SKU, no SKU twice, each without empty leading or trailing days */
  constructor(readonly skus: readonly SkuHistory[]) {
    let n = 0;
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of skus) {
      for (let i = 0; i < s.flags.length; i++) {
        if (s.flags[i] === 0) continue;
        n++;
        if (s.first + i < lo) lo = s.first + i;
        if (s.first + i > hi) hi = s.first + i;
      }
    }
    this.rowCount = n;
    this.firstDate = n > 0 ? dayNumberToIso(lo) : null;
    this.lastDate = n > 0 ? dayNumberToIso(hi) : null;
  }

  /**
   * Daily rows summed per SKU and day, as the plan and `toDailySeries` read them: units add up,
   * a day is a promo day when any of its rows is, and the last row's price and revenue stand.
   * @throws InputError when a row's date is not an ISO date
   */
  static fromRows(rows: readonly SalesRow[]): SalesHistory {
    const memo = new Map<string, number>();
    const dayOf = (iso: string): number => {
      let d = memo.get(iso);
      if (d === undefined) memo.set(iso, (d = isoToDayNumber("date", iso)));
      return d;
    };
    const span = new Map<string, { lo: number; hi: number }>();
    for (const r of rows) {
      const d = dayOf(r.date);
      const s = span.get(r.sku);
      if (!s) span.set(r.sku, { lo: d, hi: d });
      else if (d < s.lo) s.lo = d;
      else if (d > s.hi) s.hi = d;
    }
    const bySku = new Map<string, SkuHistory>();
    for (const [sku, { lo, hi }] of span) bySku.set(sku, emptySku(sku, lo, hi - lo + 1));
    for (const r of rows) {
      const s = bySku.get(r.sku)!;
      const i = dayOf(r.date) - s.first;
      s.units[i] += r.units;
      let f = s.flags[i] | DAY_ROW;
      if (r.promo !== undefined) f |= DAY_PROMO_INFO;
      if (r.promo === 1) f |= DAY_PROMO;
      s.flags[i] = f;
      if (r.revenue !== undefined) s.revenue[i] = r.revenue;
      if (r.price !== undefined) s.price[i] = r.price;
    }
    return new SalesHistory([...bySku.keys()].sort().map((k) => bySku.get(k)!));
  }

  /** The same history without the days after `iso` (a view: the arrays are shared). */
  until(iso: string): SalesHistory {
    const last = isoToDayNumber("date", iso);
    const out: SkuHistory[] = [];
    for (const s of this.skus) {
      let n = Math.min(s.flags.length, last - s.first + 1);
      while (n > 0 && s.flags[n - 1] === 0) n--;
      if (n <= 0) continue;
      out.push(
        n === s.flags.length
          ? s
          : {
              sku: s.sku,
              first: s.first,
              units: s.units.subarray(0, n),
              flags: s.flags.subarray(0, n),
              revenue: s.revenue.subarray(0, n),
              price: s.price.subarray(0, n),
            },
      );
    }
    return new SalesHistory(out);
  }

  /** One `SalesRow` per SKU-day with a row, by SKU then date (what the importer used to return). */
  rows(): SalesRow[] {
    const out: SalesRow[] = [];
    const isoOf = new Map<number, string>();
    for (const s of this.skus) {
      for (let i = 0; i < s.flags.length; i++) {
        const f = s.flags[i];
        if (f === 0) continue;
        const d = s.first + i;
        let date = isoOf.get(d);
        if (date === undefined) isoOf.set(d, (date = dayNumberToIso(d)));
        const r: SalesRow = { sku: s.sku, date, units: s.units[i] };
        if (f & DAY_PROMO_INFO) r.promo = f & DAY_PROMO ? 1 : 0;
        if (!Number.isNaN(s.revenue[i])) r.revenue = s.revenue[i];
        if (!Number.isNaN(s.price[i])) r.price = s.price[i];
        out.push(r);
      }
    }
    return out;
  }
}

/** A SKU's arrays for `days` days from `first`: no rows yet, no revenue or price. */
export function emptySku(sku: string, first: number, days: number): SkuHistory {
  return {
    sku,
    first,
    units: new Float64Array(days),
    flags: new Uint8Array(days),
    revenue: new Float64Array(days).fill(NaN),
    price: new Float64Array(days).fill(NaN),
  };
}

/** Rows or a history, as the plan and `toDailySeries` take them. */
export type SalesInput = readonly SalesRow[] | SalesHistory;

/** The history of `sales` (itself when it already is one). */
export function salesHistoryOf(sales: SalesInput): SalesHistory {
  return sales instanceof SalesHistory ? sales : SalesHistory.fromRows(sales);
}
