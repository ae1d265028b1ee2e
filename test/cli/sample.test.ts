/** `stockup plan --sample` on a pinned date and on the real clock: a live plan either way. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { daysBetween } from "../../src/core/dates/isoDate";
import { excelSerialToIso } from "../../src/core/dates/excelSerial";
import { preparePlan } from "../../src/cli/main";
import { localIsoDate } from "../../src/import/sample";
import type { PlanModel } from "../../src/plan/types";

const dir = mkdtempSync(join(tmpdir(), "stockup-sample-"));
const named = (model: PlanModel, name: string) => {
  const n = model.names.find((x) => x.name === name)!;
  const v = model.sheets.find((s) => s.name === n.sheet)!.cells.find((c) => c.address === n.address)!.value;
  return typeof v === "number" ? excelSerialToIso(v) : v; // dates are written as Excel serials
};

async function plan(extra: string[]) {
  let err = "";
  const r = await preparePlan(["plan", "--sample", ...extra, "--out", join(dir, "plan.xlsx")], {
    stdout: () => undefined,
    stderr: (s) => (err += s),
  });
  return { ...r, err };
}

describe("plan --sample lives in the present", () => {
  it("pinned to 2026-12-01: plans BFCM 2027 from history ending 2026-11-30", async () => {
    const r = await plan(["--today", "2026-12-01"]);
    expect(r.code).toBe(0);
    const model = r.model!;
    expect(model.meta.refreshDate).toBe("2026-12-01");
    expect([named(model, "PromoStart"), named(model, "PromoEnd"), named(model, "InboundCutoff")]).toEqual([
      "2027-11-26",
      "2027-11-29",
      "2027-11-05",
    ]);
    expect(model.meta.forecastMethods.map((m) => m.method)).not.toContain("no history");
  }, 60_000);

  it("with the real clock: today's plan, promo at least 60 days ahead, no stale history", async () => {
    const today = localIsoDate(new Date());
    const r = await plan([]);
    expect(r.code).toBe(0);
    const model = r.model!;
    expect(model.meta.refreshDate).toBe(today);
    expect(daysBetween(today, String(named(model, "PromoStart")))).toBeGreaterThanOrEqual(60);
    expect(String(named(model, "RegistrationDeadline")) >= today).toBe(true);
    expect(model.meta.forecastMethods.map((m) => m.method)).not.toContain("no history");
  }, 60_000);
});
