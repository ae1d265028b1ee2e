/**
 * The plan sheet's summary rows say what the SKU rows say (a buyer's review of the sample plan):
 * the covered window's real dates. Hand-checked on the worked scenario (test/plan/scenarioFixtures:
 * constant 50 a day, BFCM 2025-11-28…12-01, inbound cutoff 2025-11-21, cover 14 days after).
 */
import { buildPlan } from "../../src/plan/buildPlan";
import type { PlanCell, PlanModel } from "../../src/plan/types";
import { namedCell, skuCell } from "./fixtures";
import { scenario } from "./scenarioFixtures";

/** The plan sheet's row whose A cell starts with `label`: its A text and its B cell. */
function row(m: PlanModel, label: string): { text: string; b: PlanCell } {
  const cells = m.sheets[0].cells;
  const a = cells.find((c) => /^A\d+$/.test(c.address) && String(c.value).startsWith(label));
  if (!a) throw new Error(`no row "${label}"`);
  const b = cells.find((c) => c.address === `B${a.address.slice(1)}`)!;
  return { text: String(a.value), b };
}

describe("demand covered: labelled with the window it really sums", () => {
  it("150 days ahead: from 90 days before the cutoff (2025-08-23), not from the plan date (2025-07-01)", () => {
    // cover start = 2025-11-21 − 90 = 2025-08-23; end = 2025-12-01 + 14 = 2025-12-15:
    // Aug 23…31 (9) + Sep 30 + Oct 31 + Nov 30 + Dec 1…15 (15) = 115 days × 50 = 5,750
    const en = row(buildPlan(scenario(150)), "Demand covered");
    expect(en.text).toBe("Demand covered, 2025-08-23 → 2025-12-15 (units)");
    expect(en.b.expected).toBeCloseTo(5750, 6);
    const zh = row(buildPlan(scenario(150, {}, { locale: "zh-CN" })), "覆盖期需求");
    expect(zh.text).toBe("覆盖期需求，2025-08-23 → 2025-12-15（件）");
    expect(zh.b.expected).toBeCloseTo(5750, 6);
  });

  it("73 days ahead: from the plan date 2025-09-16 (91 days × 50 = 4,550)", () => {
    const en = row(buildPlan(scenario(73)), "Demand covered");
    expect(en.text).toBe("Demand covered, 2025-09-16 → 2025-12-15 (units)");
    expect(en.b.expected).toBeCloseTo(4550, 6);
  });
});

describe("section 1's ship-by rows agree with the SKU rows' feasibility", () => {
  // 40 days ahead: P = 2025-10-19, cutoff 2025-11-21 = P+33. Latest PO = cutoff − buffer 7 −
  // transit − lead time 15: sea P+33−57 = P−24 (passed), air P+1 = 2025-10-20, express P+6 = 2025-10-25
  const status = (m: PlanModel, row: number) =>
    String(m.sheets[0].cells.find((c) => c.address === `D${row}`)!.value);
  const shipByRows = (m: PlanModel) => {
    const a = m.sheets[0].cells.find(
      (c) => String(c.value).startsWith("Ship by, sea") || String(c.value).startsWith("海运最晚发货日"),
    )!;
    const r = Number(a.address.slice(1));
    return [status(m, r), status(m, r + 1), status(m, r + 2)];
  };

  it("says sea is too late for every SKU, and gives the plan's own first air and express POs (en, zh)", () => {
    // the stock runs out before anything can arrive, so both batches arrive as early as a PO
    // placed today can (air P+15+10+7 = P+32, express P+27): both POs are due today, 2025-10-19,
    // not on the cutoff's latest PO dates (air 10-20, express 10-25)
    expect(shipByRows(buildPlan(scenario(40)))).toEqual([
      "Sea: too late for every SKU (PO dates passed)",
      "1 of 1 SKU(s) can still use it; this plan's first PO by it is due 2025-10-19",
      "1 of 1 SKU(s) can still use it; this plan's first PO by it is due 2025-10-19",
    ]);
    expect(shipByRows(buildPlan(scenario(40, {}, { locale: "zh-CN" })))).toEqual([
      "海运：所有 SKU 都来不及了（下单截止日已过）",
      "1 个 SKU 中有 1 个仍可使用；本计划该方式最早的采购单须在 2025-10-19 下达",
      "1 个 SKU 中有 1 个仍可使用；本计划该方式最早的采购单须在 2025-10-19 下达",
    ]);
  });

  it("counts a mode that refuses the goods (a power bank by air) apart from a passed PO date", () => {
    const m = buildPlan(scenario(40, { battery: true, standaloneBattery: true }));
    expect(shipByRows(m)[1]).toBe("Air: no SKU can use it (0 past the PO date, 1 refused as special goods)");
    // 73 days ahead every mode is in time (sea's latest PO is P+66−57 = P+9 = 2025-09-25), but the
    // plan's sea batch must arrive P+57, as early as sea can: its PO is due today, 2025-09-16
    expect(shipByRows(buildPlan(scenario(73)))[0]).toBe(
      "1 of 1 SKU(s) can still use it; this plan's first PO by it is due 2025-09-16",
    );
  });
});

