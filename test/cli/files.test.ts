/**
 * The CLI's output-file checks and interruption clean-up (issue 16 #9, #11, #12), as a matrix:
 * what the buyer passes as --out, the exit code, what the message says, and that the inputs
 * and any file already there are untouched. Every check runs before the build.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventEmitter } from "node:events";
import { EXIT_BAD_INPUT, EXIT_OK, main } from "../../src/cli/main";
import { removeOnSignal } from "../../src/cli/signals";
import { DATES, planIn, sales, SKUS } from "./smallPlan";

const isRoot = process.getuid?.() === 0; // root writes anywhere: permission rows cannot fail for it

type Case = [
  name: string,
  /** Prepares the folder and returns --out (relative names are inside the test folder). */
  setup: (dir: string) => string,
  extra: string[],
  code: number,
  message: string,
];

// prettier-ignore
const CASES: Case[] = [
  // name                                  setup → --out                                                       extra       exit            message contains
  ["--out is the sales file",              (d) => join(d, "sales.csv"),                                          [],         EXIT_BAD_INPUT, "is the input file"],
  ["--out is the sales file, --force",     (d) => join(d, "sales.csv"),                                          ["--force"],EXIT_BAD_INPUT, "--force does not allow this"],
  ["--out is the SKU file (other spelling)",(d) => join(d, ".", "skus.csv"),                                     ["--force"],EXIT_BAD_INPUT, "is the input file"],
  ["--out is a CSV name",                  (d) => join(d, "plan.csv"),                                           [],         EXIT_BAD_INPUT, "ending in .xlsx"],
  ["--out folder does not exist",          (d) => join(d, "nope", "plan.xlsx"),                                  [],         EXIT_BAD_INPUT, "does not exist"],
  ["--out is a folder",                    (d) => (mkdirSync(join(d, "p.xlsx")), join(d, "p.xlsx")),             [],         EXIT_BAD_INPUT, "is a folder"],
  ["--out open in Excel (~$ lock file)",   (d) => (writeFileSync(join(d, "plan.xlsx"), "PK\x03\x04"), writeFileSync(join(d, "~$plan.xlsx"), "x"), join(d, "plan.xlsx")), [],    EXIT_BAD_INPUT, "open in another program"],
  ["--out open in LibreOffice",            (d) => (writeFileSync(join(d, "plan.xlsx"), "PK\x03\x04"), writeFileSync(join(d, ".~lock.plan.xlsx#"), "x"), join(d, "plan.xlsx")), [], EXIT_BAD_INPUT, "open in another program"],
  ["--out is a CSV named .xlsx",           (d) => (writeFileSync(join(d, "plan.xlsx"), "a,b\n1,2\n"), join(d, "plan.xlsx")), [],   EXIT_BAD_INPUT, "is not a StockUp plan"],
  ["--out is a CSV named .xlsx, --force",  (d) => (writeFileSync(join(d, "plan.xlsx"), "a,b\n1,2\n"), join(d, "plan.xlsx")), ["--force"], EXIT_OK, "Plan written"],
  ...(isRoot ? [] : ([
    ["--out read-only",                    (d) => (writeFileSync(join(d, "plan.xlsx"), "PK\x03\x04"), chmodSync(join(d, "plan.xlsx"), 0o444), join(d, "plan.xlsx")), [], EXIT_BAD_INPUT, "read-only"],
    ["--out folder read-only",             (d) => (mkdirSync(join(d, "ro")), chmodSync(join(d, "ro"), 0o555), join(d, "ro", "plan.xlsx")), [], EXIT_BAD_INPUT, "cannot be written to"],
  ] as Case[])),
];

describe("--out checks (before the build)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-out-"));
    writeFileSync(join(dir, "sales.csv"), sales());
    writeFileSync(join(dir, "skus.csv"), SKUS);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES)(
    "%s",
    async (_name, setup, extra, code, message) => {
      const out = setup(dir);
      const before = [readFileSync(join(dir, "sales.csv")), readFileSync(join(dir, "skus.csv"))];
      let err = "";
      const argv = [
        "plan",
        "--sales",
        join(dir, "sales.csv"),
        "--skus",
        join(dir, "skus.csv"),
        ...DATES,
        "--out",
        out,
        ...extra,
      ];
      const got = await main(argv, { stdout: () => undefined, stderr: (s) => (err += s) });
      expect([got, err]).toEqual([code, expect.stringContaining(message)]);
      // refused before the build: nothing read (no "[1/5] reading"), inputs byte-identical
      if (code !== EXIT_OK) expect(err).not.toContain("[1/5]");
      expect([readFileSync(join(dir, "sales.csv")), readFileSync(join(dir, "skus.csv"))]).toEqual(before);
    },
    60_000,
  );

  it("says it in Chinese too", async () => {
    let err = "";
    await main(["plan", "--sample", "--lang", "zh", "--out", join(dir, "skus.csv")], {
      stdout: () => undefined,
      stderr: (s) => (err += s),
    });
    expect(err).toContain("请使用以 .xlsx 结尾的文件名");
  });
});

