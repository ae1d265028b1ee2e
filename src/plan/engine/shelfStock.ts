/**
 * The SKU's stock on the shelf, day by day, through the cover period: what is left the day after
 * the promo, and how long each of the plan's batches sits on the shelf (FBA storage, ./fbaStorage).
 * One rule for both, so the stock a batch pays storage on is the stock the plan expects to hold.
 * - Stock sells first in, first out: the stock on hand first, then each arrival in date order
 *   (an on-order receipt and a plan batch arriving the same day: the receipt first).
 * - A day's arrivals can be sold that day; demand beyond the stock is lost, never backlogged.
 * - Sales go on after the promo through the cover period (the demand the order covers); what is
 *   left at its end stays on the shelf to the end of that month (the plan looks no further).
 * Amazon charges a month's storage on the month's average daily volume, so a batch's stored share
 * of a month is its unit-days on the shelf that month ÷ (its units × the days of the month),
 * counted at the end of each day (after that day's sales).
 */
import { excelSerialToIso, isoToExcelSerial } from "../../core";

/** Units that can be sold from a day on (day index: 0 = the plan date). */
export interface ShelfLot {
  day: number;
  units: number;
}

/** One plan batch on the shelf from its first day through the end of the cover period's month. */
export interface BatchShelf {
  /** Calendar months (1–12) it has units on the shelf, from its first day's month on. */
  months: number[];
  /** Its stored share of each of those months: unit-days ÷ (units × days in the month). */
  shares: number[];
  /** Its units still on the shelf the day after the promo (first in, first out). */
  left: number;
}

export interface Shelf {
  /** All units on the shelf the day after the promo, incl. arrivals after it. */
  leftover: number;
  /** Per plan batch (same order); null for a batch without units or arrival. */
  batches: (BatchShelf | null)[];
}

/** Serial dates of the first day of the month `serial` is in, and of the month after it. */
function monthBounds(serial: number): { first: number; next: number } {
  const iso = excelSerialToIso(serial);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { first: isoToExcelSerial(`${iso.slice(0, 8)}01`), next: isoToExcelSerial(next) };
}

/**
 * Sells `demand` (per day from the plan date through the cover period's last day) from the stock
 * on hand, the on-order `receipts` and the plan's `batches` (day null: no arrival), first in,
 * first out.
 * @param planDate serial date of day 0
 * @param promoEnd serial date of the promo's last day (the day `leftover` and `left` are read)
 * @example 1,000 units arriving on day 0 (2027-11-01), 10 sold a day, promo and cover end 11-30:
 * left 700; November's share = Σ end-of-day stock (990, 980, …, 700) ÷ (1,000 × 30) = 25,350 ÷ 30,000 = 0.845
 */
export function sellFirstInFirstOut(
  demand: readonly number[],
  onHand: number,
  receipts: readonly ShelfLot[],
  batches: readonly { day: number | null; units: number }[],
  planDate: number,
  promoEnd: number,
): Shelf {
  // lots in the order they sell: on hand, then by day (a receipt before a batch on the same day)
  type Lot = { day: number; units: number; left: number; batch: number };
  const lot = (day: number, units: number, batch: number): Lot => ({ day, units, left: units, batch });
  const lots: Lot[] = [lot(0, Math.max(0, onHand), -1)];
  for (const r of receipts) lots.push(lot(Math.max(0, r.day), Math.max(0, r.units), -1));
  batches.forEach((b, i) => {
    if (b.day !== null && b.units > 0) lots.push(lot(Math.max(0, b.day), b.units, i));
  });
  lots.sort((a, b) => a.day - b.day || a.batch - b.batch);

  const promoDay = promoEnd - planDate;
  const lastDay = monthBounds(Math.max(promoEnd, planDate + demand.length - 1)).next - 1 - planDate;
  // per batch: the calendar months it is on the shelf (index into monthSerials) and its unit-days
  const monthAt = batches.map(() => [] as number[]);
  const unitDays = batches.map(() => [] as number[]);
  const monthSerials: { first: number; next: number }[] = [];
  // the day after the promo: all stock, and each batch's; a lot not there yet is all left
  const left = batches.map((b) => Math.max(0, b.units));
  let leftover = lots.reduce((a, l) => a + (l.day > promoDay ? l.units : 0), 0);
  let first = 0; // lots before it are sold out
  for (let d = 0; d <= lastDay; d++) {
    if (monthSerials.length === 0 || planDate + d >= monthSerials[monthSerials.length - 1].next)
      monthSerials.push(monthBounds(planDate + d));
    const month = monthSerials.length - 1;
    let want = d < demand.length ? demand[d] : 0;
    for (let k = first; k < lots.length && lots[k].day <= d && want > 0; k++) {
      const take = Math.min(want, lots[k].left);
      lots[k].left -= take;
      want -= take;
    }
    while (first < lots.length && lots[first].day <= d && lots[first].left <= 0) first++;
    for (const l of lots) {
      if (l.batch < 0 || l.day > d || l.left <= 0) continue;
      const at = monthAt[l.batch];
      if (at[at.length - 1] !== month) {
        at.push(month);
        unitDays[l.batch].push(0);
      }
      unitDays[l.batch][at.length - 1] += l.left;
    }
    if (d === promoDay)
      for (const l of lots) {
        if (l.day > d) continue;
        leftover += l.left;
        if (l.batch >= 0) left[l.batch] = l.left;
      }
  }
  return {
    leftover,
    batches: batches.map((b, i) => {
      if (b.day === null || b.units <= 0) return null;
      const bounds = monthAt[i].map((k) => monthSerials[k]);
      return {
        months: bounds.map((m) => Number(excelSerialToIso(m.first).slice(5, 7))),
        shares: unitDays[i].map((u, j) => u / (b.units * (bounds[j].next - bounds[j].first))),
        left: left[i],
      };
    }),
  };
}
