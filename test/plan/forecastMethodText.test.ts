/**
 * The plan shows the forecast honestly: the method column carries the batch forecast's own method
 * line (what each SKU borrowed from the SKUs of its channel), a SKU the core refuses shows the
 * core's reason in the plan's language instead of "no history", and a SKU without any sale says so.
 */
import { addDays } from "../../src/core";
import { buildPlan } from "../../src/plan/buildPlan";
import type { SalesRow } from "../../src/plan/input";
import { SKU_A, skuCell, tinyInput } from "./fixtures";

/**
 * A year of a weekday pattern with noise and a zero every third day (a slow mover: the single-series
 * calendar model is for dense series only, so the pooled model forecasts these).
 */
function patterned(sku: string, k: number): SalesRow[] {
  return Array.from({ length: 365 }, (_, i) => ({
    date: addDays("2024-05-01", i),
    sku,
    units: i % 3 === 0 ? 0 : (k + 3) * [1, 2, 1, 1, 3, 1, 1][i % 7] + ((i * (k + 7)) % 3),
  }));
}

function input(locale: "en-US" | "zh-CN") {
  const ids = ["A1", "A2", "A3", "A4", "A5"];
  const base = tinyInput();
  return {
    ...base,
    settings: { ...base.settings, locale },
    skus: [
      ...ids.map((sku) => ({ ...SKU_A, sku, channel: "amazon" as const })),
      { ...SKU_A, sku: "ONE-DAY" },
      { ...SKU_A, sku: "NEW" },
    ],
    // ONE-DAY sold once (one observed day: a flat forecast with a wide range); NEW never sold
    sales: [...ids.flatMap((sku, k) => patterned(sku, k)), { date: "2025-04-30", sku: "ONE-DAY", units: 4 }],
  };
}

describe("the plan's forecast method column", () => {
  const en = buildPlan(input("en-US"));
  const zh = buildPlan(input("zh-CN"));
  const method = (m: typeof en, sku: string) => skuCell(m, sku, "method").value;

  it("writes the batch's method line: the pooled model and what it borrowed from the channel's SKUs", () => {
    // the plan groups SKUs by channel: the text says channel (渠道), and in plain words (no 水平, 同池)
    expect(method(en, "A1")).toMatch(/^Pooled model: .*% borrowed from channel "amazon"/);
    expect(method(zh, "A1")).toMatch(
      /^合并模型：近期日销（加权平均，权重约每 \d+ 天减半）× 星期系数（\d+% 借自渠道“amazon”的 SKU）/,
    );
    expect(String(method(zh, "A1"))).not.toMatch(/品类|同池|水平/);
    expect(en.meta.forecastMethods.find((m) => m.sku === "A1")?.method).toBe("Pooled");
  });

  it("forecasts one day of history flat at that day's sales, with a wide range and a warning (issue 16 #6)", () => {
    const one = (m: typeof en, units: number) =>
      buildPlan({
        ...input(m === en ? "en-US" : "zh-CN"),
        sales: [{ date: "2025-04-30", sku: "ONE-DAY", units }],
      });
    const e = one(en, 45);
    const z = one(zh, 45);
    expect(method(e, "ONE-DAY")).toMatch(/^Only one observed day of sales \(45 units\): forecast flat/);
    expect(method(z, "ONE-DAY")).toMatch(/^只有 1 天的销售记录（45 件）：每天都按这一天的销量预测/);
    expect(e.meta.forecastMethods.find((m) => m.sku === "ONE-DAY")?.method).toBe("Mean");
    // Prime Day Jul 8–11: 4 days × 45; the total's p10–p90 from one day (shortHistory.ts, by hand:
    // relVar 1.25·(1/45 + 1), lognormal bounds 180·0.20714 and 180·2.11945)
    expect(skuCell(e, "ONE-DAY", "forecast").value).toBe(180);
    expect(skuCell(e, "ONE-DAY", "lower").value).toBeCloseTo(37.285, 2);
    expect(skuCell(e, "ONE-DAY", "upper").value).toBeCloseTo(381.5, 1);
    // no sample SD from one day: the day's predictive SD √(2·(45 + 45²)) = √4140 feeds the safety stock
    expect(skuCell(e, "ONE-DAY", "dailySd").value).toBeCloseTo(64.343, 3);
    const cells = (m: typeof en) => m.sheets[0].cells.map((c) => String(c.value));
    expect(cells(e)).toContain(
      "ONE-DAY: only 1 day of sales history; its forecast is that day's sales, flat, with a wide range. Check it against what you know of the product.",
    );
    expect(cells(z)).toContain(
      "ONE-DAY：只有 1 天的销售历史，预测即按该天销量平推，区间很宽。请结合对该商品的了解核对。",
    );
  });

  it("shows why the core made no forecast, in the plan's language, not 'no history'", () => {
    // sales so large the arithmetic overflows: the core refuses and says why
    const huge = (locale: "en-US" | "zh-CN") =>
      buildPlan({
        ...input(locale),
        sales: ["2025-04-29", "2025-04-30"].map((date) => ({ date, sku: "ONE-DAY", units: 1e308 })),
      });
    const e = huge("en-US");
    expect(method(e, "ONE-DAY")).toBe(
      "No forecast — history: is so large that the result overflows; check the magnitude",
    );
    expect(method(huge("zh-CN"), "ONE-DAY")).toBe("无预测 — history：数值过大，结果溢出；请检查数量级");
    expect(e.meta.forecastMethods.find((m) => m.sku === "ONE-DAY")?.method).toBe("no forecast");
    expect(skuCell(e, "ONE-DAY", "forecast").value).toBe(0);
  });

  it("says plainly when a SKU has no sales at all", () => {
    expect(method(en, "NEW")).toBe("No sales history for this SKU");
    expect(method(zh, "NEW")).toBe("该 SKU 没有销售历史");
    expect(en.meta.forecastMethods.find((m) => m.sku === "NEW")?.method).toBe("no history");
  });
});
