import { InputError } from "../errors";
import { reason } from "../reasons";
import {
  ContainerType,
  SHIPPING_MODES,
  SHIPPING_MODE_ZH as MODE_ZH,
  ShippingMode,
  requireContainer,
  requireMode,
} from "../shipping";
import {
  optional,
  requireFiniteResult,
  requireNonNegative,
  requireObject,
  requirePositive,
  requireRate,
} from "../validate";
import { chargeableWeightKg } from "./chargeableWeightKg";
import { fbaStorageCost, requireMonths } from "./fbaStorageCost";
import { CATEGORY_FLAGS, CategoryFlag, CategoryRule, DEFAULT_RATES, LandedCostRates } from "./rates";

/** The cost components, in the order they are reported (and summed). */
export const COST_COMPONENT_KEYS = [
  "purchase",
  "paymentFee",
  "freight",
  "categorySurcharge",
  "insurance",
  "duty",
  "importVat",
  "customsFee",
  "warehouseStorage",
  "warehouseHandling",
  "fbaFulfilment",
  "fbaStorage",
  "agedSurcharge",
  "commission",
  "refundReserve",
  "contingency",
] as const;
export type CostComponentKey = (typeof COST_COMPONENT_KEYS)[number];

/** Stable warning codes; `message` is English, `messageZh` Simplified Chinese. */
export type CostWarningCode =
  | "mode_restricted"
  | "battery_goods"
  | "liquid_goods"
  | "magnetic_goods"
  | "min_charge_applied"
  | "fcl_low_utilisation"
  | "no_selling_price"
  | "negative_margin"
  | "aged_inventory"
  | "contingency_below_seed";

export interface CostWarning {
  code: CostWarningCode;
  message: string;
  messageZh: string;
}

export interface CostComponent {
  key: CostComponentKey;
  /** Amount in the account currency, exactly amountCents / 100. */
  amount: number;
  /** Amount in integer cents: these add up exactly to `totalCents`. */
  amountCents: number;
}

/** Inputs of {@link landedCost}. Money in the account currency unless named otherwise. */
export interface LandedCostInput {
  /** Units shipped and sold. */
  quantity: number;
  /** Supplier price per unit, in the purchase currency (e.g. CNY). */
  unitPrice: number;
  /** Account-currency units per purchase-currency unit (e.g. 0.14 USD per CNY). Default 1. */
  fxRate?: number | null;
  /** Gross weight of one unit, packed, in kg. */
  unitWeightKg: number;
  /** Volume of one unit, packed, in CBM. */
  unitVolumeCbm: number;
  /** First-leg mode. */
  mode: ShippingMode;
  /** Container for sea_fcl. Default 40HQ. */
  containerType?: ContainerType | null;
  /** Category flags that change how the goods ship. */
  categoryFlags?: readonly CategoryFlag[] | null;
  /** Selling price per unit; without it commission, refund reserve, margin and ROI are not computed. */
  sellingPrice?: number | null;
  /** Months staged in an overseas warehouse before FBA (0 or omitted: shipped straight to FBA). */
  overseasWarehouseMonths?: number | null;
  /** Whether Amazon fulfils the orders (FBA fulfilment fee). Default true. */
  fba?: boolean | null;
  /** Calendar months (1–12) the stock sits in FBA before and during the promo, e.g. [10, 11]. Default none. */
  fbaStorageMonths?: readonly number[] | null;
  /** Average share of the quantity on the FBA shelf in those months. Default 0.5 (linear sell-down). */
  fbaStoredShare?: number | null;
  /** Stock expected to be left after the promo (see `leftoverAfterPromo`), with its fate. */
  leftover?: {
    /** Units left. */
    units: number;
    /** Calendar months (1–12) it stays in FBA after the promo. */
    months: readonly number[];
    /** Its age in days when the promo ends. */
    ageDaysAtPromoEnd: number;
  } | null;
  /**
   * Override any rate; the rest come from {@link DEFAULT_RATES}. At run time the nested maps
   * (per container, per category flag) also merge per key, so adapters may pass partial maps.
   */
  rates?: Partial<LandedCostRates> | null;
}

/**
 * What `resolveRates` accepts: any subset of {@link LandedCostRates}, the per-container and
 * per-flag maps partial too (`{ seaFclRatePerContainer: { "40HQ": 4200 } }` keeps the other
 * containers' defaults).
 */
export type LandedCostRatesInput = Partial<
  Omit<LandedCostRates, "seaFclRatePerContainer" | "containerCapacityCbm" | "categoryRules">
> & {
  seaFclRatePerContainer?: Partial<Record<ContainerType, number>> | null;
  containerCapacityCbm?: Partial<Record<ContainerType, number>> | null;
  categoryRules?: Partial<Record<CategoryFlag, Partial<CategoryRule> | null>> | null;
};

