import { landedCost } from "../../src/core/landed";
import { setMessageLanguage } from "../../src/functions/messages";
import { callCell, errorCell } from "./callCell";

/** Rates that switch off the small fees so the total can be checked by hand. */
const PLAIN_RATES = [
  ["payment_fee_rate", 0],
  ["insurance_rate", 0],
  ["customs_fee_rate", 0],
  ["customs_fee_min", 0],
  ["fba", false],
];

// 100 units at 10, air, 1 kg and 0.001 CBM each (volumetric 1000/6000 kg < 1 kg), duty 5 %:
// purchase 1000; freight max(100 min, 4.5 × 100 kg) = 450; duty 5 % of FOB 1000 = 50;
// contingency 10 % of 1500 = 150; total 1650.
const ARGS = [10, 100, "air", 1, 0.001, 0.05];

describe("LANDED_COST", () => {
  it("adds purchase, freight, duty and contingency (hand-checked: 1650)", () => {
    expect(callCell("LANDED_COST", ...ARGS, PLAIN_RATES)).toEqual({ value: 1650 });
  });

  it("uses the core's documented defaults when rates is omitted", () => {
    const core = landedCost({
      unitPrice: 10,
      quantity: 100,
      mode: "air",
      unitWeightKg: 1,
      unitVolumeCbm: 0.001,
      rates: { dutyRate: 0.05 },
    });
    expect(callCell("LANDED_COST", ...ARGS, null)).toEqual({ value: core.total });
  });

  it("reads rate names in any case and spelling, text numbers and mode synonyms", () => {
    const rates = [
      ["Payment Fee Rate", "0%"],
      ["INSURANCE_RATE", 0],
      ["customsFeeRate", 0],
      ["customs-fee-min", "0"],
      ["fba", "no"],
      [null, null],
    ];
    expect(callCell("LANDED_COST", "10", "100", "空运", 1, 0.001, "5%", rates)).toEqual({ value: 1650 });
  });

  it("converts the unit cost with fx_rate (hand-checked: 70 CNY × 0.142857 ≈ 10 USD)", () => {
    const rates = [...PLAIN_RATES, ["fx_rate", 1 / 7]];
    const out = callCell("LANDED_COST", 70, 100, "air", 1, 0.001, 0.05, rates) as { value: number };
    expect(out.value).toBeCloseTo(1650, 2);
  });

  it("accepts the rates table laid out sideways (2 rows)", () => {
    const sideways = [PLAIN_RATES.map((r) => r[0]), PLAIN_RATES.map((r) => r[1])];
    expect(callCell("LANDED_COST", ...ARGS, sideways)).toEqual({ value: 1650 });
  });

  it("names every unknown rate at once", () => {
    expect(
      callCell("LANDED_COST", ...ARGS, [
        ["freight_rate", 1],
        ["vat", 0.2],
        ["fx_rate", 1],
      ]),
    ).toEqual({
      code: "#VALUE!",
      message: "rates: unknown rate name(s): freight_rate, vat",
    });
  });

  it("rejects a rate named twice, and duty_rate in the table as well as the argument", () => {
    expect(
      callCell("LANDED_COST", ...ARGS, [
        ["fx_rate", 1],
        ["FX rate", 2],
      ]),
    ).toEqual({
      code: "#VALUE!",
      message: 'rates: names "fx_rate" twice',
    });
    expect(callCell("LANDED_COST", ...ARGS, [["duty_rate", 0.1]])).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects a rates range that is not two columns", () => {
    expect(callCell("LANDED_COST", ...ARGS, [["fx_rate", 1, 2]])).toEqual({
      code: "#VALUE!",
      message: "rates: must be two columns (name, value), got 3",
    });
  });

  it("maps a rate outside [0, 1] to #VALUE!, naming it as typed in the table", () => {
    expect(callCell("LANDED_COST", ...ARGS, [["commission_rate", 1.5]])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^rates \(commission_rate\): /),
    });
  });

  it("names a bad input-level row of the rates table as typed there (fx_rate, not fxRate)", () => {
    // these rows become LandedCostInput fields, not rates: the core names them in camelCase
    const bad = (name: string, value: unknown) => callCell("LANDED_COST", ...ARGS, [[name, value]]);
    expect(bad("fx_rate", -1)).toEqual({ code: "#VALUE!", message: "rates (fx_rate): must be > 0, got -1" });
    expect(bad("selling_price", -5)).toEqual({
      code: "#VALUE!",
      message: "rates (selling_price): must be ≥ 0, got -5",
    });
    expect(bad("fba_stored_share", 1.5)).toEqual({
      code: "#VALUE!",
      message: "rates (fba_stored_share): must be a fraction in [0, 1], got 1.5",
    });
    expect(bad("overseas_warehouse_months", -1)).toEqual({
      code: "#VALUE!",
      message: "rates (overseas_warehouse_months): must be ≥ 0, got -1",
    });
  });

  it("takes fba_stored_share as one share or one per month of fba_storage_months (the plan's shares)", () => {
    // 100 × 0.001 CBM × 35.3146667 = 3.5315 ft³ × 2.40 × (0.5 + 0.25) = 6.3566 → 6.36 storage;
    // contingency 10 % of 1,506.36 = 150.64: 1,657.00 (one share 0.375 for both months: the same)
    const months = ["fba_storage_months", "10,11"];
    expect(
      callCell("LANDED_COST", ...ARGS, [...PLAIN_RATES, months, ["fba_stored_share", "0.5, 0.25"]]),
    ).toEqual({
      value: 1657,
    });
    expect(callCell("LANDED_COST", ...ARGS, [...PLAIN_RATES, months, ["fba_stored_share", 0.375]])).toEqual({
      value: 1657,
    });
    expect(
      callCell("LANDED_COST", ...ARGS, [...PLAIN_RATES, months, ["fba_stored_share", "0.5,0.25,1"]]),
    ).toEqual({
      code: "#VALUE!",
      message: "rates (fba_stored_share): must be one share or one share per month (2 months), got 3",
    });
  });

  it("names a bad month in fba_storage_months without inventing a cell number", () => {
    // "10,13" is one cell: the core alone would say "fbaStorageMonths (cell 2)"
    expect(callCell("LANDED_COST", ...ARGS, [["fba_storage_months", "10,13"]])).toEqual({
      code: "#VALUE!",
      message: "rates (fba_storage_months): must be a calendar month 1–12, got 13",
    });
    expect(callCell("LANDED_COST", ...ARGS, [["fba_storage_months", 10.5]])).toEqual({
      code: "#VALUE!",
      message: "rates (fba_storage_months): must be whole calendar months 1–12, got 10.5",
    });
    expect(callCell("LANDED_COST", ...ARGS, [["fba_storage_months", "10, x"]])).toEqual({
      code: "#VALUE!",
      message: 'rates (fba_storage_months): "x" is not a number',
    });
  });

  it("propagates an error value in the rates table", () => {
    const rates = [["fx_rate", errorCell(CustomFunctions.ErrorCode.notAvailable)]];
    expect(callCell("LANDED_COST", ...ARGS, rates)).toMatchObject({ code: "#N/A" });
  });

  it("rejects an unknown mode, listing the modes", () => {
    expect(callCell("LANDED_COST", 10, 100, "rocket", 1, 0.001, 0.05, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^mode: "rocket" is not one of express, air, sea_lcl, sea_fcl/),
    });
  });

  it("rejects zero quantity, negative weight and a duty rate above 1 with #VALUE!", () => {
    expect(callCell("LANDED_COST", 10, 0, "air", 1, 0.001, 0.05, null)).toMatchObject({ code: "#VALUE!" });
    expect(callCell("LANDED_COST", 10, 100, "air", -1, 0.001, 0.05, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^unit_weight_kg: /),
    });
    expect(callCell("LANDED_COST", 10, 100, "air", 1, 0.001, 1.5, null)).toMatchObject({ code: "#VALUE!" });
  });

  it("requires every positional argument", () => {
    expect(callCell("LANDED_COST", null, 100, "air", 1, 0.001, 0.05, null)).toEqual({
      code: "#VALUE!",
      message: "unit_cost: is required",
    });
    expect(callCell("LANDED_COST", 10, 100, "air", 1, 0.001, null, null)).toEqual({
      code: "#VALUE!",
      message: "duty_rate: is required",
    });
  });
});

