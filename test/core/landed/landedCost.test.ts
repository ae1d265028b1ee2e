import fc from "fast-check";
import {
  landedCost,
  COST_COMPONENT_KEYS,
  DEFAULT_RATES,
  InputError,
  OutOfRangeError,
  LandedCostInput,
  LandedCostResult,
  ShippingMode,
  CategoryFlag,
  refusingFlags,
} from "../../../src/core/index";

function amount(r: LandedCostResult, key: string): number {
  const c = r.components.find((x) => x.key === key);
  if (!c) throw new Error(`no component ${key}`);
  return c.amount;
}

const usSea: LandedCostInput = Object.freeze({
  quantity: 1000,
  unitPrice: 35,
  fxRate: 0.14,
  unitWeightKg: 0.4,
  unitVolumeCbm: 0.002,
  mode: "sea_lcl",
  sellingPrice: 19.99,
});

describe("landedCost", () => {
  it("US, sea LCL, default rates: worked by hand", () => {
    // purchase 35 × 1000 × 0.14 = 4900.00; payment fee 1 % = 49.00
    // freight: 2 CBM vs 0.4 t → 2 revenue tons × 90 = 180.00
    // insurance 0.3 % × 110 % × (4900 + 180) = 16.764 → 16.76
    // duty 5 % × FOB 4900 = 245.00; VAT 0 (US)
    // MPF 0.3464 % × 4900 = 16.97 < minimum → 32.71
    // FBA fulfilment 3.22 × 1000 = 3220.00
    // commission max(15 % × 19.99, 0.30) × 1000 = 2998.50; refund reserve 19.99 × 1000 × 5 % × 30 % = 299.85
    // subtotal 11941.82; contingency 10 % = 1194.182 → 1194.18; total 13136.00
    const r = landedCost(usSea);
    expect(amount(r, "purchase")).toBe(4900);
    expect(amount(r, "paymentFee")).toBe(49);
    expect(amount(r, "freight")).toBe(180);
    expect(amount(r, "insurance")).toBe(16.76);
    expect(amount(r, "duty")).toBe(245);
    expect(amount(r, "importVat")).toBe(0);
    expect(amount(r, "customsFee")).toBe(32.71);
    expect(amount(r, "fbaFulfilment")).toBe(3220);
    expect(amount(r, "commission")).toBe(2998.5);
    expect(amount(r, "refundReserve")).toBe(299.85);
    expect(amount(r, "contingency")).toBe(1194.18);
    expect(r.total).toBe(13136);
    expect(r.totalCents).toBe(1313600);
    expect(r.perUnit).toBeCloseTo(13.136, 12);
    expect(r.freight.revenueTons).toBe(2);
    // profit 19990 − 13136 = 6854; margin 6854 / 19990; ROI 6854 / 13136
    expect(r.profit).toBeCloseTo(6854, 9);
    expect(r.margin).toBeCloseTo(6854 / 19990, 12);
    expect(r.roi).toBeCloseTo(6854 / 13136, 12);
    expect(r.warnings).toEqual([]);
  });

  it("EU, air, battery, CIF duty and non-reclaimable VAT: worked by hand", () => {
    // purchase 10 × 100 = 1000.00; payment fee 10.00
    // air: 100 kg actual vs 1 CBM = 1 000 000 cm³ / 6000 = 166.67 kg → 166.666… × 4.5 = 750.00
    // battery surcharge on air 25 % = 187.50
    // insurance 0.0033 × (1000 + 750 + 187.5) = 6.39375 → 6.39; CIF = 1943.89375
    // duty 4 % × CIF = 77.75575 → 77.76; VAT 19 % × (1943.89375 + 77.75575) = 384.113405 → 384.11
    // subtotal 2415.76; contingency 12 % = 289.8912 → 289.89; total 2705.65
    const r = landedCost({
      quantity: 100,
      unitPrice: 10,
      unitWeightKg: 1,
      unitVolumeCbm: 0.01,
      mode: "air",
      categoryFlags: ["battery"],
      fba: false,
      rates: {
        dutyRate: 0.04,
        dutyBasis: "CIF",
        importVatRate: 0.19,
        importVatReclaimable: false,
        customsFeeRate: 0,
        customsFeeMin: 0,
        customsFeeMax: 0,
        contingencyRate: 0.12,
      },
    });
    expect(r.freight.chargeableWeightKg).toBeCloseTo(166.6666667, 6);
    expect(amount(r, "freight")).toBe(750);
    expect(amount(r, "categorySurcharge")).toBe(187.5);
    expect(amount(r, "insurance")).toBe(6.39);
    expect(r.cifValue).toBeCloseTo(1943.89375, 9);
    expect(amount(r, "duty")).toBe(77.76);
    expect(amount(r, "importVat")).toBe(384.11);
    expect(amount(r, "contingency")).toBe(289.89);
    expect(r.total).toBe(2705.65);
    expect(r.margin).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(["battery_goods", "no_selling_price"]);
  });

  it("says 退款准备金 in the no-selling-price warning, the term of the breakdown's row label", () => {
    // the LANDED_COST_BREAKDOWN row and the pane both call refundReserve 退款准备金
    const w = landedCost({ ...usSea, sellingPrice: null }).warnings.find(
      (x) => x.code === "no_selling_price",
    );
    expect(w?.messageZh).toBe("未填写售价：佣金、广告费、退款准备金、净利和 ROI 未计算。");
  });

  it("reclaimable import VAT is reported as cash, not cost", () => {
    const r = landedCost({
      ...usSea,
      rates: { importVatRate: 0.2, importVatReclaimable: true, dutyBasis: "CIF" },
    });
    expect(amount(r, "importVat")).toBe(0);
    // 20 % × (CIF + duty)
    expect(r.reclaimableVat).toBeCloseTo(0.2 * (r.cifValue + 0.05 * r.cifValue), 9);
  });

  it("bills the express minimum charge for a tiny parcel and warns", () => {
    // 0.5 kg × 6.5 = 3.25 < 25
    const r = landedCost({
      quantity: 1,
      unitPrice: 5,
      unitWeightKg: 0.5,
      unitVolumeCbm: 0.001,
      mode: "express",
      sellingPrice: 30,
    });
    expect(amount(r, "freight")).toBe(25);
    expect(r.warnings.map((w) => w.code)).toContain("min_charge_applied");
  });

  it("counts FCL containers by capacity", () => {
    // 10 000 × 0.006 = 60 CBM: one 40HQ (68) at 3700, or ⌈60 / 28⌉ = 3 × 20GP at 2500 = 7500
    const base = {
      quantity: 10000,
      unitPrice: 2,
      unitWeightKg: 0.2,
      unitVolumeCbm: 0.006,
      mode: "sea_fcl" as const,
      sellingPrice: 9,
    };
    const hq = landedCost(base);
    expect(hq.freight.containers).toBe(1);
    expect(amount(hq, "freight")).toBe(3700);
    expect(hq.freight.utilisation).toBeCloseTo(60 / 68, 12);
    const gp = landedCost({ ...base, containerType: "20GP" });
    expect(gp.freight.containers).toBe(3);
    expect(amount(gp, "freight")).toBe(7500);
  });

  it("warns when a container is less than half full", () => {
    const r = landedCost({
      quantity: 1000,
      unitPrice: 2,
      unitWeightKg: 0.2,
      unitVolumeCbm: 0.01,
      mode: "sea_fcl",
      sellingPrice: 9,
    });
    expect(r.warnings.map((w) => w.code)).toContain("fcl_low_utilisation");
  });

  it("warns that liquids are restricted on express, in English and Chinese", () => {
    const r = landedCost({ ...usSea, mode: "express", categoryFlags: ["liquid"] });
    const w = r.warnings.find((x) => x.code === "mode_restricted");
    expect(w?.message).toMatch(/Liquid goods are normally refused by express/);
    expect(w?.messageZh).toMatch(/液体产品通常不能走快递/);
  });

  it("says which modes refuse which special goods, in one rule", () => {
    // power banks (UN3480): air and express refuse them; batteries in equipment (UN3481) go anywhere
    expect(refusingFlags("air", ["standaloneBattery", "magnetic"])).toEqual(["standaloneBattery"]);
    expect(refusingFlags("express", ["standaloneBattery", "liquid"])).toEqual([
      "standaloneBattery",
      "liquid",
    ]);
    expect(refusingFlags("sea_lcl", ["standaloneBattery", "liquid"])).toEqual([]);
    expect(refusingFlags("air", ["battery", "liquid", "magnetic"])).toEqual([]);
    // a buyer's own rule overrides the default
    expect(
      refusingFlags("air", ["liquid"], { categoryRules: { liquid: { restrictedModes: ["air"] } } }),
    ).toEqual(["liquid"]);
    expect(() => refusingFlags("air", ["plutonium" as CategoryFlag])).toThrow(/^categoryFlags\[0\]: /);
    const r = landedCost({ ...usSea, mode: "air", categoryFlags: ["standaloneBattery"] });
    expect(r.warnings.find((x) => x.code === "mode_restricted")?.message).toMatch(
      /Standalone lithium battery \(UN3480\) goods are normally refused by air/,
    );
  });

  it("charges the commission minimum per unit", () => {
    // 15 % × 1.00 = 0.15 < 0.30 → 0.30 × 1000 = 300.00
    expect(amount(landedCost({ ...usSea, sellingPrice: 1 }), "commission")).toBe(300);
  });

  it("caps the customs fee at its maximum", () => {
    // 0.3464 % × 35 × 100000 × 0.14 = 1697.36 > 634.62
    expect(amount(landedCost({ ...usSea, quantity: 100000 }), "customsFee")).toBe(634.62);
  });

  it("adds FBA storage by month and the aged surcharge for leftover stock", () => {
    // 1000 × 0.002 CBM = 70.6293334 ft³; half on the shelf in Oct and Nov at 2.40: 35.3146667 × 4.8 = 169.51
    // leftover 200 units = 14.1258667 ft³ for Jan–Mar at 0.78 = 33.05; aged from age 150: 180 (no), 210, 240 → 2 × 0.5 × 14.1258667 = 14.13
    const r = landedCost({
      ...usSea,
      fbaStorageMonths: [10, 11],
      leftover: { units: 200, months: [1, 2, 3], ageDaysAtPromoEnd: 150 },
    });
    expect(amount(r, "fbaStorage")).toBe(202.56);
    expect(amount(r, "agedSurcharge")).toBe(14.13);
    expect(r.warnings.map((w) => w.code)).toContain("aged_inventory");
  });

  it("adds overseas-warehouse storage and handling when staged there", () => {
    // 2 CBM × 2 months × 15 = 60.00; 1000 × 0.50 = 500.00
    const r = landedCost({ ...usSea, overseasWarehouseMonths: 2 });
    expect(amount(r, "warehouseStorage")).toBe(60);
    expect(amount(r, "warehouseHandling")).toBe(500);
  });

  it("warns about a negative margin and a contingency below 10 %", () => {
    const r = landedCost({ ...usSea, sellingPrice: 5, rates: { contingencyRate: 0.05 } });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain("negative_margin");
    expect(codes).toContain("contingency_below_seed");
    expect(r.roi!).toBeLessThan(0);
  });

  it("components add up exactly to the total, with no NaN, for any valid input", () => {
    const modes: ShippingMode[] = ["express", "air", "sea_lcl", "sea_fcl"];
    const flags: CategoryFlag[] = ["battery", "standaloneBattery", "liquid", "magnetic"];
    fc.assert(
      fc.property(
        fc.record({
          quantity: fc.integer({ min: 1, max: 200000 }),
          unitPrice: fc.double({ min: 0, max: 5000, noNaN: true }),
          fxRate: fc.double({ min: 0.01, max: 10, noNaN: true }),
          unitWeightKg: fc.double({ min: 0, max: 50, noNaN: true }),
          unitVolumeCbm: fc.double({ min: 0, max: 0.5, noNaN: true }),
          mode: fc.constantFrom(...modes),
          categoryFlags: fc.subarray(flags),
          sellingPrice: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }),
          overseasWarehouseMonths: fc.integer({ min: 0, max: 6 }),
          fbaStorageMonths: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
          rates: fc.record({
            dutyRate: fc.double({ min: 0, max: 1, noNaN: true }),
            dutyBasis: fc.constantFrom("FOB" as const, "CIF" as const),
            importVatRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
            importVatReclaimable: fc.boolean(),
            contingencyRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
          }),
        }),
        (input) => {
          const r = landedCost(input);
          const sumCents = r.components.reduce((s, c) => s + c.amountCents, 0);
          expect(sumCents).toBe(r.totalCents);
          for (const c of r.components) {
            expect(Number.isInteger(c.amountCents)).toBe(true);
            expect(c.amountCents).toBeGreaterThanOrEqual(0);
            expect(c.amount).toBe(c.amountCents / 100);
          }
          expect(r.total).toBe(r.totalCents / 100);
          expect(Number.isNaN(r.perUnit)).toBe(false);
          expect(r.components.map((c) => c.key)).toEqual([...COST_COMPONENT_KEYS]);
        },
      ),
    );
  });

  it("costs more when freight rates rise", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (rate, extra) => {
          const lo = landedCost({ ...usSea, mode: "air", rates: { airRatePerKg: rate } });
          const hi = landedCost({ ...usSea, mode: "air", rates: { airRatePerKg: rate + extra } });
          expect(hi.totalCents).toBeGreaterThanOrEqual(lo.totalCents);
        },
      ),
    );
  });

  it("does not change the default rates object", () => {
    landedCost({ ...usSea, rates: { dutyRate: 0.3 } });
    expect(DEFAULT_RATES.dutyRate).toBe(0.05);
    expect(Object.isFrozen(DEFAULT_RATES)).toBe(true);
  });

  it("merges partial container and category-rule overrides per key", () => {
    // only the 20GP rate changes: 3 × 2000 = 6000; 40HQ keeps 3700
    const base = {
      quantity: 10000,
      unitPrice: 2,
      unitWeightKg: 0.2,
      unitVolumeCbm: 0.006,
      mode: "sea_fcl" as const,
      sellingPrice: 9,
    };
    const rates = { seaFclRatePerContainer: { "20GP": 2000 } } as never;
    expect(amount(landedCost({ ...base, containerType: "20GP", rates }), "freight")).toBe(6000);
    expect(amount(landedCost({ ...base, rates }), "freight")).toBe(3700);
    // battery air surcharge raised to 50 % on the EU example's 750.00 air freight: 375.00
    const air = {
      quantity: 100,
      unitPrice: 10,
      unitWeightKg: 1,
      unitVolumeCbm: 0.01,
      mode: "air" as const,
      categoryFlags: ["battery" as const],
    };
    const r = landedCost({
      ...air,
      rates: { categoryRules: { battery: { freightSurchargeRate: { air: 0.5 } } } } as never,
    });
    expect(amount(r, "categorySurcharge")).toBe(375);
    // liquid keeps its default rule (express restricted)
    const liquid = landedCost({
      ...air,
      mode: "express",
      categoryFlags: ["liquid"],
      rates: { categoryRules: { battery: { restrictedModes: ["air"] } } } as never,
    });
    expect(liquid.warnings.map((w) => w.code)).toContain("mode_restricted");
  });

  it("rejects a negative category surcharge and an unknown restricted mode", () => {
    expect(() =>
      landedCost({
        ...usSea,
        rates: { categoryRules: { magnetic: { freightSurchargeRate: { air: -1 } } } } as never,
      }),
    ).toThrow(/^rates.categoryRules.magnetic.freightSurchargeRate.air: /);
    expect(() =>
      landedCost({
        ...usSea,
        rates: { categoryRules: { liquid: { restrictedModes: ["rocket"] } } } as never,
      }),
    ).toThrow(/^rates.categoryRules.liquid.restrictedModes\[0\]: /);
  });

  it("rejects quantity 0", () => {
    expect(() => landedCost({ ...usSea, quantity: 0 })).toThrow(OutOfRangeError);
    expect(() => landedCost({ ...usSea, quantity: 0 })).toThrow(/^quantity: /);
  });

  it("rejects a negative unit price", () => {
    expect(() => landedCost({ ...usSea, unitPrice: -1 })).toThrow(/^unitPrice: /);
  });

  it("rejects an FX rate of 0", () => {
    expect(() => landedCost({ ...usSea, fxRate: 0 })).toThrow(/^fxRate: /);
  });

  it("rejects NaN weight and negative volume", () => {
    expect(() => landedCost({ ...usSea, unitWeightKg: NaN })).toThrow(InputError);
    expect(() => landedCost({ ...usSea, unitVolumeCbm: -0.1 })).toThrow(/^unitVolumeCbm: /);
  });

  it("rejects an unknown mode", () => {
    expect(() => landedCost({ ...usSea, mode: "rail" as ShippingMode })).toThrow(
      /^mode: must be one of express, air, sea_lcl, sea_fcl/,
    );
  });

  it("rejects an unknown container type", () => {
    expect(() => landedCost({ ...usSea, mode: "sea_fcl", containerType: "45HC" as never })).toThrow(
      /^containerType: /,
    );
  });

  it("rejects an unknown category flag, naming its index", () => {
    expect(() => landedCost({ ...usSea, categoryFlags: ["battery", "powder" as CategoryFlag] })).toThrow(
      /^categoryFlags\[1\]: /,
    );
  });

  it("rejects a rate above 1 and an unknown duty basis", () => {
    expect(() => landedCost({ ...usSea, rates: { dutyRate: 1.5 } })).toThrow(/^rates.dutyRate: /);
    expect(() => landedCost({ ...usSea, rates: { dutyBasis: "DDP" as never } })).toThrow(
      /^rates.dutyBasis: /,
    );
  });

  it("rejects a customs-fee minimum above its maximum", () => {
    expect(() => landedCost({ ...usSea, rates: { customsFeeMin: 700 } })).toThrow(/^rates.customsFeeMin: /);
  });

  it("rejects a calendar month 13", () => {
    expect(() => landedCost({ ...usSea, fbaStorageMonths: [12, 13] })).toThrow(/^fbaStorageMonths\[1\]: /);
    expect(() => landedCost({ ...usSea, leftover: { units: 1, months: [0], ageDaysAtPromoEnd: 0 } })).toThrow(
      /^leftover.months\[0\]: /,
    );
  });

  it("rejects negative leftover units", () => {
    expect(() =>
      landedCost({ ...usSea, leftover: { units: -1, months: [1], ageDaysAtPromoEnd: 0 } }),
    ).toThrow(/^leftover.units: /);
  });

  it("rejects a NaN selling price", () => {
    expect(() => landedCost({ ...usSea, sellingPrice: NaN })).toThrow(/^sellingPrice: /);
  });
});
