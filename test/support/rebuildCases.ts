/**
 * The rebuild matrix shared by both writers (issue 16 #1, #2, #4, #7): the add-in's
 * (test/excel/rebuildMatrix.test.ts, fake Excel host) and the CLI's (test/cli/rebuildMatrix.test.ts,
 * exceljs). Each row is something a buyer does to a built plan before rebuilding: the edits typed
 * first (by identity: a defined name, a SKU + column key, a monitor date), formulas typed into
 * inputs, the action, and exactly what the rebuild must find. The plan is the tiny plan with three
 * SKUs: "A-CASE", "__proto__" and "2025-07-09" (a SKU named like a monitor day).
 */
import { excelSerialToIso } from "../../src/core";
import { buildPlan } from "../../src/plan/buildPlan";
import type { CellValue, PlanModel, PlanOverrides } from "../../src/plan/types";
import { constantSales, SKU_A, tinyInput } from "../plan/fixtures";

/** The matrix's plan: three SKUs, the second named `__proto__`, the third like a monitor date. */
const SKUS = ["A-CASE", "__proto__", "2025-07-09"];

/** Builds the matrix's plan with the buyer's overrides, as both writers' builders do. */
export function buildMatrixPlan(overrides?: PlanOverrides): PlanModel {
  const input = tinyInput({
    skus: SKUS.map((sku, i) => ({ ...SKU_A, sku, onHand: 10 + i })),
    sales: SKUS.flatMap((sku) => constantSales(sku)),
  });
  return buildPlan(input, overrides);
}

export type Edit =
  | { name: string; value: CellValue }
  | { sku: string; column: string; value: CellValue }
  | { date: string; value: CellValue };

/** A formula typed into an input; `result` is what Excel cached (absent: a tool that does not calculate). */
export type FormulaEdit = Edit & { formula: string; result?: number };

export interface Expected {
  overrides: PlanOverrides & { formulas?: Record<string, string> };
  /** [reason, subject, remembered edits] of each group of inputs not found. */
  notFound?: [string, string, number][];
  /** Text the English report must contain. */
  reportSays?: string[];
  /** Inputs that must still hold their built value after the rebuild (nothing leaked onto them). */
  unchanged?: Edit[];
  sheetsKept?: string[];
  sheetsGone?: string[];
}

export interface RebuildCase {
  name: string;
  writers: ("excel" | "cli")[];
  edits: Edit[];
  formulas?: FormulaEdit[];
  /** Rebuild once after typing (the edits become remembered overrides) before the action. */
  rebuildFirst?: boolean;
  action: string;
  expected: Expected;
}

/** A map without prototype, as the readers build them (so `__proto__` is a plain key). */
function dict<T>(entries: [string, T][]): Record<string, T> {
  const o = Object.create(null) as Record<string, T>;
  for (const [k, v] of entries) o[k] = v;
  return o;
}

const over = (
  inputs: [string, CellValue][] = [],
  table: [string, Record<string, CellValue>][] = [],
  dates: [string, CellValue][] = [],
  formulas?: [string, string][],
): Expected["overrides"] => ({
  inputs: dict(inputs),
  table: dict(table.map(([k, v]) => [k, dict(Object.entries(v))])),
  dates: dict(dates.map(([d, v]) => [d, dict([["actual", v]])])),
  ...(formulas ? { formulas: dict(formulas) } : {}),
});

const BOTH: RebuildCase["writers"] = ["excel", "cli"];
const SL = { name: "ServiceLevel", value: 0.97 };
const ON_HAND_A = { sku: "A-CASE", column: "onHand", value: 123 };
const COST_DATE_SKU = { sku: "2025-07-09", column: "unitCost", value: 1.35 };
const DAY2 = { date: "2025-07-09", value: 44 };

