/**
 * A buyer's read of the sample plan (plan date 2026-12-02): the header's PO dates, the cash dates,
 * the freight surcharge and insurance, whole cartons, a typed order before a rebuild, margin per
 * unit without an order. Every number is worked by hand from the sample's inputs in the comments.
 *
 * Sample, plan date 2026-12-02: inbound cutoff 2027-11-05, check-in buffer 7 days, sea transit 40
 * days, the plan covers from 30 days before the cutoff, so every SKU's one sea batch is sellable
 * 2027-10-06 (= 11-05 − 30), ships 2027-10-06 − 7 − 40 = 2027-08-20 and arrives 2027-09-29
 * (= 08-20 + 40). Each SKU's PO = 08-20 − its lead time.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanModel, PlanSheet } from "../../src/plan/types";
import { planSample } from "./samplePlan";

const dir = mkdtempSync(join(tmpdir(), "stockup-buyer-read-"));
const TODAY = ["--today", "2026-12-02"];

export const sheetOf = (m: PlanModel, name: string): PlanSheet => m.sheets.find((s) => s.name === name)!;
/** The cells of the row whose column A starts with `label`, by column letter. */
export function rowByLabel(sheet: PlanSheet, label: string): Record<string, unknown> {
  const a = sheet.cells.find((c) => /^A\d+$/.test(c.address) && String(c.value).startsWith(label));
  if (!a) throw new Error(`no row "${label}" on ${sheet.name}`);
  const row = a.address.slice(1);
  return Object.fromEntries(
    sheet.cells
      .filter((c) => c.address.replace(/^[A-Z]+/, "") === row)
      .map((c) => [c.address.replace(/\d+$/, ""), c.kind === "formula" ? c.expected : c.value]),
  );
}

describe("section 1's PO dates are the plan's own POs (buyer read #1)", () => {
  it("sea: the earliest PO of the sea batches, 2027-07-16 (SU-GIMBAL, lead 35: 08-20 − 35), not the cutoff's 08-15", async () => {
    const en = await planSample(dir, TODAY);
    const plan = sheetOf(en.model!, "StockUp Plan");
    const sea = rowByLabel(plan, "Ship by, sea");
    expect(sea.D).toBe("12 of 12 SKU(s) can still use it; this plan's first PO by it is due 2027-07-16");
    // nothing goes by air: the header says so and gives the latest PO date a batch would need,
    // per SKU: air ship-by 2027-10-19 − SU-GIMBAL's 35-day lead = 2027-09-14 first, up to
    // 10-19 − SU-GLASS-IP15's 12-day lead = 2027-10-07 (buyer read 2 #3: not every SKU's date)
    expect(rowByLabel(plan, "Ship by, air").D).toBe(
      "11 of 12 SKU(s) can still use it; this plan orders nothing by it. Latest PO date per SKU: 2027-09-14 for SU-GIMBAL (the first; its lead time is the longest), up to 2027-10-07 for shorter lead times",
    );
    // the same date as the first deposit in the cash schedule
    const deposits = plan.cells.filter((c) => c.address.startsWith("C") && c.value === "Deposit (at PO)");
    const firstDeposit = plan.cells.find((c) => c.address === `A${deposits[0].address.slice(1)}`)!.value;
    expect(firstDeposit).toBe(46584); // 2027-07-16 as an Excel serial
    const zh = await planSample(dir, [...TODAY, "--lang", "zh"]);
    expect(rowByLabel(sheetOf(zh.model!, "备货计划"), "海运最晚发货日").D).toBe(
      "12 个 SKU 中有 12 个仍可使用；本计划该方式最早的采购单须在 2027-07-16 下达",
    );
    expect(rowByLabel(sheetOf(zh.model!, "备货计划"), "空运最晚发货日").D).toBe(
      "12 个 SKU 中有 11 个仍可使用；本计划未安排此方式。各 SKU 最晚下单日不同：SU-GIMBAL 最早，须在 2027-09-14 前下单（生产周期最长）；生产周期较短的 SKU 可晚至 2027-10-07",
    );
  }, 120_000);
});

