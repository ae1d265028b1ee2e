import { buildPlan } from "../../src/plan/buildPlan";
import { namedCell, skuCell, tinyInput } from "./fixtures";

describe("buildPlan: growth −100 % (no demand)", () => {
  // the validation allows growth down to −1: every day's demand × (1 − 1) = 0
  // (planned on the second promo day: an actual dated after the plan date would be ignored)
  const actuals = [{ date: "2025-07-08", sku: "A-CASE", units: 25 }];
  const m = buildPlan(tinyInput({ actuals, today: "2025-07-09" }), { inputs: { GrowthRate: -1 }, table: {} });

  it("orders nothing and needs nothing", () => {
    expect(skuCell(m, "A-CASE", "horizonDemand").value).toBe(0);
    expect(skuCell(m, "A-CASE", "orderQty").expected).toBe(0);
    expect(namedCell(m, "OrderTotal").expected).toBe(0);
  });

  it("leaves the pace blank (nothing to compare with) and the batches at their planned size instead of #DIV/0!", () => {
    const p = skuCell(m, "A-CASE", "paceTarget");
    expect(p.formula).toContain('IF([@[Target to date]]<=0,"",');
    expect(p.expected).toBe("");
    expect(skuCell(m, "A-CASE", "paceForecast").expected).toBe("");
    for (const md of ["sea", "air", "express"])
      expect(skuCell(m, "A-CASE", `${md}Resize`).expected).toBe(skuCell(m, "A-CASE", `${md}Units`).value);
    expect(namedCell(m, "PaceTargetTotal").expected).toBe("");
  });

  it("still divides when there is demand (growth −50 %)", () => {
    const half = buildPlan(tinyInput({ actuals, today: "2025-07-09" }), {
      inputs: { GrowthRate: -0.5 },
      table: {},
    });
    expect(skuCell(half, "A-CASE", "paceTarget").expected).not.toBe(1);
  });
});