/** First-leg details, for showing the buyer how freight was billed. */
export interface FreightDetail {
  mode: ShippingMode;
  /** Chargeable kg (express, air); revenue tons × 1000 for sea LCL; null for FCL. */
  chargeableWeightKg: number | null;
  /** Revenue tons billed (sea LCL), else null. */
  revenueTons: number | null;
  /** Containers (sea FCL), else null. */
  containers: number | null;
  containerType: ContainerType | null;
  /** Share of container capacity used (sea FCL), else null. */
  utilisation: number | null;
  /** True when the minimum charge was billed instead of the rate. */
  minChargeApplied: boolean;
}

/** What {@link landedCost} returns. */
export interface LandedCostResult {
  /** Σ components, exactly totalCents / 100. */
  total: number;
  totalCents: number;
  /** total / quantity (not rounded). */
  perUnit: number;
  quantity: number;
  /** Every component in {@link COST_COMPONENT_KEYS} order, zeros included. */
  components: CostComponent[];
  warnings: CostWarning[];
  freight: FreightDetail;
  /** Goods value in the account currency (price × qty × FX): the FOB value. */
  goodsValue: number;
  /** Goods + freight + insurance. */
  cifValue: number;
  /** The value duty was charged on. */
  dutyBase: number;
  /** Import VAT paid at the border and reclaimed later (cash, not cost); 0 if not reclaimable. */
  reclaimableVat: number;
  /** sellingPrice × quantity, or null. */
  revenue: number | null;
  /** revenue − total, or null. */
  profit: number | null;
  /** profit / revenue, or null. */
  margin: number | null;
  /** profit / total, or null. */
  roi: number | null;
}

/**
 * Landed cost of one purchase shipped to one destination, with a breakdown that adds up exactly.
 *
 * purchase = unitPrice × qty × fxRate; paymentFee = purchase × paymentFeeRate.
 * freight: express/air = max(min, rate × Σ chargeable kg), kg = max(kg, cm³ / divisor);
 *   sea_lcl = rate × max(minRT, max(CBM, tonnes)); sea_fcl = rate × ⌈CBM / capacity⌉.
 * categorySurcharge = freight × Σ flag surcharge rates for the mode.
 * insurance = rate × (1 + markup) × (goods + freight) (Incoterms CIF: 110 % of C + F).
 * duty = dutyRate × (FOB ? goods : CIF); importVat = vatRate × (CIF + duty) (EU VAT Directive
 *   2006/112/EC art. 85–86), a cost only when not reclaimable.
 * customsFee = clamp(rate × goods, min, max) (US MPF, 19 CFR 24.23).
 * warehouse = CBM × months × rate + qty × handling; FBA fees, storage and aged surcharge per
 *   Amazon's fee pages (see `fbaStorageCost`); commission = qty × max(rate × price, min);
 *   refundReserve = qty × price × returnRate × returnLossRate; contingency = rate × Σ above (seed: 10–15 %).
 * Each component is rounded to whole cents and the total is their sum, so the breakdown adds up
 * exactly; the contingency is taken on the rounded sum.
 * Source of the cost structure: the seed's 总成本 formula and DESIGN.md's cost drivers.
 * @throws {InputError} a field is not a finite number / known mode / known flag.
 * @throws {OutOfRangeError} quantity ≤ 0; negative price, weight, volume or months; a rate outside [0, 1].
 * @example landedCost({ quantity: 1000, unitPrice: 35, fxRate: 0.14, unitWeightKg: 0.4,
 *   unitVolumeCbm: 0.002, mode: "sea_lcl", sellingPrice: 19.99 }).total // => 13136
 */
