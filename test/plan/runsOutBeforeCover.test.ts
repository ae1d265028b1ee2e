/**
 * Buyer read 2 #1: the stock-out count looks at the stock-up window only (from the cover start,
 * engine/skuPlan coverStartDay), so a SKU that sells out next week read as "0 run out". The sheet
 * names the window and says once which SKUs run out before it starts.
 *
 * By hand (scenarioFixtures): plan date P = 2025-09-16, cutoff 2025-11-21 = P+66; with the default
 * 30 days before the cutoff the window starts P+36 = 2025-10-22. 50 a day, 320 on hand: days
 * P…P+5 use 300, P+6 wants 50 with 20 left, so the stock runs out on P+6 = 2025-09-22, long
 * before the window: regular replenishment's days, not counted short by this plan.
 */
import { isoToExcelSerial } from "../../src/core";
import { buildPlan } from "../../src/plan/buildPlan";
import { planFigures } from "../../src/plan/engine";
import type { PlanModel } from "../../src/plan/types";
import { scenario } from "./scenarioFixtures";

const early = { coverDaysBeforeCutoff: 30 };
const texts = (m: PlanModel) =>
  m.sheets[0].cells.map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("SKUs that run out before the stock-up window starts", () => {
  it("dates the run-out before the cover start: 320 on hand at 50 a day runs out on 2025-09-22", () => {
    const fig = planFigures(scenario(73, {}, early));
    expect(fig.coverStart).toBe(isoToExcelSerial("2025-10-22"));
    const p = fig.skus[0];
    expect(p.runsOutBeforeCover).toBe(isoToExcelSerial("2025-09-22"));
    // not counted short: those days are left to regular replenishment
    expect(p.stockOutDate).toBeNull();
    expect(p.unitsShort).toBe(0);
  });

  it("names the window on the count and says once that the SKU runs out before it (en, zh)", () => {
    const en = texts(buildPlan(scenario(73, {}, early)));
    expect(en).toContain(
      "SKUs that run out before any order can arrive, within the stock-up window from 2025-10-22",
    );
    expect(en).toContain(
      "1 SKU(s) run out before the stock-up window starts on 2025-10-22 (first: CASE on 2025-09-22): those days are regular replenishment's, not this plan's, which counts stock-outs and buys only from 2025-10-22.",
    );
    const zh = texts(buildPlan(scenario(73, {}, { ...early, locale: "zh-CN" })));
    expect(zh).toContain("备货期（2025-10-22 起）内到货前会断货的 SKU 数");
    expect(zh).toContain(
      "1 个 SKU 在备货期（2025-10-22 起）开始前就会断货（最早：CASE，2025-09-22）：这段时间靠日常补货，不属于本计划；本计划只从 2025-10-22 起计算断货和采购。",
    );
  });

  it("says nothing when the stock lasts to the window: 2,000 on hand cover P…P+35 (1,800)", () => {
    const fig = planFigures(scenario(73, { onHand: 2000 }, early));
    expect(fig.skus[0].runsOutBeforeCover).toBeNull();
    expect(texts(buildPlan(scenario(73, { onHand: 2000 }, early))).join("\n")).not.toContain(
      "before the stock-up window starts",
    );
  });

  it("says nothing when the window starts on the plan date (the stock-out is then this plan's)", () => {
    // the worked example covers from the plan date (90 days before the cutoff > 66)
    const p = planFigures(scenario(73)).skus[0];
    expect(p.runsOutBeforeCover).toBeNull();
    expect(p.stockOutDate).not.toBeNull();
  });
});
