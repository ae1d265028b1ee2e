/**
 * Cost rules of the plan, worked by hand on the README's scenario SKU (50 a day, case pack 10,
 * 0.1 kg, 10 × 10 × 2 cm, unit cost 2, price 15, BFCM 2025-11-28…12-01, lead time 15, sea 35 /
 * air 10 / express 5, buffer 7; see scenarioFixtures.ts). Default rates: air 4.5 per kg (minimum
 * 100, divisor 6000), express 6.5 per kg (minimum 25, divisor 5000), sea LCL 90 per W/M ton
 * (minimum 1), US MPF 0.3464 % of goods (minimum 32.71 per entry).
 */
import { buildPlan } from "../../src/plan/buildPlan";
import { planFigures, type SkuPlan } from "../../src/plan/engine";
import { excelSerialToIso as iso, COST_COMPONENT_KEYS, COST_GROUP } from "../../src/core";
import { WAREHOUSE_COMPONENTS } from "../../src/plan/engine";
import type { PlanInput } from "../../src/plan/input";
import { cellAt } from "./fixtures";
import { SKU, constantHistory, scenario } from "./scenarioFixtures";

/** CASE plus TINY (2 a day, 0.3 kg, none on hand): both ship by air and express on the same days. */
function twoSkus(): PlanInput {
  const base = scenario(40);
  const tiny = { ...SKU, sku: "TINY", weightKg: 0.3, onHand: 0 };
  return {
    ...base,
    skus: [SKU, tiny],
    sales: [...constantHistory("CASE", 50, base.today), ...constantHistory("TINY", 2, base.today)],
  };
}

describe("one consolidated shipment per mode and ship date (40 days ahead)", () => {
  const fig = planFigures(twoSkus());
  const sku = (id: string) => fig.skus.find((p) => p.facts.sku === id)!;
  const units = (p: SkuPlan) => Object.fromEntries(p.batches.map((b) => [b.mode, b.units]));

  it("plans TINY by hand: 54 short, express 10, air 53.2 → 60 (cartons of 10)", () => {
    // P…P+26 short (27 × 2); express P+27…31 (10); air P+32…57 (26 × 2 = 52) + 15 % × 8 promo = 1.2
    expect(units(sku("TINY"))).toEqual({ sea: 0, air: 60, express: 10 });
    expect(units(sku("CASE"))).toEqual({ sea: 0, air: 1330, express: 250 });
  });

  it("books two shipments, each with both SKUs, the same ship date", () => {
    expect(fig.shipments.map((s) => [s.mode, iso(s.shipDate), s.skus])).toEqual([
      ["air", "2025-11-03", ["CASE", "TINY"]],
      ["express", "2025-11-03", ["CASE", "TINY"]],
    ]);
  });

  it("bills the freight once on the shipment's chargeable kg and shares it by each SKU's", () => {
    // air: 133 + 18 = 151 kg gross (volumetric 1,390 × 200 cm³ / 6,000 = 46.3) → 151 × 4.5 = 679.50
    // shared 133 : 18 → CASE 598.50, TINY 81.00 (alone TINY would pay the 100 minimum)
    const air = fig.shipments[0];
    expect(air.grossKg).toBeCloseTo(151, 9);
    expect(air.chargeableKg).toBeCloseTo(151, 9);
    expect(air.cbm).toBeCloseTo(1390 * 0.0002, 12);
    expect(air.freightTons).toBeNull();
    expect(air.freight).toBe(679.5);
    expect(air.minChargeApplied).toBe(false);
    // express: 25 + 3 = 28 kg × 6.5 = 182 → CASE 162.50, TINY 19.50 (alone: the 25 minimum)
    expect(fig.shipments[1].freight).toBe(182);
    expect(sku("CASE").cost.components.freight).toBeCloseTo(598.5 + 162.5, 9);
    expect(sku("TINY").cost.components.freight).toBeCloseTo(81 + 19.5, 9);
  });

  it("charges the customs entry's minimum (US MPF 32.71) once per shipment, shared by goods value", () => {
    // air: goods 2,660 + 120 = 2,780 × 0.3464 % = 9.63 < 32.71; 3,271 ¢ × 2,660 / 2,780 = 3,129.8 and
    // 141.2 → 3,129 + 141 + the cent left to the larger remainder → 31.30 / 1.41
    // express: goods 500 + 20 → 3,145.2 and 125.8 → 31.45 / 1.26
    expect(fig.shipments.map((s) => s.customsFee)).toEqual([32.71, 32.71]);
    expect(sku("CASE").cost.components.customsFee).toBeCloseTo(31.3 + 31.45, 9);
    expect(sku("TINY").cost.components.customsFee).toBeCloseTo(1.41 + 1.26, 9);
    // CASE alone pays the minimum on each of its two entries
    expect(planFigures(scenario(40)).skus[0].cost.components.customsFee).toBeCloseTo(65.42, 9);
  });

  it("adds the mode totals up from the shipments", () => {
    expect(fig.totals.byMode.air).toMatchObject({ shipments: 1, units: 1390, cartons: 139, freight: 679.5 });
    expect(fig.totals.byMode.air.chargeableKg).toBeCloseTo(151, 9);
    expect(fig.totals.byMode.sea).toMatchObject({
      shipments: 0,
      units: 0,
      freightTons: 0,
      chargeableKg: null,
    });
  });
});

