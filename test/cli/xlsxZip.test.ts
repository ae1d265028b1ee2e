import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { writeZip } from "../../src/cli/xlsxZip";

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
