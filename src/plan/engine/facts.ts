/**
 * A SKU master row plus the buyer's edits in the SKU table (overrides keyed by SKU and column)
 * → the facts the engine plans with. A typed value wins over the file's; a blank or non-number
 * typed where a number belongs leaves the file's value (the sheet's validation names the cell).
 */
import { CATEGORY_FLAGS, type CategoryFlag } from "../../core";
import { isoToExcelSerial as isoToSerial } from "../../core";
import type { SkuRow } from "../input";
import type { PlanSettings } from "../settings";
import type { CellValue } from "../types";
import { channelFees } from "./channelFees";
import type { SkuFacts } from "./types";

const numOr = (typed: CellValue | undefined, fallback: number | undefined): number | undefined =>
  typeof typed === "number" && Number.isFinite(typed) ? typed : fallback;
/** An override cell that may be blanked on purpose: blank = no override. */
const optNum = (typed: CellValue | undefined, fallback: number | null): number | null =>
  typed === undefined
    ? fallback
    : typeof typed === "number" && Number.isFinite(typed) && typed >= 0
      ? typed
      : null;

const clamp01 = (x: number | undefined): number | null =>
  x === undefined ? null : Math.min(1, Math.max(0, x));

function dateOf(typed: CellValue | undefined, iso: string | undefined): number | null {
  if (typeof typed === "number") return Math.round(typed);
  if (typed === null) return null;
  if (!iso) return null;
  try {
    return isoToSerial(iso);
  } catch {
    return null;
  }
}

export function skuFacts(row: SkuRow, typed: Readonly<Record<string, CellValue>>, s: PlanSettings): SkuFacts {
  const n = (key: string, file: number | undefined, def: number) =>
    Math.max(0, numOr(typed[key], file) ?? def);
  const lead = numOr(typed.leadTime, row.leadTimeDays);
  const L = n("lengthCm", row.lengthCm, 0);
  const W = n("widthCm", row.widthCm, 0);
  const H = n("heightCm", row.heightCm, 0);
  const dimsCbm = (L * W * H) / 1_000_000;
  // a standalone battery (UN3480) is a battery with its own, stricter rule: one flag, not both
  const flags = CATEGORY_FLAGS.filter((f: CategoryFlag) =>
    f === "battery" ? row.battery && !row.standaloneBattery : row[f] === true,
  );
  const channel = typeof typed.channel === "string" ? typed.channel : (row.channel ?? "");
  const fees = channelFees(channel, s);
  return {
    sku: row.sku,
    title: row.title ?? "",
    channel,
    flags,
    unitCost: n("unitCost", row.unitCost, 0),
    price: n("price", row.sellingPrice, 0),
    weightKg: n("weightKg", row.weightKg, 0),
    volumeCbm: dimsCbm > 0 ? dimsCbm : Math.max(0, row.volumeCbm ?? 0),
    dims: dimsCbm > 0 ? [L, W, H] : null,
    moq: n("moq", row.moq, 0),
    casePack: Math.max(1, Math.round(n("casePack", row.casePack, 1))),
    leadTimeDays: Math.round(Math.max(0, lead ?? s.leadTimeDays)),
    leadTimeFromDefault: lead === undefined,
    leadTimeSdDays: n("leadTimeSd", row.leadTimeSdDays, 0),
    onHand: n("onHand", row.onHand, 0),
    onOrder: n("onOrder", row.onOrder, 0),
    onOrderDate: dateOf(typed.onOrderDate, row.onOrderDate),
    fbaFee: n("fbaFee", row.fbaFee, fees.fulfilmentFee),
    commissionRate: fees.commissionRate,
    returnRate: Math.min(1, n("returnRate", row.returnRate, s.defaultReturnRate)),
    conversionRate: numOr(typed.conversion, row.conversionRate) ?? null,
    // a share of the price: the sheet validates 0–100 %; a stray value is clamped, never a crash
    acos: clamp01(numOr(typed.acos, row.acos)),
    preSaleUnits: n("preSale", row.preSaleUnits, 0),
    creatorCap: optNum(typed.creatorCap, row.creatorCap ?? null),
    forecastOverride: optNum(typed.forecastOverride, null),
    orderOverride: optNum(typed.orderOverride, null),
  };
}