describe("LANDED_COST_BREAKDOWN", () => {
  afterEach(() => setMessageLanguage("en-US"));

  it("spills label/amount rows whose amounts add up to the total, then the cost per unit", () => {
    const out = callCell("LANDED_COST_BREAKDOWN", ...ARGS, PLAIN_RATES) as { value: [string, number][] };
    const rows = out.value;
    expect(rows.every((r) => r.length === 2)).toBe(true);
    const byLabel = Object.fromEntries(rows);
    expect(byLabel["Purchase"]).toBe(1000);
    expect(byLabel["First-leg freight"]).toBe(450);
    expect(byLabel["Import duty"]).toBe(50);
    expect(byLabel["Contingency"]).toBe(150);
    expect(rows[rows.length - 2]).toEqual(["Total", 1650]);
    expect(rows[rows.length - 1]).toEqual(["Per unit", 16.5]);
    const parts = rows.slice(0, -2).reduce((s, r) => s + Math.round(r[1] * 100), 0);
    expect(parts).toBe(165000);
  });

  it("labels rows in Chinese when Excel runs in Chinese", () => {
    setMessageLanguage("zh-CN");
    const out = callCell("LANDED_COST_BREAKDOWN", ...ARGS, PLAIN_RATES) as { value: [string, number][] };
    expect(out.value[0]).toEqual(["采购成本", 1000]);
    expect(out.value[out.value.length - 2]).toEqual(["合计", 1650]);
  });

  it("maps errors like LANDED_COST", () => {
    expect(callCell("LANDED_COST_BREAKDOWN", 10, 100, "air", 1, 0.001, 0.05, [["nope", 1]])).toMatchObject({
      code: "#VALUE!",
    });
  });
});

