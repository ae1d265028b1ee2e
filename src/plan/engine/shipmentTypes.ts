/** One consolidated first-leg shipment and the load a forwarder bills (engine/shipments, totals). */
import type { PlanMode } from "./types";

/**
 * One consolidated first-leg shipment to book with a forwarder: every SKU's batch of one mode
 * that ships on one date. The forwarder bills it as one: freight minimum and customs entry once.
 */
export interface Shipment extends ShipmentLoad {
  mode: PlanMode;
  /** Serial dates: handed to the carrier, and sellable (after the check-in buffer). */
  shipDate: number;
  arrivalDate: number;
  skus: string[];
  units: number;
  /** The shipment's customs entry fee, as billed. */
  customsFee: number;
  minChargeApplied: boolean;
}

/**
 * What a forwarder quotes and bills a load by: one shipment, or a mode's shipments added up
 * (engine/totals `ModeTotals`); section 5 prints these columns for both.
 */
export interface ShipmentLoad {
  cartons: number;
  grossKg: number;
  cbm: number;
  /** Air and express: max(gross kg, volumetric kg) (summed over shipments); null by sea. */
  chargeableKg: number | null;
  /** Sea LCL: freight tons W/M = max(CBM, gross tonnes), at least the minimum billed (summed); null by air/express. */
  freightTons: number | null;
  /** Freight as billed, before special-goods surcharges. */
  freight: number;
  /**
   * Special-goods surcharges (battery, liquid, magnetic: a share of each such SKU's freight) and
   * cargo insurance, summed over the SKU lines: with the freight they are the shipment's cash at
   * shipment (engine/cost "freight"), so the forwarder's invoice reconciles with the cash schedule.
   */
  surcharge: number;
  insurance: number;
}
