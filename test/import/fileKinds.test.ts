/**
 * Files that are not what their name says (issue 16 #13), read as a table: what the buyer gives,
 * the encoding or the issue they see, and what still imports. Text in any UTF-16 flavour reads
 * like UTF-8; anything that is not a table is one file-level NOT_TEXT error naming its type.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { importSales } from "../../src/import/importSales";
import { importSkus } from "../../src/import/importSkus";
import { importSalesFile } from "../../src/import/xlsx";
import { describeFile } from "../../src/import/sniffFile";

const CSV = "date,sku,units\n2024-11-11,蓝色-A,3\n2024-11-12,蓝色-A,4\n";
const le = (s: string, bom: boolean): Uint8Array => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const text = bom ? `\ufeff${s}` : s;
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const be = (s: string, bom: boolean): Uint8Array => {
  const l = le(s, bom);
  for (let i = 0; i < l.length; i += 2) [l[i], l[i + 1]] = [l[i + 1], l[i]];
  return l;
};
const bytes = (...b: number[]): Uint8Array => new Uint8Array([...b, ...new TextEncoder().encode(" padding")]);
async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: "uint8array" });
}

describe("text encodings", () => {
  // prettier-ignore
  const CASES: [name: string, input: Uint8Array, encoding: string][] = [
    // name                       bytes                 encoding read
    ["UTF-16LE with BOM",         le(CSV, true),        "utf-16le"],
    ["UTF-16BE with BOM",         be(CSV, true),        "utf-16be"],
    ["UTF-16LE without BOM",      le(CSV, false),       "utf-16le"],
    ["UTF-16BE without BOM",      be(CSV, false),       "utf-16be"],
    ["UTF-8",                     new TextEncoder().encode(CSV), "utf-8"],
  ];
  it.each(CASES)("%s imports like UTF-8", (_name, input, encoding) => {
    const r = importSales(input);
    expect([r.meta.encoding, r.issues, r.rows.map((x) => [x.sku, x.units])]).toEqual([
      encoding,
      [],
      [
        ["蓝色-A", 3],
        ["蓝色-A", 4],
      ],
    ]);
  });
});

describe("files that are not a table", () => {
  // prettier-ignore
  const CASES: [name: string, input: () => Promise<Uint8Array> | Uint8Array, label: string][] = [
    // name                          bytes                                                                 type named
    ["legacy .xls",                  () => bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),          "XLS (97–2003 workbook)"],
    ["PNG renamed .csv",             () => bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),          "PNG"],
    ["JPEG",                         () => bytes(0xff, 0xd8, 0xff, 0xe0),                                  "JPEG"],
    ["PDF",                          () => new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"),                   "PDF"],
    ["GZIP",                         () => bytes(0x1f, 0x8b, 0x08, 0x00),                                  "GZIP"],
    ["ZIP of CSVs, no workbook",     () => zipOf({ "sales.csv": CSV }),                                    "ZIP"],
    ["Word document",                () => zipOf({ "word/document.xml": "<w/>", "[Content_Types].xml": "" }), "DOCX (Word)"],
  ];
  it.each(CASES)("%s: one file-level error naming the type, in en and zh", async (_name, make, label) => {
    const input = await make();
    for (const r of [importSales(input), importSkus(input), await importSalesFile(input)]) {
      expect(r.issues.map((i) => [i.code, i.row, i.severity, i.value])).toEqual([
        ["NOT_TEXT", 0, "error", label],
      ]);
      expect(r.issues[0].message).toContain(`The file is ${label}`);
      expect(r.issues[0].messageZh).toContain(`该文件是 ${label} 格式`);
      expect(r.rows).toEqual([]);
    }
  });

  it("still routes a real workbook to the .xlsx reader", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").addRows([
      ["date", "sku", "units"],
      ["2024-11-11", "A", 2],
    ]);
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(describeFile(buf)).toEqual({ kind: "xlsx", label: "XLSX" });
    expect((await importSalesFile(buf)).rows).toEqual([{ sku: "A", date: "2024-11-11", units: 2 }]);
  });
});
