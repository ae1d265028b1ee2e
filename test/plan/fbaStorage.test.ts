/**
 * FBA storage in the plan's selling costs (issue 12), worked by hand. Default rates: 2.40 per ft³
 * a month Oct–Dec, 0.78 the rest of the year, aged surcharge 0.50 per ft³ a month once the stock
 * is past 180 days (a month counts as 30 days), 35.3146667 ft³ per CBM. Amazon charges a month on
 * its average daily volume: a batch pays each month its unit-days on the shelf ÷ (units × days in
 * the month), counted at the end of each day, stock selling first in, first out.
 */
import { isoToExcelSerial as serial, landedCost } from "../../src/core";
import { planFigures } from "../../src/plan/engine";
import fc from "fast-check";
import { batchStorage } from "../../src/plan/engine/fbaStorage";
import { sellFirstInFirstOut } from "../../src/plan/engine/shelfStock";
import type { ModeBatch } from "../../src/plan/engine";
import { scenario } from "./scenarioFixtures";

const FT3 = 35.3146667;

function batch(mode: ModeBatch["mode"], units: number, sellable: string | null): ModeBatch {
  const day = sellable === null ? null : serial(sellable);
  return {
    mode,
    units,
    cartons: units / 10,
    cbm: units * 0.002,
    grossKg: units * 0.1,
    poDate: day,
    shipDate: day,
    arrivalDate: day,
  };
}

/** The core's FBA storage and aged surcharge for one batch line with `storage`'s inputs. */
function coreStorage(units: number, input: ReturnType<typeof batchStorage>[number]) {
  const r = landedCost({
    quantity: units,
    unitPrice: 1,
    unitWeightKg: 0.1,
    unitVolumeCbm: 0.002,
    mode: "sea_lcl",
    ...input!,
  });
  const amount = (k: string) => r.components.find((c) => c.key === k)!.amount;
  return { storage: amount("fbaStorage"), aged: amount("agedSurcharge") };
}

const PLAN = serial("2027-10-01");
const PROMO_END = serial("2027-11-30");
/** 10 a day from 2027-10-01, 200 a day on the promo 11-27 … 11-30, through 2028-01-10. */
const DEMAND = Array.from({ length: 102 }, (_, d) => (d >= 57 && d <= 60 ? 200 : 10));
const day = (iso: string) => serial(iso) - PLAN;

