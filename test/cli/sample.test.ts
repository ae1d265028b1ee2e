/** `stockup plan --sample` on a pinned date and on the real clock: a live plan either way. */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, daysBetween } from "../../src/core/dates/isoDate";
import { localIsoDate } from "../../src/import/sample";
import { preparePlan } from "../../src/cli/main";
import type { PlanModel } from "../../src/plan/types";
import { named, planSample } from "./samplePlan";

const dir = mkdtempSync(join(tmpdir(), "stockup-sample-"));
const plan = (extra: string[]) => planSample(dir, extra);

describe("plan --sample lives in the present", () => {
  it("pinned to 2026-12-01: plans BFCM 2027 from history ending 2026-11-30", async () => {
    const r = await plan(["--today", "2026-12-01"]);
    expect(r.code).toBe(0);
    const model = r.model!;
    expect(model.meta.refreshDate).toBe("2026-12-01");
    expect([named(model, "PromoStart"), named(model, "PromoEnd"), named(model, "InboundCutoff")]).toEqual([
      "2027-11-26",
      "2027-11-29",
      "2027-11-05",
    ]);
    expect(model.meta.forecastMethods.map((m) => m.method)).not.toContain("no history");
    // the history was moved too: it ends yesterday, so no stale-history or passed-date warning
    expect(r.err).not.toMatch(/warning: The sales history ends|The promo ended|cutoff was/);
  }, 60_000);

  it("with the real clock: today's plan, promo at least 60 days ahead, no stale history", async () => {
    const today = localIsoDate(new Date());
    const r = await plan([]);
    expect(r.code).toBe(0);
    const model = r.model!;
    expect(model.meta.refreshDate).toBe(today);
    expect(daysBetween(today, String(named(model, "PromoStart")))).toBeGreaterThanOrEqual(60);
    expect(String(named(model, "RegistrationDeadline")) >= today).toBe(true);
    expect(model.meta.forecastMethods.map((m) => m.method)).not.toContain("no history");
    expect(r.err).not.toMatch(/warning: The sales history ends|The promo ended|cutoff was/);
  }, 60_000);
});

