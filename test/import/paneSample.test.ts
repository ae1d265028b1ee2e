/** The pane's "Use sample data" (the Office host's loadSample) lives in the present too. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addDays, daysBetween } from "../../src/core/dates/isoDate";
import { importSales } from "../../src/import/importSales";
import { localIsoDate } from "../../src/import/sample";
import { createOfficeHost } from "../../src/taskpane/officeHost";

const DIR = join(__dirname, "..", "..", "assets", "sample");

describe("officeHost.loadSample", () => {
  const fetched: string[] = [];
  beforeAll(() => {
    // the pane fetches assets/sample/* next to its page; serve the committed files
    jest.spyOn(globalThis, "fetch").mockImplementation(async (url) => {
      fetched.push(String(url));
      const name = String(url).split("/").pop()!;
      return new Response(readFileSync(join(DIR, name), "utf8"));
    });
  });
  afterAll(() => jest.restoreAllMocks());
  const host = createOfficeHost({ run: () => Promise.reject(new Error("no Excel in this test")) });

  it("pinned to 2026-12-01: history to 2026-11-30, promo BFCM 2027", async () => {
    const s = await host.loadSample("2026-12-01");
    expect(fetched.sort()).toEqual(
      ["actuals.csv", "sales.csv", "settings.json", "skus.csv"].map((f) => `assets/sample/${f}`),
    );
    expect(importSales(s.sales).meta.lastDate).toBe("2026-11-30");
    expect(s.promo).toEqual({
      event: "bfcm",
      registrationDeadline: "2027-10-12",
      inboundCutoff: "2027-11-05",
      promoStart: "2027-11-26",
      promoEnd: "2027-11-29",
    });
  });

  it("with the real clock: history ends yesterday, promo at least 60 days ahead", async () => {
    const today = localIsoDate(new Date());
    const s = await host.loadSample(today);
    expect(importSales(s.sales).meta.lastDate).toBe(addDays(today, -1));
    expect(daysBetween(today, s.promo.promoStart)).toBeGreaterThanOrEqual(60);
  });
});
