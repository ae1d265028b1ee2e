/**
 * The worked examples of the README's function reference, evaluated through the registered
 * functions: if a number in the README stops being true, this fails. Inputs are the README's
 * sheet: A2:A29 four weeks of daily sales (one blank = stock-out), B2:B29 the promo flag
 * (every 5th weekday), D2:D8 next week's promo flags.
 */
import { column, valueOf } from "./callCell";

const A = column([
  12,
  10,
  11,
  13,
  25,
  9,
  8,
  12,
  11,
  null,
  12,
  14,
  27,
  10,
  13,
  12,
  12,
  14,
  28,
  9,
  9,
  13,
  12,
  13,
  15,
  30,
  11,
  10,
]);
const B = column(Array.from({ length: 28 }, (_, i) => (i % 7 === 4 ? 1 : 0)));
const D = column([0, 0, 0, 0, 1, 0, 0]);
const RATES = [
  ["fx_rate", 0.14],
  ["selling_price", 19.99],
];

describe("README function reference", () => {
  it("FORECAST_PROMO spills next week, lifting the promo day", () => {
    const f = (valueOf("FORECAST_PROMO", A, B, D, 7, null, null, null, null) as number[][]).map((r) => r[0]);
    expect(f).toHaveLength(7);
    expect(f[0]).toBeCloseTo(11.83, 2);
    expect(f[4]).toBeCloseTo(22.48, 2);
    const upper = (valueOf("FORECAST_PROMO", A, B, D, 7, null, null, "upper", null) as number[][]).map(
      (r) => r[0],
    );
    expect(upper[0]).toBeCloseTo(16.51, 2);
    expect(upper[4]).toBeCloseTo(31.38, 2);
  });

  it("PROMO_LIFT", () => {
    expect(valueOf("PROMO_LIFT", A, B, 7) as number).toBeCloseTo(1.9, 3);
  });

  it("SAFETY_STOCK both ways and REORDER_POINT", () => {
    // 1.644854 × √(30·6² + 20²·5²) = 173.14 (σd of {14,20,26} is 6, mean 20)
    expect(valueOf("SAFETY_STOCK", column([14, 20, 26]), 30, 0.95, 5, null, null) as number).toBeCloseTo(
      173.14,
      2,
    );
    expect(valueOf("SAFETY_STOCK", 20, 30, 0.15, null, null, "percent")).toBe(90);
    expect(valueOf("REORDER_POINT", column([14, 20, 26]), 30, 0.95, 5, null, null) as number).toBeCloseTo(
      773.14,
      2,
    );
    // review period 7: the mean covers 37 days like the safety stock, 740 + 1.644854 × 6 × √37
    expect(valueOf("REORDER_POINT", column([14, 20, 26]), 30, 0.95, 0, 7, null) as number).toBeCloseTo(
      800.03,
      2,
    );
    // a service level typed as 95 is 95 %
    expect(valueOf("SAFETY_STOCK", column([14, 20, 26]), 30, 95, 5, null, null) as number).toBeCloseTo(
      173.14,
      2,
    );
  });

  it("LANDED_COST and its breakdown", () => {
    expect(valueOf("LANDED_COST", 35, 1000, "sea_lcl", 0.4, 0.002, 0.05, RATES)).toBe(13136);
    const rows = valueOf("LANDED_COST_BREAKDOWN", 35, 1000, "sea_lcl", 0.4, 0.002, 0.05, RATES) as [
      string,
      number,
    ][];
    expect(rows[0]).toEqual(["Purchase", 4900]);
    expect(rows.find((r) => r[0] === "First-leg freight")?.[1]).toBe(180);
    expect(rows.find((r) => r[0] === "Import duty")?.[1]).toBe(245);
    expect(rows.find((r) => r[0] === "Total")?.[1]).toBe(13136);
    expect(rows.find((r) => r[0] === "Per unit")?.[1]).toBe(13.136);
  });

  it("CHARGEABLE_WEIGHT, ORDER_QTY, SHIP_BY, SELL_THROUGH", () => {
    expect(valueOf("CHARGEABLE_WEIGHT", "air", 10, 0.12, null, null)).toBe(20);
    expect(valueOf("ORDER_QTY", 1000, 150, 200, 0, 500, 24)).toBe(960);
    // DATE(2025,11,7) = 45968; sea LCL 40 transit + 7 buffer days earlier = 45921 = 2025-09-21
    expect(valueOf("SHIP_BY", 45968, "sea_lcl", null, null)).toBe(45921);
    expect(valueOf("SELL_THROUGH", 850, 1000, null)).toBe(0.85);
  });
});
