import type { SalesRow, SkuRow } from "../draft";

/** Sales grouped by SKU and sorted by date. */
export function seriesBySku(rows: readonly SalesRow[]): Map<string, SalesRow[]> {
  const map = new Map<string, SalesRow[]>();
  for (const r of rows) {
    const list = map.get(r.sku) ?? [];
    list.push(r);
    map.set(r.sku, list);
  }
  for (const list of map.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return map;
}

/** A SKU master row with every number filled in. */
export type FullSku = Required<
  Pick<
    SkuRow,
    | "sku"
    | "title"
    | "unitCost"
    | "weightKg"
    | "lengthCm"
    | "widthCm"
    | "heightCm"
    | "battery"
    | "liquid"
    | "magnetic"
    | "moq"
    | "casePack"
    | "leadTimeDays"
    | "onHand"
    | "onOrder"
    | "sellingPrice"
    | "channel"
  >
> &
  Pick<SkuRow, "returnRate" | "conversionRate" | "acos" | "onOrderDate">;

/**
 * The master row of `sku`, blanks filled with neutral defaults: buy in ones (MOQ 1, case pack 1),
 * nothing on hand or on order, cost, size and price unknown (0), lead time 0 = "use the step-4
 * supplier lead time". Every other column of the master (a standalone battery, a volume, the
 * currency) passes through as the importer read it, so the plan sees the row the CLI passes.
 */
export function masterFor(skus: readonly SkuRow[], sku: string): FullSku {
  const m = skus.find((x) => x.sku === sku);
  return {
    ...m,
    sku,
    title: m?.title ?? sku,
    unitCost: m?.unitCost ?? 0,
    weightKg: m?.weightKg ?? 0,
    lengthCm: m?.lengthCm ?? 0,
    widthCm: m?.widthCm ?? 0,
    heightCm: m?.heightCm ?? 0,
    battery: m?.battery ?? false,
    liquid: m?.liquid ?? false,
    magnetic: m?.magnetic ?? false,
    moq: m?.moq ?? 1,
    casePack: m?.casePack ?? 1,
    leadTimeDays: m?.leadTimeDays ?? 0,
    onHand: m?.onHand ?? 0,
    onOrder: m?.onOrder ?? 0,
    sellingPrice: m?.sellingPrice ?? 0,
    channel: m?.channel ?? "",
    returnRate: m?.returnRate,
    conversionRate: m?.conversionRate,
    acos: m?.acos,
    // the master's on-order arrival date (absent: the plan assumes one and warns)
    onOrderDate: m?.onOrderDate,
  };
}