describe("removeOnSignal", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("removes the temporary plan on %s and exits %i", (signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), "stockup-sig-"));
    const tmp = join(dir, ".plan.xlsx.1.tmp");
    writeFileSync(tmp, "partial");
    const target = Object.assign(new EventEmitter(), { exit: jest.fn() });
    removeOnSignal([tmp, join(dir, "never-written")], target);
    target.emit(signal);
    expect([existsSync(tmp), target.exit.mock.calls]).toEqual([false, [[code]]]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("stops listening once released", () => {
    const target = Object.assign(new EventEmitter(), { exit: jest.fn() });
    const release = removeOnSignal(["x"], target);
    expect(target.listenerCount("SIGINT")).toBe(1);
    release();
    expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => target.listenerCount(s))).toEqual([0, 0, 0]);
  });
});

describe("reading inputs", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-in-"));
    writeFileSync(join(dir, "skus.csv"), SKUS);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const build = (salesFile: string, extra: string[] = []) =>
    planIn(dir, join(dir, "p.xlsx"), extra, salesFile);

  it("reads the .xlsx tab --sheet names, and says which tab has data when the first is empty", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const ws = wb.addWorksheet("Sales");
    ws.addRow(["date", "sku", "units"]);
    for (const line of sales().trim().split("\n").slice(1)) ws.addRow(line.split(","));
    await wb.xlsx.writeFile(join(dir, "sales.xlsx"));
    const first = await build(join(dir, "sales.xlsx"));
    expect([first.code, first.err]).toEqual([EXIT_BAD_INPUT, expect.stringContaining('--sheet "Sales"')]);
    expect((await build(join(dir, "sales.xlsx"), ["--sheet", "Sales"])).code).toBe(EXIT_OK);
    expect((await build(join(dir, "sales.xlsx"), ["--sheet", "2"])).code).toBe(EXIT_OK);
  }, 60_000);

  it("names the type of a file that is not a table", async () => {
    writeFileSync(
      join(dir, "sales.csv"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const r = await build(join(dir, "sales.csv"));
    expect([r.code, r.err]).toEqual([EXIT_BAD_INPUT, expect.stringContaining("The file is PNG")]);
  });

  it("reads decimal commas in a semicolon file, and --decimal decides for a comma file", async () => {
    writeFileSync(join(dir, "sales.csv"), sales().replace(/,/g, ";"));
    writeFileSync(join(dir, "skus.csv"), SKUS.replace(/,/g, ";").replace("0.2", "0,2"));
    expect((await build(join(dir, "sales.csv"))).code).toBe(EXIT_OK);
    const bad = await build(join(dir, "sales.csv"), ["--decimal", "·"]);
    expect([bad.code, bad.err]).toEqual([
      EXIT_BAD_INPUT,
      expect.stringContaining('--decimal must be "." or ","'),
    ]);
  }, 60_000);
});

describe("promo dates the CLI refuses, as the pane does", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-dates-"));
    writeFileSync(join(dir, "sales.csv"), sales()); // 2025-02-01 … 2025-05-31: plan date 2025-06-01
    writeFileSync(join(dir, "skus.csv"), SKUS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // prettier-ignore
  const CASES: [name: string, dates: string[], message: string][] = [
    // name                                  promo-start   promo-end     inbound-cutoff  registration   message contains
    ["inbound cutoff after the promo start", ["2025-07-08", "2025-07-11", "2025-07-09", "2025-06-01"], "--inbound-cutoff 2025-07-09 must be before the promo starts (2025-07-08)"],
    ["registration deadline on promo day",   ["2025-07-08", "2025-07-11", "2025-06-20", "2025-07-08"], "--registration-deadline 2025-07-08 must be before the promo starts"],
    ["promo before the plan date",           ["2025-05-08", "2025-05-11", "2025-04-20", "2025-04-01"], "--promo-start 2025-05-08 is before the plan date 2025-06-01"],
    ["promo 36 years ahead",                 ["2061-07-08", "2061-07-11", "2061-06-20", "2061-06-01"], "more than two years after the plan date 2025-06-01"],
  ];
  it.each(CASES)("%s", async (_name, [start, end, cutoff, reg], message) => {
    const dates = [
      "--promo-start",
      start,
      "--promo-end",
      end,
      "--inbound-cutoff",
      cutoff,
      "--registration-deadline",
      reg,
    ];
    const { code, err } = await planIn(dir, join(dir, "p.xlsx"), dates);
    expect([code, err]).toEqual([EXIT_BAD_INPUT, expect.stringContaining(message)]);
  });

  it("leaves a mistyped sale 36 years ahead out instead of planning from 2061", async () => {
    writeFileSync(join(dir, "typo.csv"), `${sales()}2061-05-31,A,10\n`);
    // no --today: the plan date is the real date, the promo the next BFCM
    const typo = join(dir, "typo.csv");
    const { code, err } = await planIn(dir, join(dir, "p.xlsx"), ["--skip-bad-rows"], typo, [
      "--event",
      "bfcm",
    ]);
    expect([code, err]).toEqual([
      EXIT_OK,
      expect.stringContaining('typo.csv: Row 122: date "2061-05-31" is outside the plausible range'),
    ]);
  }, 60_000);
});
