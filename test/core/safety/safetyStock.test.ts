import fc from "fast-check";
import {
  safetyStock,
  normalLoss,
  DEFAULT_SAFETY_STOCK_RATE,
  InputError,
  OutOfRangeError,
  InsufficientDataError,
  SafetyStockInput,
} from "../../../src/core/index";

const statistical = Object.freeze({
  method: "statistical" as const,
  meanDailyDemand: 20,
  dailyDemandStdDev: 6,
  leadTimeDays: 30,
  leadTimeStdDevDays: 5,
  serviceLevel: 0.95,
});

describe("safetyStock", () => {
  it("percent: 15 % of the cover-window forecast by default (seed: 10–20 %)", () => {
    expect(DEFAULT_SAFETY_STOCK_RATE).toBe(0.15);
    const r = safetyStock({ method: "percent", forecastUnits: 1000 });
    expect(r.units).toBeCloseTo(150, 10);
    expect(r.z).toBeNull();
    expect(safetyStock({ method: "percent", forecastUnits: 1000, safetyStockRate: 0.2 }).units).toBeCloseTo(
      200,
      10,
    );
  });

  it("statistical: z·√(L·σd² + d̄²·σL²) worked by hand", () => {
    // σ = √(30·6² + 20²·5²) = √11080 = 105.26157893552615; z = qnorm(0.95) = 1.6448536269514722
    // SS = 173.13988989… (hand, R: qnorm(0.95) * sqrt(11080) = 173.1399)
    const r = safetyStock(statistical);
    expect(r.demandStdDevUnits).toBeCloseTo(105.26157893552615, 10);
    expect(r.z).toBeCloseTo(1.6448536269514722, 12);
    expect(r.units).toBeCloseTo(173.1398899, 6);
    expect(r.expectedDemandUnits).toBe(600);
  });

  it("statistical: the review period adds demand risk, not lead-time risk", () => {
    // L + R = 37, σL = 0: σ = 6·√37 = 36.49657518178932; × 1.6448536269514722 = 60.0315…
    const r = safetyStock({ ...statistical, leadTimeStdDevDays: 0, reviewPeriodDays: 7 });
    expect(r.riskPeriodDays).toBe(37);
    expect(r.units).toBeCloseTo(6 * Math.sqrt(37) * 1.6448536269514722, 9);
  });

  it("statistical: a service level below 50 % gives 0 units, not negative stock", () => {
    const r = safetyStock({ ...statistical, serviceLevel: 0.3 });
    expect(r.z).toBeLessThan(0);
    expect(r.units).toBe(0);
  });

  it("fillRate: expected shortage σ·G(z) equals (1 − β)·Q", () => {
    const r = safetyStock({
      method: "fillRate",
      meanDailyDemand: 20,
      dailyDemandStdDev: 6,
      leadTimeDays: 30,
      fillRate: 0.99,
      orderQuantity: 600,
    });
    // σ = 6√30 = 32.863353450309965; (1 − 0.99)·600 = 6 units short per cycle
    expect(r.demandStdDevUnits! * normalLoss(r.z!)).toBeCloseTo(6, 9);
    expect(r.units).toBeCloseTo(r.z! * 32.863353450309965, 9);
  });

  it("fillRate: no demand variability needs no safety stock", () => {
    const r = safetyStock({
      method: "fillRate",
      meanDailyDemand: 5,
      dailyDemandStdDev: 0,
      leadTimeDays: 10,
      fillRate: 0.99,
      orderQuantity: 50,
    });
    expect(r.units).toBe(0);
  });

  it("empirical: quantile of lead-time demand minus its mean, worked by hand", () => {
    // history 1..12, L = 2: window sums 3, 5, …, 23 (11 windows), mean 13,
    // type-7 quantile at 0.9: h = 10 × 0.9 = 9 → 21 (R: quantile(seq(3, 23, 2), 0.9) = 21) → SS = 8
    const history = Array.from({ length: 12 }, (_, i) => i + 1);
    const r = safetyStock({ method: "empirical", history, leadTimeDays: 2, serviceLevel: 0.9 });
    expect(r.units).toBeCloseTo(8, 12);
    expect(r.expectedDemandUnits).toBeCloseTo(13, 12);
  });

  it("empirical: a blank day breaks the windows; too few windows is #N/A", () => {
    const history: (number | null)[] = Array.from({ length: 12 }, (_, i) => i + 1);
    history[5] = null; // runs 1–5 and 7–12 give 4 + 5 = 9 windows of 2 days
    expect(() => safetyStock({ method: "empirical", history, leadTimeDays: 2, serviceLevel: 0.9 })).toThrow(
      InsufficientDataError,
    );
  });

  it("burst buffer: fixed units plus a share of expected demand, reported apart", () => {
    // 50 + 0.3 × 1000 = 350 on top of 150
    const r = safetyStock({
      method: "percent",
      forecastUnits: 1000,
      burstBufferUnits: 50,
      burstBufferRate: 0.3,
    });
    expect(r.baseUnits).toBeCloseTo(150, 10);
    expect(r.burstUnits).toBeCloseTo(350, 10);
    expect(r.units).toBeCloseTo(500, 10);
  });

  it("more service level never means less stock", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, b, d, sd, lead) => {
          fc.pre(a < b);
          const base = {
            method: "statistical" as const,
            meanDailyDemand: d,
            dailyDemandStdDev: sd,
            leadTimeDays: lead,
            leadTimeStdDevDays: 3,
          };
          const lo = safetyStock({ ...base, serviceLevel: a }).units;
          const hi = safetyStock({ ...base, serviceLevel: b }).units;
          expect(hi).toBeGreaterThanOrEqual(lo);
          expect(Number.isNaN(lo) || Number.isNaN(hi)).toBe(false);
        },
      ),
    );
  });

  it("more fill rate never means less stock", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.995, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (beta, sd) => {
          const base = {
            method: "fillRate" as const,
            meanDailyDemand: 30,
            dailyDemandStdDev: sd,
            leadTimeDays: 20,
            orderQuantity: 900,
          };
          const lo = safetyStock({ ...base, fillRate: beta }).units;
          const hi = safetyStock({ ...base, fillRate: beta + (1 - beta) / 2 }).units;
          expect(hi).toBeGreaterThanOrEqual(lo);
        },
      ),
    );
  });

  it("empirical: more service level never means less stock", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 50 })), {
          minLength: 40,
          maxLength: 120,
        }),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        (history, a) => {
          const base = { method: "empirical" as const, history, leadTimeDays: 5 };
          expect(safetyStock({ ...base, serviceLevel: a + 0.09 }).units).toBeGreaterThanOrEqual(
            safetyStock({ ...base, serviceLevel: a }).units,
          );
        },
      ),
    );
  });

  it("gives a finite, non-negative result for any valid input of every method", () => {
    const demand = {
      meanDailyDemand: fc.double({ min: 0, max: 1e4, noNaN: true }),
      dailyDemandStdDev: fc.double({ min: 0, max: 1e3, noNaN: true }),
      leadTimeDays: fc.double({ min: 0, max: 365, noNaN: true }),
      leadTimeStdDevDays: fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null }),
      reviewPeriodDays: fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined }),
      burstBufferRate: fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: null }),
    };
    const input = fc.oneof(
      fc.record({
        method: fc.constant("percent" as const),
        forecastUnits: fc.double({ min: 0, max: 1e6, noNaN: true }),
        safetyStockRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      }),
      fc.record({
        method: fc.constant("statistical" as const),
        ...demand,
        serviceLevel: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      }),
      fc.record({
        method: fc.constant("fillRate" as const),
        ...demand,
        fillRate: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        orderQuantity: fc.double({ min: 1, max: 1e5, noNaN: true }),
      }),
      fc.record({
        method: fc.constant("empirical" as const),
        history: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 20 }), {
          minLength: 60,
          maxLength: 200,
        }),
        leadTimeDays: fc.integer({ min: 0, max: 14 }),
        serviceLevel: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(input, (i) => {
        let r;
        try {
          r = safetyStock(i as SafetyStockInput);
        } catch (e) {
          // the only acceptable failures: too few empirical windows, or a fill rate beyond z = 8
          expect(
            e instanceof InsufficientDataError || (e instanceof OutOfRangeError && /above 8/.test(String(e))),
          ).toBe(true);
          return;
        }
        expect(Number.isFinite(r.units)).toBe(true);
        expect(r.units).toBeGreaterThanOrEqual(0);
        expect(r.units).toBeCloseTo(r.baseUnits + r.burstUnits, 6);
      }),
    );
  });

  it("rejects an unknown method", () => {
    expect(() => safetyStock({ method: "magic" } as unknown as SafetyStockInput)).toThrow(/^method: /);
  });

  it("rejects a negative forecast", () => {
    expect(() => safetyStock({ method: "percent", forecastUnits: -1 })).toThrow(OutOfRangeError);
  });

  it("rejects a safetyStockRate above 1", () => {
    expect(() => safetyStock({ method: "percent", forecastUnits: 10, safetyStockRate: 15 })).toThrow(
      /^safetyStockRate: /,
    );
  });

  it("rejects a service level of 1 or 0 as out of range", () => {
    expect(() => safetyStock({ ...statistical, serviceLevel: 1 })).toThrow(OutOfRangeError);
    expect(() => safetyStock({ ...statistical, serviceLevel: 0 })).toThrow(/^serviceLevel: /);
  });

  it("rejects NaN lead time", () => {
    expect(() => safetyStock({ ...statistical, leadTimeDays: NaN })).toThrow(InputError);
    expect(() => safetyStock({ ...statistical, leadTimeDays: NaN })).toThrow(/^leadTimeDays: /);
  });

  it("rejects a negative lead-time standard deviation", () => {
    expect(() => safetyStock({ ...statistical, leadTimeStdDevDays: -1 })).toThrow(/^leadTimeStdDevDays: /);
  });

  it("rejects a negative demand standard deviation", () => {
    expect(() => safetyStock({ ...statistical, dailyDemandStdDev: -1 })).toThrow(/^dailyDemandStdDev: /);
  });

  it("rejects a negative burst buffer", () => {
    expect(() => safetyStock({ method: "percent", forecastUnits: 10, burstBufferUnits: -5 })).toThrow(
      /^burstBufferUnits: /,
    );
    expect(() => safetyStock({ method: "percent", forecastUnits: 10, burstBufferRate: -0.1 })).toThrow(
      /^burstBufferRate: /,
    );
  });

  it("rejects a fill-rate order quantity of 0", () => {
    expect(() =>
      safetyStock({
        method: "fillRate",
        meanDailyDemand: 1,
        dailyDemandStdDev: 1,
        leadTimeDays: 1,
        fillRate: 0.9,
        orderQuantity: 0,
      }),
    ).toThrow(/^orderQuantity: /);
  });

  it("rejects empirical censored flags of another length and negative history", () => {
    const history = Array.from({ length: 30 }, () => 1);
    expect(() =>
      safetyStock({ method: "empirical", history, censored: [true], leadTimeDays: 2, serviceLevel: 0.9 }),
    ).toThrow(/^censored: /);
    expect(() =>
      safetyStock({ method: "empirical", history: [...history, -1], leadTimeDays: 2, serviceLevel: 0.9 }),
    ).toThrow(/^history\[30\]: /);
  });

  it("rejects an input that is not an object", () => {
    expect(() => safetyStock(null as unknown as SafetyStockInput)).toThrow(/^input: /);
  });
});
