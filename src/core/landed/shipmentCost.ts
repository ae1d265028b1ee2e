/**
 * One consolidated first-leg shipment of several SKUs (lines) by one mode: the forwarder bills the
 * shipment, not each SKU, so the freight minimum and the customs entry's minimum fee (US MPF,
 * 19 CFR 24.23: per entry) apply once. The shipment's charges are then allocated to its lines:
 * freight by each line's chargeable basis (chargeable kg for express/air, W/M freight tons for sea
 * LCL, CBM for FCL), the customs fee by customs (goods) value. Everything a line owns — purchase,
 * surcharge for its special goods, insurance, duty, VAT, FBA and selling costs, contingency — is
 * the line's, computed exactly as `landedCost` computes it. A one-line shipment is `landedCost`.
 * Allocations are in whole cents by largest remainder, so the lines add up to the shipment.
 */
import { InputError } from "../errors";
import { reason } from "../reasons";
import { ContainerType, ShippingMode, requireContainer, requireMode } from "../shipping";
import {
  optional,
  requireFiniteResult,
  requireNonNegative,
  requireObject,
  requirePositive,
} from "../validate";
import { chargeableWeightKg } from "./chargeableWeightKg";
import {
  COST_COMPONENT_KEYS,
  FLAG_EN,
  FLAG_WARNINGS,
  FLAG_ZH,
  type CostComponentKey,
  flagsRefusing,
  freight,
  readFlags,
  requireBoolean,
  resolveRates,
  revenueOverflows,
  toCents,
  warn,
  zeroCents,
} from "./costRules";
import { fbaStorageCost, requireMonths, requireStoredShare } from "./fbaStorageCost";
import type {
  CostWarning,
  FreightDetail,
  LandedCostInput,
  LandedCostRatesInput,
  LandedCostResult,
} from "./costTypes";
import { CategoryFlag, LandedCostRates } from "./rates";
import { SHIPPING_MODE_ZH as MODE_ZH } from "../shipping";

/** One SKU in a shipment: `landedCost`'s per-SKU inputs. */
export type ShipmentLine = Omit<LandedCostInput, "mode" | "fxRate" | "containerType" | "rates"> & {
  /**
   * This line's own rates (duty, commission, FBA fee, returns, contingency …) over the shipment's.
   * Freight and customs-fee rates belong to the shipment: a line that sets one is refused.
   */
  rates?: LandedCostRatesInput | null;
};

export interface ShipmentInput {
  lines: readonly ShipmentLine[];
  mode: ShippingMode;
  /** Account-currency units per purchase-currency unit. Default 1. */
  fxRate?: number | null;
  /** Container for sea_fcl. Default 40HQ. */
  containerType?: ContainerType | null;
  /** The shipment's rates (freight, minimums, customs fee) and every line's defaults. */
  rates?: LandedCostRatesInput | null;
}

export interface ShipmentResult {
  mode: ShippingMode;
  /** Per line, in input order: its allocated share and its own costs (a `landedCost` result). */
  lines: LandedCostResult[];
  /** Σ lines' totals, exactly totalCents / 100. */
  total: number;
  totalCents: number;
  quantity: number;
  /** Σ gross kg and Σ CBM of the lines. */
  grossKg: number;
  cbm: number;
  /** How the shipment's freight was billed (chargeable kg, W/M freight tons, containers, minimum). */
  freight: FreightDetail;
  /** The shipment's freight and customs fee before allocation (= Σ lines' amounts). */
  freightAmount: number;
  customsFee: number;
  /** Warnings about the shipment as a whole (minimum charge, container fill). */
  warnings: CostWarning[];
}

/** Rates billed per shipment (freight, minimums, customs entry): a line cannot set them. */
const SHIPMENT_RATES: ReadonlySet<string> = new Set<keyof LandedCostRates>([
  "expressRatePerKg",
  "expressMinCharge",
  "expressVolumetricDivisor",
  "airRatePerKg",
  "airMinCharge",
  "airVolumetricDivisor",
  "seaLclRatePerRevenueTon",
  "seaLclMinRevenueTons",
  "seaFclRatePerContainer",
  "containerCapacityCbm",
  "customsFeeRate",
  "customsFeeMin",
  "customsFeeMax",
]);

