/**
 * A buyer's read (plan date = 73 days before BFCM 2025, test/plan/scenarioFixtures: 50 a day,
 * case pack 10, unit 10 × 10 × 2 cm = 0.0002 CBM and 0.1 kg, lead time 15; the plan orders sea
 * 1,730, air 1,250, express 250 = 3,230). Hand-worked numbers in the comments.
 */
import { buildPlan } from "../../src/plan/buildPlan";
import { planFigures } from "../../src/plan/engine";
import { namedCell, skuCell } from "./fixtures";
import { scenario } from "./scenarioFixtures";

const typed = (qty: number) => ({ inputs: {}, table: { CASE: { orderOverride: qty } } });

describe("cartons are whole (buyer read #4)", () => {
  it("2,005 typed in cases of 10: 201 cartons, not 200.5; CBM of 201 cartons, kg of 2,005 units", () => {
    const m = buildPlan(scenario(73), typed(2005));
    const cartons = skuCell(m, "CASE", "cartons");
    expect(cartons.formula).toMatch(/^=CEILING\(.*\/MAX\(1,.*\),1\)$/);
    expect(cartons.expected).toBe(201);
    // 201 cartons × 10 × 0.0002 CBM = 0.402 (the units alone: 0.401)
    expect(skuCell(m, "CASE", "cbm").expected).toBeCloseTo(0.402, 12);
    // 1,225 fewer than planned, taken from sea first: sea 505 (50.5 → 51 cartons), air 1,250
    // (125), express 250 (25) = 201 cartons in the shipments
    const fig = planFigures(scenario(73), typed(2005));
    const sea = fig.skus[0].batches.find((b) => b.mode === "sea")!;
    expect([sea.units, sea.cartons]).toEqual([505, 51]);
    expect(sea.cbm).toBeCloseTo(51 * 10 * 0.0002, 12); // 0.102: the 51st carton takes its space
    expect(sea.grossKg).toBeCloseTo(50.5, 12); // 505 × 0.1 kg: what is inside
    const seaShipment = fig.shipments.find((s) => s.mode === "sea")!;
    expect(seaShipment.cartons).toBe(51);
    expect(seaShipment.cbm).toBeCloseTo(0.102, 12);
    expect(
      fig.totals.byMode.sea.cartons + fig.totals.byMode.air.cartons + fig.totals.byMode.express.cartons,
    ).toBe(201);
    // the warning stays, and says how it ships
    expect(fig.warnings.find((w) => w.code === "overrideNotCartons")!.vars).toEqual({
      qty: 2005,
      pack: 10,
      cartons: 200.5,
      whole: 201,
    });
    expect(namedCell(m, "OrderTotal").expected).toBe(2005);
  });

  it("whole cartons typed: nothing changes (3,000 = 300 cartons, 0.6 CBM)", () => {
    const m = buildPlan(scenario(73), typed(3000));
    expect(skuCell(m, "CASE", "cartons").expected).toBe(300);
    expect(skuCell(m, "CASE", "cbm").expected).toBeCloseTo(0.6, 12);
  });
});

describe("no order, no margin per unit (buyer read #6)", () => {
  it("on hand covers the need: order 0, margin per unit blank (not the price), margin on plan 0", () => {
    const input = scenario(73, { onHand: 100_000 });
    const p = planFigures(input).skus[0];
    expect(p.orderQty).toBe(0);
    expect(p.marginPerUnit).toBeNull();
    expect(p.marginOnPlan).toBe(0);
    const m = buildPlan(input);
    expect(skuCell(m, "CASE", "marginUnit").formula).toMatch(/^=IF\(AND\(.*>0,.*>0\),.*-.*,""\)$/);
    expect(skuCell(m, "CASE", "marginUnit").expected).toBe("");
    expect(skuCell(m, "CASE", "marginPlan").expected).toBe(0);
    expect(namedCell(m, "MarginTotal").expected).toBe(0);
  });

  it("a typed 0: blank too; an order keeps price − cost per unit", () => {
    expect(planFigures(scenario(73), typed(0)).skus[0].marginPerUnit).toBeNull();
    const p = planFigures(scenario(73)).skus[0];
    expect(p.marginPerUnit).toBeCloseTo(p.avgPrice - p.cost.total / 3230, 9);
  });
});
