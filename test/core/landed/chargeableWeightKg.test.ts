import fc from "fast-check";
import {
  chargeableWeightKg,
  DEFAULT_VOLUMETRIC_DIVISOR,
  InputError,
  OutOfRangeError,
  ShippingMode,
} from "../../../src/core/index";

describe("chargeableWeightKg", () => {
  it("uses the documented divisors: express 5000, air 6000 cm³/kg", () => {
    expect(DEFAULT_VOLUMETRIC_DIVISOR.express).toBe(5000);
    expect(DEFAULT_VOLUMETRIC_DIVISOR.air).toBe(6000);
    // 0.12 CBM = 120 000 cm³: air 120 000 / 6000 = 20 kg > 10 kg; express / 5000 = 24 kg
    expect(chargeableWeightKg("air", 10, 0.12)).toBeCloseTo(20, 12);
    expect(chargeableWeightKg("express", 10, 0.12)).toBeCloseTo(24, 12);
  });

  it("takes the actual weight when the parcel is dense", () => {
    // 0.01 CBM / 6000 = 1.67 kg < 30 kg
    expect(chargeableWeightKg("air", 30, 0.01)).toBe(30);
  });

  it("accepts outer dimensions in cm", () => {
    // 50 × 40 × 30 = 60 000 cm³ / 5000 = 12 kg
    expect(chargeableWeightKg("express", 5, [50, 40, 30])).toBe(12);
  });

  it("bills sea by weight/measure 1 t per CBM", () => {
    // 2 CBM vs 500 kg → 2000 kg
    expect(chargeableWeightKg("sea_lcl", 500, 2)).toBeCloseTo(2000, 9);
  });

  it("honours a divisor override", () => {
    // 120 000 / 8000 = 15
    expect(chargeableWeightKg("air", 10, 0.12, 8000)).toBeCloseTo(15, 12);
  });

  it("is at least the actual weight and grows with volume", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ShippingMode>("express", "air", "sea_lcl", "sea_fcl"),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (mode, kg, cbm) => {
          const w = chargeableWeightKg(mode, kg, cbm);
          expect(w).toBeGreaterThanOrEqual(kg);
          expect(chargeableWeightKg(mode, kg, cbm + 0.5)).toBeGreaterThanOrEqual(w);
        },
      ),
    );
  });

  it("rejects an unknown mode", () => {
    expect(() => chargeableWeightKg("rail" as ShippingMode, 1, 1)).toThrow(/^mode: /);
  });

  it("rejects a negative weight", () => {
    expect(() => chargeableWeightKg("air", -1, 1)).toThrow(OutOfRangeError);
  });

  it("rejects dimensions that are not three numbers", () => {
    expect(() => chargeableWeightKg("air", 1, [10, 20] as unknown as [number, number, number])).toThrow(
      /^volume: dimensions/,
    );
    expect(() => chargeableWeightKg("air", 1, [10, NaN, 5])).toThrow(/^volume\[1\]: /);
  });

  it("rejects a divisor of 0", () => {
    expect(() => chargeableWeightKg("air", 1, 1, 0)).toThrow(/^volumetricDivisor: /);
  });

  it("rejects a NaN volume", () => {
    expect(() => chargeableWeightKg("air", 1, NaN)).toThrow(InputError);
  });
});