/**
 * Cost of one consolidated shipment, with each line's share.
 * @throws {InputError} no lines; a line or rate is malformed (named `lines[i].field`).
 * @throws {OutOfRangeError} a quantity ≤ 0; a negative price, weight, volume or months.
 * @example shipmentCost({ mode: "air", lines: [
 *   { quantity: 40, unitPrice: 21.5, unitWeightKg: 0.55, unitVolumeCbm: 0.002112 },
 *   { quantity: 500, unitPrice: 1.35, unitWeightKg: 0.06, unitVolumeCbm: 0.00034 } ] })
 * // freight: (22 + 30) kg × 4.5 = 234 > the 100 minimum, split 22 : 30 → 99.00 and 135.00
 */
export function shipmentCost(input: ShipmentInput): ShipmentResult {
  requireObject("input", input);
  const mode = requireMode("mode", input.mode);
  const container = optional("containerType", input.containerType, "40HQ" as ContainerType, requireContainer);
  const fx = optional("fxRate", input.fxRate, 1, requirePositive);
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    throw new InputError("lines", reason("listOf", { choices: "shipment lines" }));
  const shipRates = resolveRates(input.rates);
  const lines = input.lines.map((line, i) => readLine(line, `lines[${i}].`, input.rates));
  return costShipment(lines, mode, container, fx, shipRates);
}

/** `landedCost` = a shipment of one line, with that line's argument names. @internal */
export function landedCostOfOne(input: LandedCostInput): LandedCostResult {
  requireObject("input", input);
  const line = readLine(input, "", null, input.rates);
  const fx = optional("fxRate", input.fxRate, 1, requirePositive);
  const mode = requireMode("mode", input.mode);
  const container = optional("containerType", input.containerType, "40HQ" as ContainerType, requireContainer);
  const shipment = costShipment([line], mode, container, fx, line.r);
  const only = shipment.lines[0];
  return { ...only, warnings: [...shipment.warnings, ...only.warnings] };
}

interface Line {
  qty: number;
  unitPrice: number;
  unitKg: number;
  unitCbm: number;
  flags: CategoryFlag[];
  price: number | null;
  whMonths: number;
  fba: boolean;
  fbaMonths: readonly number[];
  fbaShare: number | readonly number[];
  leftover: { units: number; months: readonly number[]; ageDaysAtPromoEnd: number } | null;
  /** The line's rates: the shipment's with the line's own over them. */
  r: LandedCostRates;
}

function readLine(
  input: ShipmentLine,
  p: string,
  shipmentRates: LandedCostRatesInput | null | undefined,
  ownRates: LandedCostRatesInput | null | undefined = undefined,
): Line {
  requireObject(p === "" ? "input" : p.slice(0, -1), input);
  const qty = requirePositive(`${p}quantity`, input.quantity);
  const unitPrice = requireNonNegative(`${p}unitPrice`, input.unitPrice);
  const unitKg = requireNonNegative(`${p}unitWeightKg`, input.unitWeightKg);
  const unitCbm = requireNonNegative(`${p}unitVolumeCbm`, input.unitVolumeCbm);
  const flags = readFlags(input.categoryFlags, `${p}categoryFlags`);
  const price = optional<number | null>(`${p}sellingPrice`, input.sellingPrice, null, requireNonNegative);
  const whMonths = optional(
    `${p}overseasWarehouseMonths`,
    input.overseasWarehouseMonths,
    0,
    requireNonNegative,
  );
  const fba = input.fba === undefined || input.fba === null ? true : requireBoolean(`${p}fba`, input.fba);
  const fbaMonths = optional(
    `${p}fbaStorageMonths`,
    input.fbaStorageMonths,
    [] as readonly number[],
    requireMonths,
  );
  const fbaShare = requireStoredShare(`${p}fbaStoredShare`, input.fbaStoredShare, fbaMonths.length, 0.5);
  let r: LandedCostRates;
  if (p === "") {
    r = resolveRates(ownRates);
  } else {
    const own = input.rates;
    if (own !== undefined && own !== null) {
      requireObject(`${p}rates`, own);
      for (const key of Object.keys(own))
        if (SHIPMENT_RATES.has(key)) throw new InputError(`${p}rates.${key}`, reason("shipmentRate"));
    }
    r = resolveRates(own ? { ...(shipmentRates ?? {}), ...own } : shipmentRates);
  }
  let leftover: Line["leftover"] = null;
  if (input.leftover !== undefined && input.leftover !== null) {
    requireObject(`${p}leftover`, input.leftover);
    leftover = {
      units: requireNonNegative(`${p}leftover.units`, input.leftover.units),
      months: requireMonths(`${p}leftover.months`, input.leftover.months),
      ageDaysAtPromoEnd: requireNonNegative(
        `${p}leftover.ageDaysAtPromoEnd`,
        input.leftover.ageDaysAtPromoEnd,
      ),
    };
  }
  return { qty, unitPrice, unitKg, unitCbm, flags, price, whMonths, fba, fbaMonths, fbaShare, leftover, r };
}

