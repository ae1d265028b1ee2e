/**
 * FBA storage in the plan's selling costs (issue 12), worked by hand. Default rates: 2.40 per ft³
 * a month Oct–Dec, 0.78 the rest of the year, aged surcharge 0.50 per ft³ a month once the stock
 * is past 180 days (a month counts as 30 days), 35.3146667 ft³ per CBM. The core charges every
 * listed month in full.
 */
import { isoToExcelSerial as serial, landedCost } from "../../src/core";
import { planFigures } from "../../src/plan/engine";
import { batchStorage, leftoverByBatch, monthsBetween } from "../../src/plan/engine/fbaStorage";
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

const dates = (promoEnd: string, horizonEnd: string) => ({
  promoEnd: serial(promoEnd),
  horizonEnd: serial(horizonEnd),
});

describe("calendar months a batch is stored", () => {
  it("lists each month touched, across the year end", () => {
    expect(monthsBetween(serial("2027-10-20"), serial("2027-11-30"))).toEqual([10, 11]);
    expect(monthsBetween(serial("2027-12-15"), serial("2028-02-01"))).toEqual([12, 1, 2]);
    expect(monthsBetween(serial("2027-11-30"), serial("2027-11-30"))).toEqual([11]);
    expect(monthsBetween(serial("2027-12-01"), serial("2027-11-30"))).toEqual([]);
  });
});

describe("the leftover after the promo is the latest arrivals' (first in, first out)", () => {
  it("takes it from the last batch first, never more than a batch holds", () => {
    const b = [batch("sea", 1000, "2027-10-20"), batch("air", 200, "2027-11-10"), batch("express", 0, null)];
    expect(leftoverByBatch(b, 300)).toEqual([100, 200, 0]);
    expect(leftoverByBatch(b, 0)).toEqual([0, 0, 0]);
    // more than the batches hold: the rest is stock the buyer already had
    expect(leftoverByBatch(b, 5000)).toEqual([1000, 200, 0]);
  });
});

describe("storage months of a batch, priced by the core", () => {
  it("1,000 units sellable 2027-10-20, all sold by the promo end 2027-11-30: Oct + Nov at the peak rate", () => {
    const plan = {
      facts: { channel: "amazon" },
      batches: [batch("sea", 1000, "2027-10-20")],
      leftoverAfterPromo: 0,
    };
    const [s] = batchStorage(plan, dates("2027-11-30", "2027-12-14"));
    expect(s).toEqual({ fbaStorageMonths: [10, 11], fbaStoredShare: 1, leftover: null });
    // 1,000 × 0.002 CBM × 35.3146667 = 70.6293 ft³ × 2.40 × 2 = 339.0208
    expect(coreStorage(1000, s)).toEqual({ storage: 339.02, aged: 0 });
    expect(1000 * 0.002 * FT3 * 2.4 * 2).toBeCloseTo(339.0208, 4);
  });

  it("the leftover stays through the cover end: sea 100 left, air all 200 left, into January", () => {
    const plan = {
      facts: { channel: "" },
      batches: [batch("sea", 1000, "2027-10-20"), batch("air", 200, "2027-11-10")],
      leftoverAfterPromo: 300,
    };
    const [sea, air] = batchStorage(plan, dates("2027-11-30", "2028-01-10"));
    // sea: age at the promo end 2027-10-20 → 11-30 = 41 days
    expect(sea).toEqual({
      fbaStorageMonths: [10, 11],
      fbaStoredShare: 1,
      leftover: { units: 100, months: [12, 1], ageDaysAtPromoEnd: 41 },
    });
    // 339.0208 + 100 × 0.002 × 35.3146667 = 7.0629 ft³ × (2.40 Dec + 0.78 Jan) = 22.4601 → 361.48
    expect(coreStorage(1000, sea)).toEqual({ storage: 361.48, aged: 0 });
    expect(air).toEqual({
      fbaStorageMonths: [11],
      fbaStoredShare: 1,
      leftover: { units: 200, months: [12, 1], ageDaysAtPromoEnd: 20 },
    });
    // 14.1259 ft³ × 2.40 (Nov) + 14.1259 × 3.18 (Dec, Jan) = 33.9021 + 44.9203 = 78.8225 → 78.82
    expect(coreStorage(200, air)).toEqual({ storage: 78.82, aged: 0 });
  });

  it("stock sellable in May is past 180 days in November: the aged surcharge starts then", () => {
    const plan = {
      facts: { channel: "Amazon" },
      batches: [batch("sea", 1000, "2027-05-01")],
      leftoverAfterPromo: 100,
    };
    const [s] = batchStorage(plan, dates("2027-11-30", "2027-12-31"));
    expect(s!.fbaStorageMonths).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(s!.leftover).toEqual({ units: 100, months: [12], ageDaysAtPromoEnd: 213 });
    // 70.6293 ft³ × (5 × 0.78 + 2 × 2.40) = 614.4752; leftover 7.0629 × 2.40 = 16.9510 → 631.43
    // aged: month 7 (Nov) ends at 210 > 180 days: 70.6293 × 0.50 = 35.3147; Dec 7.0629 × 0.50 = 3.5315 → 38.85
    expect(coreStorage(1000, s)).toEqual({ storage: 631.43, aged: 38.85 });
  });

  it("a SKU Amazon does not fulfil pays none; nor does a batch without units", () => {
    const b = [batch("sea", 1000, "2027-10-20"), batch("air", 0, null)];
    expect(
      batchStorage(
        { facts: { channel: "TikTok" }, batches: b, leftoverAfterPromo: 0 },
        dates("2027-11-30", "2027-12-14"),
      ),
    ).toEqual([null, null]);
    expect(
      batchStorage(
        { facts: { channel: "amazon" }, batches: b, leftoverAfterPromo: 0 },
        dates("2027-11-30", "2027-12-14"),
      )[1],
    ).toBeNull();
  });
});

describe("the plan's selling costs carry it", () => {
  // 40 days ahead (README scenario): air 1,330 sellable 2025-11-20, express 250 sellable 2025-11-15
  it("Amazon SKU: Nov + Dec for both batches; a TikTok SKU none", () => {
    const amazon = planFigures(scenario(40)).skus[0];
    const units = Object.fromEntries(amazon.batches.map((b) => [b.mode, b.units]));
    expect(units).toEqual({ sea: 0, air: 1330, express: 250 });
    // (1,330 + 250) × 0.0002 CBM × 35.3146667 = 11.1594 ft³ × 2.40 × 2 = 53.5653;
    // per line: air 45.0898 → 45.09, express 8.4755 → 8.48
    expect(amazon.cost.components.fbaStorage).toBeCloseTo(45.09 + 8.48, 9);
    expect(amazon.cost.components.agedSurcharge).toBe(0);
    const tiktok = planFigures(scenario(40, { channel: "tiktok" })).skus[0];
    expect(tiktok.cost.components.fbaStorage).toBe(0);
  });
});
