/** The bundled sample lives in the present: relative dates shifted at load (src/import/sample.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { addDays, daysBetween } from "../../src/core/dates/isoDate";
import { promoDatesOf } from "../../src/core/dates/promoCalendar";
import { InputError } from "../../src/core/errors";
import { importSales } from "../../src/import/importSales";
import { liveSample, localIsoDate, nextBfcm, readSampleSettings } from "../../src/import/sample";

const DIR = join(__dirname, "..", "..", "assets", "sample");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
const files = {
  sales: read("sales.csv"),
  skus: read("skus.csv"),
  actuals: read("actuals.csv"),
  settings: read("settings.json"),
};
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("BFCM calendar (the rule is the core's promoWindow)", () => {
  it("the next BFCM at least 60 days ahead", () => {
    expect(nextBfcm("2026-12-01", 60).start).toBe("2027-11-26"); // today's date: this year's is over
    expect(nextBfcm("2026-09-15", 60).start).toBe("2026-11-27"); // 73 days ahead
    expect(nextBfcm("2026-09-28", 60).start).toBe("2026-11-27"); // exactly 60
    expect(nextBfcm("2026-09-29", 60).start).toBe("2027-11-26"); // 59: too close to prepare
  });
});

describe("liveSample", () => {
  it("on the day the files were written for (2026-09-15) nothing moves; the promo's actuals are not sold yet", () => {
    const s = liveSample(files, "2026-09-15");
    expect([s.sales === files.sales, s.skus === files.skus]).toEqual([true, true]);
    // actuals.csv holds 2026-11-27/28: 73 days after this plan date, so none is an actual yet
    expect(s.actuals).toBe("date,sku,units,promo,price\n");
    expect(s.actualsRows).toBe(0);
    expect(s.promo).toEqual({
      event: "bfcm",
      registrationDeadline: "2026-10-13", // 45 days before (the core promo calendar's, as --event bfcm)
      inboundCutoff: "2026-11-06",
      promoStart: "2026-11-27",
      promoEnd: "2026-11-30",
    });
  });

  it("on 2026-12-01 the history ends yesterday (its last year repeated) and the promo is BFCM 2027", () => {
    const s = liveSample(files, "2026-12-01");
    const sales = importSales(s.sales);
    // the same 730 days' length, ending yesterday
    expect([sales.meta.firstDate, sales.meta.lastDate]).toEqual(["2024-12-01", "2026-11-30"]);
    // days the file has keep their rows as written; 2026-09-15 … 11-30 are the rows of 364 days before
    const byDate = (csv: string, date: string) =>
      csv
        .split("\n")
        .filter((l) => l.startsWith(`${date},`))
        .map((l) => l.slice(10));
    expect(byDate(s.sales, "2025-06-01")).toEqual(byDate(files.sales, "2025-06-01"));
    expect(byDate(s.sales, "2026-09-14")).toEqual(byDate(files.sales, "2026-09-14"));
    expect(byDate(s.sales, "2026-09-15")).toEqual(byDate(files.sales, "2025-09-16"));
    expect(byDate(s.sales, "2026-11-30")).toEqual(byDate(files.sales, "2025-12-01"));
    expect(byDate(s.sales, "2026-11-30").length).toBeGreaterThan(0);
    // BFCM 2025 (Fri 11-28 … Mon 12-01) lands on BFCM 2026 (Fri 11-27 … Mon 11-30), promo flags kept
    const promoDays = (csv: string) =>
      [
        ...new Set(
          importSales(csv)
            .rows.filter((r) => r.promo === 1)
            .map((r) => r.date),
        ),
      ].filter((d) => d >= "2025-09-15" && ["11", "12"].includes(d.slice(5, 7)));
    expect(promoDays(files.sales)).toEqual(["2025-11-28", "2025-11-29", "2025-11-30", "2025-12-01"]);
    expect(promoDays(s.sales)).toEqual([
      "2025-11-28",
      "2025-11-29",
      "2025-11-30",
      "2025-12-01",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
    ]);
    expect(weekday("2026-11-27")).toBe(5);
    expect(s.promo).toEqual({
      event: "bfcm",
      registrationDeadline: "2027-10-12", // 45 days before
      inboundCutoff: "2027-11-05", // 21 days before
      promoStart: "2027-11-26",
      promoEnd: "2027-11-29",
    });
    // the 24 actuals rows move to 2027-11-26/27, a year after this plan date: none is kept
    expect([s.actualsRows, s.actuals]).toEqual([0, "date,sku,units,promo,price\n"]);
  });

  it("with the real clock: history ends yesterday, promo a Friday–Monday at least 60 days ahead", () => {
    const today = localIsoDate(new Date());
    const s = liveSample(files, today);
    expect(importSales(s.sales).meta.lastDate).toBe(addDays(today, -1));
    expect(daysBetween(today, s.promo.promoStart)).toBeGreaterThanOrEqual(60);
    expect(daysBetween(today, s.promo.promoStart)).toBeLessThan(60 + 366);
    expect([weekday(s.promo.promoStart), weekday(s.promo.promoEnd)]).toEqual([5, 1]);
    expect(s.promo.registrationDeadline >= today).toBe(true);
    expect(s.actualsRows).toBe(0); // the promo is ahead: nothing sold in it yet
  });

  it("property: on any day the history ends yesterday, keeps its length, and every day is a day of the file whole 364-day years away (same weekday)", () => {
    const mini =
      "date,sku,units,promo\n2026-09-12,A,1,0\n2026-09-13,A,2,1\n2026-09-14,A,3,0\n2026-09-14,B,4,0\n";
    const units = new Map([
      ["2026-09-12", "A,1,0"],
      ["2026-09-13", "A,2,1"],
      ["2026-09-14", "A,3,0|B,4,0"],
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (n) => {
        const today = addDays("2026-09-15", n);
        const out = liveSample({ ...files, sales: mini }, today)
          .sales.trim()
          .split("\n");
        expect(out[0]).toBe("date,sku,units,promo");
        const days = [...new Set(out.slice(1).map((l) => l.slice(0, 10)))];
        // 3 days (the file's length) ending yesterday, or fewer when a repeated year skips a day
        expect(days.every((d) => d < today && daysBetween(d, today) <= 3)).toBe(true);
        for (const d of days) {
          const rows = out
            .filter((l) => l.startsWith(d))
            .map((l) => l.slice(11))
            .join("|");
          const src = [...units.keys()].filter((u) => daysBetween(u, d) % 364 === 0);
          expect(src).toHaveLength(1);
          expect(rows).toBe(units.get(src[0]));
        }
      }),
    );
  });

  it("property: on any day 2020–2060 the sample is live and keeps its spacing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 366 }), (n) => {
        const today = addDays("2020-01-01", n);
        const { promo, actualsRows } = liveSample({ ...files, sales: "date,sku\n" }, today);
        expect(actualsRows).toBe(0); // never an actual dated after the plan date
        const ahead = daysBetween(today, promo.promoStart);
        expect(ahead).toBeGreaterThanOrEqual(60);
        expect(ahead).toBeLessThan(60 + 371);
        expect(daysBetween(promo.promoStart, promo.promoEnd)).toBe(3);
        // the core promo calendar's deadlines, the same as `--event bfcm` gives for that window
        expect(promo).toEqual({
          event: "bfcm",
          ...promoDatesOf({ start: promo.promoStart, end: promo.promoEnd }),
        });
        expect(daysBetween(promo.inboundCutoff, promo.promoStart)).toBe(21);
        expect(daysBetween(promo.registrationDeadline, promo.promoStart)).toBe(45);
        expect(promo.promoStart.slice(5, 7)).toBe("11");
      }),
    );
  });

  it("settings are relative: no absolute plan dates left in settings.json", () => {
    const s = readSampleSettings(files.settings);
    expect(Object.keys(s).sort()).toEqual(["event", "minDaysAhead", "written"].sort());
    expect(s.minDaysAhead).toBe(60);
  });

  it("rejects a bad today or malformed settings, naming the field", () => {
    expect(() => liveSample(files, "1/12/2026")).toThrow(expect.objectContaining({ argument: "today" }));
    const broken = JSON.stringify({ ...JSON.parse(files.settings), minDaysAhead: "sixty" });
    expect(() => liveSample({ ...files, settings: broken }, "2026-12-01")).toThrow(InputError);
    expect(() => liveSample({ ...files, settings: broken }, "2026-12-01")).toThrow(
      expect.objectContaining({ argument: "minDaysAhead" }),
    );
  });
});
