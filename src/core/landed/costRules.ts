/**
 * The cost rules shared by `landedCost` (one line) and `shipmentCost` (a consolidated shipment):
 * first-leg freight, rate defaults and checks, special-goods rules and warnings, cent rounding.
 * @internal: the public API is landedCost.ts / shipmentCost.ts.
 */
import { InputError } from "../errors";
import { reason } from "../reasons";
import { ContainerType, SHIPPING_MODES, ShippingMode, requireMode } from "../shipping";
import { requireNonNegative, requireObject, requirePositive, requireRate } from "../validate";
import { chargeableWeightKg } from "./chargeableWeightKg";
import { CATEGORY_FLAGS, CategoryFlag, CategoryRule, DEFAULT_RATES, LandedCostRates } from "./rates";
import {
  COST_COMPONENT_KEYS,
  type CostComponentKey,
  type CostWarning,
  type CostWarningCode,
  type FreightDetail,
  type LandedCostRatesInput,
} from "./costTypes";

export { COST_COMPONENT_KEYS, COST_GROUP, type CostComponentKey, type CostGroup } from "./costTypes";

export function flagsRefusing(
  mode: ShippingMode,
  flags: readonly CategoryFlag[],
  r: LandedCostRates,
): CategoryFlag[] {
  return flags.filter((flag) => r.categoryRules[flag].restrictedModes.includes(mode));
}

export function zeroCents(): Record<CostComponentKey, number> {
  const out = {} as Record<CostComponentKey, number>;
  for (const k of COST_COMPONENT_KEYS) out[k] = 0;
  return out;
}

/** Rounds to whole cents, half away from zero (amounts here are never negative). */
export function toCents(amount: number): number {
  // the 1e-9 nudge keeps 0.125 × 100 = 12.499999… from rounding down
  return Math.round(amount * 100 + 1e-9);
}

export function freight(
  mode: ShippingMode,
  totalKg: number,
  totalCbm: number,
  container: ContainerType,
  r: LandedCostRates,
): { amount: number; detail: FreightDetail } {
  const base: FreightDetail = {
    mode,
    chargeableWeightKg: null,
    revenueTons: null,
    containers: null,
    containerType: null,
    utilisation: null,
    minChargeApplied: false,
  };
  switch (mode) {
    case "express":
    case "air": {
      const divisor = mode === "express" ? r.expressVolumetricDivisor : r.airVolumetricDivisor;
      const perKg = mode === "express" ? r.expressRatePerKg : r.airRatePerKg;
      const min = mode === "express" ? r.expressMinCharge : r.airMinCharge;
      const kg = chargeableWeightKg(mode, totalKg, totalCbm, divisor);
      const byRate = kg * perKg;
      return {
        amount: Math.max(min, byRate),
        detail: { ...base, chargeableWeightKg: kg, minChargeApplied: byRate < min },
      };
    }
    case "sea_lcl": {
      // revenue ton = max(CBM, tonnes), billed at least the minimum
      const rt = Math.max(totalCbm, totalKg / 1000);
      const billed = Math.max(rt, r.seaLclMinRevenueTons);
      return {
        amount: billed * r.seaLclRatePerRevenueTon,
        detail: {
          ...base,
          chargeableWeightKg: billed * 1000,
          revenueTons: billed,
          minChargeApplied: rt < r.seaLclMinRevenueTons,
        },
      };
    }
    case "sea_fcl": {
      const capacity = r.containerCapacityCbm[container];
      // containers = ⌈CBM / capacity⌉, at least one
      const n = Math.max(1, Math.ceil(totalCbm / capacity - 1e-9));
      return {
        amount: n * r.seaFclRatePerContainer[container],
        detail: { ...base, containers: n, containerType: container, utilisation: totalCbm / (n * capacity) },
      };
    }
  }
}

export function readFlags(
  flags: readonly CategoryFlag[] | null | undefined,
  argument = "categoryFlags",
): CategoryFlag[] {
  if (flags === undefined || flags === null) return [];
  if (!Array.isArray(flags))
    throw new InputError(argument, reason("listOf", { choices: CATEGORY_FLAGS.join(", ") }));
  const out: CategoryFlag[] = [];
  flags.forEach((f, i) => {
    if (!(CATEGORY_FLAGS as readonly string[]).includes(f)) {
      throw new InputError(
        `${argument}[${i}]`,
        reason("oneOf", { choices: CATEGORY_FLAGS.join(", "), got: String(f) }),
      );
    }
    if (!out.includes(f)) out.push(f);
  });
  return out;
}

export function requireBoolean(argument: string, value: unknown): boolean {
  if (typeof value !== "boolean") throw new InputError(argument, reason("trueFalse", { got: String(value) }));
  return value;
}

const RATE_FIELDS_0_1: ReadonlySet<keyof LandedCostRates> = new Set<keyof LandedCostRates>([
  "paymentFeeRate",
  "insuranceRate",
  "insuredValueMarkupRate",
  "dutyRate",
  "importVatRate",
  "customsFeeRate",
  "commissionRate",
  "adCostRate",
  "returnRate",
  "returnLossRate",
  "contingencyRate",
]);
const POSITIVE_FIELDS: ReadonlySet<keyof LandedCostRates> = new Set<keyof LandedCostRates>([
  "expressVolumetricDivisor",
  "airVolumetricDivisor",
]);

