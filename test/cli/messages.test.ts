/**
 * What the CLI prints about bad data (issue 16 #14), as a matrix: the file's content, and what
 * the buyer must see (or must never see) on the terminal.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { terminalSafe } from "../../src/cli/messages";
import { cellText, EXCEL_CELL_CHARS } from "../../src/plan/cellText";
import { importSales } from "../../src/import/importSales";
import { planIn, sales, SKU_HEADER as SKUS, SKU_ROW } from "./smallPlan";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";

// prettier-ignore
const CASES: [name: string, salesCsv: string, skusCsv: string, shows: string[], never: RegExp][] = [
  // name                              sales                                          SKU master                                      must show                                                  never
  ["overflowing units",                sales("2025-05-31,A,1e308\n"),                 SKUS + SKU_ROW,                                 ["sales.csv: Row 122: units", "SKU A", "1e+308"],                  /history\[/],
  ["escape sequence in a SKU",         sales("2025-05-30,\u001b[2JX\u0007,3\n"),    SKUS + SKU_ROW,                                 ['SKU "[2JX"'],                                             /\u001b|\u0007/],
  ["escape sequence in units",         sales("2025-05-30,A,\u001b[31mred\n"),        SKUS + SKU_ROW,                                 ["\\u{1b}[31mred"],                                        /\u001b/],
  ["bidi override in units",           sales("2025-05-29,A,\u202e01\n"),             SKUS + SKU_ROW,                                 ["\\u{202e}01"],                                           /\u202e/],
];

describe("CLI messages about file data", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "stockup-msg-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES)(
    "%s",
    async (_name, salesCsv, skusCsv, shows, never) => {
      writeFileSync(join(dir, "sales.csv"), salesCsv);
      writeFileSync(join(dir, "skus.csv"), skusCsv);
      const { err } = await planIn(dir, join(dir, "p.xlsx"), ["--skip-bad-rows"]);
      for (const s of shows) expect(err).toContain(s);
      expect(err).not.toMatch(never);
    },
    60_000,
  );
});

describe("terminalSafe", () => {
  it.each([
    ["plain text and Chinese", "SKU-1 蓝色\n", "SKU-1 蓝色\n"],
    ["CSI clear screen", "\u001b[2J", "\\u{1b}[2J"],
    ["8-bit CSI", "\u009b31m", "\\u{9b}31m"],
    ["bell and backspace", "a\u0007\bb", "a\\u{7}\\u{8}b"],
    ["tab kept", "a\tb", "a\tb"],
    ["right-to-left override", "\u202eabc", "\\u{202e}abc"],
  ])("%s", (_name, raw, shown) => {
    expect(terminalSafe(raw)).toBe(shown);
  });
});

describe("text past Excel's cell limit", () => {
  it.each([
    ["fits", 32_767, false],
    ["one over", 32_768, true],
    ["a 40,000-character title", 40_000, true],
  ] as const)("%s", (_name, length, cut) => {
    const text = "题".repeat(length);
    const out = cellText(text);
    expect(out.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
    expect(out === text).toBe(!cut);
    if (cut) expect(out).toMatch(new RegExp(`… \\[\\+${length - out.indexOf("…")} characters\\]$`));
  });

  it("never splits a surrogate pair", () => {
    const out = cellText("😀".repeat(20_000));
    expect(out.slice(0, out.indexOf("…"))).toBe("😀".repeat(out.indexOf("…") / 2));
  });
});

describe("importer: overflowing units", () => {
  it("rejects the line with its row and SKU instead of summing to Infinity", () => {
    const r = importSales("date,sku,units\n2025-01-01,A,1e308\n2025-01-01,A,1e308\n2025-01-02,A,3\n");
    expect(r.rows).toEqual([{ sku: "A", date: "2025-01-02", units: 3 }]);
    expect(r.issues.map((i) => [i.code, i.row, i.detail])).toEqual([
      ["OUT_OF_RANGE", 2, "SKU A: ≤ 1,000,000,000"],
      ["OUT_OF_RANGE", 3, "SKU A: ≤ 1,000,000,000"],
    ]);
    // the --skip-bad-rows summary counts no units for them: "2 lines with 0 units", not 1e+308
    expect([r.meta.rejectedRows, r.meta.rejectedUnits]).toEqual([2, 0]);
  });
});

describe("text typed into number inputs of the plan", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "stockup-txt-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // prettier-ignore
  const CASES: [name: string, input: string, text: string | number, warned: boolean][] = [
    // name                           named input      typed            warned
    ["words in the service level",    "ServiceLevel",  "ninety-five",   true],
    ["a unit in the deposit rate",    "DepositRate",   "30 %",          true],
    ["a number typed as text",        "DepositRate",   "0.4",           false],
    ["a number",                      "ServiceLevel",  0.97,            false],
  ];
  it.each(CASES)(
    "%s",
    async (_name, input, text, warned) => {
      writeFileSync(join(dir, "sales.csv"), sales());
      writeFileSync(join(dir, "skus.csv"), SKUS + SKU_ROW);
      const out = join(dir, `${input}-${String(text).length}.xlsx`);
      expect((await planIn(dir, out)).code).toBe(0);
      const wb = await readXlsxWorkbook(out);
      const [sheet, address] = wb.definedNames.getRanges(input).ranges[0].replace(/\$/g, "").split("!");
      wb.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address).value = text;
      await wb.xlsx.writeFile(out);
      const r = await planIn(dir, out);
      expect(r.code).toBe(0);
      if (warned)
        expect(r.err).toContain(
          `!${address} (${input}) holds the text "${text}", not a number: formulas that use it show #VALUE!`,
        );
      else expect(r.err).not.toContain("#VALUE!");
    },
    60_000,
  );
});
