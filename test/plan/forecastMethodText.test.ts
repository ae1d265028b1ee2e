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
    // ONE-DAY sold once (one observed day: the core needs 2); NEW never sold
    sales: [...ids.flatMap((sku, k) => patterned(sku, k)), { date: "2025-04-30", sku: "ONE-DAY", units: 4 }],
  };
}

describe("the plan's forecast method column", () => {
  const en = buildPlan(input("en-US"));
  const zh = buildPlan(input("zh-CN"));
  const method = (m: typeof en, sku: string) => skuCell(m, sku, "method").value;

  it("writes the batch's method line: the pooled model and what it borrowed from the channel's SKUs", () => {
    expect(method(en, "A1")).toMatch(/^Pooled model: .*% borrowed from category "amazon"/);
    expect(method(zh, "A1")).toMatch(/^合并模型：.*借自品类“amazon”/);
    expect(en.meta.forecastMethods.find((m) => m.sku === "A1")?.method).toBe("Pooled");
  });

  it("shows why the core made no forecast, in the plan's language, not 'no history'", () => {
    expect(method(en, "ONE-DAY")).toBe(
      "No forecast — history: needs at least 2 observed (uncensored) periods, has 1",
    );
    expect(method(zh, "ONE-DAY")).toBe(
      "无预测 — history：至少需要 2 个有观测（未断货）的周期，实际只有 1 个",
    );
    expect(en.meta.forecastMethods.find((m) => m.sku === "ONE-DAY")?.method).toBe("no forecast");
    expect(skuCell(en, "ONE-DAY", "forecast").value).toBe(0);
  });

  it("says plainly when a SKU has no sales at all", () => {
    expect(method(en, "NEW")).toBe("No sales history for this SKU");
    expect(method(zh, "NEW")).toBe("该 SKU 没有销售历史");
    expect(en.meta.forecastMethods.find((m) => m.sku === "NEW")?.method).toBe("no history");
  });
});
