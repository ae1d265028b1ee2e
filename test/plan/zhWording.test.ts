/**
 * The buyer-facing words a Chinese buyer reviewed: 达成率 for pace, ACoS as sellers say it, 补货周期,
 * 抖音/快手 in the Chinese plan (still matching a SKU file's "douyin"), 渠道 and plain words in the
 * forecast method, the override column's name in the new-product help; English day plurals.
 */
import { isoToExcelSerial } from "../../src/core";
import { planText } from "../../src/plan/i18n";
import { warningText } from "../../src/plan/sheets/warningText";
import { zh as ZH } from "../../src/taskpane/i18n/zh";
import { isInterestChannel } from "../../src/plan/engine/demand";
import { buildPlan } from "../../src/plan/buildPlan";
import { formatHistoryWarning } from "../../src/import/historyWarnings";
import type { PlanModel } from "../../src/plan/types";
import { namedCell } from "./fixtures";
import { scenario } from "./scenarioFixtures";

const texts = (m: PlanModel) =>
  m.sheets.flatMap((s) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string"));

describe("the Chinese plan reads as a Chinese buyer writes", () => {
  const zh = buildPlan(scenario(73, {}, { locale: "zh-CN" }));
  const all = texts(zh);

  it("says 达成率 for pace, ACoS for ACoS, 补货周期 for the review period", () => {
    expect(all).toEqual(
      expect.arrayContaining([
        "预测达成率",
        "目标达成率（计划需求）",
        "目标达成率",
        "ACoS",
        "补货周期（天）",
      ]),
    );
    expect(all.join("\n")).toContain("ACoS（广告花费占销售额比）计入销售费用");
  });

  it("has none of the reviewed words left: 节奏, 广告销售成本比, 复核, Douyin/Kuaishou, 预测覆盖值, 同池, 水平 in a method", () => {
    const joined = all.join("\n");
    for (const w of ["节奏", "广告销售成本比", "复核", "Douyin", "Kuaishou", "预测覆盖值", "同池", "品类"])
      expect([w, joined.includes(w)]).toEqual([w, false]);
  });

  it("writes the interest channels as 抖音、快手, and they still match a SKU file's pinyin channel", () => {
    const list = namedCell(zh, "InterestChannels").value as string;
    expect(list).toBe("TikTok、抖音、快手、Instagram、YouTube");
    expect(isInterestChannel("douyin", list)).toBe(true);
    expect(isInterestChannel("Kuaishou shop", list)).toBe(true);
    expect(isInterestChannel("抖音小店", "TikTok, Douyin, Kuaishou, Instagram, YouTube")).toBe(true);
    expect(isInterestChannel("amazon", list)).toBe(false);
    // the English plan keeps the English default
    expect(namedCell(buildPlan(scenario(73)), "InterestChannels").value).toBe(
      "TikTok, Douyin, Kuaishou, Instagram, YouTube",
    );
  });

  it("names the override column in the new-product help", () => {
    expect(all.join("\n")).toContain("在“大促需求（手动值）”列填写数量");
  });
});

describe("English day counts", () => {
  it('"1 day of history", "2 days of history"', () => {
    const p = { sku: "A", firstDate: "2026-11-30", lyStart: "2025-11-28", used: "Mean" };
    expect(formatHistoryWarning("HISTORY_SHORT", { ...p, days: 1 }, "en")).toMatch(
      /^A: 1 day of history, from/,
    );
    expect(formatHistoryWarning("HISTORY_SHORT", { ...p, days: 2 }, "en")).toMatch(
      /^A: 2 days of history, from/,
    );
    expect(
      formatHistoryWarning(
        "HISTORY_STALE",
        { lastDate: "2026-11-29", days: 1, planDate: "2026-11-30" },
        "en",
      ),
    ).toContain("2026-11-29, 1 day before the plan date 2026-11-30.");
  });
});

describe("the plan's margin is net of every fee: 净利, never 毛利 (gross, before fees)", () => {
  it("names the margin, per unit and on the plan, and ROI's numerator 净利 on the sheets and in the pane", () => {
    const joined = texts(buildPlan(scenario(73, {}, { locale: "zh-CN" }))).join("\n");
    expect(joined).not.toContain("毛利");
    for (const w of ["计划净利", "单件净利", "投资回报率（净利 / 资金支出）"]) expect(joined).toContain(w);
    expect(Object.values(ZH).join("\n")).not.toContain("毛利");
  });

  it("says the on-order date without an arrival date is the sellable date, in English as in Chinese", () => {
    const w = { code: "onOrderNoDate" as const, sku: "CASE", vars: { date: 46425, units: 400 } };
    // 46425 = 2027-02-07: 2026-12-02 + 20 lead + 40 sea + 7 check-in
    expect(isoToExcelSerial("2027-02-07")).toBe(46425);
    expect(warningText(w, planText("en-US"), "en-US")).toContain("counted as sellable 2027-02-07");
    expect(warningText(w, planText("zh-CN"), "zh-CN")).toContain(
      "按 2027-02-07 可售计算（今天下单走海运最晚的可售日）",
    );
  });
});
