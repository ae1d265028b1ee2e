import fc from "fast-check";
import { InputError } from "../../src/core/errors";
import { buildPlan } from "../../src/plan/buildPlan";
import { isoToExcelSerial } from "../../src/core";
import { PLAN_MESSAGES } from "../../src/plan/i18n";
import { inputCells, overridesFromValues, planState } from "../../src/plan/inputCells";
import type { CellValue, PlanModel, PlanOverrides } from "../../src/plan/types";
import { SKU_A, cellAt, constantSales, namedCell, skuCell, tinyInput } from "./fixtures";

const exp = (m: PlanModel, key: string) => skuCell(m, "A-CASE", key).expected as number;

describe("buildPlan", () => {
  const model = buildPlan(tinyInput());

  it("forecasts a constant 10 a day as 40 units over the 4 promo days, written as a value with its method", () => {
    const f = skuCell(model, "A-CASE", "forecast");
    expect(f.kind).toBe("value");
    expect(f.value as number).toBeCloseTo(40, 6);
    expect(skuCell(model, "A-CASE", "method").value).toBe(model.meta.forecastMethods[0].method);
    expect(model.meta.refreshDate).toBe("2025-05-01");
    expect(String(cellAt(model, 0, "A2").value)).toContain("2025-05-01");
  });

  it("computes the promo-date section by hand: 50 days to the cutoff, ship by sea on 2025-05-09", () => {
    // 2025-06-20 − 2025-05-01 = 30 + 20 = 50 days; sea ship-by = cutoff − 7 buffer − 35 transit
    expect(cellAt(model, 0, "B13").formula).toBe("=InboundCutoff-PlanDate");
    expect(cellAt(model, 0, "B13").expected).toBe(50);
    expect(namedCell(model, "ShipBySea").expected).toBe(isoToExcelSerial("2025-05-09"));
    expect(cellAt(model, 0, "D16").expected).toBe(8);
    // 2025-07-08 is Excel serial 45846 (DATE(2025,7,8) in Excel)
    expect(namedCell(model, "PromoStart").value).toBe(45846);
  });

  it("computes target, safety stock and order quantity by hand", () => {
    // target factor = (1 + 0.10) × (1 + 0.20 × 1.5) = 1.43; target = 40 × 1.43 = 57.2
    expect(namedCell(model, "TargetFactor").expected as number).toBeCloseTo(1.43, 12);
    expect(exp(model, "target")).toBeCloseTo(57.2, 5);
    // rule of thumb 15 % → 8.58; statistical: constant history has σ = 0 → 0
    expect(exp(model, "ssRule")).toBeCloseTo(8.58, 5);
    expect(exp(model, "ssStat")).toBeCloseTo(0, 9);
    // need = 57.2 + 8.58 − 10 on hand = 55.78; MOQ 100 in cases of 50 → 100
    expect(exp(model, "need")).toBeCloseTo(55.78, 5);
    expect(exp(model, "orderQty")).toBe(100);
    expect(skuCell(model, "A-CASE", "orderQty").formula).toBe(
      "=IF(AF2<=0,0,MAX(CEILING(AF2,MAX(1,T2)),CEILING(S2,MAX(1,T2))))",
    );
    // PO by sea = 2025-05-09 − 20 days lead time
    expect(exp(model, "poSea")).toBe(isoToExcelSerial("2025-04-19"));
  });

  it("computes cash, batches and landed cost by hand", () => {
    expect(exp(model, "deposit")).toBe(150); // 100 × 5 × 30 %
    expect(exp(model, "balance")).toBe(350);
    expect([exp(model, "seaUnits"), exp(model, "airUnits"), exp(model, "expressUnits")]).toEqual([
      70, 20, 10,
    ]);
    // sea 0.7 × 180 × max(500 cm³ = 0.0005 CBM, 0.0002 t) = 0.063; air 0.2 × 7 × max(0.2 kg, 500/6000)
    // = 0.28; express 0.1 × 11 × max(0.2, 500/5000) = 0.22 → 0.563
    expect(exp(model, "freightUnit")).toBeCloseTo(0.563, 12);
    expect(exp(model, "dutyUnit")).toBeCloseTo(0.375, 12); // 5 × 7.5 %
    expect(exp(model, "feesUnit")).toBeCloseTo(6.7, 12); // 3.5 + 20 × 0.8 × (15 % + 5 %)
    expect(exp(model, "landedUnit")).toBeCloseTo(13.9018, 12); // (5 + 0.563 + 0.375 + 6.7) × 1.1
    expect(exp(model, "landedTotal")).toBeCloseTo(1390.18, 9);
    expect(exp(model, "marginUnit")).toBeCloseTo(2.0982, 12); // 16 − 13.9018
    expect(exp(model, "roi")).toBeCloseTo(2.0982 / 13.9018, 12);
  });

  it("writes arithmetic as native formulas over named inputs and forecasts as values", () => {
    const kinds = new Map(model.sheets[1].tables[0].columns.map((c) => [c.key, c.kind]));
    expect(kinds.get("forecast")).toBe("value");
    expect(kinds.get("target")).toBe("formula");
    expect(skuCell(model, "A-CASE", "target").formula).toBe("=K2*TargetFactor");
    expect(namedCell(model, "ZScore").formula).toBe("=NORM.S.INV(ServiceLevel)");
    // AS 241: Φ⁻¹(0.95) = 1.6448536269514722 (R: qnorm(0.95))
    expect(namedCell(model, "ZScore").expected as number).toBeCloseTo(1.6448536269514722, 14);
    for (const s of model.sheets) {
      for (const c of s.cells) {
        if (c.kind === "formula") expect(c.formula).toMatch(/^=/);
        else expect(c.formula).toBeUndefined();
      }
    }
  });

  it("gives every input a name (singles) or a SKU + column key (table), and a validation", () => {
    const refs = inputCells(model);
    const names = refs.filter((r) => r.key.kind === "name");
    expect(names.map((r) => (r.key.kind === "name" ? r.key.name : ""))).toEqual(
      model.names
        .filter((n) => refs.some((r) => r.address === n.address && r.sheet === n.sheet))
        .map((n) => n.name),
    );
    const table = refs.filter((r) => r.key.kind === "table");
    // SKU table: returnRate, leadTime, moq, casePack, onHand, onOrder, cost, price, kg, 3 dims, actual
    expect(table.filter((r) => r.sheet === model.sheets[1].name).length).toBe(13);
    // monitor: one Actual per promo day (2025-07-08 … 07-11), keyed by its date
    expect(table.filter((r) => r.sheet === model.sheets[2].name)).toEqual([]);
    // monitor: one Actual per promo day (2025-07-08 … 07-11), keyed by its date (not a SKU)
    expect(refs.filter((r) => r.sheet === model.sheets[2].name).map((r) => r.key)).toEqual(
      ["2025-07-08", "2025-07-09", "2025-07-10", "2025-07-11"].map((date) => ({
        kind: "date",
        date,
        column: "actual",
      })),
    );
    const planValidated = new Set(model.sheets[0].validations.map((v) => v.range));
    for (const r of names) expect(planValidated.has(r.address)).toBe(true);
  });

  it("gives every numeric input a validation message that names the bounds its rule enforces", () => {
    // a message naming other bounds than the rule tells the buyer a wrong range (growth −0.2 is
    // allowed, so "0 or more" is wrong); ServiceLevel is the one open bound: max 0.9999 is "below 1"
    for (const locale of ["en-US", "zh-CN"] as const) {
      const m = buildPlan(tinyInput({ settings: { ...tinyInput().settings, locale } }));
      for (const sheet of m.sheets) {
        for (const v of sheet.validations) {
          if (v.rule.type !== "decimal" && v.rule.type !== "whole") continue;
          if (sheet === m.sheets[0] && v.range === namedCell(m, "ServiceLevel").address) continue;
          const bounds = [v.rule.min, v.rule.max].filter((b) => b !== undefined).map(String);
          for (const b of bounds) expect(`${sheet.name}!${v.range}: ${v.errorMessage}`).toContain(b);
        }
      }
    }
  });

  it("marks the TOP 20 % SKUs by last-year revenue with a cumulative share (Pareto)", () => {
    // five SKUs selling 50, 30, 10, 5, 5 a day at the same price: ceil(0.2 × 5) = 1 SKU is TOP
    const per = [50, 30, 10, 5, 5];
    const skus = per.map((_, i) => ({ ...SKU_A, sku: `S${i}` }));
    const sales = per.flatMap((u, i) => constantSales(`S${i}`, u, 440));
    const m = buildPlan(tinyInput({ skus, sales }));
    expect(m.sheets[1].tables[0].rowKeys).toEqual(["S0", "S1", "S2", "S3", "S4"]);
    expect(per.map((_, i) => skuCell(m, `S${i}`, "top").value)).toEqual([1, 0, 0, 0, 0]);
    // last-year window 2024-07-09…12 (364 days back): 4 days × units × 20
    expect(skuCell(m, "S0", "lyRevenue").value).toBe(4000);
    expect(skuCell(m, "S1", "cumShare").value as number).toBeCloseTo(0.8, 12); // (50 + 30) / 100
    expect(cellAt(m, 0, "B23").expected as number).toBeCloseTo(0.5, 12);
  });

  it("flags late PO dates, stock-out risk, overstock and a loss with conditional formats", () => {
    expect(model.sheets[1].conditionalFormats).toEqual([
      { range: "AH2:AI2", formula: "=AH2<PlanDate", style: "late" },
      { range: "AF2:AF2", formula: "=$U2+$V2<$AE2", style: "risk" },
      { range: "AG2:AG2", formula: "=AND($Q2>0,$U2+$V2+$AG2>2*$Q2)", style: "overstock" },
      { range: "AU2:AU2", formula: "=$AU2<0", style: "warning" },
    ]);
    expect(model.sheets[0].conditionalFormats.map((c) => c.style)).toEqual(["late", "late", "warning"]);
  });

  it("is idempotent: the same input and overrides give a deep-equal model", () => {
    const o: PlanOverrides = { inputs: { DepositRate: 0.5 }, table: { "A-CASE": { onHand: 30 } } };
    expect(buildPlan(tinyInput(), o)).toEqual(buildPlan(tinyInput(), o));
    expect(buildPlan(tinyInput())).toEqual(model);
  });

  it("lets overrides win over imported and default values, and the computed cells follow", () => {
    const m = buildPlan(tinyInput(), { inputs: { DepositRate: 0.5 }, table: { "A-CASE": { moq: 200 } } });
    expect(namedCell(m, "DepositRate")).toMatchObject({ value: 0.5, overridden: true });
    expect(skuCell(m, "A-CASE", "moq")).toMatchObject({ value: 200, overridden: true });
    expect(exp(m, "orderQty")).toBe(200);
    expect(exp(m, "deposit")).toBe(500); // 200 × 5 × 50 %
  });

  it("keeps random buyer edits across rebuilds and recomputes every dependent cell (property)", () => {
    const edit = fc.record({
      DepositRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      SafetyStockPct: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      onHand: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      casePack: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
      unitCost: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(edit, edit, (first, second) => {
        // build 1 → buyer edits → read back (as a writer would) → build 2 → more edits → build 3
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
        if (last("onHand") !== undefined) expect(skuCell(m, "A-CASE", "onHand").value).toBe(last("onHand"));
        if (last("casePack") !== undefined)
          expect(skuCell(m, "A-CASE", "casePack").value).toBe(last("casePack"));
        // computed cells follow the current inputs
        const v = (key: string) => skuCell(m, "A-CASE", key).value as number;
        const dep = namedCell(m, "DepositRate").value as number;
        expect(exp(m, "deposit")).toBeCloseTo(exp(m, "orderQty") * v("unitCost") * dep, 9);
        const need = Math.max(0, exp(m, "target") + exp(m, "ssUsed") - v("onHand") - v("onOrder"));
        expect(exp(m, "need")).toBeCloseTo(need, 9);
        expect(exp(m, "orderQty") % v("casePack")).toBe(0);
        expect(exp(m, "orderQty")).toBeGreaterThanOrEqual(Math.min(need > 0 ? v("moq") : 0, 1e9));
      }),
      { numRuns: 40 },
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
              (c) => !(c.expected === "" || (typeof c.expected === "number" && Number.isFinite(c.expected))),
            )
            .map((c) => `${s.name}!${c.address} ${c.formula} → ${String(c.expected)}`),
        );
        expect(bad).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it("builds the same layout in zh-CN with Chinese labels and sheet names", () => {
    const zh = buildPlan(tinyInput({ settings: { ...tinyInput().settings, locale: "zh-CN" } }));
    expect(zh.sheets.map((s) => s.name)).toEqual(["备货计划", "备货SKU", "备货监控"]);
    expect(cellAt(zh, 0, "A4").value).toBe("1. 活动时间节点");
    expect(namedCell(zh, "Event").value).toBe("Prime Day");
    expect(zh.sheets.map((s) => s.cells.map((c) => c.address))).toEqual(
      model.sheets.map((s) => s.cells.map((c) => c.address)),
    );
    // the statistical label in the formula follows the locale
    expect(skuCell(zh, "A-CASE", "ssUsed").formula).toContain('"统计法"');
  });

  it("keeps a safety-stock method picked in English when the plan is rebuilt in Chinese", () => {
    const zhInput = tinyInput({ settings: { ...tinyInput().settings, locale: "zh-CN" } });
    const zh = buildPlan(zhInput, { inputs: { SafetyStockMethod: "statistical" }, table: {} });
    expect(namedCell(zh, "SafetyStockMethod").value).toBe("统计法");
    expect(exp(zh, "ssUsed")).toBe(exp(zh, "ssStat"));
  });

  it("has every message in both languages", () => {
    for (const [key, m] of Object.entries(PLAN_MESSAGES)) {
      expect([key, m.en.trim().length > 0, m.zh.trim().length > 0]).toEqual([key, true, true]);
    }
  });

  it("keeps imported text that looks like a formula as a text value", () => {
    const m = buildPlan(tinyInput({ skus: [{ ...SKU_A, title: '=HYPERLINK("http://x")' }] }));
    const t = skuCell(m, "A-CASE", "title");
    expect(t).toMatchObject({ kind: "value", value: '=HYPERLINK("http://x")' });
    expect(t.formula).toBeUndefined();
  });

  it("puts actuals in the monitor and resizes the later batches by the pace", () => {
    // actual 2 × the target-adjusted forecast on the first promo day → pace 2
    const m0 = buildPlan(tinyInput());
    const day1 = (cellAt(m0, 2, "C5").expected as number) * 2;
    const m = buildPlan(tinyInput({ actuals: [{ date: "2025-07-08", sku: "A-CASE", units: day1 }] }));
    expect(cellAt(m, 2, "D5").value).toBe(day1);
    expect(cellAt(m, 2, "D6").value).toBeNull();
    expect(cellAt(m, 2, "G6").expected).toBe("");
    expect(exp(m, "pace")).toBeCloseTo(2, 12);
    expect(exp(m, "resized")).toBe(60); // (20 air + 10 express) × 2
    expect(m.sheets[2].charts[0].series.map((s) => s.values)).toEqual([
      "'StockUp Monitor'!$C$5:$C$8",
      "'StockUp Monitor'!$D$5:$D$8",
    ]);
  });

  it("rejects an empty SKU list", () => {
    expect(() => buildPlan(tinyInput({ skus: [] }))).toThrow(InputError);
  });

  it("rejects a promo that ends before it starts", () => {
    const s = { ...tinyInput().settings, promoEnd: "2025-07-01" };
    expect(() => buildPlan(tinyInput({ settings: s }))).toThrow(/promoEnd: the promo ends/);
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() => buildPlan(tinyInput({ today: "01/05/2025" }))).toThrow(
      /today: must be a date YYYY-MM-DD, got "01\/05\/2025"/,
    );
    expect(() => buildPlan(tinyInput({ today: "2025-02-30" }))).toThrow(InputError);
  });

  it("rejects a SKU listed twice and an unknown event", () => {
    expect(() => buildPlan(tinyInput({ skus: [SKU_A, SKU_A] }))).toThrow(/appears twice/);
    const s = { ...tinyInput().settings, event: "blackMonday" as never };
    expect(() => buildPlan(tinyInput({ settings: s }))).toThrow(/unknown event/);
  });
});