export function landedCost(input: LandedCostInput): LandedCostResult {
  requireObject("input", input);
  const qty = requirePositive("quantity", input.quantity);
  const unitPrice = requireNonNegative("unitPrice", input.unitPrice);
  const fx = optional("fxRate", input.fxRate, 1, requirePositive);
  const unitKg = requireNonNegative("unitWeightKg", input.unitWeightKg);
  const unitCbm = requireNonNegative("unitVolumeCbm", input.unitVolumeCbm);
  const mode = requireMode("mode", input.mode);
  const container = optional("containerType", input.containerType, "40HQ" as ContainerType, requireContainer);
  const flags = readFlags(input.categoryFlags);
  const price = optional<number | null>("sellingPrice", input.sellingPrice, null, requireNonNegative);
  const whMonths = optional("overseasWarehouseMonths", input.overseasWarehouseMonths, 0, requireNonNegative);
  const fba = input.fba === undefined || input.fba === null ? true : requireBoolean("fba", input.fba);
  const fbaMonths = optional(
    "fbaStorageMonths",
    input.fbaStorageMonths,
    [] as readonly number[],
    requireMonths,
  );
  const fbaShare = optional("fbaStoredShare", input.fbaStoredShare, 0.5, requireRate);
  const r = resolveRates(input.rates);
  const warnings: CostWarning[] = [];

  const cents = zeroCents();
  const totalKg = unitKg * qty;
  const totalCbm = unitCbm * qty;

  // purchase = price × qty × FX; payment fee on the amount transferred
  const goods = unitPrice * qty * fx;
  cents.purchase = toCents(goods);
  cents.paymentFee = toCents(goods * r.paymentFeeRate);

  // first leg by mode
  const f = freight(mode, totalKg, totalCbm, container, r);
  cents.freight = toCents(f.amount);
  if (f.detail.minChargeApplied) {
    warnings.push(
      warn(
        "min_charge_applied",
        `The ${mode} minimum charge applies: the shipment is billed as if it were larger.`,
        `${MODE_ZH[mode]}按最低收费计费:货量偏小,单位运费偏高。`,
      ),
    );
  }
  if (f.detail.utilisation !== null && f.detail.utilisation < 0.5) {
    warnings.push(
      warn(
        "fcl_low_utilisation",
        `The containers are only ${Math.round(f.detail.utilisation * 100)} % full: compare with sea LCL.`,
        `整柜装载率仅 ${Math.round(f.detail.utilisation * 100)}%,请与海运拼箱比较。`,
      ),
    );
  }
  let surchargeRate = 0;
  for (const flag of flags) {
    const rule: CategoryRule = r.categoryRules[flag];
    surchargeRate += rule.freightSurchargeRate[mode] ?? 0;
    warnings.push(FLAG_WARNINGS[flag]);
    if (rule.restrictedModes.includes(mode)) {
      warnings.push(
        warn(
          "mode_restricted",
          `${FLAG_EN[flag]} goods are normally refused by ${mode}; choose another mode or a special line.`,
          `${FLAG_ZH[flag]}产品通常不能走${MODE_ZH[mode]},请换运输方式或专线。`,
        ),
      );
    }
  }
  const surcharge = f.amount * surchargeRate;
  cents.categorySurcharge = toCents(surcharge);

  // insurance on 110 % of cost + freight
  const insurance = r.insuranceRate * (1 + r.insuredValueMarkupRate) * (goods + f.amount + surcharge);
  cents.insurance = toCents(insurance);
  const cif = goods + f.amount + surcharge + insurance;
  // duty on FOB (US transaction value) or CIF (EU customs value)
  const dutyBase = r.dutyBasis === "FOB" ? goods : cif;
  const duty = r.dutyRate * dutyBase;
  cents.duty = toCents(duty);
  // import VAT on CIF + duty; reclaimable VAT is cash flow, not cost
  const vat = r.importVatRate * (cif + duty);
  cents.importVat = r.importVatReclaimable ? 0 : toCents(vat);
  // customs fee: percentage clamped to [min, max]
  cents.customsFee = toCents(Math.min(r.customsFeeMax, Math.max(r.customsFeeMin, r.customsFeeRate * goods)));

  if (whMonths > 0) {
    cents.warehouseStorage = toCents(totalCbm * whMonths * r.warehouseStoragePerCbmMonth);
    cents.warehouseHandling = toCents(qty * r.warehouseHandlingPerUnit);
  }
  if (fba) cents.fbaFulfilment = toCents(qty * r.fbaFulfilmentFeePerUnit);
  const stored = fbaStorageCost({
    units: qty,
    unitVolumeCbm: unitCbm,
    months: fbaMonths,
    storedShare: fbaShare,
    rates: r,
  });
  let storage = stored.storage;
  let aged = stored.agedSurcharge;
  if (input.leftover !== undefined && input.leftover !== null) {
    requireObject("leftover", input.leftover);
    const left = fbaStorageCost({
      units: requireNonNegative("leftover.units", input.leftover.units),
      unitVolumeCbm: unitCbm,
      months: requireMonths("leftover.months", input.leftover.months),
      ageDaysAtStart: requireNonNegative("leftover.ageDaysAtPromoEnd", input.leftover.ageDaysAtPromoEnd),
      rates: r,
    });
    storage += left.storage;
    aged += left.agedSurcharge;
  }
  cents.fbaStorage = toCents(storage);
  cents.agedSurcharge = toCents(aged);
  if (cents.agedSurcharge > 0) {
    warnings.push(
      warn(
        "aged_inventory",
        `Stock left after the promo passes ${r.agedSurchargeThresholdDays} days in FBA and pays the aged-inventory surcharge.`,
        `大促后剩余库存在 FBA 超过 ${r.agedSurchargeThresholdDays} 天,将产生超龄库存附加费。`,
      ),
    );
  }

  if (price !== null) {
    // commission per unit = max(rate × price, minimum)
    cents.commission = toCents(qty * Math.max(r.commissionRate * price, r.commissionMinPerUnit));
    cents.refundReserve = toCents(qty * price * r.returnRate * r.returnLossRate);
  } else {
    warnings.push(
      warn(
        "no_selling_price",
        "No selling price: commission, refund reserve, margin and ROI are not included.",
        "未填写售价:佣金、退款准备金、毛利率和 ROI 未计算。",
      ),
    );
  }
  let subtotal = 0;
  for (const k of COST_COMPONENT_KEYS) subtotal += cents[k];
  // contingency on the rounded subtotal (seed: 10–15 % 应急预算)
  cents.contingency = Math.round(subtotal * r.contingencyRate);
  if (r.contingencyRate < 0.1) {
    warnings.push(
      warn(
        "contingency_below_seed",
        "The contingency is below the recommended 10–15 %.",
        "应急预算低于建议的 10%–15%。",
      ),
    );
  }
  // a unit cost of 1e308 is a valid number whose shipment total is Infinity: refuse, never return it
  const totalCents = requireFiniteResult("unitPrice", subtotal + cents.contingency);
  if (revenueOverflows(price, qty)) requireFiniteResult("sellingPrice", Infinity);
  const total = totalCents / 100;
  const revenue = price === null ? null : price * qty;
  const profit = revenue === null ? null : revenue - total;
  if (profit !== null && profit < 0) {
    warnings.push(
      warn(
        "negative_margin",
        "The landed cost exceeds the revenue: this order loses money.",
        "综合成本高于销售额:该订单亏损。",
      ),
    );
  }
  return {
    total,
    totalCents,
    perUnit: total / qty,
    quantity: qty,
    components: COST_COMPONENT_KEYS.map((key) => ({
      key,
      amount: cents[key] / 100,
      amountCents: cents[key],
    })),
    warnings,
    freight: f.detail,
    goodsValue: goods,
    cifValue: cif,
    dutyBase,
    reclaimableVat: r.importVatReclaimable ? vat : 0,
    revenue,
    profit,
    margin: revenue === null || revenue === 0 ? null : profit! / revenue,
    roi: profit === null || total === 0 ? null : profit / total,
  };
}

