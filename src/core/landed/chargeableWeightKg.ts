import { InputError } from "../errors";
import { reason } from "../reasons";
import { ShippingMode, requireMode } from "../shipping";
import { optional, requireNonNegative, requirePositive } from "../validate";

/**
 * Default volumetric divisors in cm³ per kg: express 5000 (DHL/FedEx/UPS), air 6000 (IATA,
 * 167 kg/CBM); sea bills weight/measure 1 t per CBM, i.e. 1000 cm³ per kg.
 */
export const DEFAULT_VOLUMETRIC_DIVISOR: Readonly<Record<ShippingMode, number>> = Object.freeze({
  express: 5000,
  air: 6000,
  sea_lcl: 1000,
  sea_fcl: 1000,
});

/** Outer dimensions in centimetres: [length, width, height]. */
export type DimensionsCm = readonly [number, number, number];

/**
 * Chargeable weight: the larger of the actual weight and the volumetric weight,
 * kg = max(weightKg, cm³ / divisor), cm³ = CBM × 1 000 000 or length × width × height.
 * For sea modes this is the revenue ton in kg (W/M 1:1000): max(kg, CBM × 1000).
 * Carriers round up to their own increment (often 0.5 kg); this function does not.
 * @param mode shipping mode; picks the default divisor
 * @param weightKg actual gross weight in kg
 * @param volume volume in CBM, or outer dimensions in cm
 * @param volumetricDivisor cm³ per kg; default {@link DEFAULT_VOLUMETRIC_DIVISOR}[mode]
 * @throws {InputError} unknown mode; a number is not finite; dims is not three numbers.
 * @throws {OutOfRangeError} negative weight, volume or dimension; divisor ≤ 0.
 * @example chargeableWeightKg("air", 10, 0.12) // => 20 (120 000 cm³ / 6000)
 */
export function chargeableWeightKg(
  mode: ShippingMode,
  weightKg: number,
  volume: number | DimensionsCm,
  volumetricDivisor?: number | null,
): number {
  const m = requireMode("mode", mode);
  const kg = requireNonNegative("weightKg", weightKg);
  const divisor = optional(
    "volumetricDivisor",
    volumetricDivisor,
    DEFAULT_VOLUMETRIC_DIVISOR[m],
    requirePositive,
  );
  let cm3: number;
  if (Array.isArray(volume)) {
    if (volume.length !== 3) throw new InputError("volume", reason("dimensions", { count: volume.length }));
    cm3 =
      requireNonNegative("volume[0]", volume[0]) *
      requireNonNegative("volume[1]", volume[1]) *
      requireNonNegative("volume[2]", volume[2]);
  } else {
    cm3 = requireNonNegative("volume", volume) * 1e6; // 1 CBM = 1 000 000 cm³
  }
  // chargeable kg = max(actual kg, cm³ / divisor)
  return Math.max(kg, cm3 / divisor);
}
