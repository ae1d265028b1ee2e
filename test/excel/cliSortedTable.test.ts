/**
 * The CLI's readback (src/cli/readPlanOverrides.ts) of a plan .xlsx the buyer sorted in Excel:
 * edits follow their SKU exactly as in the add-in (same `locateInputs`), not the cell address.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { readPlanOverrides } from "../../src/cli/readPlanOverrides";
import { planToWorkbook } from "../../src/cli/xlsxWriter";
import { fixtureBuilder, skuCode } from "./fixtures";

const N = 5;
let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "stockup-sort-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Body row i (0-based) of the SKUs sheet gets the constants of body row order[i]; formulas stay. */
function sortRows(ws: ExcelJS.Worksheet, order: number[]): void {
  for (let c = 1; c <= 6; c++) {
    const before = order.map((from) => ws.getCell(from + 2, c).value);
    if (before.some((v) => v !== null && typeof v === "object" && "formula" in v)) continue;
    before.forEach((v, i) => (ws.getCell(i + 2, c).value = v));
  }
}

async function readBack(wb: ExcelJS.Workbook, name: string) {
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return readPlanOverrides(file);
}

describe("readPlanOverrides: edits follow their SKU", () => {
  it("credits an on-hand edit to its SKU after the buyer reversed the table", async () => {
    const wb = planToWorkbook(fixtureBuilder(N)());
    const ws = wb.getWorksheet("SKUs")!;
    ws.getCell("C3").value = 777; // SKU index 1
    sortRows(ws, [4, 3, 2, 1, 0]); // index 1 now in sheet row 5
    expect(ws.getCell("A5").value).toBe(skuCode(1));
    const o = await readBack(wb, "sorted.xlsx");
    expect(o?.table).toEqual({ [skuCode(1)]: { onHand: 777 } });
  });

  it("drops the edit of a deleted SKU row and keeps the others on their SKUs", async () => {
    const wb = planToWorkbook(fixtureBuilder(N)());
    const ws = wb.getWorksheet("SKUs")!;
    ws.getCell("C3").value = 9; // index 1, deleted below
    ws.getCell("F5").value = "air"; // index 3
    ws.spliceRows(3, 1);
    expect(ws.getCell("A4").value).toBe(skuCode(3));
    const o = await readBack(wb, "deleted.xlsx");
    expect(o?.table).toEqual({ [skuCode(3)]: { mode: "air" } });
  });
});
