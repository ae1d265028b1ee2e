import fc from "fast-check";
import { nextPromoDates, promoWindow } from "../../src/taskpane/compute/promoCalendar";
import { parseField } from "../../src/taskpane/compute/fields";
import { addDays, daysBetween, isIsoDate } from "../../src/taskpane/compute/dates";
import {
  COST_COMPONENTS,
  forecastPromo,
  landedCost,
  parseActuals,
  purchase,
  shipDates,
} from "../../src/taskpane/compute/plan";
import { monitor } from "../../src/taskpane/compute/monitor";
import { economics } from "../../src/taskpane/compute/economics";
import { leadTimes } from "../../src/taskpane/compute/leadTime";
import { parseLocaleNumber } from "../../src/taskpane/compute/localeNumber";
import { planWarnings } from "../../src/taskpane/compute/warnings";
import { methodInWords } from "../../src/taskpane/i18n/methodWords";
import { fieldsFromSheet } from "../../src/taskpane/compute/sheetSettings";
import { readDraft } from "../../src/taskpane/compute/readDraft";
import { toPlanInput } from "../../src/taskpane/compute/toPlanInput";
import { importHistoryFile, importSkuFile } from "../../src/taskpane/data/importHistory";
import { defaultDraft, type PaneDraft } from "../../src/taskpane/draft";
import { buildPlan, colLetter, type PlanModel } from "../../src/plan";
import { excelSerialToIso as serialToIso } from "../../src/core";
import { sampleFiles } from "./fakeHost";
import { format, localeFor, makeI18n } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";

describe("promoWindow", () => {
  it.each([
    // US Thanksgiving: 2024-11-28, 2025-11-27, 2026-11-26, 2027-11-25 (4th Thursdays, calendar)
    ["bfcm", 2024, "2024-11-29", "2024-12-02"],
    ["bfcm", 2025, "2025-11-28", "2025-12-01"],
    ["bfcm", 2026, "2026-11-27", "2026-11-30"],
    ["bfcm", 2027, "2027-11-26", "2027-11-29"],
    // Prime Day 2025 ran 8–11 July (Amazon): 2nd Tuesday of July 2025 = 8 July
    ["primeDay", 2025, "2025-07-08", "2025-07-11"],
    ["primeDay", 2027, "2027-07-13", "2027-07-16"],
    ["double11", 2026, "2026-11-11", "2026-11-11"],
    ["double12", 2026, "2026-12-12", "2026-12-12"],
  ] as const)("%s %i runs %s to %s", (event, year, start, end) => {
    expect(promoWindow(event, year)).toEqual({ start, end });
  });
});

describe("nextPromoDates", () => {
  it("keeps this year's event while its registration deadline (start − 45 d) is still ahead", () => {
    expect(nextPromoDates("bfcm", "2026-09-15")).toEqual({
      registrationDeadline: "2026-10-13",
      inboundCutoff: "2026-11-06",
      promoStart: "2026-11-27",
      promoEnd: "2026-11-30",
    });
  });
  it("moves to next year once the registration deadline has passed", () => {
    expect(nextPromoDates("bfcm", "2026-11-25").promoStart).toBe("2027-11-26");
  });
  it("always returns a deadline on or after today and before the start (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("primeDay", "bfcm", "double11", "double12" as const),
        fc.integer({ min: 0, max: 3650 }),
        (event, offset) => {
          const today = addDays("2024-01-01", offset);
          const d = nextPromoDates(event, today);
          return (
            d.registrationDeadline >= today && d.inboundCutoff < d.promoStart && d.promoEnd >= d.promoStart
          );
        },
      ),
    );
  });
});

