import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { writeZip } from "../../src/cli/xlsxZip";
import { writePlanXlsx } from "../../src/cli/xlsxWriter";
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanModel } from "../../src/plan/types";
import { tinyInput } from "../plan/fixtures";

describe("writeZip", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "stockup-zip-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every part, in order, deflated, with the same bytes", async () => {
    const zip = new JSZip();
    const sheet = `<sheetData>${'<row><c r="A1" s="1"><v>1</v></c></row>'.repeat(2000)}</sheetData>`;
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", sheet);
    zip.file("xl/sharedStrings.xml", "<sst><si><t>补货 ✓</t></si></sst>");
    const stored = await JSZip.loadAsync(
      await zip.generateAsync({ type: "uint8array", compression: "STORE" }),
    );
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