/** Merges the caller's rates over the defaults and validates every one. @internal */
export function resolveRates(
  rates: LandedCostRatesInput | Partial<LandedCostRates> | null | undefined,
): LandedCostRates {
  // most cells use the defaults: those are frozen and valid, so skip the merge and the checks
  if (rates === undefined || rates === null) return DEFAULT_RATES as LandedCostRates;
  requireObject("rates", rates);
  const merged: LandedCostRates = { ...DEFAULT_RATES, ...(rates ?? {}) } as LandedCostRates;
  for (const key of Object.keys(merged) as (keyof LandedCostRates)[]) {
    const v = merged[key];
    if (v === undefined || v === null) {
      (merged as unknown as Record<string, unknown>)[key] = DEFAULT_RATES[key];
      continue;
    }
    if (RATE_FIELDS_0_1.has(key)) requireRate(`rates.${key}`, v);
    else if (POSITIVE_FIELDS.has(key)) requirePositive(`rates.${key}`, v);
    else if (typeof DEFAULT_RATES[key] === "number") requireNonNegative(`rates.${key}`, v);
  }
  const given = rates as LandedCostRatesInput;
  merged.categoryRules = resolveCategoryRules(given.categoryRules);
  merged.seaFclRatePerContainer = {
    ...DEFAULT_RATES.seaFclRatePerContainer,
    ...(given.seaFclRatePerContainer ?? {}),
  };
  merged.containerCapacityCbm = {
    ...DEFAULT_RATES.containerCapacityCbm,
    ...(given.containerCapacityCbm ?? {}),
  };
  if (merged.dutyBasis !== "FOB" && merged.dutyBasis !== "CIF") {
    throw new InputError("rates.dutyBasis", reason("fobCif", { got: String(merged.dutyBasis) }));
  }
  if (typeof merged.importVatReclaimable !== "boolean") {
    throw new InputError(
      "rates.importVatReclaimable",
      reason("trueFalse", { got: String(merged.importVatReclaimable) }),
    );
  }
  if (merged.customsFeeMin > merged.customsFeeMax) {
    throw new InputError(
      "rates.customsFeeMin",
      reason("isAbove", {
        other: "customsFeeMax",
        value: merged.customsFeeMin,
        otherValue: merged.customsFeeMax,
      }),
    );
  }
  for (const c of ["20GP", "40GP", "40HQ"] as const) {
    requirePositive(`rates.containerCapacityCbm.${c}`, merged.containerCapacityCbm[c]);
    requireNonNegative(`rates.seaFclRatePerContainer.${c}`, merged.seaFclRatePerContainer[c]);
  }
  return merged;
}

/** Per-flag override of the category rules; flags not given keep their defaults. */
function resolveCategoryRules(
  given: Partial<Record<CategoryFlag, Partial<CategoryRule> | null>> | null | undefined,
): Record<CategoryFlag, CategoryRule> {
  if (given === undefined || given === null) return DEFAULT_RATES.categoryRules;
  requireObject("rates.categoryRules", given);
  const out = { ...DEFAULT_RATES.categoryRules };
  for (const flag of CATEGORY_FLAGS) {
    const rule = given[flag];
    if (rule === undefined || rule === null) continue;
    const arg = `rates.categoryRules.${flag}`;
    requireObject(arg, rule);
    const surcharge = {
      ...DEFAULT_RATES.categoryRules[flag].freightSurchargeRate,
      ...(rule.freightSurchargeRate ?? {}),
    };
    for (const mode of SHIPPING_MODES)
      requireNonNegative(`${arg}.freightSurchargeRate.${mode}`, surcharge[mode]);
    const restricted = rule.restrictedModes ?? DEFAULT_RATES.categoryRules[flag].restrictedModes;
    if (!Array.isArray(restricted)) throw new InputError(`${arg}.restrictedModes`, reason("listOfModes"));
    restricted.forEach((m, i) => requireMode(`${arg}.restrictedModes[${i}]`, m));
    out[flag] = { freightSurchargeRate: surcharge, restrictedModes: restricted };
  }
  return out;
}

export function warn(code: CostWarningCode, message: string, messageZh: string): CostWarning {
  return { code, message, messageZh };
}

export const FLAG_EN: Record<CategoryFlag, string> = {
  battery: "Battery",
  standaloneBattery: "Standalone lithium battery (UN3480)",
  liquid: "Liquid",
  magnetic: "Magnetic",
};
export const FLAG_ZH: Record<CategoryFlag, string> = {
  battery: "带电",
  standaloneBattery: "纯电池（UN3480）",
  liquid: "液体",
  magnetic: "带磁",
};
export const FLAG_WARNINGS: Record<CategoryFlag, CostWarning> = {
  battery: warn(
    "battery_goods",
    "Battery goods: ship on a battery line with an MSDS and UN38.3 test report; a dangerous-goods surcharge applies.",
    "带电产品：需走带电专线并提供 MSDS 和 UN38.3 报告，收取危险品附加费。",
  ),
  standaloneBattery: warn(
    "battery_goods",
    "Standalone lithium batteries (power banks, UN3480): refused by air and express lines; ship by sea as Class 9 dangerous goods with an MSDS and UN38.3 report.",
    "纯电池（充电宝等，UN3480）：空运和快递不收；须按第 9 类危险品走海运，并提供 MSDS 和 UN38.3 报告。",
  ),
  liquid: warn(
    "liquid_goods",
    "Liquid goods: most express lines refuse them; air needs an MSDS and a special line.",
    "液体产品：多数快递不收，空运需 MSDS 并走专线。",
  ),
  magnetic: warn(
    "magnetic_goods",
    "Magnetic goods: air needs a magnetic inspection certificate.",
    "带磁产品：空运需提供磁检报告。",
  ),
};

/** True when price × quantity is not a finite number (the revenue, margin and ROI would be NaN). */
export function revenueOverflows(price: number | null, qty: number): boolean {
  return price !== null && !Number.isFinite(price * qty);
}
