import fc from "fast-check";
import { nextPromoDates, promoWindow } from "../../src/taskpane/compute/promoCalendar";
import { parseField } from "../../src/taskpane/compute/fields";
import { addDays, daysBetween, isIsoDate } from "../../src/taskpane/compute/dates";
import {
  COST_COMPONENTS,
  forecastPromo,
  landedCost,
  monitor,
  parseActuals,
  purchase,
  shipDates,
} from "../../src/taskpane/compute/plan";
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
      { date: "2026-11-27", sku: "A", units: 5 },
      { date: "2026-11-28", units: 7 },
    ]);
    expect(r.badLines).toEqual([4, 5]);
  });
});

describe("i18n", () => {
  it("has the same keys in English and Chinese, none empty", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(zh).filter(([, v]) => v.trim() === "")).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => names(en[k]).join() !== names(zh[k]).join(),
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
    // hand check: 2026-11-06 − 7 − 35 = 2026-09-25; PO by − 20 days = 2026-09-05
    expect(dates[0]).toEqual({
      mode: "sea",
      transitDays: 35,
      bufferDays: 7,
      shipBy: "2026-09-25",
      poBy: "2026-09-05",
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
    const total = planSheet.cells.find((c) => c.formula?.startsWith("=SUM(StockUpSkus[Landed cost total])"));
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
    const m = monitor(draft, fc, pur, lc, [{ date: "2026-11-27", units: 100 }]);
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
