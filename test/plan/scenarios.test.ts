/**
 * The README's "How the plan decides", worked by hand. Every scenario: constant 50 a day (no
 * promo history, so no lift), no growth, the same discount as last year, BFCM 2025-11-28…12-01
 * (4 days), inbound cutoff 7 days before it (2025-11-21), check-in buffer 7, cover 14 days after
 * the promo, lead time 15, sea 35 / air 10 / express 5 days, case pack 10, safety stock 15 % of
 * promo demand (4 × 50 × 15 % = 30). A PO placed on the plan date P is sellable at the earliest
 * P + 15 + transit + 7: express P+27, air P+32, sea P+57.
 */
import { addDays, excelSerialToIso as iso } from "../../src/core";
import { landedCostCell } from "../../src/functions/functions";
import { planFigures } from "../../src/plan/engine";
import type { SkuPlan } from "../../src/plan/engine";
import { planText as planT } from "../../src/plan/i18n";
import { warningText } from "../../src/plan/sheets/warningText";
import { scenario } from "./scenarioFixtures";

const plan = (...a: Parameters<typeof scenario>): SkuPlan => planFigures(scenario(...a)).skus[0];
const units = (p: SkuPlan) => Object.fromEntries(p.batches.map((b) => [b.mode, b.units]));
const arrivals = (p: SkuPlan) =>
  Object.fromEntries(p.batches.map((b) => [b.mode, b.arrivalDate && iso(b.arrivalDate)]));

/**
 * Stock at the end of each day with the plan's batches arriving on their dates. Before `from`
 * unmet demand is lost (floored at 0); from `from` on it is not floored, so a day the plan does not
 * cover shows as negative stock.
 */
function projection(p: SkuPlan, planDate: number, from: number): number[] {
  const add = new Map<number, number>();
  for (const b of p.batches) if (b.arrivalDate !== null) add.set(b.arrivalDate - planDate, b.units);
  let s = p.facts.onHand;
  return p.demand.map((d, i) => {
    s = s + (add.get(i) ?? 0) - d;
    if (i < from) s = Math.max(0, s);
    return s;
  });
}

describe("worked scenario: 73 days before the promo, 320 on hand", () => {
  // P = 2025-09-16; cutoff P+66; promo P+73…P+76; cover to P+90: 91 days × 50 = 4,550
  const fig = planFigures(scenario(73));
  const p = fig.skus[0];

  it("counts demand from the plan date, not from the promo start", () => {
    expect(iso(fig.planDate)).toBe("2025-09-16");
    expect(p.horizonDemand).toBeCloseTo(4550, 6);
    expect(p.promoDemand).toBeCloseTo(200, 6);
  });

  it("shows the stock-out before any order can arrive: 320 last 6.4 days, the first arrival is P+27", () => {
    // P…P+5 sell 300; P+6 has 20 for 50 → runs out 2025-09-22, 30 short; P+7…P+26: 20 × 50 = 1,000
    expect(iso(p.stockOutDate!)).toBe("2025-09-22");
    expect(p.unitsShort).toBeCloseTo(1030, 6);
  });

  it("covers every day from the first arrival through the cover period: no stock-out day after P+27", () => {
    const stock = projection(p, fig.planDate, 27);
    expect(stock[26]).toBe(0); // sold out the day before the express batch lands
    expect(Math.min(...stock.slice(27))).toBeGreaterThan(-1e-6);
    // and one unit less by sea would leave a day short before the end of the cover period
    const less = {
      ...p,
      batches: p.batches.map((b) => (b.mode === "sea" ? { ...b, units: b.units - 31 } : b)),
    };
    expect(Math.min(...projection(less, fig.planDate, 27).slice(27))).toBeLessThan(0);
    // ordered = demand P+27…P+90 (64 × 50 = 3,200) + safety stock 30; the 30 are left at the end
    expect(p.orderQty).toBe(3230);
    expect(stock[stock.length - 1]).toBeCloseTo(30, 6);
  });

  it("lets sea carry only what can wait for it; air and express carry what is needed earlier", () => {
    // express: P+27…31 (5 × 50); air: P+32…56 (25 × 50); sea: P+57…90 (34 × 50) + 30
    expect(units(p)).toEqual({ sea: 1730, air: 1250, express: 250 });
    expect(arrivals(p)).toEqual({ sea: "2025-11-12", air: "2025-10-18", express: "2025-10-13" });
    // every PO is today: arrival − 7 − transit − 15
    expect(p.batches.map((b) => iso(b.poDate!))).toEqual(["2025-09-16", "2025-09-16", "2025-09-16"]);
    // sea arrives before the cutoff (2025-11-21)
    expect(p.batches[0].arrivalDate!).toBeLessThanOrEqual(fig.cutoff);
    // whole cartons of 10, CBM 10 × 10 × 2 cm = 0.0002 per unit
    expect(p.batches.map((b) => b.cartons)).toEqual([173, 125, 25]);
    expect(p.batches[0].cbm).toBeCloseTo(0.346, 12);
    expect(p.warnings.map((w) => w.code)).toEqual(["stockOutBeforeArrival"]);
  });
});

