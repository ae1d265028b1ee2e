import { callCell, column } from "./callCell";

function oq(...args: unknown[]) {
  const full = [...args];
  while (full.length < 6) full.push(null);
  return callCell("ORDER_QTY", ...full);
}

describe("ORDER_QTY", () => {
  it("rounds the need up to whole cartons (hand-checked: 1000 + 150 − 200 = 950 → 40 × 24 = 960)", () => {
    expect(oq(1000, 150, 200, null, 500, 24)).toEqual({ value: 960 });
  });

  it("tops up to the MOQ in whole cartons (MOQ 1200 → 50 × 24 = 1200)", () => {
    expect(oq(1000, 150, 200, null, 1200, 24)).toEqual({ value: 1200 });
  });

  it("subtracts units on order and orders nothing when stock covers the need", () => {
    expect(oq(1000, 150, 200, 950, 500, 24)).toEqual({ value: 0 });
    expect(oq(100, 10, 500)).toEqual({ value: 0 });
  });

  it("sums a forecast range such as a FORECAST_PROMO spill (300 + 400 + 300 = 1000)", () => {
    expect(oq(column([300, 400, 300]), 150, 200, null, 500, 24)).toEqual({ value: 960 });
  });

  it("rounds a fractional need up to whole units without MOQ or case pack (10 + 2.5 → 13)", () => {
    expect(oq(10, 2.5)).toEqual({ value: 13 });
  });

  it("rejects a case pack of 0 (#VALUE!) or 2.5 (#VALUE!)", () => {
    expect(oq(1000, 150, null, null, null, 0)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^case_pack: /),
    });
    expect(oq(1000, 150, null, null, null, 2.5)).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects negative stock figures with #VALUE!, naming the argument", () => {
    expect(oq(1000, 150, -1)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^on_hand: /),
    });
    expect(oq(1000, -150)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^safety_stock: /),
    });
  });

  it("requires forecast_units and safety_stock", () => {
    expect(oq(null, 150)).toEqual({ code: "#VALUE!", message: "forecast_units: is required" });
    expect(oq(1000, null)).toEqual({ code: "#VALUE!", message: "safety_stock: is required" });
  });

  it("rejects text in the forecast range", () => {
    expect(oq(column([1, "many"]), 0)).toEqual({
      code: "#VALUE!",
      message: 'forecast_units: cell 2 ("many") is not a number',
    });
  });
});
