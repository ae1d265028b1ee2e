/**
 * One consolidated shipment per mode: the freight minimum and the customs entry's minimum fee are
 * billed once, then shared by chargeable basis (freight) and goods value (customs fee). Hand-worked
 * with the default rates (air 4.5 per kg, minimum 100; sea LCL 90 per W/M ton, minimum 1; MPF
 * 0.3464 %, minimum 32.71).
 */
import fc from "fast-check";
import {
  COST_COMPONENT_KEYS,
  COST_GROUP,
  InputError,
  landedCost,
  shipmentCost,
  type LandedCostResult,
  type ShippingMode,
} from "../../../src/core/index";

const amount = (r: LandedCostResult, key: string) => r.components.find((c) => c.key === key)!.amount;

// a gimbal: 0.55 kg, 22 × 12 × 8 cm = 0.002112 CBM (2,112 cm³ / 6,000 = 0.352 kg volumetric < 0.55)
const gimbal = (quantity: number) => ({
  quantity,
  unitPrice: 21.5,
  unitWeightKg: 0.55,
  unitVolumeCbm: 0.002112,
  sellingPrice: 79.99,
});

describe("shipmentCost", () => {
  it("bills the air minimum and the customs minimum once, then shares them (40 + 10 gimbals)", () => {
    const s = shipmentCost({
      mode: "air",
      lines: [gimbal(40), { ...gimbal(10), categoryFlags: ["battery"] }],
    });
    // chargeable 22 + 5.5 = 27.5 kg × 4.5 = 123.75 > 100: split 22 : 5.5 → 99.00 and 24.75
    expect(s.freight.chargeableWeightKg).toBeCloseTo(27.5, 12);
    expect(s.freight.minChargeApplied).toBe(false);
    expect(s.freightAmount).toBe(123.75);
    expect(s.lines.map((l) => amount(l, "freight"))).toEqual([99, 24.75]);
    // alone each would pay the 100 minimum: 200 for the two
    expect(amount(landedCost({ ...gimbal(10), mode: "air" }), "freight")).toBe(100);
    // MPF: goods 860 + 215 = 1,075 × 0.3464 % = 3.72 < 32.71 → 32.71 once, split 4 : 1 in cents
    // (2,616.8 and 654.2 → 2,616 + 654 = 3,270; the cent left goes to the larger remainder) → 26.17 / 6.54
    expect(s.customsFee).toBe(32.71);
    expect(s.lines.map((l) => amount(l, "customsFee"))).toEqual([26.17, 6.54]);
    // the battery premium (25 % by air) is on the battery line's share only: 24.75 × 25 % = 6.1875
    expect(s.lines.map((l) => amount(l, "categorySurcharge"))).toEqual([0, 6.19]);
    expect(s.total).toBeCloseTo(s.lines[0].total + s.lines[1].total, 9);
    expect(s.grossKg).toBeCloseTo(27.5, 12);
    expect(s.cbm).toBeCloseTo(50 * 0.002112, 12);
  });

  it("bills sea LCL on the shipment's W/M tons: max(Σ CBM, Σ tonnes)", () => {
    // line 1: 2 CBM, 0.4 t (W/M 2); line 2: 0.1 CBM, 0.5 t (W/M 0.5); shipment 2.1 CBM vs 0.9 t → 2.1 × 90 = 189
    const s = shipmentCost({
      mode: "sea_lcl",
      lines: [
        { quantity: 1000, unitPrice: 1, unitWeightKg: 0.4, unitVolumeCbm: 0.002 },
        { quantity: 100, unitPrice: 1, unitWeightKg: 5, unitVolumeCbm: 0.001 },
      ],
    });
    expect(s.freight.revenueTons).toBeCloseTo(2.1, 12);
    expect(s.freightAmount).toBe(189);
    // shared 2 : 0.5 → 151.20 and 37.80 (alone: 180 + the 1-ton minimum 90 = 270)
    expect(s.lines.map((l) => amount(l, "freight"))).toEqual([151.2, 37.8]);
  });

  it("a one-line shipment is exactly landedCost, for any valid input", () => {
    const modes: ShippingMode[] = ["express", "air", "sea_lcl", "sea_fcl"];
    fc.assert(
      fc.property(
        fc.record({
          quantity: fc.integer({ min: 1, max: 100000 }),
          unitPrice: fc.double({ min: 0, max: 500, noNaN: true }),
          unitWeightKg: fc.double({ min: 0, max: 20, noNaN: true }),
          unitVolumeCbm: fc.double({ min: 0, max: 0.2, noNaN: true }),
          sellingPrice: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }),
        }),
        fc.constantFrom(...modes),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        (line, mode, fxRate) => {
          const one = shipmentCost({ mode, fxRate, lines: [line] });
          const direct = landedCost({ ...line, mode, fxRate });
          expect(one.lines[0].components).toEqual(direct.components);
          expect(one.totalCents).toBe(direct.totalCents);
          expect([...one.warnings, ...one.lines[0].warnings]).toEqual(direct.warnings);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("lines add up to the shipment to the cent, and freight and customs to the shipment's charge", () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 5000 }),
      unitPrice: fc.double({ min: 0, max: 100, noNaN: true }),
      unitWeightKg: fc.double({ min: 0, max: 5, noNaN: true }),
      unitVolumeCbm: fc.double({ min: 0, max: 0.05, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<ShippingMode>("air", "express", "sea_lcl"),
        (lines, mode) => {
          const s = shipmentCost({ mode, lines });
          const cents = (k: string) =>
            s.lines.reduce((a, l) => a + l.components.find((c) => c.key === k)!.amountCents, 0);
          expect(s.lines.reduce((a, l) => a + l.totalCents, 0)).toBe(s.totalCents);
          expect(cents("freight")).toBe(Math.round(s.freightAmount * 100));
          expect(cents("customsFee")).toBe(Math.round(s.customsFee * 100));
          // one minimum for the whole shipment: never more than the lines would pay alone
          const alone = lines.reduce((a, l) => a + landedCost({ ...l, mode }).totalCents, 0);
          expect(s.totalCents).toBeLessThanOrEqual(alone + lines.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses a freight or customs rate on a line (it is the shipment's), naming the line", () => {
    expect(() =>
      shipmentCost({ mode: "air", lines: [gimbal(1), { ...gimbal(1), rates: { airRatePerKg: 9 } }] }),
    ).toThrow(/^lines\[1\]\.rates\.airRatePerKg: is billed per shipment/);
    expect(() => shipmentCost({ mode: "air", lines: [] })).toThrow(InputError);
    expect(() => shipmentCost({ mode: "air", lines: [{ ...gimbal(1), quantity: -1 }] })).toThrow(
      /^lines\[0\]\.quantity: /,
    );
    // a line's own selling rates are its own
    const s = shipmentCost({
      mode: "air",
      lines: [gimbal(10), { ...gimbal(10), rates: { commissionRate: 0.08 } }],
    });
    expect(s.lines.map((l) => amount(l, "commission"))).toEqual([119.99, 63.99]);
  });

  it("groups every component as cost to the warehouse, selling cost or contingency", () => {
    expect(COST_COMPONENT_KEYS.filter((k) => COST_GROUP[k] === "toWarehouse")).toEqual([
      "purchase",
      "paymentFee",
      "freight",
      "categorySurcharge",
      "insurance",
      "duty",
      "importVat",
      "customsFee",
    ]);
    expect(COST_GROUP.contingency).toBe("contingency");
    expect(COST_GROUP.commission).toBe("selling");
  });
});
