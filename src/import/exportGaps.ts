/**
 * Stretches of days inside a sales file's span on which no SKU has any row: a missing export (a
 * week or a month left out when the buyer joined downloads) or a closed shop, not a stretch in
 * which nothing sold. Read as zeros they pulled a forecast down and widened its spread (the sample
 * without 2026-10-01..10-25: GLASS's normal-day SD 11.2 → 31.3, its order 5,600 → 5,400), so
 * `toCompactDailySeries` censors them and `historyWarnings` names them (HISTORY_GAP).
 *
 * The rule: a run of k ≥ 2 days without a row is a gap when, at the file's own rate of days
 * without any row, a run that long is expected less than 0.01 times in a file of this length:
 * (N − G) · q^k < 0.01, with q = (days without a row − k − G) / (N − k − G) over the
 * file's N days, G the days of longer runs already found to be gaps (so one missing month does
 * not excuse another). Why this and not "2 days":
 * - a shop selling every day (the sample: no empty day in two years) has q = 0, so any run of 2+
 *   days is a gap; one empty day is left a zero (a real quiet day, or too short to matter);
 * - a small shop whose whole file is empty one day in two (q = 0.5) over two years needs a run of
 *   17 days: quiet spells of a few days are its normal zeros and stay zeros;
 * - a weekly export (one dated row per week) is empty six days in seven: no run is a gap;
 * - a shop closed for a holiday (no orders at all) is censored too, which is right: demand was
 *   not observed while it was closed (DESIGN.md "Observed vs not observed").
 * One SKU without rows while others have some is NOT a gap: order exports list only what sold,
 * so the others' rows show the export covered that day and the SKU's absence is an observed 0.
 */
import { dayNumberToIso } from "../core";
import type { SalesHistory } from "./salesHistory";

/** Days without any row, inclusive, as day numbers (days since 1970-01-01). */
export interface DayRange {
  from: number;
  to: number;
}

/** A stretch named in messages: ISO dates, inclusive, and its length. */
export interface ExportGap {
  from: string;
  to: string;
  days: number;
}

/** Expected chance runs of a gap's length in the file, below which a run is a gap. */
const CHANCE = 0.01;
/** Shortest run read as a gap: one day without any sale is left a zero. */
const MIN_DAYS = 2;

/**
 * The runs of days without any row inside `history`'s span that are gaps (see the file comment),
 * in date order.
 * @example exportGapDays(SalesHistory.fromRows([{ sku: "A", date: "2026-01-01", units: 1 }, { sku: "A", date: "2026-01-05", units: 1 }]))
 * // => [{ from: <2026-01-02>, to: <2026-01-04> }]
 */
export function exportGapDays(history: SalesHistory): DayRange[] {
  const skus = history.skus;
  if (skus.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of skus) {
    if (s.first < lo) lo = s.first;
    if (s.first + s.flags.length - 1 > hi) hi = s.first + s.flags.length - 1;
  }
  const n = hi - lo + 1;
  // one byte per day of the span; a SKU's days are a plain scan of its flags
  const any = new Uint8Array(n);
  for (const s of skus) {
    const flags = s.flags;
    const at = s.first - lo;
    for (let i = 0; i < flags.length; i++) if (flags[i] !== 0) any[at + i] = 1;
  }
  const runs: DayRange[] = [];
  let empty = 0;
  for (let i = 0; i < n;) {
    if (any[i] === 1) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && any[j + 1] === 0) j++;
    empty += j - i + 1;
    if (j - i + 1 >= MIN_DAYS) runs.push({ from: lo + i, to: lo + j });
    i = j + 1;
  }
  if (runs.length === 0) return [];
  // longest first: each run is judged at the rate of the days outside it and the gaps found
  const byLength = [...runs].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const gaps: DayRange[] = [];
  let gapDays = 0;
  for (const r of byLength) {
    const k = r.to - r.from + 1;
    const rest = n - k - gapDays;
    const q = rest > 0 ? (empty - k - gapDays) / rest : 0;
    if ((n - gapDays) * q ** k >= CHANCE) break; // shorter runs are likelier still
    gaps.push(r);
    gapDays += k;
  }
  return gaps.sort((a, b) => a.from - b.from);
}

/** `exportGapDays` as ISO ranges for messages. */
export function exportGapsOf(ranges: readonly DayRange[]): ExportGap[] {
  return ranges.map((r) => ({
    from: dayNumberToIso(r.from),
    to: dayNumberToIso(r.to),
    days: r.to - r.from + 1,
  }));
}
