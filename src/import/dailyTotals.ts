import { SkuOrderMap } from "./skuOrderMap";
/**
 * Daily totals per SKU in typed arrays indexed by day, for the sales importer. A 5,000 SKU × 730
 * day daily sheet is 3.65 M SKU-days: one object and one string key per SKU-day (the first
 * design) cost ≈1.5 GB and most of the import's CPU in hashing and garbage collection (issue 16
 * scale). Here a SKU-day is ≈60 bytes in a few flat arrays per SKU and nothing is allocated per
 * record, so memory follows SKU-days, not file size, and time follows records.
 */

/** What one sales line adds to its SKU-day. */
export interface LineAmounts {
  units: number;
  /** 1 = on promo, 0 = not, undefined = the file does not say. */
  promo?: 0 | 1;
  revenue?: number;
  price?: number;
}

/** A finished SKU-day, before it becomes a `SalesRow`. */
export interface DayTotal {
  day: number;
  units: number;
  promoUnits: number;
  lines: number;
  promoLines: number;
  hasPromoInfo: boolean;
  revenue: number;
  pricedUnits: number;
  pricedLines: number;
  listedPrice?: number;
}

/** A day's amounts before any line: what a `DayTotal` (and the importer's slash-dated buckets) start from. */
export function noAmounts(): Omit<DayTotal, "day" | "listedPrice"> {
  return {
    units: 0,
    promoUnits: 0,
    lines: 0,
    promoLines: 0,
    hasPromoInfo: false,
    revenue: 0,
    pricedUnits: 0,
    pricedLines: 0,
  };
}

// A SKU-day is one 64-byte record (a cache line) in one buffer, read through two views: the
// Float64 slots first, then the Int32 slots. Two arrays per SKU (the first layout) put a line's
// amounts and counts in two places in memory; a day-by-day file touches every SKU's record in
// turn, so each line paid two cache misses instead of one (issue 16 scale).
const RECORD_BYTES = 64;
// Float64 slots: amounts may be fractional (kg-like units are rare, revenue always is).
const F_UNITS = 0;
const F_PROMO_UNITS = 1;
const F_REVENUE = 2;
const F_PRICED_UNITS = 3;
const F_LISTED = 4; // NaN = no listed price
const F = RECORD_BYTES / 8; // Float64 slots per record (5 used)
// Int32 slots, after the Float64 ones (bytes 40–63): counts and the first record's hash and row
// (duplicate detection).
const I_LINES = 10;
const I_PROMO_LINES = 11;
const I_PRICED_LINES = 12;
const I_FLAGS = 13; // bit 0: some line said promo or not
const I_HASH = 14;
const I_ROW = 15;
const I = RECORD_BYTES / 4; // Int32 slots per record

const EMPTY_F = new Float64Array(0);
const EMPTY_I = new Int32Array(0);

class SkuDays {
  base = 0;
  capacity = 0;
  f = new Float64Array(0);
  i = new Int32Array(0);
  /** Later records' hashes per day with more than one record: exact-repeat detection. */
  seen?: Map<number, Map<number, number>>;

  /**
   * Makes room for `day`, doubling the span so a file in any date order costs O(days) copies.
   * With `expected` (the file's span, see `DailyTotals.expectSpan`) a SKU whose days outgrow the
   * first 64 grows straight to the expected span instead: 64 → 730 days, not 64 → … → 1,024.
   */
  reserve(day: number, expected: Span | null): number {
    if (this.capacity === 0) {
      this.base = day;
      this.alloc(64, null, 0);
      return 0;
    }
    const at = day - this.base;
    if (at >= 0 && at < this.capacity) return at;
    const lo = Math.min(this.base, day);
    const hi = Math.max(this.base + this.capacity, day + 1);
    let capacity = Math.max(hi - lo, this.capacity * 2);
    let base = at < 0 ? hi - capacity : lo;
    if (expected && lo >= expected.first && hi <= expected.last + 1 && this.capacity <= 64) {
      base = expected.first;
      capacity = expected.last + 1 - base;
    }
    this.alloc(capacity, this.f.buffer, (this.base - base) * RECORD_BYTES);
    this.base = base;
    return day - base;
  }

