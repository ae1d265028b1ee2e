/**
 * The writer against the real plan model (src/plan buildPlan), not only the hand-made fixture:
 * every cell of the model lands where the model says, in both locales (Chinese sheet names need
 * quoting in formulas and chart ranges), and buyer edits survive a rebuild.
 */
import { withA1Formulas } from "../../src/plan/a1Model";
import { writePlan } from "../../src/excel/writePlan";
import { buildPlan } from "../../src/plan/buildPlan";
import { addDays, type Locale } from "../../src/core";
import { inputCells } from "../../src/plan/inputCells";
import type { PlanInput, SalesRow, SkuRow } from "../../src/plan/input";
import type { PlanModel } from "../../src/plan/types";
import { cellOf, createWorkbook, FakeHost, refText, sheetByName, typeInto } from "./fakeExcel";
import type { FakeWorkbookState } from "./fakeExcel";

function input(skuCount: number, locale: Locale): PlanInput {
  const skus: SkuRow[] = [];
  const sales: SalesRow[] = [];
  for (let i = 0; i < skuCount; i++) {
    const sku = `SKU-${String(i).padStart(3, "0")}`;
    skus.push({
      sku,
      title: i === 0 ? "=cmd|' /C calc'!A0" : `Item ${i}`,
      unitCost: 3 + i,
      weightKg: 0.4,
      lengthCm: 12,
      widthCm: 8,
      heightCm: 5,
      battery: false,
      liquid: false,
      magnetic: false,
      moq: 50,
      casePack: 10,
      leadTimeDays: 20,
      onHand: 40 + i,
      onOrder: 0,
      sellingPrice: 19.99,
      channel: "amazon",
    });
    for (let d = 0; d < 90; d++)
      sales.push({ date: addDays("2025-06-01", d), sku, units: 2 + ((i + d) % 5) });
  }
  return {
    settings: {
      event: "bfcm",
      registrationDeadline: "2025-10-01",
      inboundCutoff: "2025-11-05",
      promoStart: "2025-11-28",
      promoEnd: "2025-12-01",
      locale,
    },
    today: "2025-08-30",
    skus,
    sales,
  };
}

/** Every model cell's content and number format, as the fake workbook holds it. */
function expectModelWritten(wb: FakeWorkbookState, structured: PlanModel): void {
  // writers put structured references in the workbook as A1 (src/plan/a1Model.ts)
  const model = withA1Formulas(structured);
  for (const sheet of model.sheets) {
    for (const c of sheet.cells) {
      const got = cellOf(wb, sheet.name, c.address);
      const where = `${sheet.name}!${c.address}`;
      if (c.kind === "formula") {
        expect([where, got?.formula]).toEqual([where, c.formula]);
      } else {
        expect([where, got?.value ?? null, got?.formula ?? null]).toEqual([
          where,
          c.value === "" ? null : c.value,
          null,
        ]);
      }
      const format =
        typeof c.value === "string" && c.kind !== "formula" ? "@" : (c.numberFormat ?? "General");
      expect([where, got?.numberFormat]).toEqual([where, format]);
    }
  }
}

describe("writePlan with buildPlan's model", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "writes every cell, name, table and chart of a %s plan",
    async (locale) => {
      const inp = input(40, locale);
      const model = buildPlan(inp);
      const wb = createWorkbook();
      const host = new FakeHost(wb);
      const report = await writePlan(host.excelRun, (o) => buildPlan(inp, o));
      expect(report.syncs).toBe(3);
      expectModelWritten(wb, model);
      for (const n of model.names) {
        const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.sheet) ? n.sheet : `'${n.sheet}'`;
        expect(wb.names.find((x) => x.name === n.name)?.formula).toBe(
          `=${quoted}!$${n.address.replace(/(\d+)/, "$$$1")}`,
        );
      }
      const tables = model.sheets.flatMap((s) =>
        s.tables.map((t) => [t.name, t.range, sheetByName(wb, s.name).id]),
      );
      expect(wb.tables.map((t) => [t.name, t.address, t.sheetId])).toEqual(tables);
      // printing: the plan sheet landscape one page wide over A:H, the SKU table as many pages
      // wide as ≈ 100 % needs with the SKU column on each; title rows on every page
      const [planS, skuS] = model.sheets;
      expect(sheetByName(wb, planS.name).print).toEqual({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: "$1:$2",
        area: planS.print!.area,
      });
      expect(planS.print!.area).toMatch(/^A1:K\d+$/);
      expect(sheetByName(wb, skuS.name).print).toEqual({
        orientation: "Landscape",
        zoom: { horizontalFitToPages: skuS.print!.pagesWide, verticalFitToPages: 0 },
        titleRows: "$1:$1",
        titleColumns: "$A:$A",
      });
      expect(skuS.print!.pagesWide).toBeGreaterThan(5);
      // long texts: merged, wrapped and top-aligned, their rows as tall as the model says
      for (const sheet of [planS, skuS]) {
        const fake = sheetByName(wb, sheet.name);
        const layout = sheet.textLayout!;
        expect(fake.merges ?? []).toEqual(layout.merge);
        for (const [row, points] of Object.entries(layout.rowHeights))
          expect([row, fake.rowHeights?.get(Number(row) - 1)]).toEqual([row, points]);
        for (const range of layout.wrap) {
          const first = range.split(":")[0];
          expect([range, cellOf(wb, sheet.name, first)?.format]).toEqual([
            range,
            expect.objectContaining({ wrapText: true, verticalAlignment: "Top" }),
          ]);
        }
      }
      // some long texts still need merging over A:K (fewer in Chinese, whose texts are shorter)
      expect(planS.textLayout!.merge.length).toBeGreaterThan(1);
      expect(model.sheets.slice(2).map((s) => sheetByName(wb, s.name).print)).toEqual([
        {
          orientation: "Landscape",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          titleRows: "$1:$4",
        },
        {
          orientation: "Portrait",
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          titleRows: "$1:$4",
        },
      ]);
      const charted = model.sheets.find((s) => s.charts.length > 0);
      if (charted) {
        const chart = sheetByName(wb, charted.name).charts[0];
        expect(refText(wb, chart.series[0].values)).toBe(
          charted.charts[0].series[0].values
            .replace(/\$/g, "")
            .replace(/^'([A-Za-z_][A-Za-z0-9_.]*)'!/, "$1!"),
        );
      }
    },
  );

  it("keeps a named input and a table input the buyer changed, and flags them overridden", async () => {
    const inp = input(15, "en-US");
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, (o) => buildPlan(inp, o));
    const refs = inputCells(buildPlan(inp));
    const named = refs.find((r) => r.key.kind === "name" && typeof r.written === "number")!;
    const table = refs.find((r) => r.key.kind === "table" && typeof r.written === "number")!;
    typeInto(wb, named.sheet, named.address, Number(named.written) + 1);
    typeInto(wb, table.sheet, table.address, 12345);
    const report = await writePlan(new FakeHost(wb).excelRun, (o) => buildPlan(inp, o));
    expect(report.inputsKept).toBe(2);
    expect(cellOf(wb, named.sheet, named.address)?.value).toBe(Number(named.written) + 1);
    expect(cellOf(wb, table.sheet, table.address)?.value).toBe(12345);
    const again = await writePlan(new FakeHost(wb).excelRun, (o) => buildPlan(inp, o));
    expect(again.changed).toBe(false);
  });
});
