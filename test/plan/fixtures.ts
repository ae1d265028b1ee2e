/** A tiny, hand-checkable plan input shared by the plan and CLI tests. */
import { addDays } from "../../src/core";
import type { PlanInput, SalesRow, SkuRow } from "../../src/plan/input";
import type { PlanCell, PlanModel } from "../../src/plan/types";

export const SKU_A: SkuRow = Object.freeze({
  sku: "A-CASE",
  title: "Phone case",
  unitCost: 5,
  weightKg: 0.2,
  lengthCm: 10,
  widthCm: 10,
  heightCm: 5,
  battery: false,
  liquid: false,
  magnetic: true,
  moq: 100,
  casePack: 50,
  leadTimeDays: 20,
  onHand: 10,
  onOrder: 0,
  sellingPrice: 20,
  channel: "amazon",
});

/** 10 units every day from 2024-05-01 for 365 days: any sane forecast says 10 a day. */
export function constantSales(sku: string, perDay = 10, days = 365): SalesRow[] {
  return Array.from({ length: days }, (_, i) => ({ date: addDays("2024-05-01", i), sku, units: perDay }));
}

/** Prime Day 2025 dates (Jul 8–11), planned on 2025-05-01 with the documented defaults. */
export function tinyInput(extra: Partial<PlanInput> = {}): PlanInput {
  return {
    settings: {
      event: "primeDay",
      registrationDeadline: "2025-05-30",
      inboundCutoff: "2025-06-20",
      promoStart: "2025-07-08",
      promoEnd: "2025-07-11",
    },
    today: "2025-05-01",
    skus: [SKU_A],
    sales: constantSales("A-CASE"),
    ...extra,
  };
}

/** The cell at `address` on the sheet whose name is `sheet` (or the n-th sheet). */
export function cellAt(model: PlanModel, sheet: number, address: string): PlanCell {
  const c = model.sheets[sheet].cells.find((x) => x.address === address);
  if (!c) throw new Error(`no cell ${address} on sheet ${sheet}`);
  return c;
}

/** The SKU table cell of `sku` in column `key`. */
export function skuCell(model: PlanModel, sku: string, key: string): PlanCell {
  const sheet = model.sheets[1];
  const table = sheet.tables[0];
  const col = table.columns.findIndex((c) => c.key === key);
  const row = table.rowKeys.indexOf(sku);
  if (col < 0 || row < 0) throw new Error(`no ${sku}/${key}`);
  const letter = table.columns[col] && colName(col);
  return sheet.cells.find((c) => c.address === `${letter}${table.headerRow + 1 + row}`)!;
}

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Cell of a single named input (or named formula) on the plan sheet. */
export function namedCell(model: PlanModel, name: string): PlanCell {
  const n = model.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const sheet = model.sheets.find((s) => s.name === n.sheet)!;
  return sheet.cells.find((c) => c.address === n.address)!;
}