// prettier-ignore
export const REBUILD_CASES: RebuildCase[] = [
  // name                                                   writers  edits                        action                           expected
  { name: "a rebuild with no edits finds none",            writers: BOTH, edits: [],                    action: "none",                         expected: { overrides: over() } },
  { name: "a row inserted above the plan's inputs",        writers: BOTH, edits: [SL],                  action: "insertRowAbovePlanInputs",     expected: { overrides: over([["ServiceLevel", 0.97]]), unchanged: [{ name: "SafetyStockPct", value: 0.15 }, { name: "InboundBufferDays", value: 7 }] } },
  { name: "two rows inserted above the plan, no edits",    writers: BOTH, edits: [],                    action: "insertTwoRowsAbovePlanInputs", expected: { overrides: over() } },
  { name: "a row deleted above the plan's inputs",         writers: BOTH, edits: [{ name: "InboundBufferDays", value: 9 }], action: "deleteRowAbovePlanInputs", expected: { overrides: over([["InboundBufferDays", 9]]) } },
  { name: "a column inserted left of the plan",            writers: BOTH, edits: [SL, { name: "GrowthRate", value: 0.2 }], action: "insertColumnLeftOfPlan", expected: { overrides: over([["ServiceLevel", 0.97], ["GrowthRate", 0.2]]) } },
  { name: "a column inserted inside the SKU table",        writers: BOTH, edits: [ON_HAND_A, COST_DATE_SKU], action: "insertColumnInSkuTable", expected: { overrides: over([], [["A-CASE", { onHand: 123 }], ["2025-07-09", { unitCost: 1.35 }]]), unchanged: [{ sku: "A-CASE", column: "leadTime", value: 20 }, { sku: "A-CASE", column: "unitCost", value: 5 }] } },
  { name: "a column deleted from the SKU table",           writers: BOTH, edits: [ON_HAND_A, COST_DATE_SKU], action: "deleteColumnInSkuTable", expected: { overrides: over([], [["A-CASE", { onHand: 123 }], ["2025-07-09", { unitCost: 1.35 }]]), unchanged: [{ sku: "A-CASE", column: "leadTime", value: 20 }] } },
  { name: "a row inserted above the SKU table",            writers: BOTH, edits: [ON_HAND_A],           action: "insertRowAboveSkuTable",       expected: { overrides: over([], [["A-CASE", { onHand: 123 }]]) } },
  { name: "the SKU table sorted",                          writers: BOTH, edits: [ON_HAND_A, COST_DATE_SKU], action: "sortSkuTable",         expected: { overrides: over([], [["A-CASE", { onHand: 123 }], ["2025-07-09", { unitCost: 1.35 }]]) } },
  { name: "a row inserted above the monitor table",        writers: BOTH, edits: [DAY2],                action: "insertRowAboveMonitor",        expected: { overrides: over([], [], [["2025-07-09", 44]]) } },
  { name: "the monitor sorted newest first",               writers: BOTH, edits: [DAY2],                action: "sortMonitor",                  expected: { overrides: over([], [], [["2025-07-09", 44]]) } },
  { name: "a SKU named __proto__: its on-hand only",       writers: BOTH, edits: [{ sku: "__proto__", column: "onHand", value: 77 }], action: "none", expected: { overrides: over([], [["__proto__", { onHand: 77 }]]), unchanged: [{ sku: "A-CASE", column: "onHand", value: 10 }, { sku: "2025-07-09", column: "onHand", value: 12 }] } },
  { name: "a SKU named like a date is not that monitor day", writers: BOTH, edits: [{ sku: "2025-07-09", column: "actual", value: 500 }], action: "none", expected: { overrides: over([], [["2025-07-09", { actual: 500 }]]), unchanged: [{ date: "2025-07-09", value: null }] } },
  { name: "a monitor day typed beside a date-named SKU",   writers: BOTH, edits: [DAY2],                action: "none",                         expected: { overrides: over([], [], [["2025-07-09", 44]]), unchanged: [{ sku: "2025-07-09", column: "actual", value: null }] } },
  { name: "the plan sheet renamed",                        writers: BOTH, edits: [SL],                  action: "renamePlanSheet",              expected: { overrides: over([["ServiceLevel", 0.97]]), reportSays: ['the plan sheet you renamed "My plan" and rebuilt it under your name'], sheetsKept: ["My plan"], sheetsGone: ["StockUp Plan"] } },
  { name: "the SKU sheet renamed",                         writers: BOTH, edits: [ON_HAND_A],           action: "renameSkuSheet",               expected: { overrides: over([], [["A-CASE", { onHand: 123 }]]), reportSays: ['renamed "My SKUs" and rebuilt it under your name'], sheetsKept: ["My SKUs"], sheetsGone: ["StockUp SKUs"] } },
  { name: "the monitor sheet renamed",                     writers: BOTH, edits: [DAY2],                action: "renameMonitorSheet",           expected: { overrides: over([], [], [["2025-07-09", 44]]), sheetsKept: ["Daily"], sheetsGone: ["StockUp Monitor"] } },
  { name: "a sheet the buyer added is kept",               writers: BOTH, edits: [SL],                  action: "addBuyerSheet",                expected: { overrides: over([["ServiceLevel", 0.97]]), sheetsKept: ["Notes"] } },
  { name: "a note on an input follows it; others are said", writers: ["cli"], edits: [SL],           action: "addNotesThenInsertRow",        expected: { overrides: over([["ServiceLevel", 0.97]]), reportSays: ["Kept 1 note(s) on inputs", "Could not keep 1 note(s) on plan cells"] } },
  { name: "a formula typed into an input stays a formula", writers: BOTH, edits: [], formulas: [{ name: "ServiceLevel", value: 0.97, formula: "=0.9+0.07", result: 0.97 }], action: "insertRowAbovePlanInputs", expected: { overrides: over([["ServiceLevel", 0.97]], [], [], [["name\u0000ServiceLevel", "=0.9+0.07"]]) } },
  { name: "a formula in a SKU input stays a formula",      writers: BOTH, edits: [], formulas: [{ sku: "A-CASE", column: "onHand", value: 30, formula: "=10*3", result: 30 }], action: "sortSkuTable", expected: { overrides: over([], [["A-CASE", { onHand: 30 }]], [], [["table\u0000A-CASE\u0000onHand", "=10*3"]]) } },
  { name: "a formula without a cached value is not blanked", writers: ["cli"], edits: [], formulas: [{ name: "ServiceLevel", value: 0.95, formula: "=0.9+0.07" }], action: "none", expected: { overrides: over([["ServiceLevel", 0.95]], [], [], [["name\u0000ServiceLevel", "=0.9+0.07"]]) } },
  { name: "the On hand column deleted: said, not guessed", writers: BOTH, edits: [ON_HAND_A],           action: "deleteOnHandColumn",           expected: { overrides: over(), notFound: [["column", "On hand", 0]], reportSays: ['Could not find the column "On hand"'] } },
  { name: "a deleted column keeps the remembered edit",    writers: BOTH, edits: [ON_HAND_A], rebuildFirst: true, action: "deleteOnHandColumn",  expected: { overrides: over([], [["A-CASE", { onHand: 123 }]]), notFound: [["column", "On hand", 1]], reportSays: ["1 edit(s) kept as they were at the last build"] } },
  { name: "a renamed header: said, not guessed",           writers: BOTH, edits: [ON_HAND_A],           action: "renameOnHandHeader",           expected: { overrides: over(), notFound: [["column", "On hand", 0]] } },
  { name: "the row of a named input deleted",              writers: BOTH, edits: [SL],                  action: "deleteServiceLevelRow",        expected: { overrides: over(), notFound: [["name", "ServiceLevel", 0]], reportSays: ["the input named ServiceLevel"] } },
];

