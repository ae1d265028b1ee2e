import { OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link inventoryTurnover}. Value or units, as long as all three use the same. */
export interface InventoryTurnoverInput {
  /** Cost of goods sold in the period (or units sold). */
  costOfGoodsSold: number;
  /** Inventory at the start of the period (same measure). */
  openingInventory: number;
  /** Inventory at the end of the period (same measure). */
  closingInventory: number;
}

/**
 * Inventory turnover = COGS / average inventory, average = (opening + closing) / 2.
 * Source: the standard accounting definition (seed KPI 库存周转率).
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} a negative field; average inventory 0.
 * @example inventoryTurnover({ costOfGoodsSold: 120000, openingInventory: 25000, closingInventory: 15000 }) // => 6
 */
export function inventoryTurnover(input: InventoryTurnoverInput): number {
  requireObject("input", input);
  const cogs = requireNonNegative("costOfGoodsSold", input.costOfGoodsSold);
  const opening = requireNonNegative("openingInventory", input.openingInventory);
  const closing = requireNonNegative("closingInventory", input.closingInventory);
  const average = (opening + closing) / 2;
  if (average === 0) throw new OutOfRangeError("openingInventory", reason("noInventory"));
  return cogs / average;
}