describe("sea is billed in W/M freight tons, not CBM × 1000 kg (73 days ahead)", () => {
  const fig = planFigures(scenario(73));

  it("shows gross kg, CBM and the W/M tons billed: max(0.346 CBM, 0.173 t) < the 1-ton minimum", () => {
    const sea = fig.shipments.find((s) => s.mode === "sea")!;
    expect(iso(sea.shipDate)).toBe("2025-10-01"); // arrives 11-12 − 7 − 35
    expect(sea.grossKg).toBeCloseTo(173, 9);
    expect(sea.cbm).toBeCloseTo(0.346, 12);
    expect(sea.chargeableKg).toBeNull();
    expect(sea.freightTons).toBe(1);
    expect(sea.minChargeApplied).toBe(true);
    expect(sea.freight).toBe(90);
  });

  it("writes them in section 5 in both languages", () => {
    const model = buildPlan(scenario(73));
    const plan = model.sheets[0].cells;
    const row = plan.find((c) => c.value === "Sea, ships 2025-10-01, 1 SKU(s) — minimum charge")!;
    const r = row.address.slice(1);
    const at = (col: string) => cellAt(model, 0, `${col}${r}`).value;
    expect([at("B"), at("C"), at("D"), at("G"), at("H")]).toEqual([1730, 173, 173, 1, 90]);
    expect(at("E") as number).toBeCloseTo(0.346, 12);
    expect(plan.find((c) => c.address === `F${r}`)?.value ?? null).toBeNull();
    const zh = buildPlan(scenario(73, {}, { locale: "zh-CN" })).sheets[0].cells;
    expect(zh.some((c) => c.value === "海运，2025-10-01 发货，1 个 SKU（按最低收费）")).toBe(true);
    expect(zh.some((c) => c.value === "计费吨 W/M（海运）")).toBe(true);
  });
});

describe("selling costs follow the SKU's channel", () => {
  // 40 days ahead; no fee column in the master, so the channel's default applies
  const p = (channel: string, extra = {}) =>
    planFigures(scenario(40, { channel, fbaFee: undefined, ...extra })).skus[0];
  const perUnit = (x: SkuPlan, k: "commission" | "fbaFulfilment") => x.cost.components[k] / x.orderQty;

  it("Amazon: FBA fee 3.22 a unit and 15 % referral", () => {
    const a = p("amazon");
    expect(a.cost.components.fbaFulfilment).toBeCloseTo(3.22 * a.orderQty, 6);
    expect(perUnit(a, "commission")).toBeCloseTo(0.15 * a.avgPrice, 3);
  });

  it("TikTok Shop: no FBA fee, 8 % commission (settings' defaults)", () => {
    const t = p("tiktok");
    expect(t.cost.components.fbaFulfilment).toBe(0);
    expect(perUnit(t, "commission")).toBeCloseTo(0.08 * t.avgPrice, 3);
  });

  it("the channel's settings and the SKU's own fee column win over the defaults", () => {
    const input = scenario(
      40,
      { channel: "tiktok", fbaFee: undefined },
      {
        commissionRateTiktok: 0.06,
        fulfilmentFeeTiktok: 2.5,
      },
    );
    const t = planFigures(input).skus[0];
    expect(perUnit(t, "commission")).toBeCloseTo(0.06 * t.avgPrice, 3);
    expect(t.cost.components.fbaFulfilment).toBeCloseTo(2.5 * t.orderQty, 6);
    const own = p("tiktok", { fbaFee: 1.75 });
    expect(own.cost.components.fbaFulfilment).toBeCloseTo(1.75 * own.orderQty, 6);
  });
});

describe("ACoS is a selling cost: ad cost per unit = price × ACoS", () => {
  const without = planFigures(scenario(40)).skus[0];
  const withAds = planFigures(scenario(40, { acos: 0.1 })).skus[0];

  it("adds price × 10 % per unit to the selling costs, and the contingency on it, and lowers the margin", () => {
    const ads = withAds.cost.components.advertising;
    // per batch: whole cents of units × average price × 10 %
    expect(ads).toBeCloseTo(0.1 * withAds.avgPrice * withAds.orderQty, 1);
    expect(without.cost.components.advertising).toBe(0);
    expect(withAds.cost.selling - without.cost.selling).toBeCloseTo(ads, 9);
    // the contingency (10 %) is on every cost, ads included
    expect(withAds.cost.contingency - without.cost.contingency).toBeCloseTo(0.1 * ads, 1);
    expect((without.marginOnPlan - withAds.marginOnPlan) / ads).toBeCloseTo(1.1, 3);
  });

  it("says on the plan sheet what ACoS and conversion do", () => {
    const cells = buildPlan(scenario(40)).sheets[0].cells;
    expect(
      cells.some((c) => typeof c.value === "string" && /Conversion rate is for reference only/.test(c.value)),
    ).toBe(true);
  });
});

describe("cost to the warehouse is the core's grouping", () => {
  it("takes its component list from the core's COST_GROUP, not a list typed again", () => {
    expect(WAREHOUSE_COMPONENTS).toEqual(COST_COMPONENT_KEYS.filter((k) => COST_GROUP[k] === "toWarehouse"));
    const p = planFigures(scenario(40)).skus[0];
    const sum = WAREHOUSE_COMPONENTS.reduce((a, k) => a + p.cost.components[k], 0);
    expect(p.cost.warehouse).toBeCloseTo(sum, 9);
    expect(p.cost.warehouse + p.cost.selling + p.cost.contingency).toBeCloseTo(p.cost.total, 6);
  });
});