describe("worked scenario: the same SKU 40 days before the promo", () => {
  // P = 2025-10-19; cutoff P+33; promo P+40…43; cover to P+57: 58 days
  const fig = planFigures(scenario(40));
  const p = fig.skus[0];

  it("drops sea (its PO date has passed) and moves the volume to air, with a warning", () => {
    // sea's latest PO = cutoff − 7 − 35 − 15 = 2025-09-25, before the plan date
    expect(p.modes.find((m) => m.mode === "sea")).toMatchObject({ feasible: false });
    expect(iso(p.modes[0].latestPoDate)).toBe("2025-09-25");
    // express P+27…31 = 250; air P+32 and P+33…57 (needed by the cutoff) = 26 × 50 + 30 = 1,330
    expect(units(p)).toEqual({ sea: 0, air: 1330, express: 250 });
    expect(arrivals(p)).toEqual({ sea: null, air: "2025-11-20", express: "2025-11-15" });
    expect(p.warnings).toContainEqual({
      code: "modeInfeasible",
      sku: "CASE",
      vars: { mode: "sea", date: fig.cutoff - 57 },
    });
    expect(iso(p.stockOutDate!)).toBe("2025-10-25");
  });
});

describe("worked scenario: a SKU already out of stock", () => {
  it("runs out on the plan date; the order is the same as with 320 (they sell before any arrival)", () => {
    const p = plan(73, { onHand: 0 });
    expect(iso(p.stockOutDate!)).toBe("2025-09-16");
    expect(p.unitsShort).toBeCloseTo(27 * 50, 6); // P…P+26
    expect(units(p)).toEqual({ sea: 1730, air: 1250, express: 250 });
  });
});

describe("worked scenario: on order arriving after the cutoff", () => {
  it("counts the 500 on order on their date (2025-12-02), not before, and warns", () => {
    const p = plan(73, { onOrder: 500, onOrderDate: "2025-12-02" });
    // P+77: the 500 cover P+77…86 (10 × 50); P+87…90 (200) are needed by the cutoff → sea
    // sea = P+57…76 (20 × 50) + 200 + 30 = 1,230; air and express unchanged
    expect(units(p)).toEqual({ sea: 1230, air: 1250, express: 250 });
    expect(p.orderQty).toBe(3230 - 500);
    expect(p.warnings).toContainEqual({
      code: "onOrderAfterCutoff",
      sku: "CASE",
      vars: { date: fig73().promoEnd + 1, units: 500 },
    });
  });
});
const fig73 = () => planFigures(scenario(73));

describe("worked scenario: MOQ larger than the need", () => {
  it("tops the cheapest feasible mode up to the MOQ and says how many extra units that is", () => {
    // 4,300 on hand last P…P+85 (86 × 50); P+86…90 need 250 by the cutoff + 30 safety → sea 280
    const p = plan(73, { onHand: 4300, moq: 1000 });
    expect(p.stockOutDate).toBeNull();
    expect(p.netRequirement).toBeCloseTo(280, 6);
    expect(units(p)).toEqual({ sea: 1000, air: 0, express: 0 });
    expect(p.warnings).toContainEqual({ code: "moqAboveNeed", sku: "CASE", vars: { moq: 1000, units: 720 } });
  });
});

