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
import { planSingles } from "../../src/taskpane/compute/planRows";
import { readDraft } from "../../src/taskpane/compute/readDraft";
import { toPlanInput } from "../../src/taskpane/compute/toPlanInput";
import { importHistoryFile, importSkuFile } from "../../src/taskpane/data/importHistory";
import { defaultDraft, type PaneDraft } from "../../src/taskpane/draft";
import { excelSerialToIso } from "../../src/core";
import { buildPlan, colLetter, type PlanModel } from "../../src/plan";
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
  /** `expected` of the SKU table's formula cell (column key) in the row of `sku`. */
  const cell = (sku: string, key: string) => {
    const r = table.rowKeys.indexOf(sku) + 2;
    const c = table.columns.findIndex((col) => col.key === key);
    const found = skuSheet.cells.find((x) => x.address === `${colLetter(c)}${r}`);
    if (!found || found.expected === undefined) throw new Error(`no expected value for ${sku} ${key}`);
    return found.expected;
  };
  /** `expected` of a named formula cell on the plan sheet. */
  const named = (name: string) => {
    const address = model.names.find((x) => x.name === name)?.address;
    return planSheet.cells.find((x) => x.address === address)?.expected;
  };
  const at = (address: string) => planSheet.cells.find((x) => x.address === address)?.expected;
  /** `expected` of a formula cell on the monitor sheet. */
  const mon = (address: string) => monitorSheet.cells.find((x) => x.address === address)?.expected;
  return { v, fc, pur, lc, cell, named, at, mon };
}

describe("forecastPromo (pane) against the plan", () => {
  it("shows each SKU's Target column (base forecast × TargetFactor) and the plan's factor", () => {
    const { fc, cell, named } = previewAndPlan(sampleDraft());
    expect(fc.skus.length).toBe(12);
    expect(fc.factor).toBe(named("TargetFactor"));
    for (const f of fc.skus) expect(f.forecast).toBe(cell(f.sku, "target"));
  });
  it("adds the plan's new-product units: total · share / (1 − share)", () => {
    const { fc, at } = previewAndPlan(
      sampleDraft((d) => ({ ...d, targets: { ...d.targets, newProductPct: "20" } })),
    );
    // plan sheet B32 = IF(NewProductShare>=1,0,B31*NewProductShare/(1-NewProductShare))
    expect(fc.newProductUnits).toBeGreaterThan(0);
    // sums over SKUs: the plan adds in its revenue ranking, the pane in history order (last digit)
    expect(fc.newProductUnits).toBeCloseTo(Number(at("B32")), 8);
  });
});

describe("purchase (pane) against the plan", () => {
  it("shows the rule-of-thumb safety stock of the plan's SsRule cell", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    const p = pur.skus.find((x) => x.sku === ONE_SKU)!;
    expect(p.safetyRule).toBeGreaterThan(0);
    expect(p.safetyRule).toBe(cell(ONE_SKU, "ssRule"));
  });
  it("shows the statistical safety stock of the plan's SsStat cell (core safetyStock)", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    const p = pur.skus.find((x) => x.sku === ONE_SKU)!;
    expect(p.safetyStat).toBeGreaterThan(0);
    expect(p.safetyStat).toBe(cell(ONE_SKU, "ssStat"));
  });
  it("orders the plan's OrderQty with the rule of thumb", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    const p = pur.skus.find((x) => x.sku === ONE_SKU)!;
    expect(p.orderQty).toBe(cell(ONE_SKU, "orderQty"));
    expect(p.safetyUsed).toBe(cell(ONE_SKU, "ssUsed"));
  });
  it("orders the plan's OrderQty with the statistical method", () => {
    const stat = sampleDraft((d) => ({ ...d, purchasing: { ...d.purchasing, method: "statistical" } }));
    const { pur, cell } = previewAndPlan(stat);
    const p = pur.skus.find((x) => x.sku === ONE_SKU)!;
    expect(p.safetyUsed).toBe(p.safetyStat);
    expect(p.orderQty).toBe(cell(ONE_SKU, "orderQty"));
  });
  it("shows the plan's PO date by sea for every SKU (ship-by sea − the SKU's lead time)", () => {
    const { pur, cell } = previewAndPlan(sampleDraft());
    for (const p of pur.skus) expect(p.poDate).toBe(excelSerialToIso(Number(cell(p.sku, "poSea"))));
  });
  it("shows the plan's z and its deposit and balance totals as cash", () => {
    const { pur, named, at } = previewAndPlan(sampleDraft());
    expect(pur.z).toBe(named("ZScore"));
    // plan sheet B41 = SUM(deposit column), B42 = SUM(balance column)
    expect(pur.cash[0].amount).toBeCloseTo(Number(at("B41")), 8);
    expect(pur.cash[1].amount).toBeCloseTo(Number(at("B42")), 8);
    expect(pur.cash[1].date).toBe(excelSerialToIso(Number(named("ShipBySea"))));
  });
});

