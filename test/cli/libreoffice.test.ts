/**
 * Cross-check (issue 6): the CLI's .xlsx, recalculated by LibreOffice headless, has no error
 * cells, and every native formula equals the number StockUp computed for the same input.
 * LibreOffice keeps cached values unless told otherwise; the files carry none, and a throwaway
 * profile sets OOXMLRecalcMode=0 (always recalculate) so nothing stale can pass.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { colLetter } from "../../src/plan/layout";
import { main, preparePlan } from "../../src/cli/main";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import type { PlanModel } from "../../src/plan/types";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";

const quiet = { stdout: () => undefined, stderr: () => undefined };

function findSoffice(): string | null {
  for (const bin of ["soffice", "libreoffice"]) {
    const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return bin;
  }
  return null;
}

const soffice = findSoffice();
if (!soffice && process.env.CI === "true") {
  // CI installs libreoffice-calc: a missing soffice there is a broken pipeline, not a skip
  throw new Error("LibreOffice (soffice) is not installed but CI=true: apt-get install libreoffice-calc");
}
const maybe = soffice ? describe : describe.skip;

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `file` in LibreOffice (throwaway HOME) and returns the path of the converted copy. */
function recalc(dir: string, file: string): string {
  const home = join(dir, "home");
  const user = join(home, ".config", "libreoffice", "4", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, "registrymodifications.xcu"), PROFILE);
  const outDir = join(dir, "recalc");
  const r = spawnSync(
    soffice!,
    ["--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, file],
    {
      env: { ...process.env, HOME: home },
      encoding: "utf8",
      timeout: 100_000,
    },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  return join(outDir, "plan.xlsx");
}

/** Same to 15 significant digits (relative 1e-14 leaves room for LibreOffice's Kahan-summed SUM). */
function same15(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-14 * Math.max(Math.abs(a), Math.abs(b));
}

function isErrorValue(v: ExcelJS.CellValue): boolean {
  if (v && typeof v === "object") {
    if ("error" in v) return true;
    if ("result" in v) return isErrorValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  return typeof v === "string" && /^#(NAME\?|VALUE!|REF!|DIV\/0!|NUM!|N\/A|NULL!)$/.test(v);
}

/** The cell a workbook name points at (plan inputs are found by name, never by address). */
function named(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`no name ${name}`);
  return wb.getWorksheet(m[1].replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`);
}

/** The SKU table cell of body row `row` (1 = first SKU) in the column headed `header`. */
function skuCellOf(wb: ExcelJS.Workbook, row: number, header: string): ExcelJS.Cell {
  const ws = wb.worksheets[1];
  let col = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (c.value === header) col = i;
  });
  if (!col) throw new Error(`no column ${header}`);
  return ws.getRow(1 + row).getCell(col);
}

/**
 * A buyer's edits between two builds: switch to the statistical method, raise the service level,
 * move the promo end one day later (typed as a real date: the window is re-forecast), limit sea,
 * fix stock, type an actual and a final order quantity.
 */
async function editLikeABuyer(file: string, statistical: string): Promise<void> {
  const wb = await readXlsxWorkbook(file);
  named(wb, "ServiceLevel").value = 0.975;
  named(wb, "SafetyStockMethod").value = statistical;
  named(wb, "SeaMaxShare").value = 0.6;
  const end = named(wb, "PromoEnd");
  // exceljs reads a date-formatted cell as a Date: type the next day as a real date
  end.value = new Date((end.value as Date).getTime() + 86_400_000);
  skuCellOf(wb, 1, "On hand").value = 0; // first SKU out of stock
  wb.worksheets[2].getCell("D6").value = 123; // the buyer types the second promo day's actual
  skuCellOf(wb, 2, "Actual to date").value = 500; // and the second SKU's actual to date (pace, resized)
  // 1,050 in cases of 200 (SU-CABLE-C2C): 5.25 cartons, so the sheet shows 6 whole cartons
  skuCellOf(wb, 3, "Final order qty override").value = 1050;
  await wb.xlsx.writeFile(file);
}

/** Growth −100 %, which the validation allows: no demand, so nothing may divide by it. */
async function growthMinus100(file: string): Promise<void> {
  const wb = await readXlsxWorkbook(file);
  named(wb, "GrowthRate").value = -1;
  await wb.xlsx.writeFile(file);
}

/** Builds with the CLI (optionally editing the first build like a buyer, then rebuilding) and recalculates. */
async function crossCheck(
  argvFor: (dir: string, file: string) => string[],
  edit?: (file: string) => Promise<void>,
): Promise<{ model: PlanModel; wb: ExcelJS.Workbook }> {
  const dir = mkdtempSync(join(tmpdir(), "stockup-lo-"));
  try {
    const file = join(dir, "plan.xlsx");
    const argv = argvFor(dir, file);
    if (edit) {
      expect(await main(argv, quiet)).toBe(0);
      await edit(file);
    }
    // the expected numbers: the same build, including any edits read back from the file
    const prepared = await preparePlan(argv, quiet);
    expect(await main(argv, quiet)).toBe(0);
    const wb = await readXlsxWorkbook(recalc(dir, file));
    return { model: prepared.model!, wb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compares every formula cell of the model with LibreOffice's result; lists error cells. */
function compare(model: PlanModel, wb: ExcelJS.Workbook) {
  const errors: string[] = [];
  const mismatches: string[] = [];
  let compared = 0;
  let nonZero = 0;
  for (const sheet of model.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) {
      errors.push(`sheet ${sheet.name} missing`);
      continue;
    }
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (isErrorValue(c.value)) errors.push(`${sheet.name}!${c.address} ${JSON.stringify(c.value)}`);
      }),
    );
    for (const cell of sheet.cells) {
      if (cell.kind !== "formula") continue;
      const raw = ws.getCell(cell.address).value;
      const exp = cell.expected;
      if (exp === undefined) {
        mismatches.push(`${sheet.name}!${cell.address} ${cell.formula}: no expected value`);
        continue;
      }
      // exceljs 4 drops a formula's cached result when it is 0 or "" (its reader tests the
      // value's truthiness), so "no result" can only stand for an expected 0 or "". A file
      // LibreOffice did not recalculate has no results at all and fails on the other cells.
      const noResult =
        raw !== null &&
        typeof raw === "object" &&
        "formula" in raw &&
        !("result" in raw && raw.result !== undefined);
      if (noResult && exp !== 0 && exp !== "") {
        mismatches.push(`${sheet.name}!${cell.address} ${cell.formula}: expected ${exp}, got no result`);
        continue;
      }
      const got = noResult ? (exp === "" ? "" : 0) : toCellValue(raw);
      if (!noResult) nonZero++;
      const ok = typeof exp === "number" ? typeof got === "number" && same15(got, exp) : (got ?? "") === exp;
      compared++;
      if (!ok) mismatches.push(`${sheet.name}!${cell.address} ${cell.formula}: expected ${exp}, got ${got}`);
    }
  }
  return { errors, mismatches, compared, nonZero };
}

const sample = (lang: "en" | "zh") => (_dir: string, file: string) => [
  "plan",
  "--sample",
  "--lang",
  lang,
  "--out",
  file,
];

maybe("LibreOffice cross-check of the CLI's plans", () => {
  const cases = [
    ["en", false],
    ["zh", false],
    ["en", true],
  ] as const;
  for (const [lang, edited] of cases) {
    const what = edited ? "after a buyer's edits and a rebuild" : "as built";
    it(`recalculates every native formula of the sample to StockUp's number, no error cells (${lang}, ${what})`, async () => {
      const edit = edited ? (f: string) => editLikeABuyer(f, "statistical") : undefined;
      const { model, wb } = await crossCheck(sample(lang), edit);
      if (edited) {
        const method = model.names.find((n) => n.name === "SafetyStockMethod")!;
        expect(model.sheets[0].cells.find((c) => c.address === method.address)?.value).toBe("statistical");
        // the promo end typed one day later re-forecast a 5-day window
        expect(model.sheets[2].tables[0].range).toBe("A4:G9");
        // the typed actual came back from the file and the monitor's formulas are checked with it
        expect(model.sheets[2].cells.find((c) => c.address === "D6")).toMatchObject({
          kind: "input",
          value: 123,
          overridden: true,
        });
        const typed = (column: string) =>
          model.sheets[1].cells.filter(
            (c) => c.overridden && c.key?.kind === "table" && c.key.column === column,
          );
        expect(typed("actual").map((c) => c.value)).toEqual([500]);
        // the typed final order quantity survived the rebuild and the modes were re-split to it
        const [override] = typed("orderOverride");
        expect(override.value).toBe(1050);
        const row = override.address.replace(/^[A-Z]+/, "");
        const units = model.sheets[1].tables[0].columns
          .map((c, i) => [c.key, i] as const)
          .filter(([k]) => k === "seaUnits" || k === "airUnits" || k === "expressUnits")
          .map(
            ([, i]) =>
              model.sheets[1].cells.find((c) => c.address === `${colLetter(i)}${row}`)?.value as number,
          );
        expect(units.reduce((a, b) => a + b, 0)).toBe(1050);
        // whole cartons (CEILING, recalculated by LibreOffice below): 6, and the cartons' CBM
        const cartonsCol = model.sheets[1].tables[0].columns.findIndex((c) => c.key === "cartons");
        const cartons = model.sheets[1].cells.find((c) => c.address === `${colLetter(cartonsCol)}${row}`)!;
        expect(cartons.expected).toBe(6);
      }
      const r = compare(model, wb);
      expect(r.errors).toEqual([]);
      expect(r.mismatches).toEqual([]);
      // every formula in the sample (3 sheets, 12 SKUs, 4–5 promo days) was compared; the sample
      // lives in the present (its promo is ahead, so it carries no actuals and the monitor's
      // actual-driven cells are blank)
      expect(r.compared).toBeGreaterThan(220);
      expect(r.nonZero).toBeGreaterThan(120);
    }, 120_000);
  }

  it("shows no #DIV/0! at growth −100 %: no demand, no order, pace 1", async () => {
    const { model, wb } = await crossCheck(sample("en"), growthMinus100);
    const total = model.names.find((n) => n.name === "OrderTotal")!;
    expect(model.sheets[0].cells.find((c) => c.address === total.address)?.expected).toBe(0);
    const r = compare(model, wb);
    expect(r.errors).toEqual([]);
    expect(r.mismatches).toEqual([]);
    expect(r.compared).toBeGreaterThan(220);
  }, 120_000);

  it("agrees on the edge cases too: a SKU without history, zero stock, actuals above plan", async () => {
    const argv = (dir: string, file: string) => {
      const skus =
        "sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,battery,liquid,magnetic,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel\n" +
        'A,"=Case, +2 pack",0.35,0.05,15,9,2,0,0,1,0,7,0,0,0,3.99,amazon\n' +
        "NEW,New gadget,12.5,1.2,40,30,20,1,0,0,33,6,45,0,0,59,tiktok\n";
      const lines = ["date,sku,units,promo,price"];
      for (let i = 0; i < 200; i++) {
        const d = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        lines.push(`${d},A,${3 + (i % 5)},${i % 50 === 0 ? 1 : 0},3.99`);
      }
      writeFileSync(join(dir, "skus.csv"), skus);
      writeFileSync(join(dir, "sales.csv"), lines.join("\n") + "\n");
      writeFileSync(join(dir, "actuals.csv"), "date,sku,units\n2025-08-01,A,40\n2025-08-01,NEW,3\n");
      return [
        "plan",
        "--sales",
        join(dir, "sales.csv"),
        "--skus",
        join(dir, "skus.csv"),
        "--actuals",
        join(dir, "actuals.csv"),
        "--promo-start",
        "2025-08-01",
        "--promo-end",
        "2025-08-03",
        "--inbound-cutoff",
        "2025-07-20",
        // the second promo day: the actuals of day 1 are sales that happened
        "--today",
        "2025-08-02",
        "--lang",
        "zh",
        "--out",
        file,
      ];
    };
    const { model, wb } = await crossCheck(argv);
    const r = compare(model, wb);
    expect(r.errors).toEqual([]);
    expect(r.mismatches).toEqual([]);
    // 39 on the plan sheet (the stale-order line, the cost split), 2 SKUs × 16 in the table (the
    // stale-order flag), 3 days × 3 on the monitor, 3 days × 2 SKUs × 3 on the monitor by SKU
    expect(r.compared).toBe(98);
    expect(model.meta.forecastMethods.find((m) => m.sku === "NEW")?.method).toBe("no history");
  }, 120_000);
});

