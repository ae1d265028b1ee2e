import { buildPlan } from "../../src/plan/buildPlan";
import { namedCell, skuCell, tinyInput } from "./fixtures";

describe("buildPlan: growth −100 % (TargetFactor 0)", () => {
  // the validation allows growth down to −1: (1 − 1) × (1 + depth × elasticity) = 0
  const actuals = [{ date: "2025-07-08", sku: "A-CASE", units: 25 }];
  const m = buildPlan(tinyInput({ actuals }), { inputs: { GrowthRate: -1 }, table: {} });

  it("has a TargetFactor of 0", () => {
    expect(namedCell(m, "TargetFactor").expected).toBe(0);
  });

  it("leaves days of cover blank instead of dividing by zero demand", () => {
    const c = skuCell(m, "A-CASE", "daysCover");
    expect(c.formula).toMatch(/^=IF\(OR\([A-Z]+2<=0,TargetFactor<=0\),"",/);
    expect(c.expected).toBe("");
  });

  it("keeps the pace at 1 (later batches at their planned size) instead of #DIV/0!", () => {
    const p = skuCell(m, "A-CASE", "pace");
    expect(p.formula).toMatch(/^=IF\(OR\([A-Z]+2<=0,TargetFactor<=0\),1,/);
    expect(p.expected).toBe(1);
    const air = skuCell(m, "A-CASE", "airUnits").expected as number;
    const express = skuCell(m, "A-CASE", "expressUnits").expected as number;
    expect(skuCell(m, "A-CASE", "resized").expected).toBe(Math.round(air + express));
  });

  it("still divides when TargetFactor is positive (growth −50 %)", () => {
    const half = buildPlan(tinyInput({ actuals }), { inputs: { GrowthRate: -0.5 }, table: {} });
    expect(typeof skuCell(half, "A-CASE", "daysCover").expected).toBe("number");
    expect(skuCell(half, "A-CASE", "pace").expected).not.toBe(1);
  });
});
