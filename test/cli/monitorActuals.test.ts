/**
 * The monitor's Actual column through the exceljs writer and the CLI's read-back: a daily actual
 * the buyer typed in the .xlsx survives a rebuild and the monitor's expected numbers use it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlanOverrides, toCellValue } from "../../src/cli/readPlanOverrides";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanModel } from "../../src/plan/types";
import { tinyInput } from "../plan/fixtures";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";

// planned on the last promo day: an actual dated after the plan date would be ignored
const input = () =>
  tinyInput({ today: "2025-07-11", actuals: [{ date: "2025-07-08", sku: "A-CASE", units: 30 }] });
const monCell = (m: PlanModel, address: string) => m.sheets[2].cells.find((c) => c.address === address);

describe("readPlanOverrides: monitor actuals typed in the .xlsx", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-mon-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps a typed and an emptied actual through a rebuild of the file", async () => {
    const file = join(dir, "plan.xlsx");
    await writePlanXlsx(buildPlan(input()), file);
    const wb = await readXlsxWorkbook(file);
    const mon = wb.getWorksheet("StockUp Monitor")!;
    expect(toCellValue(mon.getCell("D5").value)).toBe(30);
    mon.getCell("D5").value = null; // the buyer clears the imported day 1
    mon.getCell("D7").value = 61; // and types day 3
    await wb.xlsx.writeFile(file);

    const over = await readPlanOverrides(file);
    expect(over?.dates).toEqual({ "2025-07-08": { actual: null }, "2025-07-10": { actual: 61 } });
    const model = buildPlan(input(), over!);
    expect(monCell(model, "D5")).toMatchObject({ value: null, overridden: true });
    expect(monCell(model, "D7")).toMatchObject({ value: 61, overridden: true });
    expect(monCell(model, "F7")?.expected).toBe(61); // 0 + 0 + 61
    expect(monCell(model, "F8")?.expected).toBe(""); // no actual on day 4: blank, not flat
    expect(monCell(model, "G5")?.expected).toBe("");

    await writePlanXlsx(model, file);
    const back = await readXlsxWorkbook(file);
    const mon2 = back.getWorksheet("StockUp Monitor")!;
    expect(toCellValue(mon2.getCell("D7").value)).toBe(61);
    expect(toCellValue(mon2.getCell("D5").value)).toBeNull();
    // and a second read-back still holds both edits (they were overrides last time)
    expect((await readPlanOverrides(file))?.dates).toEqual(over!.dates);
  }, 30_000);

  it("keeps a per-SKU daily actual typed in the .xlsx (keyed by day + SKU) through a rebuild", async () => {
    const file = join(dir, "plan.xlsx");
    await writePlanXlsx(buildPlan(input()), file);
    const wb = await readXlsxWorkbook(file);
    const bySku = wb.getWorksheet("StockUp Monitor by SKU")!;
    expect(toCellValue(bySku.getCell("B7").value)).toBe("A-CASE"); // 07-10, the one SKU
    bySku.getCell("D7").value = 17;
    await wb.xlsx.writeFile(file);
    const over = await readPlanOverrides(file);
    expect(over?.daySkus).toEqual({ "2025-07-10A-CASE": { skuActual: 17 } });
    const model = buildPlan(input(), over!);
    const cell = (a: string) => model.sheets[3].cells.find((c) => c.address === a);
    expect(cell("D7")).toMatchObject({ value: 17, overridden: true });
    expect(cell("F7")?.expected).toBe(47); // 30 on 07-08, none 07-09, 17 on 07-10
    expect(cell("G6")?.expected).toBe("no data");
  }, 30_000);
});