describe("parseField", () => {
  const pct = { min: 0, max: 100 };
  it.each([
    ["20", 20],
    ["1,200", 1200],
    ["12.5%", 12.5],
    ["２０", 20], // full-width digits from a Chinese IME
    [" 7 ", 7],
  ])("reads %p as %p", (text, value) => {
    expect(parseField(text, { min: 0, max: 10_000 })).toEqual({ ok: true, value });
  });
  it.each([
    ["", "fieldRequired"],
    ["abc", "fieldNotNumber"],
    ["1e999", "fieldNotNumber"],
    ["-1", "fieldBelowMin"],
    ["101", "fieldAboveMax"],
  ])("rejects %p with %s", (text, key) => {
    const r = parseField(text, pct);
    expect(r.ok ? null : r.problem.key).toBe(key);
  });
  it("rejects a fraction where whole numbers are required", () => {
    const r = parseField("2.5", { min: 0, max: 10, integer: true });
    expect(r.ok ? null : r.problem.key).toBe("fieldNotInteger");
  });
});

describe("dates", () => {
  it("adds days across a month end and counts them back", () => {
    expect(addDays("2026-11-27", -21)).toBe("2026-11-06");
    expect(daysBetween("2026-11-06", "2026-11-27")).toBe(21);
  });
  it("rejects impossible calendar dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

describe("parseActuals", () => {
  it("reads date,units and date,sku,units lines, skips a header and reports bad lines", () => {
    const r = parseActuals("date,sku,units\n2026-11-27, A, 5\n2026-11-28\t7\nnot a line\n2026-11-29, -3");
    expect(r.days).toEqual([
      { date: "2026-11-27", sku: "A", units: 5, line: 2 },
      { date: "2026-11-28", units: 7, line: 3 },
    ]);
    expect(r.badLines).toEqual([4, 5]);
  });

  // issue 15 #4: the label asks for "date, units"; a thousands separator is not a SKU column
  it.each([
    ["2026-11-28, 1,300", [], { date: "2026-11-28", units: 1300 }],
    ["2026-11-28,1,300", ["A"], { date: "2026-11-28", units: 1300 }],
    ['2026-11-28,"1,300"', [], { date: "2026-11-28", units: 1300 }],
    ["2026-11-28, A, 1,300", ["A"], { date: "2026-11-28", sku: "A", units: 1300 }],
    ["2026-11-28, SU-NEW, 12", ["A"], { date: "2026-11-28", sku: "SU-NEW", units: 12 }],
    // a SKU literally named "1" is a SKU when the plan has it
    ["2026-11-28, 1, 300", ["1"], { date: "2026-11-28", sku: "1", units: 300 }],
    ["2026/11/28; 40", [], { date: "2026-11-28", units: 40 }],
  ])("reads %p (plan SKUs %p)", (line, knownSkus, day) => {
    expect(parseActuals(line, { knownSkus }).days).toEqual([{ ...day, line: 1 }]);
  });

  it("reads a header's column order and glues a split thousands group back (date,units / sku,date,units)", () => {
    expect(parseActuals("date,units\n2026-11-28,1,300").days).toEqual([
      { date: "2026-11-28", units: 1300, line: 2 },
    ]);
    expect(parseActuals("sku;date;units\nA;2026-11-28;7").days).toEqual([
      { date: "2026-11-28", sku: "A", units: 7, line: 2 },
    ]);
    expect(parseActuals("日期,销量\n2026-11-28,9").days).toEqual([{ date: "2026-11-28", units: 9, line: 2 }]);
  });

  it("reads numbers by locale: 1.300 is 1,300 units in German, 1,5 is refused in English", () => {
    expect(parseActuals("2026-11-28; 1.300", { numberLocale: "de-DE" }).days[0].units).toBe(1300);
    expect(parseActuals("2026-11-28\t1,5").badLines).toEqual([1]);
    expect(parseActuals("2026-11-28\t1,5", { numberLocale: "de-DE" }).days[0].units).toBe(1.5);
  });
});

describe("i18n", () => {
  it("has the same keys in English and Chinese, none empty", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(zh).filter(([, v]) => v.trim() === "")).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    // Chinese states a discount in 折 (tenths of the price paid), English as the share paid
    const differ = new Set(["discountHint"]);
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => !differ.has(k) && names(en[k]).join() !== names(zh[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-GB", "en-US"],
    ["de-DE", "en-US"],
    [undefined, "en-US"],
  ])("maps Office display language %p to %p", (lang, locale) => {
    expect(localeFor(lang)).toBe(locale);
  });
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
  it("formats numbers and dates by locale", () => {
    expect(makeI18n("en-US").num(1234.5, 1)).toBe("1,234.5");
    expect(makeI18n("en-US").date("2026-11-27")).toBe("Nov 27, 2026");
    expect(makeI18n("zh-CN").date("2026-11-27")).toBe("2026年11月27日");
  });
});

// ---------- the preview computes through the plan: same numbers as the plan sheet ----------

const SAMPLE_TODAY = "2026-09-15"; // assets/sample/settings.json
const ONE_SKU = "SU-CASE-IP15";

/** The bundled sample as the pane loads it (Step 2 "Sample data"), optionally one SKU only. */
function sampleDraft(patch: (d: PaneDraft) => PaneDraft = (d) => d, only?: string): PaneDraft {
  const files = sampleFiles();
  const rows = importHistoryFile(files.sales, SAMPLE_TODAY).rows.filter((r) => !only || r.sku === only);
  const skus = importSkuFile(files.skus).skus.filter((s) => !only || s.sku === only);
  const d = defaultDraft(files.promo);
  return patch({ ...d, history: { source: "sample", label: "sample", rows, skus, rejected: [] } });
}

/** Pane preview and the plan built by buildPlan from the same draft (what the Build button sends). */
function previewAndPlan(draft: PaneDraft) {
  const v = readDraft(draft).values;
  const fc = forecastPromo(draft, v, SAMPLE_TODAY);
  const pur = purchase(draft, v, fc);
  const lc = landedCost(draft, v, pur);
  const model: PlanModel = buildPlan(toPlanInput(draft, v, SAMPLE_TODAY, "en-US", "test"));
  const [planSheet, skuSheet, monitorSheet] = model.sheets;
  const table = skuSheet.tables[0];
  /** The SKU table cell's number (a formula's `expected`, a value's value) in the row of `sku`. */
  const cell = (sku: string, key: string) => {
    const r = table.rowKeys.indexOf(sku) + 2;
    const c = table.columns.findIndex((col) => col.key === key);
    const found = skuSheet.cells.find((x) => x.address === `${colLetter(c)}${r}`);
    const v = found?.kind === "formula" ? found.expected : found?.value;
    if (v === undefined) throw new Error(`no number for ${sku} ${key}`);
    return v;
  };
  /** A named cell on the plan sheet: a formula's `expected`, an input's value. */
  const named = (name: string) => {
    const address = model.names.find((x) => x.name === name)?.address;
    const c = planSheet.cells.find((x) => x.address === address);
    return c?.kind === "formula" ? c.expected : c?.value;
  };
  /** The monitor sheet's Plan demand value of a row. */
  const mon = (address: string) => monitorSheet.cells.find((x) => x.address === address)?.value;
  return { v, fc, pur, lc, cell, named, mon, planSheet };
}

describe("forecastPromo (pane) against the plan", () => {
  it("shows each SKU's promo demand column of the sheet", () => {
    const { fc, cell } = previewAndPlan(sampleDraft());
    expect(fc.skus.length).toBe(12);
    for (const f of fc.skus) expect(f.forecast).toBe(cell(f.sku, "promoDemand"));
  });
  it("adds the plan's new-product units: promo demand · share / (1 − share)", () => {
    const { fc, named } = previewAndPlan(
      sampleDraft((d) => ({ ...d, targets: { ...d.targets, newProductPct: "20" } })),
    );
    const promo = Number(named("PromoDemandTotal"));
    expect(fc.newProductUnits).toBeGreaterThan(0);
    expect(fc.newProductUnits).toBeCloseTo((promo * 0.2) / 0.8, 8);
  });
});

describe("purchase (pane) against the plan", () => {
  it("shows both safety stocks and the one used, as the sheet's columns", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    const p = pur.skus.find((x) => x.sku === ONE_SKU)!;
    expect(p.safetyRule).toBeGreaterThan(0);
    expect(p.safetyStat).toBeGreaterThan(0);
    expect([p.safetyRule, p.safetyStat, p.safetyUsed]).toEqual([
      cell(ONE_SKU, "ssRule"),
      cell(ONE_SKU, "ssStat"),
      cell(ONE_SKU, "safetyStock"),
    ]);
  });
  it("orders the sheet's Order qty for every SKU, with either method", () => {
    for (const method of ["rule", "statistical"] as const) {
      const { pur, cell } = previewAndPlan(
        sampleDraft((d) => ({ ...d, purchasing: { ...d.purchasing, method } })),
      );
      for (const p of pur.skus) expect([p.sku, p.orderQty]).toEqual([p.sku, cell(p.sku, "orderQty")]);
    }
  });
  it("shows the sheet's stock-out date and units short", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    for (const p of pur.skus) {
      const out = cell(p.sku, "stockOutDate");
      expect([p.sku, p.stockOutDate, p.unitsShort > 0 ? Math.ceil(p.unitsShort - 1e-6) : 0]).toEqual([
        p.sku,
        typeof out === "number" ? serialToIso(out) : "",
        cell(p.sku, "unitsShort"),
      ]);
    }
  });
  it("shows the plan's z and the cash schedule that adds up to the sheet's cash out", () => {
    const { pur, named } = previewAndPlan(sampleDraft());
    expect(pur.z).toBe(named("ZScore"));
    const total = pur.cash.reduce((a, c) => a + c.amount, 0);
    expect(total).toBeCloseTo(Number(named("CashOutTotal")), 6);
    // dated: every payment falls on or after the plan date
    for (const c of pur.cash) expect(c.date >= SAMPLE_TODAY).toBe(true);
  });
});

describe("shipDates (pane) against the plan", () => {
  it("shows the plan's ShipBy cells (cutoff − inbound buffer − transit)", () => {
    const draft = sampleDraft();
    const { v, named } = previewAndPlan(draft);
    const dates = shipDates(draft, v);
    expect(dates.map((d) => d.shipBy)).toEqual(
      ["ShipBySea", "ShipByAir", "ShipByExpress"].map((n) => serialToIso(Number(named(n)))),
    );
    // hand check (registry sea transit 40): 2026-11-06 − 7 − 40 = 2026-09-20; PO by − 20 days = 2026-08-31
    expect(dates[0]).toEqual({
      mode: "sea",
      transitDays: 40,
      bufferDays: 7,
      shipBy: "2026-09-20",
      poBy: "2026-08-31",
    });
  });
});

describe("landedCost (pane) against the plan", () => {
  it("costs one SKU at the sheet's landed cost per unit and total", () => {
    const { lc, cell } = previewAndPlan(sampleDraft(undefined, ONE_SKU));
    expect(lc.units).toBe(cell(ONE_SKU, "orderQty"));
    expect(lc.perUnit).toBeCloseTo(Number(cell(ONE_SKU, "landedUnit")), 12);
    expect(lc.total).toBeCloseTo(Number(cell(ONE_SKU, "landedTotal")), 8);
  });
  it("totals the sheet's landed cost, and its parts add up to it", () => {
    const { lc, planSheet } = previewAndPlan(sampleDraft());
    const total = planSheet.cells.find((c) =>
      c.formula?.startsWith("=SUM(StockUpSkus[Total cost incl. selling costs])"),
    );
    expect(lc.total).toBeCloseTo(Number(total?.expected), 6);
    const parts = COST_COMPONENTS.reduce((s, c) => s + lc.breakdown[c], 0);
    expect(parts).toBeCloseTo(lc.total, 6);
    expect(lc.breakdown.commission).toBeGreaterThan(0);
    expect(lc.breakdown.refundReserve).toBeGreaterThan(0);
  });
  it("ships the sheet's Sea/Air/Express units summed over SKUs", () => {
    const { lc, pur, cell } = previewAndPlan(sampleDraft());
    for (const b of lc.batches) {
      const sum = pur.skus.reduce((a, p) => a + Number(cell(p.sku, `${b.mode}Units`)), 0);
      expect([b.mode, b.qty]).toEqual([b.mode, sum]);
    }
    expect(lc.batches.reduce((s, b) => s + b.qty, 0)).toBe(lc.units);
  });
});

describe("monitor (pane) against the plan", () => {
  it("charts the plan monitor sheet's Plan demand column", () => {
    const draft = sampleDraft();
    const { fc, pur, lc, mon } = previewAndPlan(draft);
    const m = monitor(draft, fc, pur, lc, [{ date: "2026-11-27", units: 100 }], { today: "2026-11-27" });
    // BFCM 2026: 27–30 Nov, 4 rows from C5
    expect(m.days.map((d) => d.date)).toEqual(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"]);
    m.days.forEach((d, i) => expect(d.forecast).toBeCloseTo(Number(mon(`C${5 + i}`)), 8));
    expect(m.ratio).toBeCloseTo(100 / m.days[0].forecast, 12);
  });
});

describe("shipDates (pane) with a field that does not parse", () => {
  it("counts an unreadable transit time as 0 so step 1 still shows dates", () => {
    const draft = sampleDraft((d) => ({ ...d, logistics: { ...d.logistics, seaTransitDays: "abc" } }));
    const dates = shipDates(draft, readDraft(draft).values);
    // 2026-11-06 − 7 days buffer − 0 = 2026-10-30
    expect(dates[0].shipBy).toBe("2026-10-30");
  });
});

describe("monitor: advice a buyer can act on (issue 15 #6)", () => {
  const draft = () => sampleDraft();
  it("gives no resize advice before any actual (no 'Air: 1,645 → 1,645')", () => {
    const { fc, pur, lc } = previewAndPlan(draft());
    const m = monitor(draft(), fc, pur, lc, [], { today: SAMPLE_TODAY });
    expect(m.ratio).toBeNull();
    expect(m.resized).toEqual([]);
  });
  it("leaves out actuals dated after the day it monitors on, and says how many and from when", () => {
    const d = draft();
    const { fc, pur, lc } = previewAndPlan(d);
    // the sample's plan date 2026-09-15; a file of the coming promo's days is not yet a sale
    const future = [
      { date: "2026-11-28", units: 40 },
      { date: "2026-11-27", units: 30 },
    ];
    const m = monitor(d, fc, pur, lc, future, { today: SAMPLE_TODAY });
    expect(m.ignored).toEqual({ rows: 2, firstDate: "2026-11-27" });
    expect(m.days.every((x) => x.actual === null)).toBe(true);
    expect([m.ratio, m.resized]).toEqual([null, []]);
  });
  it("promo actuals resize no batch: every batch left before the promo (plan made 2026-09-15)", () => {
    const d = draft();
    const { fc, pur, lc } = previewAndPlan(d);
    const batches = pur.plan!.skus.flatMap((p) =>
      p.batches.filter((b) => b.units > 0 && b.shipDate !== null),
    );
    const planned: Record<string, number> = {};
    for (const b of batches) planned[b.mode] = (planned[b.mode] ?? 0) + b.units;
    // monitored on the second promo day with twice the forecast on day 1: the pace is 2, but the
    // sea, air and express batches all had to leave by the inbound cutoff 2026-11-06 (− buffer,
    // − transit), long before the first actual: they are listed as gone, none is resized
    const actual = [{ date: "2026-11-27", units: 2 * fc.dailyForecast[0] }];
    const m = monitor(d, fc, pur, lc, actual, { today: "2026-11-28" });
    expect(m.ratio).toBeCloseTo(2, 12);
    expect(m.ignored).toBeNull();
    expect(m.resized).toEqual([]);
    expect(Object.fromEntries(m.shipped.map((b) => [b.mode, b.planned]))).toEqual(planned);
    for (const b of m.shipped) expect(b.shipBy <= "2026-11-06").toBe(true);
  });
  it("gives no pace and no resize before an actual on or before the monitoring day, though every batch is ahead", () => {
    const d = draft();
    const { fc, pur, lc } = previewAndPlan(d);
    const batches = pur.plan!.skus.flatMap((p) =>
      p.batches.filter((b) => b.units > 0 && b.shipDate !== null),
    );
    const dates = [...new Set(batches.map((b) => serialToIso(b.shipDate!)))].sort();
    // the day before the first ship date: every batch is still ahead of it, but no actual exists
    // yet on or before that day (promo days only), so there is no pace and no advice
    const m = monitor(d, fc, pur, lc, [{ date: "2026-11-27", units: 5 }], { today: addDays(dates[0], -1) });
    expect(m.ignored).toEqual({ rows: 1, firstDate: "2026-11-27" });
    expect([m.ratio, m.resized, m.shipped]).toEqual([null, [], []]);
  });
  it("flags a day whose actual is over 5× its forecast (a typo like 13000 for 1300)", () => {
    const d = draft();
    const { fc, pur, lc } = previewAndPlan(d);
    const f0 = fc.dailyForecast[0];
    const m = monitor(
      d,
      fc,
      pur,
      lc,
      [
        { date: d.promo.promoStart, units: Math.ceil(6 * f0) },
        { date: addDays(d.promo.promoStart, 1), units: Math.floor(fc.dailyForecast[1]) },
      ],
      { today: "2026-11-30" },
    );
    expect(m.outliers.map((o) => o.date)).toEqual([d.promo.promoStart]);
    expect(m.outliers[0].times).toBeGreaterThan(5);
  });
  it("monitors one SKU: SKU-less lines are its sales, compared with its own daily target", () => {
    const d = draft();
    const { fc, pur, lc, mon } = previewAndPlan(d);
    const sku = fc.skus[0].sku;
    const m = monitor(d, fc, pur, lc, [{ date: d.promo.promoStart, units: 10 }], {
      today: "2026-11-30",
      sku,
    });
    // the SKU's own plan demand per promo day; over the window they add up to its promo demand
    expect(m.days.reduce((a, x) => a + x.forecast, 0)).toBeCloseTo(fc.skus[0].forecast, 8);
    expect(m.ratio).toBeCloseTo(10 / m.days[0].forecast, 12);
    // lines for another SKU do not count toward this one; unknown SKUs are named
    const other = monitor(
      d,
      fc,
      pur,
      lc,
      [
        { date: d.promo.promoStart, sku: fc.skus[1].sku, units: 99 },
        { date: d.promo.promoStart, sku: "NOT-A-SKU", units: 5 },
      ],
      { today: "2026-11-30", sku },
    );
    expect(other.ratio).toBeNull();
    expect(other.unknownSkus).toEqual(["NOT-A-SKU"]);
    expect(mon).toBeDefined();
  });
});

describe("economics (pane) against the plan sheet", () => {
  it("cost to the warehouse, selling costs, cash out, margin and ROI are the sheet's", () => {
    const draft = sampleDraft();
    const { pur, cell, named, fc } = previewAndPlan(draft);
    const e = economics(pur.plan)!;
    let warehouse = 0;
    let cash = 0;
    let margin = 0;
    for (const f of fc.skus) {
      const q = Number(cell(f.sku, "orderQty"));
      warehouse += q * Number(cell(f.sku, "warehouseUnit"));
      cash += Number(cell(f.sku, "cashOut"));
      margin += Number(cell(f.sku, "marginPlan"));
    }
    // the SKU table's per-unit costs × order units add up to the pane's totals
    expect(e.toWarehouse).toBeCloseTo(warehouse, 6);
    expect(e.cashOut).toBeCloseTo(Number(named("CashOutTotal")), 6);
    expect(e.cashOut).toBeCloseTo(cash, 6);
    expect(e.margin).not.toBeNull();
    expect(e.margin!).toBeCloseTo(Number(named("MarginTotal")), 6);
    expect(e.margin!).toBeCloseTo(margin, 6);
    // ROI on the sheet: =IF(CashOutTotal=0,0,MarginTotal/CashOutTotal)
    expect(e.roi!).toBeCloseTo(margin / cash, 12);
  });
  it("shows no margin when a SKU to order has no selling price (it would read as a loss)", () => {
    const draft = sampleDraft((d) => ({
      ...d,
      history: {
        ...d.history,
        skus: d.history.skus.map((s, i) => (i === 0 ? { ...s, sellingPrice: undefined } : s)),
      },
    }));
    const { pur } = previewAndPlan(draft);
    expect(economics(pur.plan)?.margin).toBeNull();
    expect(economics(pur.plan)?.roi).toBeNull();
  });
});

describe("leadTimes: one source for each SKU's lead time (issue 15 #5)", () => {
  it("takes the master's lead times; the default only fills SKUs without one", () => {
    const d = sampleDraft();
    const longest = Math.max(...d.history.skus.map((s) => s.leadTimeDays ?? 0));
    expect(leadTimes(d, 20)).toEqual({ longest, source: "master", withoutMaster: 0, total: 12 });
    const noMaster = sampleDraft((x) => ({ ...x, history: { ...x.history, skus: [] } }));
    expect(leadTimes(noMaster, 20)).toEqual({ longest: 20, source: "default", withoutMaster: 12, total: 12 });
  });
  it("step 1's latest PO date per mode is the plan engine's (longest lead time of the SKUs)", () => {
    const d = sampleDraft();
    const v = readDraft(d).values;
    const lead = leadTimes(d, v.supplierLeadDays);
    const fig = forecastPromo(d, v, SAMPLE_TODAY).plan!;
    for (const mode of ["sea", "air", "express"] as const) {
      const latest = Math.min(...fig.skus.map((p) => p.modes.find((m) => m.mode === mode)!.latestPoDate));
      const step1 = shipDates(d, { ...v, supplierLeadDays: lead.longest }).find((x) => x.mode === mode)!;
      expect([mode, step1.poBy]).toEqual([mode, serialToIso(latest)]);
    }
  });
});

describe("parseLocaleNumber (issue 15 #4, #8)", () => {
  it.each([
    ["1,300", "en-US", 1300],
    ["1,300.5", "en-US", 1300.5],
    ["12.5", "en-US", 12.5],
    ["１２％", "zh-CN", 12],
    ["1.300", "de-DE", 1300],
    ["1,5", "de-DE", 1.5],
    ["12.5", "de-DE", 12.5],
    ["1 300,5", "fr-FR", 1300.5],
  ])("%p in %s is %p", (text, locale, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value });
  });
  it("refuses '1,5' in English instead of reading 15, and suggests 1.5", () => {
    expect(parseLocaleNumber("1,5", "en-US")).toEqual({
      ok: false,
      reason: "ambiguousComma",
      suggestion: 1.5,
    });
    expect(parseField("1,5", { min: 0, max: 100 }).ok).toBe(false);
    expect(parseField("1,5", { min: 0, max: 100 }, "de-DE")).toEqual({ ok: true, value: 1.5 });
  });
  it("refuses misplaced group separators", () => {
    expect(parseLocaleNumber("1,30", "en-US").ok).toBe(false);
    expect(parseLocaleNumber("12,34,567", "en-US").ok).toBe(false);
  });
  it("property: any number formatted by Intl in the locale reads back as itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom("en-US", "zh-CN", "de-DE", "fr-FR", "en-GB"),
        (whole, cents, locale) => {
          const n = whole + Math.sign(whole || 1) * (cents / 100);
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
          const r = parseLocaleNumber(text.replace(/\u2212/g, "-"), locale);
          return r.ok && Math.abs(r.value - n) < 1e-9;
        },
      ),
    );
  });
});