describe("worked scenario: a battery SKU by air", () => {
  // 40 days before: sea is out; 1,600 on hand last until the air batch arrives (P…P+31)
  const p = plan(40, { onHand: 1600, battery: true });

  it("ships it all by air (the cheapest feasible mode for every need) with the battery surcharge", () => {
    // needs: P+32 and P+33…57 by the cutoff = 26 × 50 + 30 = 1,330
    expect(units(p)).toEqual({ sea: 0, air: 1330, express: 0 });
    // air: 1,330 × 0.1 kg = 133 kg (> 1,330 × 200 cm³ / 6,000 = 44.3) × 4.5 = 598.50;
    // the core's battery premium by air is 25 %: 149.625 → 149.63
    expect(p.cost.components.freight).toBeCloseTo(598.5, 9);
    expect(p.cost.components.categorySurcharge).toBeCloseTo(149.63, 9);
  });

  it("costs exactly what STOCKUP.LANDED_COST gives for the same inputs, per unit", () => {
    // average price: 200 promo units at 12 (15 − 20 %) and 2,700 at 15 over 2,900 → 14.7931…
    expect(p.avgPrice).toBeCloseTo(42900 / 2900, 12);
    const rates = [
      ["air_rate_per_kg", 4.5],
      ["air_volumetric_divisor", 6000],
      ["commission_rate", 0.15],
      ["fba_fulfilment_fee_per_unit", 3],
      ["return_rate", 0.05],
      ["contingency_rate", 0.1],
      ["import_vat_rate", 0],
      ["fx_rate", 1],
      ["selling_price", p.avgPrice],
      ["category", "battery"],
      // sellable 2025-11-20 (P+32), on the FBA shelf through the promo end (12-01): November and
      // December, each at its average daily units (see the storage test below)
      ["fba_storage_months", "11,12"],
      ["fba_stored_share", `${11330 / 39900},${6180 / 41230}`],
    ];
    const fn = landedCostCell(2, 1330, "air", 0.1, 0.0002, 0.05, rates);
    expect(p.landedPerUnit).toBeCloseTo(fn / 1330, 12);
    expect(p.cost.total).toBeCloseTo(fn, 9);
  });

  it("pays FBA storage on its average daily units from the sellable date through the promo's month, at the Oct–Dec rate", () => {
    expect(iso(p.batches.find((b) => b.mode === "air")!.arrivalDate!)).toBe("2025-11-20");
    // the 1,600 on hand sell first (P … P+31); the batch sells 50 a day from 11-20 through the cover
    // end 12-15: end-of-day stock 1,280 … 780 in November (11 × 1,030 = 11,330 unit-days); in
    // December 730 on 12-01, 680 … 30 to 12-15 (14 × 355 = 4,970) and 30 a day to the month's end
    // (480): 6,180. 1,330 × 0.0002 CBM × 35.3147 ft³/CBM = 9.3937 ft³ × 2.40 × (11,330 ÷ 39,900 +
    // 6,180 ÷ 41,230) = 22.5449 × 0.433851 = 9.7811 (every unit all of both months would be 45.09)
    expect(p.shelf.find((x) => x !== null)).toEqual({
      months: [11, 12],
      shares: [11330 / 39900, 6180 / 41230],
      left: 730,
    });
    expect(p.cost.components.fbaStorage).toBeCloseTo(9.78, 9);
    // no month is past 180 days: no aged fee
    expect(p.cost.components.agedSurcharge).toBe(0);
  });
});

describe("the plan date can be set", () => {
  it("plans from the plan date setting instead of today", () => {
    const input = scenario(73);
    const moved = planFigures({
      ...input,
      settings: { ...input.settings, planDate: addDays("2025-11-28", -40) },
    });
    expect(moved.skus[0].orderQty).toBe(planFigures(scenario(40)).skus[0].orderQty);
  });
});

