import { addDays } from "../../src/core";
import { InputError } from "../../src/core/errors";
import { formatHistoryWarning, historyWarnings, listSkus } from "../../src/import/historyWarnings";
import type { SkuRow } from "../../src/import/importSkus";
import { toDailySeries } from "../../src/import/toDailySeries";

const sku = (s: string, extra: Partial<SkuRow> = {}): SkuRow => ({
  sku: s,
  battery: false,
  liquid: false,
  magnetic: false,
  unitCost: 1,
  moq: 100,
  leadTimeDays: 15,
  sellingPrice: 20,
  weightKg: 0.2,
  ...extra,
});

describe("historyWarnings", () => {
  // A sells every day from 2025-01-01 (promo on its last day, 2026-09-14), B from 2026-06-01:
  // the file has a row every day, so no day is a missing export
  const daily = (sku: string, from: string, to: string, units: number) => {
    const rows: { sku: string; date: string; units: number; promo: 0 | 1 }[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) rows.push({ sku, date: d, units, promo: 0 });
    return rows;
  };
  const series = toDailySeries([
    ...daily("A", "2025-01-01", "2026-09-13", 3),
    { sku: "A", date: "2026-09-14", units: 5, promo: 1 },
    ...daily("B", "2026-06-01", "2026-09-14", 2),
  ]);
  const base = {
    series,
    planDate: "2026-09-15",
    promoStart: "2026-11-27",
    promoEnd: "2026-11-30",
    skus: [sku("A"), sku("B")],
  };

  it("a fresh, flagged, complete history with a live promo gives only HISTORY_SHORT for the young SKU", () => {
    const w = historyWarnings({ ...base, methods: { B: "Mean" } });
    expect(w.map((x) => [x.code, x.sku])).toEqual([["HISTORY_SHORT", "B"]]);
    // last year's same promo starts 364 days earlier: 2025-11-28; B started 2026-06-01
    expect(w[0].params).toEqual({
      sku: "B",
      days: 106,
      firstDate: "2026-06-01",
      lyStart: "2025-11-28",
      used: "Mean",
    });
    expect(w[0].message).toContain("The forecast used Mean on the recent days instead.");
    expect(w[0].messageZh).toContain("B：历史只有 106 天");
  });

  it("stale history: N days before the plan date (yesterday is fresh)", () => {
    const w = historyWarnings({ ...base, planDate: "2026-11-02" });
    const stale = w.find((x) => x.code === "HISTORY_STALE")!;
    expect(stale.params).toEqual({ lastDate: "2026-09-14", days: 49, planDate: "2026-11-02" });
    expect(stale.message).toMatch(
      /^The sales history ends on 2026-09-14, 49 days before the plan date 2026-11-02\./,
    );
    expect(stale.messageZh).toContain("比计划日期 2026-11-02 早 49 天");
    expect(historyWarnings({ ...base, planDate: "2026-09-16" }).some((x) => x.code === "HISTORY_STALE")).toBe(
      true,
    );
  });

  it("a young SKU the plan did not forecast gets no HISTORY_SHORT; SKUS_NOT_IN_MASTER names it", () => {
    const w = historyWarnings({ ...base, skus: [sku("A")], methods: { A: "ETS" } });
    expect(w.map((x) => x.code)).toEqual(["SKUS_NOT_IN_MASTER"]);
    expect(w[0].message).toBe(
      "1 SKU with sales is not in the SKU master (B): its cost, MOQ and lead time are missing. Add it to the master.",
    );
    expect(w[0].messageZh).toBe(
      "有 1 个有销量的 SKU 不在 SKU 主数据中（B）：缺少成本、起订量和交期。请补充到主数据。",
    );
    // without a master every SKU is forecast: B's short history is still news
    const none = historyWarnings({ ...base, skus: [], methods: { A: "ETS", B: "Mean" } });
    expect(none.filter((x) => x.code === "HISTORY_SHORT").map((x) => x.sku)).toEqual(["B"]);
    expect(none.find((x) => x.code === "NO_SKU_MASTER")!.message).toMatch(
      /^No SKU master was imported: .* for all 2 SKUs \(A, B\)/,
    );
    // before any forecast (the pane's first look: no methods) every young SKU, without a method
    const early = historyWarnings({ ...base, skus: [sku("A")] }).find((x) => x.code === "HISTORY_SHORT")!;
    expect(early.message).toBe(
      "B: 106 days of history, from 2026-06-01; last year's same period starts on 2025-11-28, so it cannot be compared: the forecast rests on the recent days.",
    );
    expect(early.messageZh).toBe(
      "B：历史只有 106 天（自 2026-06-01 起）；去年同期从 2025-11-28 开始，无法对比：预测只能依据近期数据。",
    );
    expect(early.message).not.toContain("—");
  });

  it("no promo flags: lift cannot be learned", () => {
    const flat = toDailySeries([
      { sku: "A", date: "2025-01-01", units: 3 },
      { sku: "A", date: "2026-09-14", units: 3 },
    ]);
    const w = historyWarnings({ ...base, series: flat });
    expect(w.map((x) => x.code)).toContain("NO_PROMO_FLAGS");
    expect(w.find((x) => x.code === "NO_PROMO_FLAGS")!.message).toContain("(A)");
  });

  it("no SKU master, SKUs missing from it, fields empty in it: which SKUs", () => {
    const none = historyWarnings({ ...base, skus: [] }).find((x) => x.code === "NO_SKU_MASTER")!;
    expect(none.params).toEqual({ count: 2, skus: "A, B" });
    const missing = historyWarnings({ ...base, skus: [sku("A")] }).find(
      (x) => x.code === "SKUS_NOT_IN_MASTER",
    )!;
    expect(missing.params).toMatchObject({ count: 1, skus: "B" });
    const holes = historyWarnings({
      ...base,
      skus: [sku("A", { unitCost: undefined, moq: undefined }), sku("B", { unitCost: undefined })],
    }).filter((x) => x.code === "SKU_MASTER_INCOMPLETE");
    expect(holes.map((x) => x.message)).toEqual([
      "Unit cost is empty for 2 SKUs in the SKU master (A, B).",
      "MOQ is empty for 1 SKU in the SKU master (A).",
    ]);
    const priceWeight = historyWarnings({
      ...base,
      skus: [
        sku("A", { sellingPrice: undefined }),
        sku("B", { sellingPrice: undefined, weightKg: undefined }),
      ],
    }).filter((x) => x.code === "SKU_MASTER_INCOMPLETE");
    expect(priceWeight.map((x) => x.message)).toEqual([
      "Selling price is empty for 2 SKUs in the SKU master (A, B).",
      "Weight is empty for 1 SKU in the SKU master (B).",
    ]);
    expect(priceWeight.map((x) => x.messageZh)).toEqual([
      "SKU 主数据中有 2 个 SKU 的售价为空（A, B）。",
      "SKU 主数据中有 1 个 SKU 的重量为空（B）。",
    ]);
    expect(holes[0].messageZh).toBe("SKU 主数据中有 2 个 SKU 的单位成本为空（A, B）。");
  });

  it("promo past, promo started, cutoffs passed", () => {
    const past = historyWarnings({ ...base, planDate: "2026-12-01", inboundCutoff: "2026-11-06" });
    expect(past.map((x) => x.code)).toEqual(expect.arrayContaining(["PROMO_PAST", "CUTOFF_PASSED"]));
    expect(past.find((x) => x.code === "CUTOFF_PASSED")!.message).toBe(
      "The inbound cutoff was 2026-11-06, 25 days before the plan date 2026-12-01.",
    );
    expect(past.find((x) => x.code === "CUTOFF_PASSED")!.messageZh).toBe(
      "入仓截止日（2026-11-06）已过，比计划日期 2026-12-01 早 25 天。",
    );
    const started = historyWarnings({ ...base, planDate: "2026-11-28" });
    expect(started.map((x) => x.code)).toContain("PROMO_STARTED");
    expect(started.map((x) => x.code)).not.toContain("PROMO_PAST");
  });

  it("every message in both languages has no unfilled placeholder", () => {
    const all = historyWarnings({
      ...base,
      series: toDailySeries([{ sku: "C", date: "2026-08-01", units: 1 }]),
      planDate: "2026-12-05",
      registrationDeadline: "2026-10-02",
      inboundCutoff: "2026-11-06",
      skus: [],
    });
    expect(new Set(all.map((x) => x.code)).size).toBeGreaterThanOrEqual(5);
    for (const w of all) {
      expect(w.message).not.toMatch(/[{}]/);
      expect(w.messageZh).not.toMatch(/[{}]/);
      expect(w.messageZh).toBe(formatHistoryWarning(w.code, w.params, "zh"));
    }
  });

  it("lists at most ten SKUs and says how many more", () => {
    expect(listSkus(Array.from({ length: 12 }, (_, i) => `S${i}`))).toBe(
      "S0, S1, S2, S3, S4, S5, S6, S7, S8, S9 … (+2)",
    );
  });

  it("rejects a plan date that is not ISO", () => {
    expect(() => historyWarnings({ ...base, planDate: "15/09/2026" })).toThrow(InputError);
  });
});
