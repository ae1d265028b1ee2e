import fc from "fast-check";
import { leftoverAfterPromo, OutOfRangeError } from "../../../src/core/index";

describe("leftoverAfterPromo", () => {
  it("is stock − forecast when demand is certain", () => {
    const r = leftoverAfterPromo({ stockUnits: 1200, forecastUnits: 1000 });
    expect(r.units).toBe(200);
    expect(r.unitsShort).toBe(0);
  });

  it("uses the normal loss function under uncertainty: S = μ leaves σ·G(0) = 0.3989σ", () => {
    // E[(S − D)⁺] = σ·G(0) = 100 × 0.3989422804014327 when S = μ
    const r = leftoverAfterPromo({ stockUnits: 1000, forecastUnits: 1000, forecastStdDevUnits: 100 });
    expect(r.units).toBeCloseTo(39.89422804014327, 9);
    expect(r.unitsShort).toBeCloseTo(39.89422804014327, 9);
  });

  it("prices storage for the leftover months (Amazon US off-peak 0.78 per ft³)", () => {
    // 200 × 0.002 CBM = 0.4 CBM = 14.12586668 ft³ × 0.78 = 11.018176
    const r = leftoverAfterPromo({
      stockUnits: 1200,
      forecastUnits: 1000,
      unitVolumeCbm: 0.002,
      storageMonths: [1],
    });
    expect(r.storageCost).toBeCloseTo(11.018176, 5);
    expect(r.totalCost).toBeCloseTo(11.018176, 5);
  });

  it("adds the aged surcharge for old stock", () => {
    // age 170 → 200 days at the first month's end: 14.12586668 × 0.5 = 7.06293334
    const r = leftoverAfterPromo({
      stockUnits: 1200,
      forecastUnits: 1000,
      unitVolumeCbm: 0.002,
      storageMonths: [1],
      ageDaysAtPromoEnd: 170,
    });
    expect(r.agedSurcharge).toBeCloseTo(7.06293334, 6);
  });

  it("leftover − short = stock − forecast, and more stock leaves more", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        (stock, mu, sigma) => {
          const r = leftoverAfterPromo({ stockUnits: stock, forecastUnits: mu, forecastStdDevUnits: sigma });
          expect(r.units - r.unitsShort).toBeCloseTo(stock - mu, 4);
          expect(
            leftoverAfterPromo({ stockUnits: stock + 10, forecastUnits: mu, forecastStdDevUnits: sigma })
              .units,
          ).toBeGreaterThanOrEqual(r.units);
          expect(r.units).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it("rejects negative stock", () => {
    expect(() => leftoverAfterPromo({ stockUnits: -1, forecastUnits: 0 })).toThrow(OutOfRangeError);
  });

  it("rejects a NaN standard deviation", () => {
    expect(() => leftoverAfterPromo({ stockUnits: 1, forecastUnits: 0, forecastStdDevUnits: NaN })).toThrow(
      /^forecastStdDevUnits: /,
    );
  });

  it("rejects a month outside 1–12, naming storageMonths", () => {
    const call = () => leftoverAfterPromo({ stockUnits: 10, forecastUnits: 0, storageMonths: [14] });
    expect(call).toThrow(OutOfRangeError);
    expect(call).toThrow(/^storageMonths\[0\]: must be a calendar month 1–12, got 14$/);
  });

  it("rejects storageMonths that is not a list, naming it", () => {
    expect(() =>
      leftoverAfterPromo({ stockUnits: 10, forecastUnits: 0, storageMonths: 11 as unknown as number[] }),
    ).toThrow(/^storageMonths: must be a list of calendar months 1–12$/);
  });
});
