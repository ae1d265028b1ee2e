import fc from "fast-check";
import { InputError } from "../../src/core/errors";
import { buildPlan } from "../../src/plan/buildPlan";
import { planFigures } from "../../src/plan/engine";
import { isoToExcelSerial as isoToSerial } from "../../src/core";
import { PLAN_MESSAGES } from "../../src/plan/i18n";
import { SETTINGS, SETTING_KEYS, cellName } from "../../src/plan/settings";
import { inputCells, planState } from "../../src/plan/inputCells";
import { overridesFromValues } from "../../src/plan/readOverrides";
import type { CellValue, PlanModel } from "../../src/plan/types";
import { SKU_A, cellAt, constantSales, namedCell, skuCell, tinyInput } from "./fixtures";
import { scenario } from "./scenarioFixtures";

const exp = (m: PlanModel, key: string) => skuCell(m, "A-CASE", key).expected as number;
const val = (m: PlanModel, key: string) => skuCell(m, "A-CASE", key).value;

/*
 * tinyInput by hand: plan date 2025-05-01 (P), Prime Day 2025-07-08…11 = P+68…P+71, inbound
 * cutoff 2025-06-20 = P+50, cover 14 days → horizon P…P+85 (86 days). History: 10 a day, no promo
 * flags (lift 1), growth 10 % → 11 a day, 44 on promo days. The plan covers from 30 days before
 * the cutoff (default), P+20 = 2025-05-21, through P+85: 66 days × 11 = 726. Defaults: buffer 7,
 * transit sea 40 / air 10 / express 5; lead time 20. Earliest arrival (PO today): sea 20+40+7 = 67
 * (after the cutoff: not feasible), air 37, express 32. On hand 10 are gone on P; P…P+19 are
 * regular replenishment's; P+20…P+31: 12 × 11 = 132 units short, runs out 2025-05-21. Express
 * carries P+32…36 (55), air P+37…85
 * (49 × 11 = 539) + safety stock 15 % × 44 = 6.6 → 545.6. Case pack 50: express 100, air 550.
 */
