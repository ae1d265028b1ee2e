import fc from "fast-check";
import {
  DATED_PROMO_EVENTS,
  PROMO_EVENT_IDS,
  daysBetween,
  nextPromoDates,
  promoDatesOf,
  promoEventOf,
  promoWindow,
} from "../../../src/core";

/** Weekday of an ISO date, 0 = Sunday (1970-01-01 was a Thursday). */
const weekday = (iso: string) => (((daysBetween("1970-01-01", iso) + 4) % 7) + 7) % 7;

describe("promoWindow", () => {
  it("matches the published dates (hand-checked against the calendar)", () => {
    // US Thanksgiving: 28 Nov 2024, 27 Nov 2025, 26 Nov 2026 → Black Friday the day after
    expect(promoWindow("bfcm", 2024)).toEqual({ start: "2024-11-29", end: "2024-12-02" });
    expect(promoWindow("bfcm", 2025)).toEqual({ start: "2025-11-28", end: "2025-12-01" });
    expect(promoWindow("bfcm", 2026)).toEqual({ start: "2026-11-27", end: "2026-11-30" });
    // Thanksgiving 25 Nov 2027; 1 Nov 2030 is a Friday, so Thanksgiving is 28 Nov
    expect(promoWindow("bfcm", 2027)).toEqual({ start: "2027-11-26", end: "2027-11-29" });
    expect(promoWindow("bfcm", 2030)).toEqual({ start: "2030-11-29", end: "2030-12-02" });
    // Prime Day 2025 was 8–11 July (Amazon's announcement): the 2nd Tuesday of July, 4 days
    expect(promoWindow("primeDay", 2025)).toEqual({ start: "2025-07-08", end: "2025-07-11" });
    expect(promoWindow("double11", 2026)).toEqual({ start: "2026-11-11", end: "2026-11-11" });
    expect(promoWindow("double12", 2026)).toEqual({ start: "2026-12-12", end: "2026-12-12" });
  });

  it("follows each rule in every year (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9998 }), (year) => {
        const b = promoWindow("bfcm", year).start;
        expect(weekday(b)).toBe(5); // a Friday …
        expect(Number(b.slice(8))).toBeGreaterThanOrEqual(23); // … after the 4th Thursday (22–28)
        expect(Number(b.slice(8)) <= 29 || b.slice(5, 7) === "11").toBe(true);
        const p = promoWindow("primeDay", year).start;
        expect([weekday(p), p.slice(5, 7)]).toEqual([2, "07"]);
        expect(Number(p.slice(8))).toBeGreaterThanOrEqual(8);
        expect(Number(p.slice(8))).toBeLessThanOrEqual(14);
      }),
    );
  });

  it("refuses events without a date rule and impossible years", () => {
    expect(() => promoWindow("tiktok", 2026)).toThrow(
      "event: has no date rule: give the promo dates (tiktok)",
    );
    expect(() => promoWindow("custom", 2026)).toThrow(/no date rule/);
    expect(() => promoWindow("bfcm", 2026.5)).toThrow("year: must be a whole year 1900–9998, got 2026.5");
  });
});

describe("nextPromoDates", () => {
  it("counts the deadlines back from the start: registration 45 days, inbound 21", () => {
    expect(promoDatesOf({ start: "2026-11-27", end: "2026-11-30" })).toEqual({
      registrationDeadline: "2026-10-13",
      inboundCutoff: "2026-11-06",
      promoStart: "2026-11-27",
      promoEnd: "2026-11-30",
    });
  });

  it("takes next year's window once this year's registration has closed", () => {
    expect(nextPromoDates("bfcm", "2026-10-13").promoStart).toBe("2026-11-27");
    expect(nextPromoDates("bfcm", "2026-10-14").promoStart).toBe("2027-11-26");
  });

  it("always leaves time to register, about a year ahead at most (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATED_PROMO_EVENTS),
        fc.integer({ min: 0, max: 365 * 50 }),
        (event, offset) => {
          const t = shift("2000-01-01", offset); // any day of 50 years
          const d = nextPromoDates(event, t);
          expect(d.registrationDeadline >= t).toBe(true);
          // a year ahead at most, plus up to 6 days for a weekday rule (BFCM, Prime Day) that moves
          expect(daysBetween(t, d.registrationDeadline)).toBeLessThanOrEqual(366 + 6);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

function shift(iso: string, days: number): string {
  const ms = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

describe("promoEventOf", () => {
  it("reads the names buyers type, in English and Chinese", () => {
    expect(
      [
        "bfcm",
        "Black Friday",
        "black-friday",
        "11.11",
        "双十一",
        "１２．１２",
        "Prime Day",
        "prime_day",
        "TikTok Shop",
      ].map(promoEventOf),
    ).toEqual(["bfcm", "bfcm", "bfcm", "double11", "double11", "double12", "primeDay", "primeDay", "tiktok"]);
    expect(promoEventOf("Mid-Autumn sale")).toBeUndefined();
    expect(promoEventOf("constructor")).toBeUndefined();
    for (const id of PROMO_EVENT_IDS) expect(promoEventOf(id)).toBe(id);
  });
});