/**
 * Splits `totalCents` over `weights` in whole cents (largest remainder; ties to the earlier line).
 * Zero weights everywhere split by `fallback` (quantities).
 */
function splitCents(totalCents: number, weights: readonly number[], fallback: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const w = sum > 0 ? weights : fallback;
  const total = sum > 0 ? sum : fallback.reduce((a, x) => a + x, 0);
  const exact = w.map((x) => (totalCents * x) / total);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let left = totalCents - out.reduce((a, x) => a + x, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x + 1e-9) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k].i] += 1;
  return out;
}

/** The chargeable basis a line's freight share is allocated by, in the mode's billing unit. */
function freightBasis(mode: ShippingMode, kg: number, cbm: number, r: LandedCostRates): number {
  switch (mode) {
    case "express":
      return chargeableWeightKg(mode, kg, cbm, r.expressVolumetricDivisor);
    case "air":
      return chargeableWeightKg(mode, kg, cbm, r.airVolumetricDivisor);
    case "sea_lcl":
      return Math.max(cbm, kg / 1000); // W/M: 1 CBM or 1 t
    case "sea_fcl":
      return cbm;
  }
}

function costShipment(
  lines: readonly Line[],
  mode: ShippingMode,
  container: ContainerType,
  fx: number,
  r: LandedCostRates,
): ShipmentResult {
  const warnings: CostWarning[] = [];
  const kgs = lines.map((l) => l.unitKg * l.qty);
  const cbms = lines.map((l) => l.unitCbm * l.qty);
  const grossKg = kgs.reduce((a, x) => a + x, 0);
  const cbm = cbms.reduce((a, x) => a + x, 0);
  const f = freight(mode, grossKg, cbm, container, r);
  if (f.detail.minChargeApplied) {
    warnings.push(
      warn(
        "min_charge_applied",
        `The ${mode} minimum charge applies: the shipment is billed as if it were larger.`,
        `${MODE_ZH[mode]}按最低收费计费：货量偏小，单位运费偏高。`,
      ),
    );
  }
  if (f.detail.utilisation !== null && f.detail.utilisation < 0.5) {
    warnings.push(
      warn(
        "fcl_low_utilisation",
        `The containers are only ${Math.round(f.detail.utilisation * 100)} % full: compare with sea LCL.`,
        `整柜装载率仅 ${Math.round(f.detail.utilisation * 100)}%，请与海运拼箱比较。`,
      ),
    );
  }
  const qtys = lines.map((l) => l.qty);
  // freight shares by chargeable basis; the unrounded share feeds the line's insurance and duty
  const basis = lines.map((l, i) => freightBasis(mode, kgs[i], cbms[i], r));
  const basisSum = basis.reduce((a, x) => a + x, 0);
  const qtySum = qtys.reduce((a, x) => a + x, 0);
  const freightShare = basis.map((b, i) => (basisSum > 0 ? b / basisSum : qtys[i] / qtySum));
  const freightCents = splitCents(toCents(f.amount), basis, qtys);
  // customs entry: one fee on the shipment's goods value, clamped once, shared by goods value
  const goods = lines.map((l) => l.unitPrice * l.qty * fx);
  const goodsSum = goods.reduce((a, x) => a + x, 0);
  const customsCents = toCents(
    Math.min(r.customsFeeMax, Math.max(r.customsFeeMin, r.customsFeeRate * goodsSum)),
  );
  const customsSplit = splitCents(customsCents, goods, qtys);

  const results = lines.map((l, i) =>
    costLine(l, mode, goods[i], f.amount * freightShare[i], freightCents[i], customsSplit[i], f.detail),
  );
  const totalCents = results.reduce((a, x) => a + x.totalCents, 0);
  return {
    mode,
    lines: results,
    total: totalCents / 100,
    totalCents,
    quantity: qtySum,
    grossKg,
    cbm,
    freight: f.detail,
    freightAmount: freightCents.reduce((a, x) => a + x, 0) / 100,
    customsFee: customsCents / 100,
    warnings,
  };
}

