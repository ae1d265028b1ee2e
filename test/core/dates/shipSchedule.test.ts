import fc from "fast-check";
import {
  shipSchedule,
  shipByDate,
  purchaseOrderDate,
  daysBetween,
  DEFAULT_TRANSIT_DAYS,
  DEFAULT_BUFFER_DAYS,
  InputError,
  OutOfRangeError,
  ShipScheduleInput,
  ShippingMode,
} from "../../../src/core/index";

const bfcm: ShipScheduleInput = Object.freeze({
  promoStart: "2025-11-28",
  promoEnd: "2025-12-01",
  inboundCutoff: "2025-11-07",
  today: "2025-08-01",
  supplierLeadTimeDays: 25,
});

describe("shipByDate", () => {
  it("is cutoff − transit − buffer: sea LCL 40 + 7 days before 2025-11-07 is 2025-09-21 (hand)", () => {
    expect(DEFAULT_TRANSIT_DAYS.sea_lcl).toBe(40);
    expect(DEFAULT_BUFFER_DAYS).toBe(7);
    expect(shipByDate({ inboundCutoff: "2025-11-07", mode: "sea_lcl" })).toBe("2025-09-21");
  });

  it("uses given transit and buffer days", () => {
    // 2025-11-07 − 12 − 3 = 2025-10-23
    expect(shipByDate({ inboundCutoff: "2025-11-07", mode: "air", transitDays: 12, bufferDays: 3 })).toBe(
      "2025-10-23",
    );
  });

  it("rejects negative transit days", () => {
    expect(() => shipByDate({ inboundCutoff: "2025-11-07", mode: "air", transitDays: -1 })).toThrow(
      OutOfRangeError,
    );
  });

  it("rejects an unknown mode", () => {
    expect(() => shipByDate({ inboundCutoff: "2025-11-07", mode: "train" as ShippingMode })).toThrow(
      /^mode: /,
    );
  });
});

describe("purchaseOrderDate", () => {
  it("skips factory holidays: 20 working days before 2026-02-25 around Chinese New Year", () => {
    // closed 15–17 Feb 2026: 20 working days span 23 calendar days → 2026-02-02 (hand)
    expect(
      purchaseOrderDate({
        readyDate: "2026-02-25",
        supplierLeadTimeDays: 20,
        holidays: ["2026-02-15", "2026-02-16", "2026-02-17"],
      }),
    ).toBe("2026-02-02");
    expect(purchaseOrderDate({ readyDate: "2026-02-25", supplierLeadTimeDays: 20 })).toBe("2026-02-05");
  });

  it("ignores holidays outside the production window", () => {
    expect(
      purchaseOrderDate({ readyDate: "2026-02-25", supplierLeadTimeDays: 5, holidays: ["2026-01-01"] }),
    ).toBe("2026-02-20");
  });

  it("rejects a fractional lead time", () => {
    expect(() => purchaseOrderDate({ readyDate: "2026-02-25", supplierLeadTimeDays: 2.5 })).toThrow(
      /^supplierLeadTimeDays: /,
    );
  });

  it("rejects a malformed holiday, naming its index", () => {
    expect(() =>
      purchaseOrderDate({
        readyDate: "2026-02-25",
        supplierLeadTimeDays: 5,
        holidays: ["2026-02-15", "15/02/2026"],
      }),
    ).toThrow(/^holidays\[1\]: /);
  });
});