describe("plan --sample carries no actuals while its promo is ahead (review: 2,360 'sold' a year early)", () => {
  const monitorActuals = (model: PlanModel) =>
    model.sheets[2].cells.filter((c) => c.kind === "input" && c.value !== null).length;
  it.each([
    ["pinned to 2026-12-01", ["--today", "2026-12-01"]],
    ["pinned to 2026-09-15", ["--today", "2026-09-15"]],
    ["with the real clock", []],
  ])(
    "%s: actual to date 0, no pace, every batch as planned",
    async (_name, extra) => {
      const r = await plan(extra);
      expect(r.code).toBe(0);
      const model = r.model!;
      expect(named(model, "ActualTotal")).toBe(null); // a formula: its value is not written
      const actual = model.names.find((n) => n.name === "ActualTotal")!;
      expect(model.sheets[0].cells.find((c) => c.address === actual.address)?.expected).toBe(0);
      expect(monitorActuals(model)).toBe(0);
      // the plan's pace totals are blank, not 1: a pace of 1 would read "on track" with no sales
      for (const name of ["PaceForecastTotal", "PaceTargetTotal"]) {
        const at = model.names.find((n) => n.name === name)!;
        expect(model.sheets[0].cells.find((c) => c.address === at.address)?.expected).toBe("");
      }
      const skuTable = model.sheets[1].tables[0];
      const col = (key: string) => skuTable.columns.findIndex((c) => c.key === key);
      const rowsOf = (key: string) =>
        model.sheets[1].cells.filter(
          (c) =>
            c.address.replace(/\d+$/, "") === colName(col(key)) &&
            /\d+$/.test(c.address) &&
            Number(c.address.replace(/^[A-Z]+/, "")) > skuTable.headerRow,
        );
      expect(rowsOf("actual").every((c) => c.value === null)).toBe(true);
      expect(rowsOf("paceTarget").every((c) => c.expected === "")).toBe(true);
      for (const m of ["sea", "air", "express"]) {
        const planned = rowsOf(`${m}Units`).map((c) => c.value ?? c.expected);
        expect(rowsOf(`${m}Resize`).map((c) => c.expected)).toEqual(planned);
      }
      expect(r.err).not.toMatch(/were ignored/);
    },
    60_000,
  );

  it("a file of the promo's days on a plan made before it: ignored, and the CLI says so", async () => {
    const file = join(dir, "future-actuals.csv");
    writeFileSync(
      file,
      "date,sku,units\n2027-11-27,SU-CASE-IP15,99\n2027-11-26,SU-CASE-IP15,201\n2026-11-30,SU-CASE-IP15,5\n",
    );
    const r = await plan(["--today", "2026-12-01", "--actuals", file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      "2 actuals rows dated after the plan date 2026-12-01 were ignored (the first is dated 2027-11-26)",
    );
    const warn = r.model!.sheets[0].cells.filter((c) => c.style === "warning").map((c) => c.value);
    expect(warn).toContain(
      "2 actuals rows dated after the plan date 2026-12-01 were ignored (the first is dated 2027-11-26): an actual is a sale that has happened.",
    );
  }, 60_000);
});

function colName(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Each SKU's "last-year units" (the promo days 364 days before this promo) in the SKU table. */
function lastYearUnits(model: PlanModel): Record<string, number> {
  const sheet = model.sheets[1];
  const table = sheet.tables[0];
  const col = colName(table.columns.findIndex((c) => c.key === "lyUnits"));
  return Object.fromEntries(
    table.rowKeys.map((sku, i) => [
      sku,
      sheet.cells.find((c) => c.address === `${col}${table.headerRow + 1 + i}`)!.value as number,
    ]),
  );
}

describe("plan --sample: last year's promo stays on last year's promo days", () => {
  // BFCM 2025 in the file (11-28 … 12-01) is "last year" for BFCM 2026 (plan 2026-09-15); on any
  // later day the history repeats its last year by 364 days, so BFCM 2025 lands on BFCM 2026 and
  // the plan for BFCM 2027 sees the same last-year promo (a plain shift put it into February)
  it("last-year units are 3,557 pinned (2026-09-15, 2026-12-01) and on the real clock", async () => {
    const pinned = lastYearUnits((await plan(["--today", "2026-09-15"])).model!);
    const sum = (x: Record<string, number>) => Object.values(x).reduce((a, b) => a + b, 0);
    expect(sum(pinned)).toBe(3557);
    expect(pinned["SU-CASE-IP15"]).toBe(785);
    expect(lastYearUnits((await plan(["--today", "2026-12-01"])).model!)).toEqual(pinned);
    expect(lastYearUnits((await plan([])).model!)).toEqual(pinned);
  }, 120_000);
});

describe("plan: what the CLI says about the history", () => {
  const skus = "sku,title,unit_cost,moq,lead_time_days\nMUG-11OZ,Mug,2.1,100,20\nA,Thing,1,10,10\n";
  const DATES = [
    "--promo-start",
    "2026-11-27",
    "--promo-end",
    "2026-11-30",
    "--inbound-cutoff",
    "2026-11-06",
  ];

  async function run(args: string[]) {
    let err = "";
    const r = await preparePlan(["plan", ...args, "--out", join(dir, "p.xlsx")], {
      stdout: () => undefined,
      stderr: (s) => (err += s),
    });
    return { code: r.code, err };
  }

  it("history ending 7 weeks before the plan date: the stale-history warning, in en and zh", async () => {
    const lines = ["date,sku,units,promo"];
    for (let d = 0; d < 120; d++) lines.push(`${addDays("2026-09-14", d - 119)},A,${5 + (d % 7)},0`);
    writeFileSync(join(dir, "stale.csv"), `${lines.join("\n")}\n`);
    writeFileSync(join(dir, "skus.csv"), skus);
    const args = [
      "--sales",
      join(dir, "stale.csv"),
      "--skus",
      join(dir, "skus.csv"),
      ...DATES,
      "--today",
      "2026-11-02",
    ];
    const en = await run(args);
    expect(en.code).toBe(0);
    expect(en.err).toContain(
      "warning: The sales history ends on 2026-09-14, 49 days before the plan date 2026-11-02.",
    );
    expect(en.err).toContain("warning: No promo days are flagged in the history (A)");
    expect(en.err).toMatch(/warning: A: 120 days of history, from 2026-05-18; .* The forecast used \w+/);
    const zh = await run([...args, "--lang", "zh"]);
    expect(zh.err).toContain("警告：销售历史截止于 2026-09-14，比计划日期 2026-11-02 早 49 天。");
  }, 60_000);

  it("--skip-bad-rows says how many lines and units were left out, and what was keyed by title", async () => {
    copyFileSync(join(__dirname, "..", "fixtures", "import", "shopify-no-sku.csv"), join(dir, "shop.csv"));
    writeFileSync(join(dir, "skus.csv"), skus);
    const args = [
      "--sales",
      join(dir, "shop.csv"),
      "--skus",
      join(dir, "skus.csv"),
      ...DATES,
      "--today",
      "2024-12-02",
    ];
    const strict = await run(args);
    expect(strict.code).toBe(2); // two bad lines: fix them or skip them
    expect(strict.err).toContain("line 9 in a text editor");
    const r = await run([...args, "--skip-bad-rows"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("shop.csv: skipped 2 lines with 1 unit (--skip-bad-rows)");
    expect(r.err).toContain(
      "shop.csv: 3 lines without a SKU (5 units) kept under their product title (2 titles).",
    );
    expect(r.err).toContain("shop.csv: currency USD");
  }, 60_000);

  it("an Amazon report: its currency and the time zone its UTC order times were dated in (en, zh)", async () => {
    copyFileSync(join(__dirname, "..", "fixtures", "import", "amazon-all-orders.txt"), join(dir, "amz.txt"));
    writeFileSync(join(dir, "skus.csv"), skus);
    const args = ["--sales", join(dir, "amz.txt"), "--skus", join(dir, "skus.csv"), ...DATES];
    const en = await run([...args, "--today", "2024-12-02", "--skip-bad-rows"]);
    expect(en.code).toBe(0);
    expect(en.err).toContain("amz.txt: currency USD");
    expect(en.err).toContain(
      "amz.txt: order times (UTC) dated in the marketplace's time zone America/Los_Angeles; --time-zone sets another.",
    );
    const zh = await run([...args, "--today", "2024-12-02", "--skip-bad-rows", "--lang", "zh"]);
    expect(zh.err).toContain("amz.txt：币种 USD");
    expect(zh.err).toContain("amz.txt：订单时间（UTC）已按站点时区 America/Los_Angeles 换算为当地日期");
    // --time-zone decides instead of the sales channel
    const tokyo = await run([
      ...args,
      "--today",
      "2024-12-02",
      "--skip-bad-rows",
      "--time-zone",
      "Asia/Tokyo",
    ]);
    expect(tokyo.err).toContain("time zone Asia/Tokyo;");
  }, 60_000);
});
