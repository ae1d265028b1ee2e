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

const SKUS =
  "sku,unit_cost,weight_kg,length_cm,width_cm,height_cm,moq,case_pack,lead_time_days,on_hand,selling_price\n" +
  "A,5,0.2,10,10,5,100,50,20,10,20\n";
function sales(): string {
  const lines = ["date,sku,units"];
  for (let i = 0; i < 120; i++)
    lines.push(`${new Date(Date.UTC(2025, 1, 1) + i * 86_400_000).toISOString().slice(0, 10)},A,10`);
  return `${lines.join("\n")}\n`;
}
const DATES = ["--promo-start", "2025-07-08", "--promo-end", "2025-07-11", "--inbound-cutoff", "2025-06-20"];
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
