/**
 * `stockup plan --sample` says which dates it used, a typed promo start moves the sample's other
 * dates with it, and a conflict with a sample default names the default (a buyer's review).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { named, planSample } from "./samplePlan";

const dir = mkdtempSync(join(tmpdir(), "stockup-sample-dates-"));
const plan = (extra: string[]) => planSample(dir, extra);

describe("plan --sample: the dates it uses", () => {
  it("prints the plan date and the next BFCM ≥ 60 days ahead with the promo calendar's deadlines (en, zh)", async () => {
    // 2026-12-01: BFCM 2026 is over; BFCM 2027 = 2027-11-26…29; registration 45 days before
    // (2027-10-12), inbound 21 days before (2027-11-05): the same as --event bfcm
    const en = await plan(["--today", "2026-12-01"]);
    expect(en.code).toBe(0);
    expect(en.err).toContain(
      "Sample: plan date 2026-12-01; promo = the next Black Friday → Cyber Monday at least 60 days ahead: 2027-11-26 to 2027-11-29, registration by 2027-10-12, inbound by 2027-11-05 (promo calendar: 45 and 21 days before the start). Pass --today or the dates to override.",
    );
    expect(named(en.model!, "RegistrationDeadline")).toBe("2027-10-12");
    const zh = await plan(["--today", "2026-12-01", "--lang", "zh"]);
    expect(zh.err).toContain(
      "示例数据：计划日期 2026-12-01；大促为至少 60 天后的下一个黑五网一：2027-11-26 至 2027-11-29，报名截止 2027-10-12，入仓截止 2027-11-05（大促日历：开始前 45 天和 21 天）。",
    );
  }, 60_000);

  it("--promo-start 2027-02-12 re-derives the other dates from it instead of failing on the sample's cutoff", async () => {
    // end = start + 3 (a 4-day promo as BFCM); inbound 2027-02-12 − 21 = 2027-01-22;
    // registration 2027-02-12 − 45 = 2026-12-29
    const r = await plan(["--today", "2026-12-01", "--promo-start", "2027-02-12"]);
    expect(r.code).toBe(0);
    const m = r.model!;
    expect(
      ["PromoStart", "PromoEnd", "InboundCutoff", "RegistrationDeadline"].map((n) => named(m, n)),
    ).toEqual(["2027-02-12", "2027-02-15", "2027-01-22", "2026-12-29"]);
    expect(r.err).toContain(
      "Sample: plan date 2026-12-01; promo from --promo-start: 2027-02-12 to 2027-02-15, registration by 2026-12-29, inbound by 2027-01-22",
    );
    expect(r.err).not.toMatch(/must be before/);
  }, 60_000);

  it("a typed cutoff after the sample's promo start says the start is the sample's and how to change it (en, zh)", async () => {
    const en = await plan(["--today", "2026-12-01", "--inbound-cutoff", "2027-12-01"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain(
      "--inbound-cutoff 2027-12-01 must be before the promo starts (2027-11-26, the sample's promo start: type --promo-start to change it).",
    );
    const zh = await plan(["--today", "2026-12-01", "--inbound-cutoff", "2027-12-01", "--lang", "zh"]);
    expect(zh.err).toContain(
      "--inbound-cutoff 2027-12-01 必须早于活动开始日期（2027-11-26，为示例数据的默认开始日期：可用 --promo-start 修改）。",
    );
  }, 60_000);
});