function zeroCents(): Record<CostComponentKey, number> {
  const out = {} as Record<CostComponentKey, number>;
  for (const k of COST_COMPONENT_KEYS) out[k] = 0;
  return out;
}

/** Rounds to whole cents, half away from zero (amounts here are never negative). */
function toCents(amount: number): number {
  // the 1e-9 nudge keeps 0.125 × 100 = 12.499999… from rounding down
  return Math.round(amount * 100 + 1e-9);
}

function freight(
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

function readFlags(flags: readonly CategoryFlag[] | null | undefined): CategoryFlag[] {
  if (flags === undefined || flags === null) return [];
  if (!Array.isArray(flags))
    throw new InputError("categoryFlags", reason("listOf", { choices: CATEGORY_FLAGS.join(", ") }));
  const out: CategoryFlag[] = [];
  flags.forEach((f, i) => {
    if (!(CATEGORY_FLAGS as readonly string[]).includes(f)) {
      throw new InputError(
        `categoryFlags[${i}]`,
        reason("oneOf", { choices: CATEGORY_FLAGS.join(", "), got: String(f) }),
      );
    }
    if (!out.includes(f)) out.push(f);
  });
  return out;
}

function requireBoolean(argument: string, value: unknown): boolean {
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

function warn(code: CostWarningCode, message: string, messageZh: string): CostWarning {
  return { code, message, messageZh };
}

const FLAG_EN: Record<CategoryFlag, string> = { battery: "Battery", liquid: "Liquid", magnetic: "Magnetic" };
const FLAG_ZH: Record<CategoryFlag, string> = { battery: "带电", liquid: "液体", magnetic: "带磁" };
const FLAG_WARNINGS: Record<CategoryFlag, CostWarning> = {
  battery: warn(
    "battery_goods",
    "Battery goods: ship on a battery line with an MSDS and UN38.3 test report; a dangerous-goods surcharge applies.",
    "带电产品:需走带电专线并提供 MSDS 和 UN38.3 报告,收取危险品附加费。",
  ),
  liquid: warn(
    "liquid_goods",
    "Liquid goods: most express lines refuse them; air needs an MSDS and a special line.",
    "液体产品:多数快递不收,空运需 MSDS 并走专线。",
  ),
  magnetic: warn(
    "magnetic_goods",
    "Magnetic goods: air needs a magnetic inspection certificate.",
    "带磁产品:空运需提供磁检报告。",
  ),
};

/** True when price × quantity is not a finite number (the revenue, margin and ROI would be NaN). */
function revenueOverflows(price: number | null, qty: number): boolean {
  return price !== null && !Number.isFinite(price * qty);
}
