import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { PackageParts, workbookParts, writeZip } from "../../src/cli/xlsxZip";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanModel } from "../../src/plan/types";
import { tinyInput } from "../plan/fixtures";

describe("writeZip", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "stockup-zip-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every part, in order, deflated, with the same bytes", async () => {
    const stored = new PackageParts();
    const sheet = `<sheetData>${'<row><c r="A1" s="1"><v>1</v></c></row>'.repeat(2000)}</sheetData>`;
    stored.append("<Types/>", { name: "[Content_Types].xml" });
    stored.append(sheet, { name: "xl/worksheets/sheet1.xml" });
    stored.append("<sst><si><t>补货 ✓</t></si></sst>", { name: "xl/sharedStrings.xml" });
    const file = join(dir, "out.xlsx");
    await writeZip(stored, file);
    const bytes = readFileSync(file);
    const back = await JSZip.loadAsync(bytes);
    const names = Object.values(back.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(names).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]);
    expect(await back.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(sheet);
    expect(await back.file("xl/sharedStrings.xml")!.async("string")).toBe(
      "<sst><si><t>补货 ✓</t></si></sst>",
    );
    // 2,000 repeated rows deflate to a small fraction of their 74,000 characters
    expect(bytes.length).toBeLessThan(sheet.length / 20);
  });
});

describe("workbookParts", () => {
  it("renders every part exactly as exceljs's own write does, in its order", async () => {
    const workbook = () => {
      const wb = new ExcelJS.Workbook();
      wb.created = wb.modified = new Date("2026-12-01T00:00:00Z");
      const ws = wb.addWorksheet("Plan 计划");
      ws.getCell("A1").value = "补货 ✓";
      ws.getCell("B2").value = { formula: "SUM(1,2)", result: 3 };
      ws.getCell("B2").numFmt = "0.00";
      ws.addTable({
        name: "T",
        ref: "D1",
        columns: [{ name: "SKU" }, { name: "Units" }],
        rows: [
          ["A", 1],
          ["B", 2],
        ],
      });
      wb.definedNames.add("'Plan 计划'!$A$1", "Title");
      // texts the shared strings part escapes or marks (sharedStringsXml): spaces at either end,
      // line feeds, entities, controls dropped, the empty text, a repeat (counted twice)
      const texts = [
        " lead",
        "trail ",
        "a\nb",
        "x<y & \"z\" 'q'",
        "bell\u0007\u007f",
        "",
        "\t",
        "补货 ✓",
        "A",
      ];
      texts.forEach((t, i) => (ws.getCell(`F${i + 1}`).value = t));
      return wb;
    };
    const ours = await workbookParts(workbook());
    const theirs = await JSZip.loadAsync(
      await workbook().xlsx.writeBuffer({ zip: { compression: "STORE" } } as never),
    );
    const theirNames = Object.values(theirs.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    expect(ours.names()).toEqual(theirNames);
    for (const name of theirNames) expect(ours.text(name)).toBe(await theirs.file(name)!.async("string"));
  });
});

describe("writePlanXlsx with a model handed over", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "stockup-handover-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the model (the caller's reference is cleared) and writes the same plan", async () => {
    const held = { model: buildPlan(tinyInput()) as PlanModel | undefined };
    const direct = buildPlan(tinyInput());
    await writePlanXlsx(held, join(dir, "handed.xlsx"));
    await writePlanXlsx(direct, join(dir, "direct.xlsx"));
    expect(held.model).toBeUndefined();
    expect(direct.sheets.length).toBeGreaterThan(0);
    const parts = async (f: string) => {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, f)));
      const files = Object.values(zip.files).filter((e) => !e.dir);
      return Promise.all(files.map(async (e) => [e.name, await e.async("string")]));
    };
    expect(await parts("handed.xlsx")).toEqual(await parts("direct.xlsx"));
    // a second write of the same hand-over has no model left: a clear error, no file
    await expect(writePlanXlsx(held, join(dir, "again.xlsx"))).rejects.toThrow("already handed over");
  });
});
