/**
 * The core's rates a buyer's quotes change are plan settings (the buyer's read found them hidden):
 * payment fee, insurance, customs fee, return loss, FBA storage and the aged surcharge. Worked on the
 * README scenario 40 days before the promo: air 1,330 and express 250 units at 2.00 (purchase
 * 2,660 + 500), Amazon, price 15.
 */
import { planFigures } from "../../src/plan/engine";
import { shipmentRates } from "../../src/plan/engine/cost";
import { scenario } from "./scenarioFixtures";

const sku = (settings: Parameters<typeof scenario>[2] = {}) =>
  planFigures(scenario(40, {}, settings)).skus[0];
const deposits = (p: ReturnType<typeof sku>) =>
  p.cash.filter((c) => c.kind === "deposit").reduce((a, c) => a + c.amount, 0);

describe("cost rates a buyer sets on the plan", () => {
  it("payment fee: 1 % by default is in the deposits; 0 makes the deposit 30 % of the purchase exactly", () => {
    const p = sku();
    // 2,660 × 1 % = 26.60 (air) + 500 × 1 % = 5.00 (express)
    expect(p.cost.components.paymentFee).toBeCloseTo(31.6, 9);
    expect(deposits(p)).toBeCloseTo(0.3 * 3191.6, 9);
    const none = sku({ paymentFeeRate: 0 });
    expect(none.cost.components.paymentFee).toBe(0);
    expect(deposits(none)).toBeCloseTo(0.3 * 3160, 9); // 948.00, what the supplier invoices
    expect(sku({ paymentFeeRate: 0.025 }).cost.components.paymentFee).toBeCloseTo(66.5 + 12.5, 9);
  });

  it("insurance and the customs fee: 0 removes them; the customs fee is the rate above its minimum", () => {
    expect(sku().cost.components.insurance).toBeGreaterThan(0);
    expect(sku({ insuranceRate: 0 }).cost.components.insurance).toBe(0);
    // the default US MPF: 0.3464 % of 2,660 = 9.21 is below the 32.71 minimum per shipment
    // and 500 × 0.3464 % = 1.73 for the express shipment: 32.71 each
    expect(sku().cost.components.customsFee).toBeCloseTo(2 * 32.71, 9);
    // minimum 0: the rate alone, 9.21 for the air shipment + 500 × 0.3464 % = 1.73 for express
    expect(sku({ customsFeeMin: 0 }).cost.components.customsFee).toBeCloseTo(9.21 + 1.73, 9);
    // outside the US: rate and minimum 0, no fee
    expect(sku({ customsFeeRate: 0, customsFeeMin: 0 }).cost.components.customsFee).toBe(0);
  });

  it("return loss and FBA storage rates scale their components", () => {
    const p = sku();
    expect(sku({ returnLossRate: 0 }).cost.components.refundReserve).toBe(0);
    expect(sku({ returnLossRate: 0.6 }).cost.components.refundReserve).toBeCloseTo(
      2 * p.cost.components.refundReserve,
      1,
    );
    // storage (test/plan/fbaStorage): air 9.7811 → 9.78, express 0.2825 → 0.28 at 2.40;
    // at 4.80: 19.5622 → 19.56 and 0.5650 → 0.57
    expect(p.cost.components.fbaStorage).toBeCloseTo(10.06, 9);
    expect(sku({ fbaStoragePeak: 4.8 }).cost.components.fbaStorage).toBeCloseTo(20.13, 9);
    expect(sku({ fbaStoragePeak: 0 }).cost.components.fbaStorage).toBe(0);
  });

  it("the monitor's aged-fee age is the age the cost's aged surcharge starts at", () => {
    const fig = planFigures(scenario(40, {}, { agedFeeDays: 90, agedSurchargeRate: 1.2 }));
    const rates = shipmentRates(fig.settings);
    expect(rates.agedSurchargeThresholdDays).toBe(90);
    expect(rates.agedSurchargePerCubicFootMonth).toBe(1.2);
  });
});
