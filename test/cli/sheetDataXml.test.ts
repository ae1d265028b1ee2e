/**
 * The writer's own `<sheetData>` (SheetDataXml) against exceljs's rendering of the same cells:
 * every package part equal, names in order, for real plans (sample, both languages, a rebuild with
 * the buyer's sheet and notes) and for generated sheets with the cases the plans rarely hold
 * (cells out of order, one address written twice, empty unstyled cells, rows with only a height,
 * header cells without a model cell, merged ranges over cells or none, text needing escapes). An exceljs that renders differently,
 * or a plan with a cell this renderer does not know, fails here.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { finishRebuild, readPlanEdits } from "../../src/cli/readPlanOverrides";
import { planPackage, writePlanXlsx } from "../../src/cli/xlsxWriter";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";
import { buildPlan } from "../../src/plan/buildPlan";
import { colLetter } from "../../src/plan/a1";
import type { PackageParts } from "../../src/cli/xlsxZip";
import type { PlanCell, PlanModel, PlanSheet, StyleKey } from "../../src/plan/types";
import { tinyInput } from "../plan/fixtures";
import { planSample } from "./samplePlan";

/** Every part of both packages, as text, in order. */
const texts = (p: PackageParts) => p.names().map((n) => [n, p.text(n)]);

async function expectSameParts(build: () => PlanModel): Promise<void> {
  const own = await planPackage(build(), "own");
  const theirs = await planPackage(build(), "exceljs");
  expect(own.names()).toEqual(theirs.names());
  // part by part, so a difference names its part
  for (const [name, text] of texts(theirs)) expect([name, own.text(name)]).toEqual([name, text]);
}

describe("own sheetData equals exceljs's", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "stockup-sheetdata-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("renders the small plan, in English and in Chinese", async () => {
    await expectSameParts(() => buildPlan(tinyInput()));
    const zh = tinyInput({ settings: { ...tinyInput().settings, locale: "zh-CN" } });
    await expectSameParts(() => buildPlan(zh));
  });

  it("renders the sample plan (12 SKUs, monitor sheets with a chart's note)", async () => {
    const { model } = await planSample(dir, ["--today", "2026-12-01"]);
    const json = JSON.stringify(model);
    // the plan sheet's merged ranges are rendered by the writer too
    expect(model!.sheets[0].textLayout?.merge.length).toBeGreaterThan(0);
    await expectSameParts(() => JSON.parse(json) as PlanModel);
  });

  it("renders a rebuild into a plan with the buyer's own sheet and a note on an input", async () => {
    const file = join(dir, "plan.xlsx");
    const first = buildPlan(tinyInput());
    await writePlanXlsx(first, file);
    const wb = await readXlsxWorkbook(file);
    const input = first.sheets[1].cells.find((c) => c.kind === "input")!;
    wb.getWorksheet(first.sheets[1].name)!.getCell(input.address).note = "checked with the supplier";
    wb.addWorksheet("Mine").getCell("A1").value = "the buyer's notes";
    await wb.xlsx.writeFile(file);
    const rebuilt = async (cells: "own" | "exceljs") => {
      const edits = (await readPlanEdits(file))!;
      const done = finishRebuild(buildPlan(tinyInput(), edits.overrides), edits);
      return planPackage(done.model, cells, done.base);
    };
    const own = await rebuilt("own");
    const theirs = await rebuilt("exceljs");
    expect(own.names()).toEqual(theirs.names());
    expect(own.names().some((n) => n.startsWith("xl/comments"))).toBe(true);
    for (const [name, text] of texts(theirs)) expect([name, own.text(name)]).toEqual([name, text]);
  });

  const STYLES: StyleKey[] = ["label", "input", "header", "value", "computed", "warning"];
  const cellArb = fc.record({
    row: fc.integer({ min: 1, max: 6 }),
    col: fc.integer({ min: 1, max: 5 }),
    kind: fc.constantFrom("label", "value", "formula", "input") as fc.Arbitrary<PlanCell["kind"]>,
    value: fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.constantFrom("", "=1+1", 'a<b & "c"', "补货 ✓", "x\u0001y", "A'B"),
    ),
    style: fc.constantFrom(...STYLES),
    numberFormat: fc.option(fc.constantFrom("0.00", "yyyy-mm-dd", "#,##0"), { nil: undefined }),
  });

  it("renders generated sheets: any order, repeats, blanks, heights, table headers, merges, a chart's note", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellArb, { minLength: 0, maxLength: 25 }),
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.constantFrom(0, 15, 30.5)),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom([], ["A1:B2"], ["C4:E4", "A6:A8"], ["A3:C3", "E1:E2"], ["B2:D3"]),
        async (raw, heights, withTable, withChart, merge) => {
          const cells: PlanCell[] = raw.map((c) => ({
            address: `${colLetter(c.col - 1)}${c.row}`,
            kind: c.kind,
            value: c.kind === "formula" ? null : c.value,
            formula: c.kind === "formula" ? `=IF(A1<2,"a&b",${colLetter(c.col)}${c.row + 1})` : undefined,
            style: c.style,
            numberFormat: c.numberFormat,
          }));
          const sheet: PlanSheet = {
            name: "Gen",
            cells,
            // a table over B3:D5 whose header cells may or may not have model cells
            tables: withTable
              ? [
                  {
                    name: "GenTable",
                    range: "B3:D5",
                    headerRow: 3,
                    columns: ["One", "Two", "Three"].map((h) => ({ key: h, header: h, kind: "value" })),
                    rowKeys: [],
                    style: "TableStyleLight9",
                  },
                ]
              : [],
            validations: [],
            conditionalFormats: [],
            charts: withChart
              ? [
                  {
                    title: "t",
                    type: "line",
                    categories: "'Gen'!$A$1:$A$2",
                    series: [],
                    from: "F1",
                    to: "H9",
                    fallbackNote: { address: "C2", text: "chart: see the table" },
                  },
                ]
              : [],
            frozen: { rows: 0, columns: 0 },
            columnWidths: {},
            textLayout: { merge: [...merge], wrap: ["A1:B2"], top: ["C1"], rowHeights: heights },
          };
          const model = (): PlanModel => ({
            meta: {
              schemaVersion: 1,
              locale: "en-US",
              refreshDate: "2026-12-01",
              builtBy: "test",
              event: "bfcm",
              forecastMethods: [],
            },
            sheets: [JSON.parse(JSON.stringify(sheet)) as PlanSheet],
            names: [],
          });
          await expectSameParts(model);
        },
      ),
      { numRuns: 60 },
    );
  });
});