/** One line's costs, given its share of the shipment's freight and customs fee. */
function costLine(
  l: Line,
  mode: ShippingMode,
  goods: number,
  freightAmount: number,
  freightCents: number,
  customsCents: number,
  detail: FreightDetail,
): LandedCostResult {
  const { qty, r } = l;
  const warnings: CostWarning[] = [];
  const cents = zeroCents();
  const totalCbm = l.unitCbm * qty;
  // purchase = price × qty × FX; payment fee on the amount transferred
  cents.purchase = toCents(goods);
  cents.paymentFee = toCents(goods * r.paymentFeeRate);
  cents.freight = freightCents;
  let surchargeRate = 0;
  const refusing = flagsRefusing(mode, l.flags, r);
  for (const flag of l.flags) {
    surchargeRate += r.categoryRules[flag].freightSurchargeRate[mode] ?? 0;
    warnings.push(FLAG_WARNINGS[flag]);
    if (refusing.includes(flag)) {
      warnings.push(
        warn(
          "mode_restricted",
          `${FLAG_EN[flag]} goods are normally refused by ${mode}; choose another mode or a special line.`,
          `${FLAG_ZH[flag]}产品通常不能走${MODE_ZH[mode]}，请换运输方式或专线。`,
        ),
      );
    }
  }
  // the special-goods premium is on this line's share of the freight
  const surcharge = freightAmount * surchargeRate;
  cents.categorySurcharge = toCents(surcharge);
  // insurance on 110 % of cost + freight
  const insurance = r.insuranceRate * (1 + r.insuredValueMarkupRate) * (goods + freightAmount + surcharge);
  cents.insurance = toCents(insurance);
  const cif = goods + freightAmount + surcharge + insurance;
  // duty on FOB (US transaction value) or CIF (EU customs value)
  const dutyBase = r.dutyBasis === "FOB" ? goods : cif;
  const duty = r.dutyRate * dutyBase;
  cents.duty = toCents(duty);
  // import VAT on CIF + duty; reclaimable VAT is cash flow, not cost
  const vat = r.importVatRate * (cif + duty);
  cents.importVat = r.importVatReclaimable ? 0 : toCents(vat);
  cents.customsFee = customsCents;

  if (l.whMonths > 0) {
    cents.warehouseStorage = toCents(totalCbm * l.whMonths * r.warehouseStoragePerCbmMonth);
    cents.warehouseHandling = toCents(qty * r.warehouseHandlingPerUnit);
  }
  if (l.fba) cents.fbaFulfilment = toCents(qty * r.fbaFulfilmentFeePerUnit);
  const stored = fbaStorageCost({
    units: qty,
    unitVolumeCbm: l.unitCbm,
    months: l.fbaMonths,
    storedShare: l.fbaShare,
    rates: r,
  });
  let storage = stored.storage;
  let aged = stored.agedSurcharge;
  if (l.leftover !== null) {
    const left = fbaStorageCost({
      units: l.leftover.units,
      unitVolumeCbm: l.unitCbm,
      months: l.leftover.months,
      ageDaysAtStart: l.leftover.ageDaysAtPromoEnd,
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
        `大促后剩余库存在 FBA 超过 ${r.agedSurchargeThresholdDays} 天，将产生超龄库存附加费。`,
      ),
    );
  }
  const price = l.price;
  if (price !== null) {
    // commission per unit = max(rate × price, minimum)
    cents.commission = toCents(qty * Math.max(r.commissionRate * price, r.commissionMinPerUnit));
    // ads = price × ad-cost rate (ACoS / TACoS) per unit sold
    cents.advertising = toCents(qty * price * r.adCostRate);
    cents.refundReserve = toCents(qty * price * r.returnRate * r.returnLossRate);
  } else {
    warnings.push(
      warn(
        "no_selling_price",
        "No selling price: commission, advertising, refund reserve, margin and ROI are not included.",
        "未填写售价：佣金、广告费、退款准备金、净利和 ROI 未计算。",
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
        "综合成本高于销售额：该订单亏损。",
      ),
    );
  }
  return {
    total,
    totalCents,
    perUnit: total / qty,
    quantity: qty,
    components: COST_COMPONENT_KEYS.map((key: CostComponentKey) => ({
      key,
      amount: cents[key] / 100,
      amountCents: cents[key],
    })),
    warnings,
    freight: detail,
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