describe("units short include the shortfall a typed order below the need causes", () => {
  // 73 days ahead (test/plan/scenarios): 1,030 short before the first arrival (P+27); the plan
  // orders sea 1,730 (arrives P+57), air 1,250 (P+32), express 250 (P+27) = 3,230 = demand
  // P+27…P+90 (64 × 50) + safety stock 30. A typed order is cut from sea first.
  const typed = (qty: number, locale: "en-US" | "zh-CN" = "en-US") =>
    buildPlan(scenario(73, {}, { locale }), { inputs: {}, table: { CASE: { orderOverride: qty } } });

  it("2,000 typed: sea 500 lasts P+57…P+66, so P+67…P+90 go short: 24 × 50 = 1,200", () => {
    const m = typed(2000);
    expect(skuCell(m, "CASE", "seaUnits").value).toBe(500);
    expect(skuCell(m, "CASE", "unitsShort").value).toBe(1030);
    expect(skuCell(m, "CASE", "typedShort").value).toBe(1200);
    expect(namedCell(m, "UnitsShortBeforeArrival").expected).toBe(1030);
    expect(namedCell(m, "UnitsShortTyped").expected).toBe(1200);
    expect(namedCell(m, "UnitsShortTotal").expected).toBe(2230);
    // (a typed order the build has not seen makes the typed part "rebuild", and the total with it)
    expect(namedCell(m, "UnitsShortTotal").formula).toBe(
      '=IF(ISNUMBER(UnitsShortTyped),UnitsShortBeforeArrival+UnitsShortTyped,"rebuild")',
    );
  });

  it("3,000 typed: 230 below the net requirement, but only 200 sales lost (the 30 were safety stock)", () => {
    // sea 1,500 = 30 days P+57…P+86; P+87…P+90 = 4 × 50 = 200 short
    const m = typed(3000);
    expect(skuCell(m, "CASE", "typedShort").value).toBe(200);
    expect(namedCell(m, "UnitsShortTotal").expected).toBe(1230);
  });

  it("no typed order, or one at or above the plan: nothing short because of it", () => {
    expect(namedCell(buildPlan(scenario(73)), "UnitsShortTyped").expected).toBe(0);
    expect(skuCell(typed(3230), "CASE", "typedShort").value).toBe(0);
    expect(skuCell(typed(4000), "CASE", "typedShort").value).toBe(0);
  });

  it("labels the rows in both languages", () => {
    const label = (m: PlanModel, name: string) => {
      const b = namedCell(m, name).address;
      return m.sheets[0].cells.find((c) => c.address === `A${b.slice(1)}`)!.value;
    };
    expect(label(typed(2000), "UnitsShortTyped")).toBe(
      "Units short because typed order quantities are below the need",
    );
    expect(label(typed(2000, "zh-CN"), "UnitsShortTyped")).toBe("因手动采购量低于需求而缺货的数量");
    expect(label(typed(2000, "zh-CN"), "UnitsShortTotal")).toBe("缺货数量合计");
  });
});

describe("a typed order below the need by safety stock only: no sale lost, said so (en, zh)", () => {
  it("3,200 typed (30 below 3,230): the sea batch still covers P+57…P+90", () => {
    const lines = (locale: "en-US" | "zh-CN") =>
      buildPlan(scenario(73, {}, { locale }), { inputs: {}, table: { CASE: { orderOverride: 3200 } } })
        .sheets[0].cells.map((c) => c.value)
        .filter((v): v is string => typeof v === "string");
    expect(lines("en-US")).toContain(
      "CASE: the final order quantity typed (3,200) is 30 units below the net requirement (3,230): no sale is lost, but the safety stock is that much thinner.",
    );
    expect(lines("zh-CN")).toContain(
      "CASE：手动填写的最终采购数量（3,200）比净需求（3,230）少 30 件：不会断货，但安全库存相应减少。",
    );
  });
});
