/**
 * The CLI's rebuild of an .xlsx keeps every buyer edit whatever rows and columns the buyer
 * inserted or deleted and whichever plan sheet they renamed (property; the add-in's twin is in
 * test/excel/rebuild.property.test.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { defaultOnHand, fixtureBuilder, SINGLE_DEFAULTS } from "../excel/fixtures";
import { openXlsx, rebuildXlsx, renameSheet, spliceColumns, spliceRows } from "../support/xlsxEdits";

const SKUS = 6;
const build = fixtureBuilder(SKUS);

type Edit =
  | { kind: "single"; address: "B4" | "B5"; value: number }
  | { kind: "onHand"; row: number; value: number }
  | { kind: "mode"; row: number; value: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("single" as const),
    address: fc.constantFrom("B4" as const, "B5" as const),
    value: fc.integer({ min: 1, max: 365 }),
  }),
  fc.record({
    kind: fc.constant("onHand" as const),
    row: fc.integer({ min: 0, max: SKUS - 1 }),
    value: fc.integer({ min: 1000, max: 9999 }),
  }),
  fc.record({
    kind: fc.constant("mode" as const),
    row: fc.integer({ min: 0, max: SKUS - 1 }),
    value: fc.constantFrom("air", "express"),
  }),
);

function place(e: Edit): { sheet: string; address: string; value: number | string } {
  if (e.kind === "single") return { sheet: "Plan", address: e.address, value: e.value };
  return { sheet: "SKUs", address: `${e.kind === "onHand" ? "C" : "F"}${e.row + 2}`, value: e.value };
}

type Layout =
  | { kind: "rows"; sheet: "Plan" | "SKUs"; row: number; count: number }
  | { kind: "column"; sheet: "Plan" | "SKUs"; column: number }
  | { kind: "deleteTitle" }
  | { kind: "rename"; sheet: "Plan" | "SKUs"; to: string };

const layoutArb: fc.Arbitrary<Layout> = fc.oneof(
  fc.record({
    kind: fc.constant("rows" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    row: fc.integer({ min: 1, max: SKUS + 3 }),
    count: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({
    kind: fc.constant("column" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    column: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({ kind: fc.constant("deleteTitle" as const) }),
  fc.record({
    kind: fc.constant("rename" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    to: fc.constantFrom("My plan", "计划 2"),
  }),
);

function applyLayout(wb: ExcelJS.Workbook, renamed: Map<string, string>, l: Layout): void {
  const ws = (s: string) => wb.getWorksheet(renamed.get(s) ?? s)!;
  if (l.kind === "rows") spliceRows(ws(l.sheet), l.row, l.count);
  else if (l.kind === "column") spliceColumns(ws(l.sheet), l.column, 1);
  else if (l.kind === "deleteTitle") {
    const sheet = ws("SKUs");
    let col = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "Title" && col === 0) col = Number(cell.col);
      }),
    );
    if (col > 0) spliceColumns(sheet, col, -1);
  } else if (!wb.getWorksheet(l.to)) {
    renameSheet(wb, renamed.get(l.sheet) ?? l.sheet, l.to);
    renamed.set(l.sheet, l.to);
  }
}

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "stockup-cliprop-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("CLI rebuild: edits survive inserted/deleted rows and columns and renamed sheets (property)", () => {
  it("finds exactly the typed edits and writes the plan back in shape", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { maxLength: 6 }),
        fc.array(layoutArb, { minLength: 1, maxLength: 4 }),
        async (edits, layout) => {
          const file = join(dir, `p${run++}.xlsx`);
          await writePlanXlsx(build(), file);
          const wb = await openXlsx(file);
          const expected = new Map<string, number | string>();
          for (const e of edits) {
            const p = place(e);
            wb.getWorksheet(p.sheet)!.getCell(p.address).value = p.value;
            expected.set(`${p.sheet}!${p.address}`, p.value);
          }
          const renamed = new Map<string, string>();
          for (const l of layout) applyLayout(wb, renamed, l);
          await wb.xlsx.writeFile(file);
          const report = (await rebuildXlsx(file, build)).report;
          expect(report.notFound).toEqual([]);
          expect(report.kept).toHaveLength(expected.size);
          const after = await openXlsx(file);
          // a renamed plan sheet is rebuilt under the buyer's name (the plan's name is gone)
          const value = (sheet: string, address: string) =>
            toCellValue(after.getWorksheet(renamed.get(sheet) ?? sheet)!.getCell(address).value);
          for (const [where, v] of expected) {
            const [sheet, address] = where.split("!");
            expect(value(sheet, address)).toEqual(v);
          }
          for (let i = 0; i < SKUS; i++) {
            if (!expected.has(`SKUs!C${i + 2}`)) expect(value("SKUs", `C${i + 2}`)).toBe(defaultOnHand(i));
            if (!expected.has(`SKUs!F${i + 2}`)) expect(value("SKUs", `F${i + 2}`)).toBe("sea");
          }
          if (!expected.has("Plan!B4")) expect(value("Plan", "B4")).toBe(SINGLE_DEFAULTS.ServiceLevel);
          if (!expected.has("Plan!B5")) expect(value("Plan", "B5")).toBe(SINGLE_DEFAULTS.LeadTimeDays);
          for (const from of renamed.keys()) expect(after.getWorksheet(from)).toBeUndefined();
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