  /** New records for `capacity` days, the old ones' bytes copied in at byte `offset`. */
  private alloc(capacity: number, old: ArrayBufferLike | null, offset: number): void {
    const buffer = new ArrayBuffer(capacity * RECORD_BYTES);
    // bytes, not Float64 values: the Int32 slots' bits must not go through a double
    if (old) new Uint8Array(buffer).set(new Uint8Array(old), offset);
    this.f = new Float64Array(buffer);
    this.i = new Int32Array(buffer);
    this.capacity = capacity;
  }
}

const newSkuDays = (): SkuDays => new SkuDays();

/** First and last day number. */
interface Span {
  first: number;
  last: number;
}

/** The longest expected span taken as a sizing hint (3 years): a wrong hint must not cost GBs. */
const MAX_EXPECTED_DAYS = 1100;

/**
 * Sums sales lines into SKU-days. `add` returns the row of an earlier identical record of the
 * same SKU-day (an exact repeat) instead of adding it.
 * @example
 * const t = new DailyTotals(); t.add("A", 19000, { units: 2 }, 7, 2); t.add("A", 19000, { units: 3 }, 8, 3);
 * const units: number[] = []; t.eachDay("A", (d) => units.push(d.units)); units // => [5]
 */
export class DailyTotals {
  /** Looked up in the SKU order of the file (see `SkuOrderMap`). */
  private readonly bySku = new SkuOrderMap<SkuDays>();
  private reading = false;
  private expected: Span | null = null;

  /**
   * Sizes the day arrays for a file expected to span days `a` … `b` (either order: the dates of
   * its first and last lines; order reports list the newest first). Only a hint: days outside it
   * still fit, and a span over 3 years is ignored. Day-by-day exports grew every SKU's arrays
   * 64 → 128 → … → 1,024 days, ≈600 MB of allocation and copies at 5,000 SKUs × 730 days for
   * 234 MB of days (issue 16 scale).
   */
  expectSpan(a: number, b: number): void {
    const first = Math.min(a, b);
    const last = Math.max(a, b);
    this.expected =
      Number.isInteger(first) && Number.isInteger(last) && last - first < MAX_EXPECTED_DAYS
        ? { first, last }
        : null;
  }

  /**
   * Adds one line to SKU `sku` on day number `day` (days since 1970-01-01). `hash` is the
   * record's 31-bit hash, `row` its source row.
   * @returns the source row of an identical earlier record on that SKU-day (line not added), or -1
   */
  add(sku: string, day: number, line: LineAmounts, hash: number, row: number): number {
    const s = this.skuDays(sku);
    const at = s.reserve(day, this.expected);
    const fo = at * F;
    const io = at * I;
    const ints = s.i;
    if (ints[io + I_LINES] === 0) {
      ints[io + I_HASH] = hash;
      ints[io + I_ROW] = row;
      s.f[fo + F_LISTED] = NaN;
    } else {
      if (ints[io + I_HASH] === hash) return ints[io + I_ROW];
      s.seen ??= new Map();
      let m = s.seen.get(day);
      if (!m) s.seen.set(day, (m = new Map()));
      const first = m.get(hash);
      if (first !== undefined) return first;
      m.set(hash, row);
    }
    this.addAmounts(s, at, line.units, line, 1);
    return -1;
  }

  /** The days of `sku`, made on its first line. */
  private skuDays(sku: string): SkuDays {
    // `eachDay` frees SKUs' arrays: a line after that would land in a freed SKU
    if (this.reading) throw new Error("DailyTotals: a line added after its days were read");
    return this.bySku.get(sku, newSkuDays);
  }

