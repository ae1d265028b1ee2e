import { InputError, OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { optional, requireInteger, requireNonNegative, requireObject, requireRate } from "../validate";
import { CUBIC_FEET_PER_CBM, DEFAULT_RATES, LandedCostRates } from "./rates";

/** Rates {@link fbaStorageCost} reads. */
export type FbaStorageRates = Pick<
  LandedCostRates,
  | "fbaStoragePerCubicFootOffPeak"
  | "fbaStoragePerCubicFootPeak"
  | "agedSurchargePerCubicFootMonth"
  | "agedSurchargeThresholdDays"
>;

/** Inputs of {@link fbaStorageCost}. */
export interface FbaStorageInput {
  /** Units in storage. */
  units: number;
  /** Volume of one unit (packed) in CBM. */
  unitVolumeCbm: number;
  /** Calendar month (1–12) of each month the stock is stored, in order, e.g. [10, 11] or [12, 1, 2]. */
  months: readonly number[];
  /**
   * Average share of `units` on the shelf: one share for every month, or one per month (same
   * order and length as `months`) — Amazon charges each month on its average daily volume, so a
   * month the stock arrives in late or sells down in pays less. Default 1 (all of them, all month).
   */
  storedShare?: number | readonly number[] | null;
  /** Age in days of the stock when the first month starts; default 0. */
  ageDaysAtStart?: number | null;
  /** Override any rate; the rest come from DEFAULT_RATES. */
  rates?: Partial<FbaStorageRates> | null;
}

/** What {@link fbaStorageCost} returns. */
export interface FbaStorageCost {
  /** Monthly storage fees summed over the months. */
  storage: number;
  /** Aged-inventory surcharge summed over the months in which the stock is past the threshold. */
  agedSurcharge: number;
  /** Cubic feet on the shelf, averaged over the months (units × share × CBM × 35.3147). */
  cubicFeet: number;
  /** How many of the months were charged the Oct–Dec rate. */
  peakMonths: number;
  /** How many of the months carried the aged surcharge. */
  agedMonths: number;
}

/** Amazon's Oct–Dec storage rate applies to these months. */
const PEAK_MONTHS = new Set([10, 11, 12]);

/**
 * FBA storage for stock held some months: Σ over months of the month's ft³ on the shelf (units ×
 * its stored share × CBM × 35.3147) × (Oct–Dec ? peak : off-peak rate), plus the aged-inventory
 * surcharge, that ft³ × rate, for each month whose end age
 * (ageDaysAtStart + 30·k) exceeds the threshold (180 days; a month counts as 30 days).
 * Source: Amazon Seller Central "Monthly inventory storage fees" and "Aged inventory surcharge" (US, 2025).
 * @throws {InputError} months is not a list; a field is not a finite number; a month is not 1–12.
 * @throws {InputError} a list of stored shares not one per month.
 * @throws {OutOfRangeError} negative units, volume, age or rate; a stored share outside [0, 1].
 * @example fbaStorageCost({ units: 1000, unitVolumeCbm: 0.002, months: [11] }).storage
 * // => 169.51 (1000 × 0.002 × 35.3147 ft³ × 2.40)
 */
export function fbaStorageCost(input: FbaStorageInput): FbaStorageCost {
  requireObject("input", input);
  const units = requireNonNegative("units", input.units);
  const cbm = requireNonNegative("unitVolumeCbm", input.unitVolumeCbm);
  const months = requireMonths("months", input.months);
  const given = requireStoredShare("storedShare", input.storedShare, months.length, 1);
  const shares = typeof given === "number" ? () => given : (k: number) => given[k];
  const age0 = optional("ageDaysAtStart", input.ageDaysAtStart, 0, requireNonNegative);
  const r = resolveStorageRates(input.rates);
  const fullFeet = units * cbm * CUBIC_FEET_PER_CBM;
  let storage = 0;
  let agedSurcharge = 0;
  let peakMonths = 0;
  let agedMonths = 0;
  let feetMonths = 0;
  months.forEach((m, k) => {
    const feet = fullFeet * shares(k);
    feetMonths += feet;
    const peak = PEAK_MONTHS.has(m);
    if (peak) peakMonths++;
    storage += feet * (peak ? r.fbaStoragePerCubicFootPeak : r.fbaStoragePerCubicFootOffPeak);
    // aged surcharge: assessed on stock older than the threshold at the month's snapshot
    if (age0 + 30 * (k + 1) > r.agedSurchargeThresholdDays) {
      agedMonths++;
      agedSurcharge += feet * r.agedSurchargePerCubicFootMonth;
    }
  });
  // no month stored: a single share still says how much is on the shelf; an (empty) list of
  // shares says nothing, so the default share, 1 (shares(0) read past the list: NaN)
  const cubicFeet =
    months.length > 0 ? feetMonths / months.length : fullFeet * (typeof given === "number" ? given : 1);
  return { storage, agedSurcharge, cubicFeet, peakMonths, agedMonths };
}

/**
 * Checks a stored share — one for all months, or a list with one per month — and returns it;
 * `fallback` when omitted. @internal
 * @throws {InputError} a list whose length is not the number of months.
 * @throws {OutOfRangeError} a share outside [0, 1].
 */
export function requireStoredShare(
  argument: string,
  value: unknown,
  months: number,
  fallback: number,
): number | readonly number[] {
  if (!Array.isArray(value)) return optional(argument, value, fallback, requireRate);
  if (value.length !== months)
    throw new InputError(argument, reason("sharePerMonth", { months, got: value.length }));
  return value.map((x, k) => requireRate(`${argument}[${k}]`, x));
}

/**
 * Checks a list of calendar months (whole numbers 1–12) and returns it. @internal
 * @throws {InputError} not a list, or an entry that is not a whole number 1–12.
 */
export function requireMonths(argument: string, value: unknown): readonly number[] {
  if (!Array.isArray(value)) throw new InputError(argument, reason("listOfMonths"));
  value.forEach((month, k) => {
    const m = requireInteger(`${argument}[${k}]`, month, 1);
    if (m > 12) throw new OutOfRangeError(`${argument}[${k}]`, reason("month", { got: m }));
  });
  return value as readonly number[];
}

function resolveStorageRates(rates: Partial<FbaStorageRates> | null | undefined): FbaStorageRates {
  const given = rates ?? {};
  return {
    fbaStoragePerCubicFootOffPeak: optional(
      "rates.fbaStoragePerCubicFootOffPeak",
      given.fbaStoragePerCubicFootOffPeak,
      DEFAULT_RATES.fbaStoragePerCubicFootOffPeak,
      requireNonNegative,
    ),
    fbaStoragePerCubicFootPeak: optional(
      "rates.fbaStoragePerCubicFootPeak",
      given.fbaStoragePerCubicFootPeak,
      DEFAULT_RATES.fbaStoragePerCubicFootPeak,
      requireNonNegative,
    ),
    agedSurchargePerCubicFootMonth: optional(
      "rates.agedSurchargePerCubicFootMonth",
      given.agedSurchargePerCubicFootMonth,
      DEFAULT_RATES.agedSurchargePerCubicFootMonth,
      requireNonNegative,
    ),
    agedSurchargeThresholdDays: optional(
      "rates.agedSurchargeThresholdDays",
      given.agedSurchargeThresholdDays,
      DEFAULT_RATES.agedSurchargeThresholdDays,
      requireNonNegative,
    ),
  };
}