describe("CHARGEABLE_WEIGHT", () => {
  it("air uses 6000 cm³/kg (hand-checked: 0.12 CBM → 120000 / 6000 = 20 kg > 10 kg)", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "air", 10, 0.12, null, null)).toEqual({ value: 20 });
  });

  it("express uses 5000 cm³/kg (120000 / 5000 = 24 kg)", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "express", 10, 0.12, null, null)).toEqual({ value: 24 });
  });

  it("sea bills 1 CBM as 1000 kg (max(500, 300) = 500)", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "sea_lcl", 500, 0.3, null, null)).toEqual({ value: 500 });
  });

  it("multiplies by quantity before comparing (10 × 1 kg, 10 × 0.012 CBM → 20 kg)", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "air", 1, 0.012, 10, null)).toEqual({
      value: expect.closeTo(20, 10),
    });
  });

  it("uses the carrier's divisor when given (120000 / 5000 = 24)", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "air", 10, 0.12, null, 5000)).toEqual({ value: 24 });
  });

  it("rejects bad mode, negative weight, zero quantity and zero divisor", () => {
    expect(callCell("CHARGEABLE_WEIGHT", "boat", 10, 0.12, null, null)).toMatchObject({ code: "#VALUE!" });
    expect(callCell("CHARGEABLE_WEIGHT", "air", -1, 0.12, null, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^unit_weight_kg: /),
    });
    expect(callCell("CHARGEABLE_WEIGHT", "air", 1, 0.12, 0, null)).toEqual({
      code: "#VALUE!",
      message: "quantity: must be greater than 0",
    });
    expect(callCell("CHARGEABLE_WEIGHT", "air", 1, 0.12, null, 0)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^divisor: /),
    });
  });
});

// Issue 16 point 8: a rates table of a million unknown names once made a 14.9-million-character
// message. The message names the first few and counts the rest.
describe("LANDED_COST message length", () => {
  it("names five unknown rates and counts the others", () => {
    const rates = Array.from({ length: 1_000_000 }, (_, i) => [`typo_${i}`, 1]);
    const out = callCell("LANDED_COST", 35, 100, "sea_lcl", 0.4, 0.002, 0.05, rates);
    expect(out).toEqual({
      code: "#VALUE!",
      message: "rates: unknown rate name(s): typo_0, typo_1, typo_2, typo_3, typo_4 and 999995 more",
    });
  });

  it("in Chinese too", () => {
    setMessageLanguage("zh-CN");
    try {
      const rates = Array.from({ length: 7 }, (_, i) => [`typo_${i}`, 1]);
      const out = callCell("LANDED_COST", 35, 100, "sea_lcl", 0.4, 0.002, 0.05, rates);
      expect(out).toEqual({
        code: "#VALUE!",
        message: "rates: 未知的费率名称：typo_0, typo_1, typo_2, typo_3, typo_4 等（另有 2 个）",
      });
    } finally {
      setMessageLanguage("en-US");
    }
  });
});