describe("i18n formats (issue 15 #8)", () => {
  it("picks plural forms: 1 SKU, 2 SKUs; Chinese has one form", () => {
    expect(format("{n} {n|SKU|SKUs}", { n: "1" })).toBe("1 SKU");
    expect(format("{n} {n|SKU|SKUs}", { n: "1,200" })).toBe("1,200 SKUs");
    expect(makeI18n("en-US").t("rejectedTitle", { n: 1 })).toBe("1 rejected row");
  });
  it("shows money with its currency and dates in one style per language", () => {
    expect(makeI18n("en-US").money(1234.5)).toBe("$1,234.50");
    expect(makeI18n("zh-CN", { currency: "CNY" }).money(1234.5)).toBe("¥1,234.50");
    expect(makeI18n("en-US").date("2026-11-27")).toBe("Nov 27, 2026");
    expect(makeI18n("zh-CN").date("2026-11-27")).toBe("2026年11月27日");
    expect(makeI18n("zh-CN").list(["A", "B", "C"])).toBe("A、B和C");
  });
  it("explains forecast methods in words in both languages", () => {
    for (const m of [
      "ETS(A,N,A)",
      "ETS(A,Ad,M)",
      "SBA",
      "TSB",
      "Croston",
      "Calendar",
      "Mean",
      "Zero",
      "no history",
    ]) {
      expect(methodInWords(m, "en-US")).not.toBe(m);
      expect(methodInWords(m, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(methodInWords("ETS(A,N,A)", "en-US")).toBe("Smoothed recent level and a weekly pattern (ETS)");
  });
  it("writes Chinese without English commas or parentheses", () => {
    // placeholders and quoted input formats (“日期, 件数”) aside: full-width （），and 、 only
    const bad = Object.entries(zh).filter(([, v]) =>
      /[(),]/.test(v.replace(/\{[^}]*\}/g, "").replace(/“[^”]*”/g, "")),
    );
    expect(bad.map(([k]) => k)).toEqual([]);
  });
});

describe("planWarnings: what the plan is missing (issue 15 #1, #3)", () => {
  it("names a missing SKU master, missing promo flags and a stale history", () => {
    const d = sampleDraft((x) => ({
      ...x,
      history: { ...x.history, skus: [], rows: x.history.rows.map((r) => ({ ...r, promo: undefined })) },
    }));
    const codes = planWarnings(d, addDays(SAMPLE_TODAY, 30)).map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["NO_SKU_MASTER", "NO_PROMO_FLAGS", "HISTORY_STALE"]));
  });
  it("says nothing for the sample on its own date", () => {
    expect(planWarnings(sampleDraft(), SAMPLE_TODAY)).toEqual([]);
  });
});

describe("fieldsFromSheet: settings typed in the sheet, as pane fields", () => {
  it("reads named inputs back in the pane's units (percent fields × 100), skipping unreadable cells", () => {
    expect(
      fieldsFromSheet({
        GrowthRate: 0.25,
        ServiceLevel: 0.975,
        LeadTimeDays: 35,
        DutyRate: "five",
        Other: 1,
      }),
    ).toEqual({ growthPct: "25", serviceLevelPct: "97.5", supplierLeadDays: "35" });
  });
});
