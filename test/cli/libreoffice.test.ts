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
import { main, preparePlan } from "../../src/cli/main";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import type { PlanModel } from "../../src/plan/types";

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

/** A buyer's edits between two builds: switch to the statistical method, raise the service level, fix stock. */
async function editLikeABuyer(file: string, statistical: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const plan = wb.worksheets[0];
  plan.getCell("B35").value = 0.975;
  plan.getCell("B37").value = statistical;
  plan.getCell("B46").value = 0.3; // air share
  wb.worksheets[1].getCell("U2").value = 0; // first SKU out of stock
  await wb.xlsx.writeFile(file);
}

async function crossCheck(
  lang: "en" | "zh",
  edited = false,
): Promise<{ model: PlanModel; wb: ExcelJS.Workbook }> {
  const dir = mkdtempSync(join(tmpdir(), "stockup-lo-"));
  try {
    const file = join(dir, "plan.xlsx");
    const argv = ["plan", "--sample", "--lang", lang, "--out", file];
    if (edited) {
      expect(await main(argv, quiet)).toBe(0);
      await editLikeABuyer(file, lang === "zh" ? "统计法" : "statistical");
    }
    // the expected numbers: the same build, including the edits read back from the file
    const prepared = await preparePlan(argv, quiet);
    expect(await main(argv, quiet)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalc(dir, file));
    return { model: prepared.model!, wb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

maybe("LibreOffice cross-check of the CLI's sample plan", () => {
  const cases = [
    ["en", false],
    ["zh", false],
    ["en", true],
  ] as const;
  for (const [lang, edited] of cases) {
    const what = edited ? "after a buyer's edits and a rebuild" : "as built";
    it(`recalculates every native formula to StockUp's number, no error cells (${lang}, ${what})`, async () => {
      const { model, wb } = await crossCheck(lang, edited);
      if (edited) expect(model.sheets[0].cells.find((c) => c.address === "B37")?.value).toBe("statistical");
      const errors: string[] = [];
      const mismatches: string[] = [];
      let compared = 0;
      let nonZero = 0;
      for (const sheet of model.sheets) {
        const ws = wb.getWorksheet(sheet.name);
        expect(ws).toBeDefined();
        ws!.eachRow((row) =>
          row.eachCell((c) => {
            if (isErrorValue(c.value)) errors.push(`${sheet.name}!${c.address} ${JSON.stringify(c.value)}`);
          }),
        );
        for (const cell of sheet.cells) {
          if (cell.kind !== "formula") continue;
          expect(cell.expected).toBeDefined();
          const raw = ws!.getCell(cell.address).value;
          const exp = cell.expected!;
          // exceljs 4 drops a formula's cached result when it is 0 or "" (its reader tests the
          // value's truthiness), so "no result" can only stand for an expected 0 or "". A file
          // LibreOffice did not recalculate has no results at all and fails on the other cells.
          const noResult =
            raw !== null &&
            typeof raw === "object" &&
            "formula" in raw &&
            !("result" in raw && raw.result !== undefined);
          const got = noResult ? (exp === "" ? "" : 0) : toCellValue(raw);
          if (noResult && exp !== 0 && exp !== "") {
            mismatches.push(`${sheet.name}!${cell.address} ${cell.formula}: expected ${exp}, got no result`);
            continue;
          }
          if (!noResult) nonZero++;
          const ok =
            typeof exp === "number" ? typeof got === "number" && same15(got, exp) : (got ?? "") === exp;
          compared++;
          if (!ok)
            mismatches.push(`${sheet.name}!${cell.address} ${cell.formula}: expected ${exp}, got ${got}`);
        }
      }
      expect(errors).toEqual([]);
      expect(mismatches).toEqual([]);
      // every formula in the sample (3 sheets, 12 SKUs, 4 promo days) was compared
      expect(compared).toBeGreaterThan(300);
      expect(nonZero).toBeGreaterThan(200);
    }, 120_000);
  }
});