describe("buildPlan", () => {
  const model = buildPlan(tinyInput());

  it("forecasts 10 a day, adds growth, and covers demand from the plan date through the cover period", () => {
    expect(val(model, "forecast") as number).toBeCloseTo(40, 6); // 4 promo days × 10, before growth
    expect(val(model, "promoDemand") as number).toBeCloseTo(44, 6);
    expect(val(model, "horizonDemand") as number).toBeCloseTo(726, 6);
    // the method column is the batch forecast's own method line (test/plan/forecastMethodText)
    expect(val(model, "method")).toMatch(/^Pooled model: level/);
    expect(model.meta.forecastMethods[0].method).toBe("Pooled");
  });

  it("shows the stock-out before any order can arrive: the date and the units short", () => {
    expect(val(model, "stockOutDate")).toBe(isoToSerial("2025-05-21"));
    expect(val(model, "unitsShort")).toBe(132);
    expect(namedCell(model, "OrderTotal").expected).toBe(650);
  });

  it("uses only feasible modes: sea is too late, express carries what is needed first, air the rest", () => {
    expect([val(model, "seaUnits"), val(model, "airUnits"), val(model, "expressUnits")]).toEqual([
      0, 550, 100,
    ]);
    expect(val(model, "netRequirement") as number).toBeCloseTo(600.6, 6);
    expect(val(model, "expressArrival")).toBe(isoToSerial("2025-06-02")); // P+32
    expect(val(model, "airArrival")).toBe(isoToSerial("2025-06-07")); // P+37
    // PO = arrival − buffer − transit − lead time: both are today
    expect(skuCell(model, "A-CASE", "airPo").formula).toBe(
      '=IF([@[Air units]]>0,[@[Air sellable from (arrival + check-in buffer)]]-InboundBufferDays-TransitDaysAir-[@[Lead time (days)]],"")',
    );
    expect(exp(model, "airPo")).toBe(isoToSerial("2025-05-01"));
    expect(exp(model, "expressPo")).toBe(isoToSerial("2025-05-01"));
    expect(skuCell(model, "A-CASE", "seaPo").expected).toBe("");
    // cartons and CBM of the order: 650 / 50 = 13; 650 × 10 × 10 × 5 cm³ = 0.325 CBM
    expect(exp(model, "cartons")).toBe(13);
    expect(exp(model, "cbm")).toBeCloseTo(0.325, 12);
  });

  it("computes the promo-date section: days left and ship-by per mode", () => {
    // 2025-06-20 − 2025-05-01 = 50 days; sea ship-by = cutoff − 7 buffer − 40 transit = 2025-05-04
    expect(namedCell(model, "ShipBySea").expected).toBe(isoToSerial("2025-05-04"));
    expect(namedCell(model, "ShipByAir").formula).toBe("=InboundCutoff-InboundBufferDays-TransitDaysAir");
    expect(namedCell(model, "PromoStart").value).toBe(45846);
  });

  it("writes arithmetic as native formulas and forecasts as values with their method", () => {
    const kinds = new Map(model.sheets[1].tables[0].columns.map((c) => [c.key, c.kind]));
    expect(kinds.get("forecast")).toBe("value");
    expect(kinds.get("orderQty")).toBe("formula");
    expect(kinds.get("landedTotal")).toBe("formula");
    expect(namedCell(model, "ZScore").formula).toBe("=NORM.S.INV(ServiceLevel)");
    // AS 241: Φ⁻¹(0.95) = 1.6448536269514722 (R: qnorm(0.95))
    expect(namedCell(model, "ZScore").expected as number).toBeCloseTo(1.6448536269514722, 14);
  });

  it("uses no literal cell address in any formula: names and table columns only", () => {
    for (const s of model.sheets)
      for (const c of s.cells) {
        if (c.kind !== "formula") continue;
        // strip string literals and structured references, then look for A1-like tokens
        const bare = c.formula!.replace(/"(?:[^"]|"")*"/g, "").replace(/\[[^\]]*\]\]?/g, "");
        expect([`${s.name}!${c.address}`, bare.match(/\$?\b[A-Z]{1,3}\$?\d+\b/g)]).toEqual([
          `${s.name}!${c.address}`,
          null,
        ]);
      }
  });

  it("gives every input a name (singles) or a SKU + column key (table), and a validation", () => {
    const refs = inputCells(model);
    const names = refs.filter((r) => r.key.kind === "name");
    const planValidated = new Set(model.sheets[0].validations.map((v) => v.range));
    // free-text settings (currencies, channel list) have no rule; every other input has one
    const text = new Set(SETTING_KEYS.filter((k) => SETTINGS[k].kind === "text").map(cellName));
    for (const r of names)
      if (r.key.kind === "name" && !text.has(r.key.name))
        expect([r.key.name, planValidated.has(r.address)]).toEqual([r.key.name, true]);
    // monitor: one Actual per promo day, keyed by its date
    expect(refs.filter((r) => r.sheet === model.sheets[2].name).map((r) => r.key)).toEqual(
      ["2025-07-08", "2025-07-09", "2025-07-10", "2025-07-11"].map((date) => ({
        kind: "date",
        date,
        column: "actual",
      })),
    );
  });

  it("is idempotent: the same input and overrides give a deep-equal model", () => {
    const o = { inputs: { DepositRate: 0.5 }, table: { "A-CASE": { onHand: 30 } } };
    expect(buildPlan(tinyInput(), o)).toEqual(buildPlan(tinyInput(), o));
    expect(buildPlan(tinyInput())).toEqual(model);
  });

  it("lets overrides win: a typed MOQ, forecast and final order quantity survive and drive the plan", () => {
    const m = buildPlan(tinyInput(), {
      inputs: { DepositRate: 0.5 },
      table: { "A-CASE": { moq: 800, forecastOverride: 88, orderOverride: null } },
    });
    expect(namedCell(m, "DepositRate")).toMatchObject({ value: 0.5, overridden: true });
    expect(skuCell(m, "A-CASE", "moq")).toMatchObject({ value: 800, overridden: true });
    // promo demand replaced by the buyer's 88: 44 more units, needed by the cutoff (air)
    expect(val(m, "promoDemand") as number).toBeCloseTo(88, 9);
    // MOQ 800 tops up the cheapest feasible mode (air): 100 express + 700 air
    expect([val(m, "airUnits"), val(m, "expressUnits")]).toEqual([700, 100]);
    const o = buildPlan(tinyInput(), { inputs: {}, table: { "A-CASE": { orderOverride: 400 } } });
    // 400 instead of 650: the slowest batch gives way first (air 550 → 300)
    expect([val(o, "airUnits"), val(o, "expressUnits"), exp(o, "orderQty")]).toEqual([300, 100, 400]);
  });

  it("keeps random buyer edits across rebuilds and recomputes every dependent cell (property)", () => {
    const edit = fc.record({
      DepositRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      onHand: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      casePack: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
      unitCost: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(edit, edit, (first, second) => {
        let m = buildPlan(tinyInput());
        for (const e of [first, second]) {
          const state = planState(m);
          const values: CellValue[] = state.inputs.map((ref) => {
            const k = ref.key.kind === "name" ? ref.key.name : ref.key.column;
            const v = (e as Record<string, number | undefined>)[k];
            return v === undefined ? ref.written : v;
          });
          m = buildPlan(tinyInput(), overridesFromValues(state.inputs, values));
        }
        const last = <K extends keyof typeof first>(k: K) => (second[k] !== undefined ? second[k] : first[k]);
        if (last("DepositRate") !== undefined)
          expect(namedCell(m, "DepositRate").value).toBe(last("DepositRate"));
        if (last("onHand") !== undefined) expect(val(m, "onHand")).toBe(last("onHand"));
        const pack = val(m, "casePack") as number;
        for (const k of ["seaUnits", "airUnits", "expressUnits"])
          expect((val(m, k) as number) % pack).toBe(0);
        expect(exp(m, "orderQty")).toBeGreaterThanOrEqual(val(m, "netRequirement") as number);
      }),
      { numRuns: 30 },
    );
  });

  it("gives every formula a finite expected value for any valid SKU data (property)", () => {
    const sku = fc.record({
      unitCost: fc.double({ min: 0, max: 500, noNaN: true }),
      weightKg: fc.double({ min: 0, max: 30, noNaN: true }),
      lengthCm: fc.integer({ min: 0, max: 120 }),
      moq: fc.integer({ min: 0, max: 5000 }),
      casePack: fc.integer({ min: 1, max: 200 }),
      leadTimeDays: fc.integer({ min: 0, max: 120 }),
      onHand: fc.integer({ min: 0, max: 5000 }),
      sellingPrice: fc.double({ min: 0, max: 900, noNaN: true }),
      perDay: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(fc.array(sku, { minLength: 1, maxLength: 4 }), (rows) => {
        const skus = rows.map((r, i) => ({ ...SKU_A, ...r, sku: `P${i}` }));
        const sales = rows.flatMap((r, i) => constantSales(`P${i}`, r.perDay, 60));
        const m = buildPlan(tinyInput({ skus, sales }));
        const bad = m.sheets.flatMap((s) =>
          s.cells
            .filter((c) => c.kind === "formula")
            .filter(
              (c) =>
                !(
                  c.expected === "" ||
                  // the per-SKU monitor's pace on a day without an actual (blank is no data, not 0)
                  c.expected === "no data" ||
                  (typeof c.expected === "number" && Number.isFinite(c.expected))
                ),
            )
            .map((c) => `${s.name}!${c.address} ${c.formula} → ${String(c.expected)}`),
        );
        expect(bad).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("builds the same layout in zh-CN with Chinese labels and sheet names", () => {
    const zh = buildPlan(tinyInput({ settings: { ...tinyInput().settings, locale: "zh-CN" } }));
    expect(zh.sheets.map((s) => s.name)).toEqual(["备货计划", "备货SKU", "备货监控", "按SKU监控"]);
    expect(cellAt(zh, 0, "A4").value).toBe("1. 活动时间节点");
    expect(namedCell(zh, "Event").value).toBe("Prime Day");
    expect(zh.sheets.map((s) => s.cells.map((c) => c.address))).toEqual(
      model.sheets.map((s) => s.cells.map((c) => c.address)),
    );
  });

  it("keeps a safety-stock method picked in English when the plan is rebuilt in Chinese", () => {
    const zhInput = tinyInput({ settings: { ...tinyInput().settings, locale: "zh-CN" } });
    const zh = buildPlan(zhInput, { inputs: { SafetyStockMethod: "statistical" }, table: {} });
    expect(namedCell(zh, "SafetyStockMethod").value).toBe("统计法");
    // constant history: σ = 0, so the statistical safety stock is 0 and the air batch 539 → 550
    expect(skuCell(zh, "A-CASE", "safetyStock").value).toBe(0);
  });

  it("has every message in both languages", () => {
    for (const [key, m] of Object.entries(PLAN_MESSAGES))
      expect([key, m.en.trim() !== "", m.zh.trim() !== ""]).toEqual([key, true, true]);
  });

  it("keeps imported text that looks like a formula as a text value", () => {
    const m = buildPlan(tinyInput({ skus: [{ ...SKU_A, title: '=HYPERLINK("http://x")' }] }));
    expect(skuCell(m, "A-CASE", "title")).toMatchObject({ kind: "value", value: '=HYPERLINK("http://x")' });
    expect(skuCell(m, "A-CASE", "title").formula).toBeUndefined();
  });

  it("lists the plan's warnings on the plan sheet in the buyer's language", () => {
    const texts = model.sheets[0].cells.filter((c) => c.style === "warning").map((c) => c.value);
    expect(texts).toContain("A-CASE: runs out on 2025-05-21, 132 units short before any order can arrive.");
    expect(texts).toContain(
      "A-CASE: Sea is too late (its PO date 2025-04-14 has passed); the plan does not use it.",
    );
  });

  it("lists the history warnings (src/import historyWarnings) with the plan's own", () => {
    const texts = model.sheets[0].cells.filter((c) => c.style === "warning").map((c) => c.value);
    // the tiny history has no promo column: the forecast cannot learn a promo lift
    const { history } = planFigures(tinyInput());
    expect(history.map((h) => h.code)).toContain("NO_PROMO_FLAGS");
    for (const h of history) expect(texts).toContain(h.message);
  });

  it("rejects an empty SKU list, a promo ending before it starts, a bad date, a SKU twice, an unknown event", () => {
    expect(() => buildPlan(tinyInput({ skus: [] }))).toThrow(InputError);
    expect(() =>
      buildPlan(tinyInput({ settings: { ...tinyInput().settings, promoEnd: "2025-07-01" } })),
    ).toThrow(/promo ends/);
    expect(() => buildPlan(tinyInput({ today: "01/05/2025" }))).toThrow(
      /today: must be a date YYYY-MM-DD, got "01\/05\/2025"/,
    );
    expect(() => buildPlan(tinyInput({ today: "2025-02-30" }))).toThrow(InputError);
    expect(() => buildPlan(tinyInput({ skus: [SKU_A, SKU_A] }))).toThrow(/appears twice/);
    expect(() =>
      buildPlan(tinyInput({ settings: { ...tinyInput().settings, event: "blackMonday" as never } })),
    ).toThrow(/Event: pick one of/);
  });
});

describe("buildPlan: order override warnings on the plan sheet", () => {
  it("names the units short and the part carton, in English and Chinese", () => {
    const texts = (locale: "en-US" | "zh-CN") => {
      const m = buildPlan(scenario(73, {}, { locale }), {
        inputs: {},
        table: { CASE: { orderOverride: 2005 } },
      });
      return m.sheets[0].cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    };
    expect(texts("en-US")).toEqual(
      expect.arrayContaining([
        // sea 1,730 − 1,225 = 505 lasts P+57…P+66 and 5 of P+67 (2025-11-22): 45 + 23 × 50 = 1,195
        'CASE: the final order quantity typed (2,005) is 1,225 units below the net requirement (3,230): the stock runs out on 2025-11-22 and 1,195 units of demand go unmet (column "Short because of typed order"); the rest is safety stock.',
        "CASE: the final order quantity typed (2,005) is not a whole number of cartons of 10 (200.5 cartons): it ships as 201 cartons, the last one part-filled.",
      ]),
    );
    expect(texts("zh-CN")).toEqual(
      expect.arrayContaining([
        "CASE：手动填写的最终采购数量（2,005）比净需求（3,230）少 1,225 件：库存将在 2025-11-22 断货，1,195 件需求无法满足（见“因手动采购量不足而缺货”列），其余为安全库存。",
        "CASE：手动填写的最终采购数量（2,005）不是整箱（每箱 10 件，共 200.5 箱）：按 201 箱发货，最后一箱未装满。",
      ]),
    );
  });
});

describe("buildPlan: cash schedule column width", () => {
  it("shows every payment kind in full (CJK counted double), in English and Chinese", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const m = buildPlan(scenario(73, {}, { locale }));
      const kinds = ["cash_freight", "cash_dutyVat"] as const;
      const texts = kinds.map((k) => PLAN_MESSAGES[k][locale === "zh-CN" ? "zh" : "en"]);
      const inC = m.sheets[0].cells.filter((c) => /^C\d+$/.test(c.address)).map((c) => c.value);
      for (const text of texts) expect(inC).toContain(text);
      // "Duty, customs and import VAT (at arrival)" is 42 characters; the zh 18 CJK characters = 36
      const need = locale === "zh-CN" ? 36 : 42;
      expect(m.sheets[0].columnWidths!.C).toBeGreaterThanOrEqual(need);
    }
  });
});
