/**
 * How the plan prints (review: the 74-column SKU sheet printed one page wide was unreadable, and
 * the plan sheet's help texts running to the right made LibreOffice shrink the page).
 */
import { buildPlan } from "../../src/plan/buildPlan";
import { parseA1 } from "../../src/plan/a1";
import {
  columnPixels,
  overflows,
  LANDSCAPE_PAGE_PX,
  pagesWide,
  textWidth,
  wrapLongTexts,
  wrappedLines,
} from "../../src/plan/sheets/printLayout";
import type { PlanCell } from "../../src/plan/types";
import { tinyInput } from "./fixtures";

const label = (address: string, value: string, style: PlanCell["style"] = "note"): PlanCell => ({
  address,
  kind: "label",
  value,
  style,
});

describe("print layout rules", () => {
  it("counts CJK characters double; a width holds 1.1 characters of text (1 bold), lines fill to 90 %", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("关税abc")).toBe(7);
    // 50 wide holds 55; 100 characters over 49.5 per line → 3 lines; bold: 45 per line → 3
    expect([overflows("x".repeat(55), 50), overflows("x".repeat(56), 50)]).toEqual([false, true]);
    expect(overflows("x".repeat(51), 50, true)).toBe(true);
    expect(wrappedLines("x".repeat(100), 50)).toBe(3);
    expect(wrappedLines("x".repeat(99), 50)).toBe(2);
    expect(wrappedLines("a\nb", 50)).toBe(2);
  });

  it("merges a long text across the empty cells to its right up to the last printed column, and sizes the row", () => {
    const widths = { A: 46, B: 18, C: 40, D: 14, E: 14 };
    const cells = [
      label("A1", "short"),
      label("A2", "y".repeat(200)), // alone on its row: A:E = 132 wide, 145.2 × 90 % per line → 2 lines
      label("A3", "Label"),
      { address: "B3", kind: "input", value: 1, style: "input" } as PlanCell,
      label("C3", "z".repeat(100)), // after an input: C:E = 68 wide, 74.8 × 90 % per line → 2 lines
      label("A4", "w".repeat(60)), // B4 is taken: wraps inside A (46 holds 50.6) → 2 lines
      { address: "B4", kind: "value", value: 2, style: "value" } as PlanCell,
      label("A5", "v".repeat(100)), // fits in A:E on one line: left to overflow
      label("A6", "u".repeat(50)), // fits in A (50.6) though wider than 46: left alone
    ];
    expect(wrapLongTexts(cells, widths, "E", () => true)).toEqual({
      merge: ["A2:E2", "C3:E3"],
      wrap: ["A2:E2", "C3:E3", "A4"],
      top: ["A2:E2", "A3:E3", "A4:E4"],
      rowHeights: { 2: 30, 3: 30, 4: 30 },
    });
  });

  it("fits a wide table to as many landscape pages as ≈ 100 % needs, the title column on each", () => {
    // SKU 14 (103 px) on every page; 20 columns of 13 (96 px) = 1,920 px over 921 − 103 = 818 → 3
    expect(columnPixels(14)).toBe(103);
    expect(columnPixels(13)).toBe(96);
    expect(pagesWide([14, ...Array<number>(20).fill(13)], 1)).toBe(3);
    expect(pagesWide([10, 10], 0)).toBe(1);
  });
});

describe("the plan's page setup", () => {
  const model = buildPlan(tinyInput());
  const [plan, skus] = model.sheets;

  it("prints the SKU table landscape, N pages wide at ≈ 100 %, header row and SKU column on every page", () => {
    const widths = skus.tables[0].columns.map((_, i) => skus.columnWidths[colName(i)]);
    const rest = widths.slice(1).reduce((a, w) => a + columnPixels(w), 0);
    const n = Math.ceil(rest / (LANDSCAPE_PAGE_PX - columnPixels(widths[0])));
    expect(n).toBeGreaterThan(5); // 70-odd columns are not one page
    expect(skus.print).toEqual({ titleRows: 1, titleColumns: 1, landscape: true, pagesWide: n });
    // the headers wrap in their columns: row 1 as tall as the longest needs (at most 4 lines)
    expect(skus.textLayout!.wrap).toEqual([`A1:${colName(widths.length - 1)}1`]);
    expect(skus.textLayout!.rowHeights[1]).toBeGreaterThanOrEqual(30);
    expect(skus.textLayout!.rowHeights[1]).toBeLessThanOrEqual(60);
  });

  it("prints the plan sheet's columns A:K only, landscape one page wide, its texts wrapped inside them", () => {
    const last = Math.max(...plan.cells.map((c) => parseA1(c.address).row));
    expect(plan.print).toEqual({ titleRows: 2, landscape: true, area: `A1:K${last}` });
    // nothing the sheet writes lies outside the print area
    expect(plan.cells.every((c) => parseA1(c.address).col <= 11)).toBe(true);
    // every text wider than the cells it may spread over is wrapped (and its row sized)
    const wrapped = new Set(plan.textLayout!.wrap.map((r) => r.split(":")[0]));
    const width = (col: number) => plan.columnWidths[colName(col)];
    const taken = new Set(plan.cells.map((c) => c.address));
    for (const c of plan.cells) {
      if (
        c.kind !== "label" ||
        typeof c.value !== "string" ||
        !["note", "warning", "label", "header"].includes(c.style)
      )
        continue;
      const { row, col } = parseA1(c.address);
      let span = 0;
      for (let k = col - 1; k < 11 && (k === col - 1 || !taken.has(`${colName(k)}${row}`)); k++)
        span += width(k);
      if (overflows(c.value, span, c.style === "warning" || c.style === "header")) {
        expect([c.address, wrapped.has(c.address)]).toEqual([c.address, true]);
        expect(plan.textLayout!.rowHeights[row]).toBeGreaterThanOrEqual(30);
      }
    }
    // (A:K since the shipments table has surcharge, insurance and paid-at-shipment columns: fewer
    // texts need more than one row)
    expect(plan.textLayout!.merge.length).toBeGreaterThanOrEqual(5);
  });
});

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