describe("cash is dated as its label says (buyer read #2)", () => {
  it("deposit at each PO, balance and freight at shipment 2027-08-20, duty at arrival 2027-09-29 (not sellable 10-06)", async () => {
    const r = await planSample(dir, TODAY);
    const plan = sheetOf(r.model!, "StockUp Plan");
    const cell = (a: string) => plan.cells.find((c) => c.address === a)?.value;
    const rows = plan.cells
      .filter((c) => /^C\d+$/.test(c.address) && / \(at |Balance|Deposit/.test(String(c.value)))
      .map((c) => c.address.slice(1))
      .filter((row) => typeof cell(`D${row}`) === "number")
      .map((row) => [cell(`A${row}`), cell(`C${row}`)]);
    const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
    // PO = 2027-08-20 − lead: 35 (gimbal) 07-16, 30 (power bank) 07-21, 25 07-26, 20 07-31,
    // 18 08-02, 15 08-05, 12 08-08 — the SKU table's "PO by (sea)"
    const deposits = ["07-16", "07-21", "07-26", "07-31", "08-02", "08-05", "08-08"];
    expect(rows).toEqual([
      ...deposits.map((d) => [serial(`2027-${d}`), "Deposit (at PO)"]),
      // balance terms 0 days after shipment
      [serial("2027-08-20"), "Balance (at shipment + payment terms)"],
      [serial("2027-08-20"), expect.stringMatching(/^Freight.*\(at shipment\)$/)],
      // 2027-08-20 + 40 days' sea transit = 2027-09-29; sellable 7 days later (10-06)
      [serial("2027-09-29"), "Duty, customs and import VAT (at arrival)"],
    ]);
  }, 60_000);
});

describe("the shipment line reconciles with the cash line (buyer read #3)", () => {
  it("sea 2027-08-20: freight 759.11 + surcharge 15.90 + insurance 130.17 = 905.18, the cash line at shipment", async () => {
    const r = await planSample(dir, TODAY);
    const plan = sheetOf(r.model!, "StockUp Plan");
    const sea = rowByLabel(plan, "Sea, ships 2027-08-20");
    // W/M 8.43456 freight tons (CBM above the 2.0011 t) × 90 = 759.11; each SKU's share = 90 × its
    // CBM. Surcharges on the shares: power bank 15 % × 90 × 0.414 = 5.59, tripod 10 % × 90 ×
    // 0.8064 = 7.26, gimbal 10 % × 90 × 0.1056 = 0.95, spray 5 % × 90 × 0.46656 = 2.10 → 15.90
    expect(sea.H).toBe(759.11);
    expect(sea.I).toBeCloseTo(15.9, 9);
    // insurance: the core's per SKU line, summed (the rest of the buyer's 905.18 − 759.11 − 15.90)
    expect(sea.J).toBeCloseTo(130.17, 9);
    expect(sea.K).toBeCloseTo(905.18, 9);
    const cashRow = plan.cells.find(
      (c) => /^C\d+$/.test(c.address) && String(c.value).startsWith("Freight"),
    )!;
    expect(cashRow.value).toBe("Freight, special-goods surcharge and insurance (at shipment)");
    const amount = plan.cells.find((c) => c.address === `D${cashRow.address.slice(1)}`)!.value as number;
    expect(amount).toBeCloseTo(905.18, 9);
    const zh = await planSample(dir, [...TODAY, "--lang", "zh"]);
    const zhPlan = sheetOf(zh.model!, "备货计划");
    expect(zhPlan.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        "特殊货物附加费",
        "保险费",
        "发货时支付",
        "运费、特殊货物附加费与保险（发货时）",
      ]),
    );
  }, 60_000);
});
