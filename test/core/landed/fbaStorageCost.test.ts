import { fbaStorageCost, CUBIC_FEET_PER_CBM, OutOfRangeError } from "../../../src/core/index";

describe("fbaStorageCost", () => {
  it("charges the Oct–Dec rate in November (Amazon US: 2.40 vs 0.78 per ft³)", () => {
    // 1000 × 0.002 CBM × 35.3146667 = 70.6293334 ft³ × 2.40 = 169.5104
    const r = fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [11] });
    expect(r.cubicFeet).toBeCloseTo(70.6293334, 6);
    expect(r.storage).toBeCloseTo(169.5104, 4);
    expect(r.peakMonths).toBe(1);
    expect(CUBIC_FEET_PER_CBM).toBeCloseTo(3.28084 ** 3, 5);
  });

  it("sums months at their own rates", () => {
    // 70.6293334 × (0.78 + 2.40) = 224.6013
    expect(fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [9, 10] }).storage).toBeCloseTo(
      224.6013,
      4,
    );
  });

  it("adds the aged surcharge only for months past 180 days", () => {
    // age 100 → month ends at 130, 160, 190 days: only the third is aged; 70.6293334 × 0.5 = 35.3147
    const r = fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [1, 2, 3], ageDaysAtStart: 100 });
    expect(r.agedMonths).toBe(1);
    expect(r.agedSurcharge).toBeCloseTo(35.3147, 4);
  });

  it("scales by the stored share", () => {
    const all = fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [11] }).storage;
    expect(
      fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [11], storedShare: 0.5 }).storage,
    ).toBeCloseTo(all / 2, 10);
  });

  it("takes one stored share per month: each month pays its average daily volume", () => {
    // sellable 10-20 with 1,000 units (12 of 31 October days full) and sold down to 0 through
    // November at an even pace (average 500): shares 12/31 = 0.387097 and 0.5;
    // 70.6293334 ft³ × 2.40 × (0.387097 + 0.5) = 150.3721
    const r = fbaStorageCost({
      units: 1000,
      unitVolumeCbm: 0.002,
      months: [10, 11],
      storedShare: [12 / 31, 0.5],
    });
    expect(r.storage).toBeCloseTo(150.3721, 4);
    // the average volume on the shelf over the two months: 70.6293334 × 0.887097 / 2 = 31.3275
    expect(r.cubicFeet).toBeCloseTo(31.3275, 4);
    // a list of equal shares is the one share
    expect(
      fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [9, 10], storedShare: [0.5, 0.5] }).storage,
    ).toBeCloseTo(
      fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [9, 10], storedShare: 0.5 }).storage,
      10,
    );
  });

  it("reports the volume on the shelf with no month stored: a share's, or all of it for an empty list", () => {
    // 1000 × 0.002 × 35.3146667 = 70.6293 ft³; the empty list once gave NaN
    const none = (storedShare: number | number[]) =>
      fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [], storedShare });
    expect(none(0.5).cubicFeet).toBeCloseTo(35.3147, 4);
    expect(none([]).cubicFeet).toBeCloseTo(70.6293, 4);
    expect(none([]).storage).toBe(0);
  });

  it("prices the aged surcharge on each month's own volume", () => {
    // age 150: only the second month ends past 180 days (210); its share 0.25 → 70.6293334 × 0.25 × 0.50
    const r = fbaStorageCost({
      units: 1000,
      unitVolumeCbm: 0.002,
      months: [1, 2],
      storedShare: [1, 0.25],
      ageDaysAtStart: 150,
    });
    expect(r.agedSurcharge).toBeCloseTo(8.8287, 4);
  });

  it("refuses a list of shares that is not one per month, or a share above 1 in it", () => {
    expect(() =>
      fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: [10, 11], storedShare: [0.5] }),
    ).toThrow("storedShare: must be one share or one share per month (2 months), got 1");
    expect(() =>
      fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: [10, 11], storedShare: [0.5, 1.5] }),
    ).toThrow(/^storedShare\[1\]: must be a fraction/);
  });

  it("rejects month 0", () => {
    expect(() => fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: [0] })).toThrow(OutOfRangeError);
  });

  it("rejects months that are not a list", () => {
    expect(() => fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: 11 as unknown as number[] })).toThrow(
      /^months: /,
    );
  });

  it("rejects a stored share above 1", () => {
    expect(() => fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: [1], storedShare: 2 })).toThrow(
      /^storedShare: /,
    );
  });

  it("rejects a negative rate override", () => {
    expect(() =>
      fbaStorageCost({ units: 1, unitVolumeCbm: 1, months: [1], rates: { fbaStoragePerCubicFootPeak: -1 } }),
    ).toThrow(/^rates.fbaStoragePerCubicFootPeak: /);
  });
});
