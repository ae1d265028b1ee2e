import { fbaStorageCost, FbaStorageRates, requireMonths } from "../landed/fbaStorageCost";
import { normalLoss } from "../normal/normalLoss";
import { optional, requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link leftoverAfterPromo}. */
export interface LeftoverInput {
  /** Units available for the promo and the sell-down (on hand + arriving). */
  stockUnits: number;
  /** Forecast demand until the end of the sell-down window. */
  forecastUnits: number;
  /** Standard deviation of that demand (e.g. from the forecast interval). Default 0 (certain). */
  forecastStdDevUnits?: number | null;
  /** Volume of one unit in CBM, for storage. Default 0 (no storage cost). */
  unitVolumeCbm?: number | null;
  /** Calendar months (1–12) the leftover stays in FBA after the promo. Default none. */
  storageMonths?: readonly number[] | null;
  /** Age of the stock in days when the promo ends (for the aged-inventory surcharge). Default 0. */
  ageDaysAtPromoEnd?: number | null;
  /** Override the FBA storage rates. */
  rates?: Partial<FbaStorageRates> | null;
}

/** What {@link leftoverAfterPromo} returns. */
export interface LeftoverResult {
  /** Expected units left, E[(S − D)⁺]. */
  units: number;
  /** Monthly storage on those units over storageMonths. */
  storageCost: number;
  /** Aged-inventory surcharge on those units. */
  agedSurcharge: number;
  /** storageCost + agedSurcharge. */
  totalCost: number;
  /** Expected units short, E[(D − S)⁺] (lost sales). */
  unitsShort: number;
}

/**
 * Units expected to be left after the promo and what storing them costs (seed pitfall: 大促后剩余
 * 库存产生高额存储成本). With demand D ~ Normal(μ, σ) and stock S:
 * E[(D − S)⁺] = σ·G((S − μ)/σ) (normal loss function, Silver, Pyke & Peterson 1998 §7.7) and
 * E[(S − D)⁺] = σ·G((μ − S)/σ) (so leftover − short = S − μ); with σ = 0 it is max(0, S − μ).
 * Storage and aged surcharge as in `fbaStorageCost` on the expected leftover.
 * @throws {InputError} a field is not a finite number; storageMonths not months 1–12.
 * @throws {OutOfRangeError} a negative field.
 * @example leftoverAfterPromo({ stockUnits: 1200, forecastUnits: 1000 }).units // => 200
 */
export function leftoverAfterPromo(input: LeftoverInput): LeftoverResult {
  requireObject("input", input);
  const stock = requireNonNegative("stockUnits", input.stockUnits);
  const mu = requireNonNegative("forecastUnits", input.forecastUnits);
  const sigma = optional("forecastStdDevUnits", input.forecastStdDevUnits, 0, requireNonNegative);
  const cbm = optional("unitVolumeCbm", input.unitVolumeCbm, 0, requireNonNegative);
  const age = optional("ageDaysAtPromoEnd", input.ageDaysAtPromoEnd, 0, requireNonNegative);
  // checked here so an error names storageMonths, not fbaStorageCost's own `months`
  const months = optional("storageMonths", input.storageMonths, [] as readonly number[], requireMonths);
  let short: number;
  let units: number;
  if (sigma === 0) {
    short = Math.max(0, mu - stock);
    units = Math.max(0, stock - mu);
  } else {
    // E[(D − S)⁺] = σ·G((S − μ)/σ); by symmetry E[(S − D)⁺] = σ·G((μ − S)/σ). Both are computed
    // directly: S − μ + E[(D − S)⁺] would cancel catastrophically when S ≪ μ
    short = sigma * normalLoss((stock - mu) / sigma);
    units = sigma * normalLoss((mu - stock) / sigma);
  }
  const cost = fbaStorageCost({
    units,
    unitVolumeCbm: cbm,
    months,
    ageDaysAtStart: age,
    rates: input.rates,
  });
  return {
    units,
    storageCost: cost.storage,
    agedSurcharge: cost.agedSurcharge,
    totalCost: cost.storage + cost.agedSurcharge,
    unitsShort: short,
  };
}