describe("the shelf day by day, first in, first out", () => {
  it("the doc example: 1,000 arriving 11-01, 10 a day: 700 left, November's share 0.845", () => {
    const s = sellFirstInFirstOut(
      Array(30).fill(10),
      0,
      [],
      [{ day: 0, units: 1000 }],
      serial("2027-11-01"),
      PROMO_END,
    );
    // end-of-day stock 990, 980, …, 700: 30 × 845 = 25,350 unit-days ÷ 30,000
    expect(s.batches[0]).toEqual({ months: [11], shares: [25350 / 30000], left: 700 });
    expect(s.leftover).toBe(700);
  });

  it("sells the stock on hand first; days without stock are lost, not carried to the batch", () => {
    // 50 on hand sell 10-01 … 10-05; 10-06 … 10-19 are lost; the batch lands 10-20 (day 19)
    const s = sellFirstInFirstOut(DEMAND, 50, [], [{ day: day("2027-10-20"), units: 1000 }], PLAN, PROMO_END);
    // October 10-20 … 10-31: 990 … 880 = 12 × 935 = 11,220 unit-days ÷ 31,000
    // November: 11-01 … 11-26 870 … 620 (26 × 745 = 19,370), promo 420, 220, 20, 0 (180 lost) = 20,030 ÷ 30,000
    expect(s.batches[0]).toEqual({ months: [10, 11], shares: [11220 / 31000, 20030 / 30000], left: 0 });
    expect(s.leftover).toBe(0);
  });

  it("a later batch waits behind an earlier one and holds the leftover, which sells on after the promo", () => {
    const s = sellFirstInFirstOut(
      DEMAND,
      0,
      [],
      [
        { day: day("2027-10-20"), units: 1000 },
        { day: day("2027-11-10"), units: 200 },
        { day: null, units: 0 },
      ],
      PLAN,
      PROMO_END,
    );
    // the sea batch sells as above; the air batch stays whole 11-10 … 11-29 (20 × 200) and sells
    // 180 of the last day's 200: 4,000 + 20 = 4,020 ÷ (200 × 30); 20 left after the promo, which
    // sell 10 a day: 10 at the end of 12-01, none after
    expect(s.batches).toEqual([
      { months: [10, 11], shares: [11220 / 31000, 20030 / 30000], left: 0 },
      { months: [11, 12], shares: [4020 / 6000, 10 / 6200], left: 20 },
      null,
    ]);
    expect(s.leftover).toBe(20);
  });

  it("an on-order receipt landing the same day as a batch sells first", () => {
    const s = sellFirstInFirstOut(
      [10, 10, 10],
      0,
      [{ day: 0, units: 15 }],
      [{ day: 0, units: 100 }],
      serial("2027-11-28"),
      PROMO_END,
    );
    // receipt 15: 10 on day 0, 5 + 5 from the batch on day 1, batch 10 on day 2 → batch 100, 95, 85
    expect(s.batches[0]).toEqual({ months: [11], shares: [280 / 3000], left: 85 });
  });

  it("a batch landing after the promo is all left after it, and sells on through the cover period", () => {
    const s = sellFirstInFirstOut(
      DEMAND,
      0,
      [],
      [{ day: day("2027-12-05"), units: 300 }],
      PLAN,
      serial("2027-12-03"),
    );
    // 10 a day from 12-05: December 290, 280, …, 30 = 27 × 160 = 4,320 unit-days ÷ (300 × 31);
    // January 20, 10, 0 = 30 ÷ (300 × 31)
    expect(s.batches[0]).toEqual({ months: [12, 1], shares: [4320 / 9300, 30 / 9300], left: 300 });
    expect(s.leftover).toBe(300);
    // a plan made after the promo: every unit is left; the batch sits from 01-07 to the month's end
    const late = sellFirstInFirstOut(
      [5],
      40,
      [{ day: 3, units: 10 }],
      [{ day: 2, units: 20 }],
      serial("2028-01-05"),
      PROMO_END,
    );
    expect(late).toEqual({
      leftover: 70,
      batches: [{ months: [1], shares: [(25 * 20) / (20 * 31)], left: 20 }],
    });
  });

  it("leaves what the plan's day-by-day stock leaves (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { minLength: 1, maxLength: 90 }),
        fc.nat(300),
        fc.array(fc.record({ day: fc.integer({ min: -5, max: 100 }), units: fc.nat(200) }), { maxLength: 3 }),
        fc.integer({ min: -10, max: 95 }),
        (given, onHand, lots, promoDay) => {
          // the plan's demand runs past the promo (through the cover period)
          const demand = [...given, ...Array(100).fill(0)];
          const receipts = lots.slice(0, 1);
          const batches = lots.slice(1);
          const s = sellFirstInFirstOut(demand, onHand, receipts, batches, PLAN, PLAN + promoDay);
          // the aggregate rule: stock = max(0, stock + arrivals − demand) through the promo's last
          // day, then every later arrival added
          let stock = onHand;
          const all = lots.map((l) => ({ day: Math.max(0, l.day), units: l.units }));
          for (let d = 0; d <= promoDay && d < demand.length; d++)
            stock = Math.max(
              0,
              stock + all.filter((l) => l.day === d).reduce((a, l) => a + l.units, 0) - demand[d],
            );
          stock += all.filter((l) => l.day > promoDay).reduce((a, l) => a + l.units, 0);
          expect(s.leftover).toBeCloseTo(stock, 9);
          // a batch never has more left than it brought; shares are fractions
          s.batches.forEach((b, i) => {
            if (!b) return;
            expect(b.left).toBeLessThanOrEqual(batches[i].units);
            for (const x of b.shares) expect(x).toBeGreaterThanOrEqual(0);
            for (const x of b.shares) expect(x).toBeLessThanOrEqual(1 + 1e-12);
          });
        },
      ),
    );
  });
});

/** A schedule's storage inputs for batches arriving on their dates, the shelf worked out as the plan does. */
function schedule(channel: string, batches: ModeBatch[], onHand = 0) {
  const shelf = sellFirstInFirstOut(
    DEMAND,
    onHand,
    [],
    batches.map((b) => ({ day: b.arrivalDate === null ? null : b.arrivalDate - PLAN, units: b.units })),
    PLAN,
    PROMO_END,
  );
  return { facts: { channel }, batches, shelf: shelf.batches };
}

