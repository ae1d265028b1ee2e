/**
 * Days on which the whole sales file has no row (a missing export, a closed shop) are not
 * observed; one SKU without rows while others have some is an observed 0 (./exportGaps).
 */
import { addDays } from "../../src/core";
import { exportGapDays, exportGapsOf } from "../../src/import/exportGaps";
import { historyWarnings } from "../../src/import/historyWarnings";
import { SalesHistory } from "../../src/import/salesHistory";
import { toDailySeries } from "../../src/import/toDailySeries";
import type { SalesRow } from "../../src/import/types";

/** `units` a day of each SKU from `start` for `days` days, except the days `skip` says. */
function daily(
  skus: string[],
  start: string,
  days: number,
  skip: (sku: string, i: number) => boolean = () => false,
  units = 10,
): SalesRow[] {
  const rows: SalesRow[] = [];
  for (let i = 0; i < days; i++)
    for (const sku of skus) if (!skip(sku, i)) rows.push({ sku, date: addDays(start, i), units });
  return rows;
}
const gapsOf = (rows: SalesRow[]) => exportGapsOf(exportGapDays(SalesHistory.fromRows(rows)));

describe("exportGapDays: stretches with no row of any SKU", () => {
  it("a shop selling every day: a run of 2+ days is a gap, a single empty day is a zero", () => {
    // 60 days from 2026-01-01; days 10..14 (01-11..01-15) and day 30 (01-31) have no row at all
    const rows = daily(["A", "B"], "2026-01-01", 60, (_s, i) => (i >= 10 && i <= 14) || i === 30);
    // q for the 5-day run = (6 empty − 5) / (60 − 5) = 1/55; 55 × (1/55)^5 ≈ 1e-7 < 0.01: a gap.
    // the single day is shorter than two days: a zero
    expect(gapsOf(rows)).toEqual([{ from: "2026-01-11", to: "2026-01-15", days: 5 }]);
    // the two-day minimum: 01-31 and 02-01 empty is a gap (q = 0 outside it)
    const two = daily(["A", "B"], "2026-01-01", 60, (_s, i) => i === 30 || i === 31);
    expect(gapsOf(two)).toEqual([{ from: "2026-01-31", to: "2026-02-01", days: 2 }]);
  });

  it("two missing stretches are both found (the longer does not excuse the shorter)", () => {
    const rows = daily(["A"], "2026-01-01", 100, (_s, i) => (i >= 20 && i < 45) || (i >= 70 && i < 73));
    // 25-day run: q = 3/75, 75 × 0.04^25 ≈ 0; then the 3-day run at the rate outside both: q = 0
    expect(gapsOf(rows)).toEqual([
      { from: "2026-01-21", to: "2026-02-14", days: 25 },
      { from: "2026-03-12", to: "2026-03-14", days: 3 },
    ]);
  });

  it("a quiet shop's quiet spells stay zeros; only a run unlikely at its own rate is a gap", () => {
    // sales every other day for 200 days from 2026-01-01 (odd days empty), and nothing on days
    // 50..55 nor 120..138 either: with the odd days around them, runs of 49..55 (7 days) and
    // 119..139 (21 days); every other run is one odd day
    const skip = (_s: string, i: number) => i % 2 === 1 || (i >= 50 && i <= 55) || (i >= 120 && i <= 138);
    const rows = daily(["A"], "2026-01-01", 200, skip, 1);
    const empty = Array.from({ length: 200 }, (_, i) => i).filter((i) => skip("A", i)).length;
    expect(empty).toBe(100 + 3 + 10); // the runs add their even days: 50, 52, 54; 120, 122 … 138
    // 21-day run: q = (113 − 21) / (200 − 21) = 0.5140; 200 × 0.5140^21 = 1.7e-4 < 0.01: a gap
    // 7-day run: q = (113 − 21 − 7) / (200 − 21 − 7) = 0.4942; 179 × 0.4942^7 = 1.3: a quiet spell
    expect(gapsOf(rows)).toEqual([{ from: "2026-04-30", to: "2026-05-20", days: 21 }]);
  });

  it("a weekly export (one dated row a week) has no gap", () => {
    const rows = daily(["A", "B"], "2025-01-06", 728, (_s, i) => i % 7 !== 0, 70);
    expect(gapsOf(rows)).toEqual([]);
  });

  it("one SKU without rows while the others have some: no gap, its days are observed zeros", () => {
    // B has no row 2026-01-11..01-20 (10 days); A sold every day: the export covered those days
    const rows = daily(["A", "B"], "2026-01-01", 40, (s, i) => s === "B" && i >= 10 && i < 20);
    expect(gapsOf(rows)).toEqual([]);
    const b = toDailySeries(rows).find((s) => s.sku === "B")!;
    expect(b.history.slice(9, 21)).toEqual([10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10]);
    expect(b.censored.filter(Boolean).length).toBe(0);
    expect(b.observedDays).toBe(40);
    expect(b.exportGaps).toBeUndefined();
  });
});

