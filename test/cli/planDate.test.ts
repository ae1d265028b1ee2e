/**
 * The plan date is today (DESIGN.md) unless --today sets it. A stale export planned on the real
 * date warns about its stale history (CLI summary and plan sheet, en and zh) and forecasts from its
 * last observed day, so its promo forecast matches the same history planned the day after its
 * last row.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "../../src/core/dates/isoDate";
import { preparePlan } from "../../src/cli/main";
import { localIsoDate } from "../../src/import/sample";
import type { PlanModel } from "../../src/plan/types";

const SKUS = "sku,title,unit_cost,moq,lead_time_days\nA,Thing,1,10,10\n";

/** 400 days ending on `last`: 10 a day on weekdays, 16 on Saturdays and Sundays, no promo flags. */
function salesEnding(last: string): string {
  const lines = ["date,sku,units,promo"];
  for (let d = 399; d >= 0; d--) {
    const day = addDays(last, -d);
    const weekend = [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    lines.push(`${day},A,${weekend ? 16 : 10},0`);
  }
  return `${lines.join("\n")}\n`;
}

/** The SKU table's "Forecast, promo days" for the first SKU, found by its English header. */
function promoForecast(model: PlanModel): number {
  const sheet = model.sheets.find((s) => s.name === "StockUp SKUs")!;
  const header = sheet.cells.find((c) => c.value === "Forecast, promo days" && /^[A-Z]+1$/.test(c.address))!;
  const col = header.address.replace(/\d+$/, "");
  return Number(sheet.cells.find((c) => c.address === `${col}2`)!.value);
}

/** Every text on the plan sheet, the first (its warnings section included). */
function planTexts(model: PlanModel): string {
  return model.sheets[0].cells.map((c) => String(c.value ?? "")).join("\n");
}

describe("the plan date is today unless --today sets it", () => {
  const dir = mkdtempSync(join(tmpdir(), "stockup-plandate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function plan(args: string[]) {
    let err = "";
    const r = await preparePlan(
      [
        "plan",
        "--sales",
        join(dir, "sales.csv"),
        "--skus",
        join(dir, "skus.csv"),
        ...args,
        "--out",
        join(dir, "p.xlsx"),
      ],
      { stdout: () => undefined, stderr: (s) => (err += s) },
    );
    return { ...r, err };
  }

  it("a history ending 7 weeks before the real date: stale warning (en, zh, plan sheet), forecast as if planned the day after", async () => {
    const before = localIsoDate(new Date());
    const last = addDays(before, -49);
    writeFileSync(join(dir, "sales.csv"), salesEnding(last));
    writeFileSync(join(dir, "skus.csv"), SKUS);
    // the same promo for both runs, ahead of both plan dates
    const promo = [
      ...["--promo-start", addDays(before, 60), "--promo-end", addDays(before, 63)],
      ...["--inbound-cutoff", addDays(before, 30)],
    ];

    const stale = await plan(promo); // no --today: the machine's date
    expect(stale.code).toBe(0);
    const after = localIsoDate(new Date());
    const planDate = stale.model!.meta.refreshDate;
    expect([before, after]).toContain(planDate);
    const days = 49 + (planDate === before ? 0 : 1); // a run across midnight is a day later
    expect(stale.err).toContain(
      `warning: The sales history ends on ${last}, ${days} days before the plan date ${planDate}.`,
    );
    expect(planTexts(stale.model!)).toContain(`The sales history ends on ${last}, ${days} days before`);

    const zh = await plan([...promo, "--lang", "zh"]);
    expect(zh.code).toBe(0);
    expect(zh.err).toContain(`警告：销售历史截止于 ${last}，比计划日期 ${planDate} 早 ${days} 天。`);
    expect(planTexts(zh.model!)).toContain(`销售历史截止于 ${last}`);

    // planned the day after its last row: no stale warning, and the same forecast within 3 %
    const fresh = await plan([...promo, "--today", addDays(last, 1)]);
    expect(fresh.code).toBe(0);
    expect(fresh.err).not.toContain("The sales history ends");
    const [a, b] = [promoForecast(stale.model!), promoForecast(fresh.model!)];
    // 4 promo days of 10–16 a day without a learned lift: between 40 and 64
    expect(b).toBeGreaterThan(40);
    expect(b).toBeLessThan(64);
    expect(Math.abs(a - b) / b).toBeLessThan(0.03);
  }, 90_000);

  it("--today overrides the machine's date", async () => {
    const last = "2025-04-30";
    writeFileSync(join(dir, "sales.csv"), salesEnding(last));
    writeFileSync(join(dir, "skus.csv"), SKUS);
    const r = await plan([
      ...["--promo-start", "2025-07-08", "--promo-end", "2025-07-11", "--inbound-cutoff", "2025-06-20"],
      ...["--today", "2025-06-18"],
    ]);
    expect(r.code).toBe(0);
    expect(r.model!.meta.refreshDate).toBe("2025-06-18");
    expect(r.err).toContain(
      "warning: The sales history ends on 2025-04-30, 49 days before the plan date 2025-06-18.",
    );
  }, 60_000);
});