describe("worked scenario: a plan made 200 days before the promo", () => {
  it("covers only the 90 days before the cutoff (setting) and after; earlier days are regular replenishment", () => {
    // P = 2025-05-12; cutoff P+193; this plan covers P+103 … P+217 (115 days × 50 = 5,750)
    const p = plan(200);
    expect(p.horizonDemand).toBeCloseTo(5750, 6);
    // the 320 on hand are gone long before P+103, but those days are not this plan's: no stock-out
    expect(p.stockOutDate).toBeNull();
    // sea can deliver everything (earliest P+57): 5,750 + 30, arriving when first needed (P+103)
    expect(units(p)).toEqual({ sea: 5780, air: 0, express: 0 });
    expect(arrivals(p).sea).toBe(addDays("2025-05-12", 103));
  });
});

describe("worked scenario: a typed final order quantity is checked", () => {
  // 73 days ahead the net requirement is 3,230 (= days 27–90 3,200 + safety stock 30), case pack 10
  const fig73 = planFigures(scenario(73));
  const withOverride = (qty: number) =>
    planFigures(scenario(73), { inputs: {}, table: { CASE: { orderOverride: qty } } }).skus[0];

  it("an override of 2,000 warns 1,230 units below the need", () => {
    const p = withOverride(2000);
    expect(p.netRequirement).toBeCloseTo(3230, 6);
    expect(p.orderQty).toBe(2000);
    expect(p.warnings).toContainEqual({
      code: "overrideBelowNeed",
      sku: "CASE",
      // sea 500 lasts P+57…P+66: the stock runs out P+67 = 2025-11-22, 24 × 50 = 1,200 unmet
      vars: { qty: 2000, net: 3230, units: 1230, short: 1200, date: fig73.planDate + 67 },
    });
    expect(iso(fig73.planDate + 67)).toBe("2025-11-22");
  });

  it("an override of 3,200 is 30 below the need, all of it safety stock: no sale lost, a thinner buffer", () => {
    // sea 1,700 = P+57…P+90 exactly (34 × 50)
    const p = withOverride(3200);
    expect(p.typedShort).toBe(0);
    expect(p.warnings).toContainEqual({
      code: "overrideBelowSafety",
      sku: "CASE",
      vars: { qty: 3200, net: 3230, units: 30 },
    });
    expect(p.warnings.map((w) => w.code)).not.toContain("overrideNotCartons");
  });

  it("an override of 3,235 warns 323.5 cartons of 10, and is not short", () => {
    const p = withOverride(3235);
    expect(p.warnings).toContainEqual({
      code: "overrideNotCartons",
      sku: "CASE",
      vars: { qty: 3235, pack: 10, cartons: 323.5, whole: 324 },
    });
    expect(p.warnings.map((w) => w.code)).not.toContain("overrideBelowNeed");
  });

  it("an override of whole cartons at or above the need warns nothing", () => {
    const codes = withOverride(3300).warnings.map((w) => w.code);
    expect(codes).not.toContain("overrideNotCartons");
    expect(codes).not.toContain("overrideBelowNeed");
  });
});

describe("worked scenario: a typed promo demand replaces the computed one (TikTok SKU)", () => {
  const typed = (qty: number | null, sku: Partial<Parameters<typeof scenario>[1]> = {}) =>
    planFigures(scenario(73, { channel: "tiktok", ...sku }), {
      inputs: {},
      table: qty === null ? {} : { CASE: { forecastOverride: qty } },
    }).skus[0];

  it("computed: 4 promo days × 50 = 200, + 30 % burst buffer = 260", () => {
    expect(typed(null).promoDemand).toBeCloseTo(260, 9);
  });

  it("typed 1,000: promo demand is 1,000, no burst buffer on top; the 800 extra go by sea", () => {
    const p = typed(1000);
    expect(p.promoDemand).toBeCloseTo(1000, 9);
    // safety stock 15 % × 1,000 = 150; sea = 30 normal days (P+57…72, P+77…90) × 50 + 1,000 + 150
    expect(p.safetyStock).toBeCloseTo(150, 9);
    expect(units(p)).toEqual({ sea: 2650, air: 1250, express: 250 });
  });

  it("typed 1,000 with 100 pre-sold: still 1,000 (the typed figure includes them, as the column it overrides)", () => {
    expect(typed(null, { preSaleUnits: 100 }).promoDemand).toBeCloseTo(360, 9);
    expect(typed(1000, { preSaleUnits: 100 }).promoDemand).toBeCloseTo(1000, 9);
  });
});

