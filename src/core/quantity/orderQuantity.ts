import { optional, requireInteger, requireNonNegative, requireObject } from "../validate";

/** Default case pack: 1 (units sold singly); give the supplier's carton quantity. */
export const DEFAULT_CASE_PACK = 1;
/** Default minimum order quantity: 0 (none). */
export const DEFAULT_MOQ = 0;

/** Inputs of {@link orderQuantity}. */
export interface OrderQuantityInput {
  /** Forecast units over the cover window (lead time + promo + sell-down). */
  forecastUnits: number;
  /** Safety stock in units (see `safetyStock`). */
  safetyStockUnits: number;
  /** Units on hand (sellable, in the destination warehouse). Default 0. */
  onHandUnits?: number | null;
  /** Units already ordered or in transit. Default 0. */
  onOrderUnits?: number | null;
  /** Units per carton; the order is a whole number of cartons. Default 1. */
  casePack?: number | null;
  /** Supplier's minimum order quantity in units. Default 0. */
  moq?: number | null;
}

/** What {@link orderQuantity} returns. */
export interface OrderQuantityResult {
  /** Units to order: 0, or a multiple of casePack that is ≥ moq. */
  units: number;
  /** units / casePack. */
  cases: number;
  /** forecast + safety stock − on hand − on order (may be negative: overstocked). */
  netRequirement: number;
  /** Units added by rounding up to the case pack. */
  casePackRoundingUnits: number;
  /** Units added to reach the MOQ. */
  moqTopUpUnits: number;
  /** True when the MOQ, not the need, set the quantity. */
  moqApplied: boolean;
}

/**
 * Order quantity for one SKU:
 * need = forecast + safety stock − on hand − on order; if need ≤ 0 order 0 (enough stock, and an
 * MOQ only binds when you order at all); else units = max(⌈need / pack⌉·pack, ⌈moq / pack⌉·pack).
 * The MOQ is itself rounded up to whole cartons so the result is always a multiple of the pack.
 * Source: seed step 4 (交期、MOQ) and the usual net-requirement arithmetic (MRP).
 * @throws {InputError} a field is not a finite number; casePack or moq not a whole number.
 * @throws {OutOfRangeError} a negative quantity; casePack < 1.
 * @example orderQuantity({ forecastUnits: 1000, safetyStockUnits: 150, onHandUnits: 200,
 *   casePack: 24, moq: 500 }).units // => 960 (need 950 → 40 cartons)
 */
export function orderQuantity(input: OrderQuantityInput): OrderQuantityResult {
  requireObject("input", input);
  const forecast = requireNonNegative("forecastUnits", input.forecastUnits);
  const ss = requireNonNegative("safetyStockUnits", input.safetyStockUnits);
  const onHand = optional("onHandUnits", input.onHandUnits, 0, requireNonNegative);
  const onOrder = optional("onOrderUnits", input.onOrderUnits, 0, requireNonNegative);
  const pack = optional("casePack", input.casePack, DEFAULT_CASE_PACK, (a, v) => requireInteger(a, v, 1));
  const moq = optional("moq", input.moq, DEFAULT_MOQ, requireInteger);
  // net requirement = forecast + SS − on hand − on order
  const need = forecast + ss - onHand - onOrder;
  if (need <= 0) {
    return {
      units: 0,
      cases: 0,
      netRequirement: need,
      casePackRoundingUnits: 0,
      moqTopUpUnits: 0,
      moqApplied: false,
    };
  }
  // 1e-9 tolerance: 0.1 + 0.2 style noise must not add a whole carton
  const packed = Math.ceil(need / pack - 1e-9) * pack;
  const moqPacked = Math.ceil(moq / pack) * pack;
  const units = Math.max(packed, moqPacked);
  return {
    units,
    cases: units / pack,
    netRequirement: need,
    casePackRoundingUnits: Math.max(0, packed - need),
    moqTopUpUnits: units - packed,
    moqApplied: moqPacked > packed,
  };
}