/** Where the model put an input: its sheet and address. */
export function locate(model: PlanModel, e: Edit): { sheet: string; address: string } {
  if ("name" in e) {
    const n = model.names.find((x) => x.name === e.name);
    if (!n) throw new Error(`no name ${e.name}`);
    return { sheet: n.sheet, address: n.address };
  }
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells) {
      const k = cell.key;
      if (cell.kind !== "input" || !k) continue;
      if ("sku" in e && k.kind === "table" && k.sku === e.sku && k.column === e.column)
        return { sheet: sheet.name, address: cell.address };
      if ("date" in e && k.kind === "date" && k.date === e.date)
        return { sheet: sheet.name, address: cell.address };
    }
  }
  throw new Error(`no input ${JSON.stringify(e)}`);
}

/** The edits an expected override set stands for (to check the rebuilt cells). */
export function edited(expected: Expected): Edit[] {
  const o = expected.overrides;
  return [
    ...Object.keys(o.inputs).map((name) => ({ name, value: o.inputs[name] })),
    ...Object.keys(o.table).flatMap((sku) =>
      Object.keys(o.table[sku]).map((column) => ({ sku, column, value: o.table[sku][column] })),
    ),
    ...Object.keys(o.dates ?? {}).map((date) => ({ date, value: o.dates![date].actual })),
  ];
}

/** The formula typed into the same input as `e`, if any. */
export function formulaFor(formulas: readonly FormulaEdit[] | undefined, e: Edit): FormulaEdit | undefined {
  return formulas?.find(
    (f) =>
      ("name" in f && "name" in e && f.name === e.name) ||
      ("sku" in f && "sku" in e && f.sku === e.sku && f.column === e.column) ||
      ("date" in f && "date" in e && f.date === e.date),
  );
}

/** The ISO date of a monitor key cell value. */
export const isoOf = (v: CellValue): string => (typeof v === "number" ? excelSerialToIso(v) : String(v));