describe("shipSchedule", () => {
  it("plans every mode from the cutoff (BFCM 2025, worked by hand)", () => {
    // ship-by = 2025-11-07 − (transit + 7); PO = ship-by − 25
    const s = shipSchedule(bfcm);
    const byMode = Object.fromEntries(s.modes.map((m) => [m.mode, m]));
    expect(byMode.sea_fcl.shipByDate).toBe("2025-09-26");
    expect(byMode.sea_fcl.purchaseOrderDate).toBe("2025-09-01");
    expect(byMode.sea_lcl.shipByDate).toBe("2025-09-21");
    expect(byMode.sea_lcl.purchaseOrderDate).toBe("2025-08-27");
    expect(byMode.air.shipByDate).toBe("2025-10-21");
    expect(byMode.express.purchaseOrderDate).toBe("2025-10-01");
    expect(byMode.sea_lcl.daysLeftToOrder).toBe(26);
    // 2025-08-01 → 2025-11-07: 31 + 30 + 31 + 6 = 98 days; → 2025-11-28: 119
    expect(s.daysToCutoff).toBe(98);
    expect(s.daysToPromo).toBe(119);
    expect(s.warnings).toEqual([]);
    expect(s.slowestFeasibleMode).toBe("sea_fcl");
  });

  it("warns when a purchase-order date has passed and falls back to a faster mode", () => {
    const s = shipSchedule({ ...bfcm, today: "2025-09-02" });
    expect(s.warnings.map((w) => [w.code, w.mode])).toEqual([
      ["order_by_passed", "sea_lcl"],
      ["order_by_passed", "sea_fcl"],
    ]);
    expect(s.slowestFeasibleMode).toBe("air");
  });

  it("names the mode in Chinese in the Chinese warnings (no mode codes like sea_lcl)", () => {
    // PO dates from the schedule above: sea_lcl 2025-08-27, sea_fcl 2025-09-01 (today 2025-09-02)
    const late = shipSchedule({ ...bfcm, today: "2025-09-02" }).warnings.map((w) => w.messageZh);
    expect(late).toEqual([
      "海运拼箱的最晚下单日（2025-08-27）已过：需要供应商在 25 天内交货。",
      "海运整柜的最晚下单日（2025-09-01）已过：需要供应商在 25 天内交货。",
    ]);
    const passed = shipSchedule({ ...bfcm, today: "2025-10-15" }).warnings.filter(
      (w) => w.code === "ship_by_passed",
    );
    expect(passed.map((w) => w.messageZh)).toEqual([
      "海运拼箱的最晚发货日（2025-09-21）已过。",
      "海运整柜的最晚发货日（2025-09-26）已过。",
    ]);
  });

  it("warns when the 30-day first-leg rule is broken and ship-by dates have passed", () => {
    const s = shipSchedule({ ...bfcm, today: "2025-10-15" });
    const codes = s.warnings.map((w) => w.code);
    expect(codes[0]).toBe("first_leg_rule");
    expect(s.warnings[0].messageZh).toMatch(/头程应至少提前 30 天规划/);
    expect(codes.filter((c) => c === "ship_by_passed")).toHaveLength(2);
    expect(s.slowestFeasibleMode).toBeNull();
  });

  it("warns when the cutoff has passed, and when the promo has started", () => {
    expect(shipSchedule({ ...bfcm, today: "2025-11-10" }).warnings[0].code).toBe("cutoff_passed");
    expect(shipSchedule({ ...bfcm, today: "2025-11-29" }).warnings[0].code).toBe("promo_started");
  });

  it("assumes a cutoff 21 days before the promo when none is given (the promo calendar's rule), and says so", () => {
    const s = shipSchedule({ ...bfcm, inboundCutoff: null });
    expect(s.inboundCutoff).toBe("2025-11-07"); // 2025-11-28 − 21 days
    expect(s.warnings[0].message).toContain("assumed 21 days before the promo");
    expect(s.warnings[0].code).toBe("cutoff_assumed");
  });

  it("plans only the requested modes, in order, with their own transit days", () => {
    const s = shipSchedule({ ...bfcm, modes: ["air", "sea_lcl"], transitDays: { air: 3 } });
    expect(s.modes.map((m) => m.mode)).toEqual(["air", "sea_lcl"]);
    expect(s.modes[0].shipByDate).toBe("2025-10-28"); // 2025-11-07 − 3 − 7
  });

  it("keeps PO ≤ ship-by ≤ cutoff, and faster modes ship later, for any dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: -100, max: 300 }),
        (cutoffBefore, lead, buffer, todayOffset) => {
          const promoStart = "2026-07-08";
          const inboundCutoff = new Date(Date.UTC(2026, 6, 8 - cutoffBefore)).toISOString().slice(0, 10);
          const today = new Date(Date.UTC(2026, 6, 8 - todayOffset)).toISOString().slice(0, 10);
          const s = shipSchedule({
            promoStart,
            promoEnd: "2026-07-11",
            inboundCutoff,
            today,
            supplierLeadTimeDays: lead,
            bufferDays: buffer,
          });
          for (const m of s.modes) {
            expect(daysBetween(m.purchaseOrderDate, m.shipByDate)).toBe(lead);
            expect(daysBetween(m.shipByDate, inboundCutoff)).toBe(m.transitDays + buffer);
            expect(m.daysLeftToShip).toBe(daysBetween(today, m.shipByDate));
            expect(m.feasible).toBe(m.daysLeftToOrder >= 0);
          }
          const ship = Object.fromEntries(s.modes.map((m) => [m.mode, m.shipByDate]));
          expect(ship.express >= ship.air && ship.air >= ship.sea_lcl).toBe(true);
        },
      ),
    );
  });

  it("rejects a promo that ends before it starts", () => {
    expect(() => shipSchedule({ ...bfcm, promoEnd: "2025-11-27" })).toThrow(
      /^promoEnd: is before promoStart/,
    );
  });

  it("rejects an inbound cutoff after the promo start", () => {
    expect(() => shipSchedule({ ...bfcm, inboundCutoff: "2025-11-29" })).toThrow(
      /^inboundCutoff: is after promoStart/,
    );
  });

  it("rejects an impossible date", () => {
    expect(() => shipSchedule({ ...bfcm, today: "2025-02-30" })).toThrow(InputError);
    expect(() => shipSchedule({ ...bfcm, today: "2025-02-30" })).toThrow(/^today: /);
  });

  it("rejects a negative supplier lead time", () => {
    expect(() => shipSchedule({ ...bfcm, supplierLeadTimeDays: -3 })).toThrow(OutOfRangeError);
  });

  it("rejects an empty or unknown mode list", () => {
    expect(() => shipSchedule({ ...bfcm, modes: [] })).toThrow(/^modes: /);
    expect(() => shipSchedule({ ...bfcm, modes: ["air", "boat" as ShippingMode] })).toThrow(/^modes\[1\]: /);
  });

  it("rejects negative transit days for a mode", () => {
    expect(() => shipSchedule({ ...bfcm, transitDays: { sea_fcl: -1 } })).toThrow(/^transitDays.sea_fcl: /);
  });
});
