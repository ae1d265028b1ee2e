import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXIT_BAD_INPUT, EXIT_OK, main, preparePlan } from "../../src/cli/main";
import { toCellValue } from "../../src/cli/readPlanOverrides";
import { readXlsxWorkbook } from "../../src/cli/tableFormulas";

/** Runs the CLI in-process and captures what it prints. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const SKUS_CSV =
  "sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,battery,liquid,magnetic,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel\n" +
  "A-CASE,Phone case,5,0.2,10,10,5,0,0,1,100,50,20,10,0,20,amazon\n";

function salesCsv(badRow = false): string {
  const lines = ["date,sku,units,promo,price"];
  for (let i = 0; i < 365; i++) {
    const d = new Date(Date.UTC(2024, 4, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${d},A-CASE,${badRow && i === 1 ? "ten" : 10},0,20`);
  }
  return lines.join("\n") + "\n";
}

// the plan date is the day after the last sale (without --today it is the real date)
const DATES = [
  ...["--promo-start", "2025-07-08", "--promo-end", "2025-07-11", "--inbound-cutoff", "2025-06-20"],
  ...["--today", "2025-05-01"],
];

describe("main (stockup CLI)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const p = (name: string) => join(dir, name);

  it("prints help in English and Chinese and exits 0", async () => {
    const en = await run(["--help"]);
    expect([en.code, en.out.startsWith("Usage:")]).toEqual([EXIT_OK, true]);
    const zh = await run(["--lang", "zh", "--help"]);
    expect([zh.code, zh.out.startsWith("用法：")]).toEqual([EXIT_OK, true]);
  });

  it("prints help and exits 2 without a command", async () => {
    const r = await run([]);
    expect([r.code, r.out.includes("stockup plan --sample")]).toEqual([EXIT_BAD_INPUT, true]);
  });

  it("builds the sample plan with progress on stderr", async () => {
    const r = await run(["plan", "--sample", "--out", p("plan.xlsx")]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err.match(/^\[\d\/5\]/gm)).toEqual(["[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]"]);
    expect(r.err).toMatch(/12 SKUs, \d+ formulas/);
    const wb = await readXlsxWorkbook(p("plan.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "StockUp Plan",
      "StockUp SKUs",
      "StockUp Monitor",
      "StockUp Monitor by SKU",
      "StockUpState",
    ]);
  }, 60_000);

  // Issue 11: `--event bfcm` without typed dates takes the next window from the core's calendar.
  it("derives the promo dates from --event when none are typed (hand-checked BFCM 2025 and Prime Day 2026)", async () => {
    writeFileSync(p("sales.csv"), salesCsv());
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const base = ["plan", "--sales", p("sales.csv"), "--skus", p("skus.csv"), "--out", p("plan.xlsx")];
    // --today 2025-05-01, the day after the last sale. Thanksgiving 2025 is Thursday 27 November:
    // Black Friday 28 Nov → Cyber Monday 1 Dec; registration 45 days before (14 Oct), inbound 21 (7 Nov)
    const bfcm = await run([...base, "--event", "bfcm", "--today", "2025-05-01"]);
    expect(bfcm.code).toBe(EXIT_OK);
    expect(bfcm.err).toContain(
      "Event bfcm: promo 2025-11-28 to 2025-12-01, registration by 2025-10-14, inbound by 2025-11-07",
    );
    // 1 July 2026 is a Wednesday, so the 2nd Tuesday is 14 July (2025's window registered by
    // 24 May, before today 2025-06-01, so next year's); an inbound date typed by hand wins
    const prime = await run([
      ...base,
      "--event",
      "Prime Day",
      "--today",
      "2025-06-01",
      "--inbound-cutoff",
      "2026-06-30",
      "--force",
    ]);
    expect(prime.code).toBe(EXIT_OK);
    expect(prime.err).toContain(
      "Event Prime Day: promo 2026-07-14 to 2026-07-17, registration by 2026-05-30, inbound by 2026-06-30",
    );
    // an event without a date rule still needs its dates
    const tiktok = await run([...base, "--event", "tiktok", "--today", "2025-05-01", "--force"]);
    expect(tiktok.code).toBe(EXIT_BAD_INPUT);
    expect(tiktok.err).toContain("--promo-start");
  }, 60_000);

  it("keeps the buyer's edits when rebuilding an existing plan", async () => {
    const args = [
      "plan",
      "--sales",
      p("sales.csv"),
      "--skus",
      p("skus.csv"),
      ...DATES,
      "--out",
      p("plan.xlsx"),
    ];
    writeFileSync(p("sales.csv"), salesCsv());
    writeFileSync(p("skus.csv"), SKUS_CSV);
    expect((await run(args)).code).toBe(EXIT_OK);
    // a buyer opens the plan, raises the service level and corrects the stock on hand
    const wb = await readXlsxWorkbook(p("plan.xlsx"));
    const at = (name: string) =>
      wb.definedNames.getRanges(name).ranges[0].replace(/^.*!/, "").replace(/\$/g, "");
    const sl = at("ServiceLevel");
    const deposit = at("DepositRate");
    const onHand = onHandCell(wb);
    wb.getWorksheet("StockUp Plan")!.getCell(sl).value = 0.98;
    wb.getWorksheet("StockUp SKUs")!.getCell(onHand).value = 70;
    await wb.xlsx.writeFile(p("plan.xlsx"));
    const again = await run(args);
    expect(again.code).toBe(EXIT_OK);
    expect(again.err).toContain("keeping 2 edited inputs");
    const back = await readXlsxWorkbook(p("plan.xlsx"));
    const plan = back.getWorksheet("StockUp Plan")!;
    const skus = back.getWorksheet("StockUp SKUs")!;
    expect([toCellValue(plan.getCell(sl).value), toCellValue(skus.getCell(onHand).value)]).toEqual([
      0.98, 70,
    ]);
    // untouched inputs keep their defaults; a third build still keeps the edits
    expect(toCellValue(plan.getCell(deposit).value)).toBe(0.3);
    expect((await run(args)).code).toBe(EXIT_OK);
    const third = await readXlsxWorkbook(p("plan.xlsx"));
    expect(toCellValue(third.getWorksheet("StockUp Plan")!.getCell(sl).value)).toBe(0.98);
  }, 60_000);

  it("rebuilds idempotently: a second build without edits writes the same cells", async () => {
    const snapshotOf = async (file: string) => {
      const wb = await readXlsxWorkbook(file);
      const cells: string[] = [];
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => cells.push(`${ws.name}!${c.address}=${JSON.stringify(c.value)}`)),
        ),
      );
      return cells;
    };
    expect((await run(["plan", "--sample", "--out", p("plan.xlsx")])).code).toBe(EXIT_OK);
    const first = await snapshotOf(p("plan.xlsx"));
    const again = await run(["plan", "--sample", "--out", p("plan.xlsx")]);
    expect([again.code, again.err.includes("keeping 0 edited inputs")]).toEqual([EXIT_OK, true]);
    expect(await snapshotOf(p("plan.xlsx"))).toEqual(first);
    expect(first.length).toBeGreaterThan(700); // three sheets of labels, inputs, values and formulas
  }, 60_000);

  it("names the file and exits 2 when an input file is missing", async () => {
    const r = await run([
      "plan",
      "--sales",
      p("nope.csv"),
      "--skus",
      p("skus.csv"),
      ...DATES,
      "--out",
      p("o.xlsx"),
    ]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain("nope.csv: cannot read the file (ENOENT)");
    expect(existsSync(p("o.xlsx"))).toBe(false);
  });

  it("reports the file, row and reason of a bad row and exits 2 unless --skip-bad-rows", async () => {
    writeFileSync(p("sales.csv"), salesCsv(true));
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const args = ["plan", "--sales", p("sales.csv"), "--skus", p("skus.csv"), ...DATES, "--out", p("o.xlsx")];
    const r = await run(args);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    // the row and the column once: the message names them ("Row 3: units …")
    expect(r.err).toContain('sales.csv: Row 3: units "ten" is not a number.\n');
    expect(r.err).not.toMatch(/row 3, column/);
    expect(r.err).toContain("sales.csv: 1 row could not be imported");
    expect(existsSync(p("o.xlsx"))).toBe(false);
    const zh = await run([...args, "--lang", "zh"]);
    expect(zh.err).toContain("sales.csv：第 3 行：units“ten”不是数字。\n");
    expect(zh.err).not.toContain("，列“units”");
    const skipped = await run([...args, "--skip-bad-rows"]);
    expect(skipped.code).toBe(EXIT_OK);
    expect(skipped.err).toContain("skipped 1 line with 0 units (--skip-bad-rows)");
    expect(skipped.err).toMatch(/: 1 SKU, \d+ formulas\./);
  });

  it("warns about sales of SKUs missing from the master and still builds the plan", async () => {
    writeFileSync(p("sales.csv"), salesCsv() + "2025-04-30,GHOST-1,3,0,9\n");
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const r = await run([
      "plan",
      "--sales",
      p("sales.csv"),
      "--skus",
      p("skus.csv"),
      ...DATES,
      "--out",
      p("o.xlsx"),
    ]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toMatch(/sales\.csv: .*GHOST-1/);
    expect(r.err).not.toMatch(/row 0/);
    // one SKU in the singular, and never a forecast fallback for a SKU that was not forecast
    expect(r.err).toContain(
      "warning: 1 SKU with sales is not in the SKU master (GHOST-1): its cost, MOQ and lead time are missing. Add it to the master.",
    );
    expect(r.err).not.toContain("GHOST-1: 1 day of history");
    expect(r.err).not.toContain("The forecast used");
  });

  it("maps event aliases and keeps a custom event's name as text", async () => {
    writeFileSync(p("sales.csv"), salesCsv());
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const base = ["plan", "--sales", p("sales.csv"), "--skus", p("skus.csv"), ...DATES, "--out", p("o.xlsx")];
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    const event = async (name: string, lang = "en") =>
      (await preparePlan([...base, "--event", name, "--lang", lang], quiet)).model!.meta.event;
    expect(await event("11.11", "zh")).toBe("双十一");
    expect(await event("Prime Day")).toBe("Prime Day");
    expect(await event("=Mega Sale")).toBe("=Mega Sale");
  });

  it("speaks Chinese with --lang zh", async () => {
    const r = await run([
      "plan",
      "--lang",
      "zh",
      "--sales",
      p("nope.csv"),
      "--skus",
      "x",
      ...DATES,
      "--out",
      p("o.xlsx"),
    ]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain("nope.csv：无法读取文件");
  });

  it("exits 2 on an unknown option, a missing --out, a bad date or a bad --lang", async () => {
    const unknown = await run(["plan", "--sample", "--out", p("o.xlsx"), "--colour", "red"]);
    expect([unknown.code, unknown.err]).toEqual([EXIT_BAD_INPUT, expect.stringContaining("--colour")]);
    const noOut = await run(["plan", "--sample"]);
    expect([noOut.code, noOut.err]).toEqual([EXIT_BAD_INPUT, "Missing --out. Try: stockup --help\n"]);
    const badDate = await run(["plan", "--sample", "--promo-start", "2025-13-01", "--out", p("o.xlsx")]);
    expect([badDate.code, badDate.err]).toEqual([
      EXIT_BAD_INPUT,
      expect.stringContaining('"2025-13-01" is not a date'),
    ]);
    const badLang = await run(["plan", "--sample", "--lang", "fr", "--out", p("o.xlsx")]);
    expect([badLang.code, badLang.err]).toEqual([
      EXIT_BAD_INPUT,
      expect.stringContaining("--lang must be en or zh"),
    ]);
  });

  it("refuses to overwrite a file that is not a StockUp plan", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget").getCell("A1").value = "keep me";
    await other.xlsx.writeFile(p("budget.xlsx"));
    const before = readFileSync(p("budget.xlsx"));
    const r = await run(["plan", "--sample", "--out", p("budget.xlsx")]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain("is not a StockUp plan; it was left untouched");
    expect(readFileSync(p("budget.xlsx")).equals(before)).toBe(true);
  });

  it("leaves an existing plan byte-identical when a rebuild fails, and leaves no temporary files", async () => {
    writeFileSync(p("sales.csv"), salesCsv());
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const args = ["plan", "--sales", p("sales.csv"), "--skus", p("skus.csv"), "--out", p("plan.xlsx")];
    expect((await run([...args, ...DATES])).code).toBe(EXIT_OK);
    const before = readFileSync(p("plan.xlsx"));
    const bad = [
      ...args,
      "--promo-start",
      "2025-07-08",
      "--promo-end",
      "2025-07-01",
      "--inbound-cutoff",
      "2025-06-20",
    ];
    expect((await run(bad)).code).toBe(EXIT_BAD_INPUT);
    expect(readFileSync(p("plan.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["plan.xlsx", "sales.csv", "skus.csv"]);
  });

  it("rejects a plan whose promo ends before it starts with the core's reason", async () => {
    writeFileSync(p("sales.csv"), salesCsv());
    writeFileSync(p("skus.csv"), SKUS_CSV);
    const r = await run([
      "plan",
      "--sales",
      p("sales.csv"),
      "--skus",
      p("skus.csv"),
      "--promo-start",
      "2025-07-08",
      "--promo-end",
      "2025-07-01",
      "--inbound-cutoff",
      "2025-06-20",
      "--today",
      "2025-05-01",
      "--out",
      p("o.xlsx"),
    ]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.err).toContain("Cannot build the plan: promoEnd: the promo ends (2025-07-01) before it starts");
  });
});

/** The first SKU's On hand cell, found by its header. */
function onHandCell(wb: ExcelJS.Workbook): string {
  let at = "";
  wb.getWorksheet("StockUp SKUs")!
    .getRow(1)
    .eachCell((c) => {
      if (c.value === "On hand") at = c.address.replace("1", "2");
    });
  return at;
}