describe("toDailySeries and historyWarnings with a missing stretch", () => {
  // two SKUs at 10 a day for 40 days from 2026-09-06; the file has nothing 2026-10-01..10-05
  const rows = daily(["A", "B"], "2026-09-06", 40, (_s, i) => i >= 25 && i < 30);

  it("censors the stretch for every SKU: the observed days average 10, not 350 / 40 = 8.75", () => {
    for (const s of toDailySeries(rows)) {
      expect(s.censored.map((c, i) => (c ? addDays(s.startDate, i) : "")).filter(Boolean)).toEqual([
        "2026-10-01",
        "2026-10-02",
        "2026-10-03",
        "2026-10-04",
        "2026-10-05",
      ]);
      expect(s.observedDays).toBe(35);
      const observed = s.history.filter((_, i) => !s.censored[i]);
      expect(observed.reduce((a, b) => a + b, 0) / observed.length).toBe(10);
      expect(s.lastObserved).toBe("2026-10-15");
      expect(s.exportGaps).toEqual([{ from: "2026-10-01", to: "2026-10-05", days: 5 }]);
    }
    // a file whose missing days are all censored anyway names no stretch
    expect(toDailySeries(rows, { missingDays: "censored" })[0].exportGaps).toBeUndefined();
  });

  it("warns once, naming the stretch, in en and zh", () => {
    const w = historyWarnings({ series: toDailySeries(rows), planDate: "2026-10-16" });
    const gap = w.filter((x) => x.code === "HISTORY_GAP");
    expect(gap.map((x) => x.message)).toEqual([
      "No SKU has any sales row from 2026-10-01 to 2026-10-05, inside the file's dates: 5 days read as a missing export (or a closed shop), not as zero sales, so it does not pull the forecast down. If the shop was selling then, import that stretch too.",
    ]);
    expect(gap[0].messageZh).toBe(
      "销售文件中 2026-10-01 至 2026-10-05 没有任何 SKU 的记录（位于文件的日期范围之内）：这 5 天按缺失的导出（或店铺歇业）处理，不按零销量计算，不会拉低预测。如果店铺当时在正常销售，请补充导入这段时间的数据。",
    );
    const two = daily(["A"], "2026-01-01", 100, (_s, i) => (i >= 20 && i < 45) || (i >= 70 && i < 73));
    const both = historyWarnings({ series: toDailySeries(two), planDate: "2026-04-11" }).find(
      (x) => x.code === "HISTORY_GAP",
    )!;
    expect(both.message).toMatch(
      /^No SKU has any sales row from 2026-01-21 to 2026-02-14 and from 2026-03-12 to 2026-03-14, inside the file's dates: 28 days .* so they do not pull .* import those stretches too\.$/,
    );
    expect(both.messageZh).toContain(
      "销售文件中 2026-01-21 至 2026-02-14、2026-03-12 至 2026-03-14 没有任何 SKU 的记录",
    );
  });
});