maybe("a typed final order quantity before and after a rebuild (buyer read #5)", () => {
  it("flags the stale row and the top, keeps the cost rows adding up; the rebuild dates the run-out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stockup-lo-stale-"));
    try {
      const file = join(dir, "plan.xlsx");
      const argv = ["plan", "--sample", "--today", "2026-12-02", "--out", file];
      const built = (await preparePlan(argv, quiet)).model!;
      expect(await main(argv, quiet)).toBe(0);
      // the buyer types 2,000 for the first SKU (SU-CASE-IP15, built for 4,700) and does not rebuild
      const wb0 = await readXlsxWorkbook(file);
      skuCellOf(wb0, 1, "Final order qty override").value = 2000;
      await wb0.xlsx.writeFile(file);
      const wb = await readXlsxWorkbook(recalc(dir, file));
      const result = (c: ExcelJS.Cell) => toCellValue(c.value);
      expect(result(skuCellOf(wb, 1, "Order qty"))).toBe(2000);
      expect(result(skuCellOf(wb, 1, "Typed qty not in the plan yet"))).toBe(1);
      // (exceljs reads a formula's cached 0 as no result)
      expect(result(skuCellOf(wb, 2, "Typed qty not in the plan yet")) ?? 0).toBe(0);
      // the top of the plan sheet says it, above section 1
      expect(String(result(wb.worksheets[0].getCell("A3")))).toMatch(
        /^1 SKU\(s\) have a typed final order quantity this plan was not rebuilt for/,
      );
      // the cost rows follow the typed quantity and still add up to the total: the build's per-unit
      // costs × (4,700 − 2,000) fewer units come off each
      const unit = (key: string) =>
        built.sheets[1].cells.find((c) => c.key === undefined && c.address === `${letterOf(built, key)}2`)!
          .value as number;
      const value = (name: string) => result(named(wb, name)) as number;
      const builtValue = (name: string) => {
        const n = built.names.find((x) => x.name === name)!;
        return built.sheets[0].cells.find((c) => c.address === n.address)!.expected as number;
      };
      expect(value("CostToWarehouseTotal")).toBeCloseTo(
        builtValue("CostToWarehouseTotal") - unit("warehouseUnit") * 2700,
        6,
      );
      expect(value("SellingCostsTotal")).toBeCloseTo(
        builtValue("SellingCostsTotal") - unit("sellingUnit") * 2700,
        6,
      );
      // Cost to the warehouse + selling costs and contingency = the total two rows below
      const totalRow = wb.worksheets[0].getCell(
        `B${Number(/\d+$/.exec(built.names.find((x) => x.name === "SellingCostsTotal")!.address)![0]) + 2}`,
      );
      expect(result(totalRow) as number).toBeCloseTo(
        value("CostToWarehouseTotal") + value("SellingCostsTotal"),
        6,
      );

      // ROI would be the typed quantity's margin over the build's cash out: the stale row and the
      // plan's ROI say "rebuild" instead, as do the units short because of typed orders (buyer
      // read 2 #2); the other SKU's ROI stays its own number (margin on plan / cash out)
      expect(result(skuCellOf(wb, 1, "ROI"))).toBe("rebuild");
      const roi2 = result(skuCellOf(wb, 2, "ROI")) as number;
      expect(roi2).toBeCloseTo(
        (result(skuCellOf(wb, 2, "Margin on plan")) as number) /
          (result(skuCellOf(wb, 2, "Cash out")) as number),
        9,
      );
      expect(result(named(wb, "RoiTotal"))).toBe("rebuild");
      expect(result(named(wb, "UnitsShortTyped"))).toBe("rebuild");
      expect(result(named(wb, "UnitsShortTotal"))).toBe("rebuild");
      // units short before any order can arrive do not depend on the order: still a number
      expect(typeof result(named(wb, "UnitsShortBeforeArrival"))).not.toBe("string");

      // the rebuild: the split follows 2,000, the flag clears, and "Runs out on" shows the date
      // the plan's own warning gives for the typed shortfall
      const rebuilt = (await preparePlan(argv, quiet)).model!;
      const row = (key: string) =>
        rebuilt.sheets[1].cells.find((c) => c.address === `${letterOf(rebuilt, key)}2`)!;
      expect(row("orderStale").expected).toBe(0);
      // ROI is a number again: the rebuilt margin over the rebuilt cash out
      expect(row("roi").expected).toBeCloseTo(
        (row("marginPlan").expected as number) / (row("cashOut").value as number),
        9,
      );
      const warning = rebuilt.sheets[0].cells
        .map((c) => String(c.value))
        .find((v) => v.startsWith("SU-CASE-IP15: the final order quantity typed (2,000)"))!;
      const date = /runs out on (\d{4}-\d{2}-\d{2})/.exec(warning)![1];
      expect(row("stockOutDate").value).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000 + 25_569);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** The SKU table column letter of a column key in a model. */
function letterOf(model: PlanModel, key: string): string {
  return colLetter(model.sheets[1].tables[0].columns.findIndex((c) => c.key === key));
}