  /** Adds a whole day's total (slash-dated lines resolved at the end of the file). */
  addTotal(sku: string, t: DayTotal): void {
    const s = this.skuDays(sku);
    const at = s.reserve(t.day, this.expected);
    const fo = at * F;
    const io = at * I;
    if (s.i[io + I_LINES] === 0) s.f[fo + F_LISTED] = NaN;
    s.f[fo + F_UNITS] += t.units;
    s.f[fo + F_PROMO_UNITS] += t.promoUnits;
    s.f[fo + F_REVENUE] += t.revenue;
    s.f[fo + F_PRICED_UNITS] += t.pricedUnits;
    if (t.listedPrice !== undefined) s.f[fo + F_LISTED] = t.listedPrice;
    s.i[io + I_LINES] += t.lines;
    s.i[io + I_PROMO_LINES] += t.promoLines;
    s.i[io + I_PRICED_LINES] += t.pricedLines;
    if (t.hasPromoInfo) s.i[io + I_FLAGS] |= 1;
  }

  private addAmounts(s: SkuDays, at: number, units: number, line: LineAmounts, lines: number): void {
    const fo = at * F;
    const io = at * I;
    const f = s.f;
    const ints = s.i;
    f[fo + F_UNITS] += units;
    ints[io + I_LINES] += lines;
    if (line.promo !== undefined) {
      ints[io + I_FLAGS] |= 1;
      if (line.promo === 1) {
        f[fo + F_PROMO_UNITS] += units;
        ints[io + I_PROMO_LINES] += lines;
      }
    }
    if (line.revenue !== undefined) {
      f[fo + F_REVENUE] += line.revenue;
      f[fo + F_PRICED_UNITS] += units;
      ints[io + I_PRICED_LINES] += lines;
    }
    if (line.price !== undefined) f[fo + F_LISTED] = line.price;
  }

  /** SKUs with at least one line, in no particular order. */
  skus(): IterableIterator<string> {
    return this.bySku.keys();
  }

  /** First and last day number with a line for `sku`, or null when it has none. */
  span(sku: string): { first: number; last: number } | null {
    const s = this.bySku.peek(sku);
    if (!s) return null;
    let lo = 0;
    let hi = s.capacity - 1;
    while (lo <= hi && s.i[lo * I + I_LINES] === 0) lo++;
    while (hi >= lo && s.i[hi * I + I_LINES] === 0) hi--;
    return lo > hi ? null : { first: s.base + lo, last: s.base + hi };
  }

  /**
   * Visits the SKU's days with at least one line, in date order, then frees the SKU's arrays.
   * `visit` gets one object refilled for every day (valid during the call only): no object per
   * SKU-day, 3.65 M at 5,000 SKUs × 730 days.
   */
  eachDay(sku: string, visit: (d: Readonly<DayTotal>) => void): void {
    this.reading = true;
    const s = this.bySku.peek(sku);
    if (!s) return;
    const { f, i } = s;
    const d: DayTotal = { day: 0, ...noAmounts(), listedPrice: undefined };
    for (let at = 0; at < s.capacity; at++) {
      const io = at * I;
      const lines = i[io + I_LINES];
      if (lines === 0) continue;
      const fo = at * F;
      const listed = f[fo + F_LISTED];
      d.day = s.base + at;
      d.units = f[fo + F_UNITS];
      d.promoUnits = f[fo + F_PROMO_UNITS];
      d.lines = lines;
      d.promoLines = i[io + I_PROMO_LINES];
      d.hasPromoInfo = (i[io + I_FLAGS] & 1) === 1;
      d.revenue = f[fo + F_REVENUE];
      d.pricedUnits = f[fo + F_PRICED_UNITS];
      d.pricedLines = i[io + I_PRICED_LINES];
      d.listedPrice = Number.isNaN(listed) ? undefined : listed;
      visit(d);
    }
    // read once: the arrays go (a second read, or the span, then finds no day)
    s.f = EMPTY_F;
    s.i = EMPTY_I;
    s.seen = undefined;
    s.capacity = 0;
  }
}
