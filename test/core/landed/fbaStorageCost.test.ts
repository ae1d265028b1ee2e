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