describe("worked scenario: special goods never ride a mode that refuses them", () => {
  it("a liquid 73 days ahead: express refuses it, so the days only express could reach are short", () => {
    // without express the first arrival is air's, P+32: 320 cover P…P+5 and 20 of P+6's 50;
    // short = 30 + P+7…P+31 (25 × 50) = 1,280; air P+32…56 = 1,250; sea P+57…90 + 30 = 1,730
    const p = plan(73, { liquid: true });
    expect(units(p)).toEqual({ sea: 1730, air: 1250, express: 0 });
    expect(p.unitsShort).toBeCloseTo(1280, 6);
    expect(iso(p.stockOutDate!)).toBe("2025-09-22");
    expect(p.warnings).toContainEqual({
      code: "modeRefused",
      sku: "CASE",
      vars: { mode: "express", goods: "liquid" },
    });
  });

  it("a power bank (standalone battery, UN3480) 73 days ahead goes by sea only; the rest is short", () => {
    // air and express refuse it: the first arrival is sea's, P+57. Short = 30 + P+7…P+56 (50 × 50)
    // = 2,530; sea carries P+57…90 (34 × 50) + safety stock 30 = 1,730
    const p = plan(73, { battery: true, standaloneBattery: true });
    expect(p.facts.flags).toEqual(["standaloneBattery"]);
    expect(units(p)).toEqual({ sea: 1730, air: 0, express: 0 });
    expect(p.unitsShort).toBeCloseTo(2530, 6);
    expect(p.warnings.filter((w) => w.code === "modeRefused").map((w) => w.vars)).toEqual([
      { mode: "air", goods: "standaloneBattery" },
      { mode: "express", goods: "standaloneBattery" },
    ]);
  });

  it("a power bank 40 days ahead: sea is too late and the others refuse it — nothing ships, all of it short, with the reason", () => {
    // 1,600 on hand last P…P+31 (32 × 50); the 58 days need 2,900: 1,300 short from 2025-11-20
    const p = plan(40, { onHand: 1600, battery: true, standaloneBattery: true });
    expect(units(p)).toEqual({ sea: 0, air: 0, express: 0 });
    expect(p.orderQty).toBe(0);
    expect(iso(p.stockOutDate!)).toBe("2025-11-20");
    expect(p.unitsShort).toBeCloseTo(1300, 6);
    expect(p.warnings).toContainEqual({
      code: "noModeForGoods",
      sku: "CASE",
      vars: { goods: "standaloneBattery", units: 1300 },
    });
    expect(p.warnings.map((w) => w.code)).not.toContain("noFeasibleMode");
  });

  it("names the refusal in English and Chinese on the plan sheet", () => {
    const p = plan(40, { onHand: 1600, battery: true, standaloneBattery: true });
    const w = p.warnings.find((x) => x.code === "noModeForGoods")!;
    expect(warningText(w, planT("en-US"), "en-US")).toBe(
      "CASE: the only modes still in time refuse standalone battery goods: 1,300 units short, nothing can arrive for the promo.",
    );
    expect(warningText(w, planT("zh-CN"), "zh-CN")).toBe(
      "CASE：仍来得及的运输方式都不收纯电池货物：缺货 1,300 件，大促前无法到货。",
    );
  });
});

