/**
 * The rebuild keeps every input the plan has, whatever inputs the plan adds later (issue 16): each
 * numeric input of the built plan — named singles, SKU-table columns marked as inputs, monitor
 * days — gets a distinct typed value, the buyer inserts a row and a column on every sheet, and the
 * rebuild must find every one of them on its own name, SKU or day.
 */
import { writePlan } from "../../src/excel/writePlan";
import { buildPlan } from "../../src/plan/buildPlan";
import { inputCells } from "../../src/plan/inputCells";
import { inputId } from "../../src/plan/readOverrides";
import type { PlanOverrides } from "../../src/plan/types";
import { constantSales, SKU_A, tinyInput } from "../plan/fixtures";
import { createWorkbook, FakeHost, insertColumns, insertRows, typeInto } from "./fakeExcel";

const now = () => new Date("2025-05-01T08:00:00Z");
const input = () =>
  tinyInput({
    skus: ["A-CASE", "B-CASE"].map((sku, i) => ({ ...SKU_A, sku, onHand: 10 + i })),
    sales: ["A-CASE", "B-CASE"].flatMap((sku) => constantSales(sku)),
  });
const build = (o?: PlanOverrides) => buildPlan(input(), o);

describe("rebuild: every input of the plan is found by identity", () => {
  it("keeps a typed value in each numeric input after rows and columns were inserted on every sheet", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, build, { now });
    const model = build();
    const typed = new Map<string, number>();
    const formatOf = new Map(
      model.sheets.flatMap((s) => s.cells.map((c) => [`${s.name}!${c.address}`, c.numberFormat ?? ""])),
    );
    for (const ref of inputCells(model)) {
      if (typeof ref.written === "string" || typeof ref.written === "boolean") continue; // list/text inputs: checked in the matrix
      const w = ref.written ?? 0;
      // never the default, and still a plan: dates one day later (their order kept), numbers 1 % up
      const value = /yy/.test(formatOf.get(`${ref.sheet}!${ref.address}`) ?? "")
        ? w + 1
        : Math.round((w * 1.01 + 0.001) * 1e6) / 1e6;
      typeInto(wb, ref.sheet, ref.address, value);
      typed.set(inputId(ref.key), value);
    }
    expect(typed.size).toBeGreaterThan(40);
    for (const sheet of model.sheets) {
      insertRows(wb, sheet.name, 2, 1);
      insertColumns(wb, sheet.name, "A", 1);
    }
    const report = await writePlan(new FakeHost(wb).excelRun, build, { now });
    expect(report.rebuild.notFound).toEqual([]);
    const found = new Map<string, unknown>();
    for (const k of report.rebuild.kept) found.set(inputId(k.key), k.value);
    expect(found).toEqual(typed);
  });
});