describe("storage months of a batch, priced by the core", () => {
  it("1,000 units sellable 2027-10-20, sold down to 0 by the promo end: each month its average volume", () => {
    const [s] = batchStorage(schedule("amazon", [batch("sea", 1000, "2027-10-20")], 50));
    expect(s).toEqual({ fbaStorageMonths: [10, 11], fbaStoredShare: [11220 / 31000, 20030 / 30000] });
    // 70.6293 ft³ × 2.40 × (0.361935 + 0.667667) = 174.5283 → 174.53 (all units all both months: 339.02)
    expect(coreStorage(1000, s)).toEqual({ storage: 174.53, aged: 0 });
    expect(1000 * 0.002 * FT3 * 2.4 * (11220 / 31000 + 20030 / 30000)).toBeCloseTo(174.5283, 4);
  });

  it("the leftover after the promo pays only the days it stays: the air batch's 20 are sold by 12-02", () => {
    const plan = schedule("", [batch("sea", 1000, "2027-10-20"), batch("air", 200, "2027-11-10")]);
    const [, air] = batchStorage(plan);
    expect(air).toEqual({ fbaStorageMonths: [11, 12], fbaStoredShare: [4020 / 6000, 10 / 6200] });
    // 14.1259 ft³ × 2.40 × (0.67 + 0.001613) = 22.7691 → 22.77 (whole months for the 20: 27.21)
    expect(coreStorage(200, air)).toEqual({ storage: 22.77, aged: 0 });
  });

  it("stock sellable in May that does not sell is past 180 days in November: the aged surcharge starts then", () => {
    const b = batch("sea", 1000, "2027-05-01");
    // no sales from 05-01 through the cover end 12-31 (245 days)
    const shelf = sellFirstInFirstOut(
      Array(245).fill(0),
      0,
      [],
      [{ day: 0, units: 1000 }],
      serial("2027-05-01"),
      PROMO_END,
    );
    const [s] = batchStorage({ facts: { channel: "Amazon" }, batches: [b], shelf: shelf.batches });
    expect(s!.fbaStorageMonths).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(s!.fbaStoredShare).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    // 70.6293 ft³ × (5 × 0.78 + 3 × 2.40) = 783.9856 → 783.99
    // aged: the months ending at 210 (Nov) and 240 days (Dec) are past 180: 2 × 35.3147 → 70.63
    expect(coreStorage(1000, s)).toEqual({ storage: 783.99, aged: 70.63 });
  });

  it("a SKU Amazon does not fulfil pays none; nor does a batch without units", () => {
    const b = [batch("sea", 1000, "2027-10-20"), batch("air", 0, null)];
    expect(batchStorage(schedule("TikTok", b))).toEqual([null, null]);
    expect(batchStorage(schedule("amazon", b))[1]).toBeNull();
  });
});

describe("the plan's selling costs carry it", () => {
  // 40 days ahead (README scenario, 50 a day, 320 on hand sold out 10-25): express 250 sellable
  // 2025-11-15, air 1,330 sellable 2025-11-20, promo ends 12-01, cover to 12-15
  it("Amazon SKU: each batch pays its days on the shelf; a TikTok SKU none", () => {
    const amazon = planFigures(scenario(40)).skus[0];
    const units = Object.fromEntries(amazon.batches.map((b) => [b.mode, b.units]));
    expect(units).toEqual({ sea: 0, air: 1330, express: 250 });
    // express sells first: 200, 150, 100, 50, 0 (11-15 … 11-19) = 500 unit-days ÷ (250 × 30);
    // 250 × 0.0002 × 35.3146667 = 1.7657 ft³ × 2.40 × 0.0667 = 0.2825 → 0.28
    // air: November 1,280 … 780 (11-20 … 11-30) = 11 × 1,030 = 11,330 ÷ (1,330 × 30); December:
    // 730 on 12-01, then 50 a day to the cover end 12-15 (680 … 30: 14 × 355 = 4,970) and 30 a
    // day to the month's end (16 × 30 = 480): 6,180 ÷ (1,330 × 31);
    // 9.3937 ft³ × 2.40 × (0.283960 + 0.149891) = 9.7811 → 9.78
    expect(amazon.shelf).toEqual([
      null,
      { months: [11, 12], shares: [11330 / 39900, 6180 / 41230], left: 730 },
      { months: [11], shares: [500 / 7500], left: 0 },
    ]);
    expect(amazon.cost.components.fbaStorage).toBeCloseTo(9.78 + 0.28, 9);
    expect(amazon.cost.components.agedSurcharge).toBe(0);
    const tiktok = planFigures(scenario(40, { channel: "tiktok" })).skus[0];
    expect(tiktok.cost.components.fbaStorage).toBe(0);
  });
});