describe("worked scenario: the default cover before the cutoff (30 days)", () => {
  const dflt = (daysBefore: number) => plan(daysBefore, {}, { coverDaysBeforeCutoff: 30 });

  it("73 days ahead: covers P+36 (cutoff − 30) … P+90; air bridges to the sea arrival", () => {
    // P = 2025-09-16, cutoff P+66 = 2025-11-21: this plan covers 55 days × 50 = 2,750
    const p = dflt(73);
    expect(p.horizonDemand).toBeCloseTo(2750, 6);
    // the days before 10-22 (and the stock-out on 09-22) are regular replenishment's
    expect(p.stockOutDate).toBeNull();
    // air: P+36…56 (21 × 50); sea: P+57…90 (34 × 50) + 30; express needed for nothing
    expect(units(p)).toEqual({ sea: 1730, air: 1050, express: 0 });
    expect(arrivals(p)).toEqual({ sea: "2025-11-12", air: "2025-10-22", express: null });
    // air PO = arrival − 7 − 10 − 15 = P+4
    expect(iso(p.batches.find((b) => b.mode === "air")!.poDate!)).toBe("2025-09-20");
  });

  it("200 days ahead: one sea batch of 55 days × 50 + 30 = 2,780 arriving 30 days before the cutoff", () => {
    // P = 2025-05-12; cutoff P+193 = 2025-11-21; covered P+163 … P+217
    const p = dflt(200);
    expect(p.horizonDemand).toBeCloseTo(2750, 6);
    expect(units(p)).toEqual({ sea: 2780, air: 0, express: 0 });
    expect(arrivals(p).sea).toBe("2025-10-22");
  });

  it("is the default", () => {
    const input = scenario(200);
    const { coverDaysBeforeCutoff, ...rest } = input.settings;
    expect(coverDaysBeforeCutoff).toBe(90);
    expect(units(planFigures({ ...input, settings: rest }).skus[0])).toEqual(units(dflt(200)));
  });
});

describe("worked scenario: on order without an arrival date", () => {
  // undated 500 are counted on the latest day an order placed today can arrive: by sea,
  // P + 15 lead + 35 transit + 7 buffer = P+57 (2025-11-12), never on the plan date
  const p = plan(73, { onOrder: 500 });

  it("does not let them hide the stock-out: runs out 2025-09-22, 1,030 short (as with nothing on order)", () => {
    expect(iso(p.stockOutDate!)).toBe("2025-09-22");
    expect(p.unitsShort).toBeCloseTo(1030, 6);
  });

  it("counts them on P+57: they cover P+57…66, sea carries P+67…90 + 30, by the cutoff", () => {
    // express P+27…31 (250), air P+32…56 (1,250) unchanged; sea 24 × 50 + 30 = 1,230
    expect(units(p)).toEqual({ sea: 1230, air: 1250, express: 250 });
    expect(arrivals(p).sea).toBe("2025-11-21");
    expect(p.orderQty).toBe(2730);
  });

  it("warns, naming the units and the date used", () => {
    expect(p.warnings).toContainEqual({
      code: "onOrderNoDate",
      sku: "CASE",
      vars: { date: fig73().planDate + 57, units: 500 },
    });
    expect(p.warnings.map((w) => w.code)).not.toContain("onOrderAfterCutoff");
  });

  it("uses the date typed in the yellow 'On order arrives' column instead, without the warning", () => {
    // typed 2025-10-13 = P+27: the 500 cover P+27…36 (10 days), so express carries nothing and
    // air P+37…56 only (20 × 50); the days before P+27 are short as before
    const typed = planFigures(scenario(73, { onOrder: 500 }), {
      inputs: {},
      table: { CASE: { onOrderDate: fig73().planDate + 27 } },
    }).skus[0];
    expect(units(typed)).toEqual({ sea: 1730, air: 1000, express: 0 });
    expect(arrivals(typed).air).toBe("2025-10-23");
    expect(typed.unitsShort).toBeCloseTo(1030, 6);
    expect(typed.warnings.map((w) => w.code)).not.toContain("onOrderNoDate");
  });
});