describe("shipDates (pane) against the plan", () => {
  it("shows the plan's ShipBy cells (cutoff − inbound buffer − transit)", () => {
    const draft = sampleDraft();
    const { v, named } = previewAndPlan(draft);
    const dates = shipDates(draft, v);
    expect(dates.map((d) => d.shipBy)).toEqual(
      ["ShipBySea", "ShipByAir", "ShipByExpress"].map((n) => excelSerialToIso(Number(named(n)))),
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
  it("costs one SKU at the plan's LandedUnit", () => {
    const { lc, cell } = previewAndPlan(sampleDraft(undefined, ONE_SKU));
    expect(lc.units).toBe(cell(ONE_SKU, "orderQty"));
    expect(lc.perUnit).toBeCloseTo(Number(cell(ONE_SKU, "landedUnit")), 12);
    expect(lc.total).toBe(cell(ONE_SKU, "landedTotal"));
  });
  it("totals the plan's TotalLanded, and its parts add up to it", () => {
    const { lc, at } = previewAndPlan(sampleDraft());
    expect(lc.total).toBeCloseTo(Number(at("B58")), 8);
    const parts = COST_COMPONENTS.reduce((s, c) => s + lc.breakdown[c], 0);
    expect(parts).toBeCloseTo(lc.total, 8);
    expect(lc.breakdown.commission).toBeGreaterThan(0);
    expect(lc.breakdown.refundReserve).toBeGreaterThan(0);
  });
  it("splits the fee column into fulfilment, commission and refund parts (hand-checked)", () => {
    const { lc, cell } = previewAndPlan(sampleDraft(undefined, ONE_SKU));
    const q = Number(cell(ONE_SKU, "orderQty"));
    // skus.csv: price 12.99; promo price 12.99 × (1 − 20 %); commission 15 %, default returns 5 %, fee 0.5
    expect(lc.breakdown.warehouse).toBeCloseTo(q * 0.5, 8);
    expect(lc.breakdown.commission).toBeCloseTo(q * 12.99 * 0.8 * 0.15, 8);
    expect(lc.breakdown.refundReserve).toBeCloseTo(q * 12.99 * 0.8 * 0.05, 8);
  });
  it("ships the plan's Sea/Air/Express units columns summed over SKUs", () => {
    const { lc, pur } = previewAndPlan(sampleDraft());
    const rows = pur.plan.rows;
    expect(lc.batches.map((b) => b.qty)).toEqual(
      ["seaUnits", "airUnits", "expressUnits"].map((k) => rows.reduce((s, r) => s + Number(r[k]), 0)),
    );
    expect(lc.batches.reduce((s, b) => s + b.qty, 0)).toBe(lc.units);
  });
});

describe("monitor (pane) against the plan", () => {
  it("charts the plan monitor sheet's Forecast column (base daily forecast × TargetFactor)", () => {
    const draft = sampleDraft();
    const { fc, pur, lc, mon } = previewAndPlan(draft);
    const m = monitor(draft, fc, pur, lc, [{ date: "2026-11-27", units: 100 }]);
    // BFCM 2026: 27–30 Nov, 4 rows from C5
    expect(m.days.map((d) => d.date)).toEqual(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"]);
    m.days.forEach((d, i) => expect(d.forecast).toBeCloseTo(Number(mon(`C${5 + i}`)), 8));
    expect(m.ratio).toBeCloseTo(100 / m.days[0].forecast, 12);
  });
});

describe("planSingles", () => {
  const settings = {
    event: "bfcm" as const,
    registrationDeadline: "2026-10-13",
    inboundCutoff: "2026-11-06",
    promoStart: "2026-11-27",
    promoEnd: "2026-11-30",
  };
  it("reads the plan's named cells: inputs as written, formulas as expected", () => {
    const S = planSingles({ settings, today: "2026-09-15", skus: [], sales: [] });
    // 2026-11-06 is Excel serial 46332; sea ship-by 46332 − 7 − 35 = 46290 (2026-09-25)
    expect(S.InboundCutoff).toBe(46332);
    expect(S.ShipBySea).toBe(46290);
    // plan defaults: growth 10 %, discount 20 % × elasticity 1.5 → 1.1 × 1.3 = 1.43
    expect(S.TargetFactor).toBeCloseTo(1.43, 12);
  });
  it("gives no numbers when the plan refuses the settings (a promo longer than a year)", () => {
    const S = planSingles({
      settings: { ...settings, promoEnd: "2028-01-01" },
      today: "2026-09-15",
      skus: [],
      sales: [],
    });
    expect(S.ShipBySea).toBeUndefined();
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
