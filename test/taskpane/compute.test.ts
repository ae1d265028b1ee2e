import fc from "fast-check";
import { nextPromoDates, promoWindow } from "../../src/taskpane/compute/promoCalendar";
import { parseField } from "../../src/taskpane/compute/fields";
import { normalQuantile } from "../../src/taskpane/compute/normal";
import { addDays, daysBetween, isIsoDate } from "../../src/taskpane/compute/dates";
import { parseActuals } from "../../src/taskpane/compute/plan";
import { format, localeFor, makeI18n } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { zh } from "../../src/taskpane/i18n/zh";

describe("promoWindow", () => {
  it.each([
    // US Thanksgiving: 2024-11-28, 2025-11-27, 2026-11-26, 2027-11-25 (4th Thursdays, calendar)
    ["bfcm", 2024, "2024-11-29", "2024-12-02"],
    ["bfcm", 2025, "2025-11-28", "2025-12-01"],
    ["bfcm", 2026, "2026-11-27", "2026-11-30"],
    ["bfcm", 2027, "2027-11-26", "2027-11-29"],
    // Prime Day 2025 ran 8–11 July (Amazon): 2nd Tuesday of July 2025 = 8 July
    ["primeDay", 2025, "2025-07-08", "2025-07-11"],
    ["primeDay", 2027, "2027-07-13", "2027-07-16"],
    ["double11", 2026, "2026-11-11", "2026-11-11"],
    ["double12", 2026, "2026-12-12", "2026-12-12"],
  ] as const)("%s %i runs %s to %s", (event, year, start, end) => {
    expect(promoWindow(event, year)).toEqual({ start, end });
  });
});

describe("nextPromoDates", () => {
  it("keeps this year's event while its registration deadline (start − 45 d) is still ahead", () => {
    expect(nextPromoDates("bfcm", "2026-09-15")).toEqual({
      registrationDeadline: "2026-10-13",
      inboundCutoff: "2026-11-06",
      promoStart: "2026-11-27",
      promoEnd: "2026-11-30",
    });
  });
  it("moves to next year once the registration deadline has passed", () => {
    expect(nextPromoDates("bfcm", "2026-11-25").promoStart).toBe("2027-11-26");
  });
  it("always returns a deadline on or after today and before the start (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("primeDay", "bfcm", "double11", "double12" as const),
        fc.integer({ min: 0, max: 3650 }),
        (event, offset) => {
          const today = addDays("2024-01-01", offset);
          const d = nextPromoDates(event, today);
          return (
            d.registrationDeadline >= today && d.inboundCutoff < d.promoStart && d.promoEnd >= d.promoStart
          );
        },
      ),
    );
  });
});

describe("parseField", () => {
  const pct = { min: 0, max: 100 };
  it.each([
    ["20", 20],
    ["1,200", 1200],
    ["12.5%", 12.5],
    ["２０", 20], // full-width digits from a Chinese IME
    [" 7 ", 7],
  ])("reads %p as %p", (text, value) => {
    expect(parseField(text, { min: 0, max: 10_000 })).toEqual({ ok: true, value });
  });
  it.each([
    ["", "fieldRequired"],
    ["abc", "fieldNotNumber"],
    ["1e999", "fieldNotNumber"],
    ["-1", "fieldBelowMin"],
    ["101", "fieldAboveMax"],
  ])("rejects %p with %s", (text, key) => {
    const r = parseField(text, pct);
    expect(r.ok ? null : r.problem.key).toBe(key);
  });
  it("rejects a fraction where whole numbers are required", () => {
    const r = parseField("2.5", { min: 0, max: 10, integer: true });
    expect(r.ok ? null : r.problem.key).toBe("fieldNotInteger");
  });
});

describe("normalQuantile", () => {
  it.each([
    // R: qnorm(0.95) = 1.644854, qnorm(0.8) = 0.8416212, qnorm(0.99) = 2.326348, qnorm(0.01) = -2.326348
    [0.95, 1.644854],
    [0.8, 0.8416212],
    [0.99, 2.326348],
    [0.01, -2.326348],
    [0.5, 0],
  ])("z(%p) = %p", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 6);
  });
  it("is increasing in p (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.998, noNaN: true }),
        (p) => normalQuantile(p + 0.001) > normalQuantile(p),
      ),
    );
  });
  it("rejects p outside (0, 1)", () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("dates", () => {
  it("adds days across a month end and counts them back", () => {
    expect(addDays("2026-11-27", -21)).toBe("2026-11-06");
    expect(daysBetween("2026-11-06", "2026-11-27")).toBe(21);
  });
  it("rejects impossible calendar dates", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

describe("parseActuals", () => {
  it("reads date,units and date,sku,units lines, skips a header and reports bad lines", () => {
    const r = parseActuals("date,sku,units\n2026-11-27, A, 5\n2026-11-28\t7\nnot a line\n2026-11-29, -3");
    expect(r.days).toEqual([
      { date: "2026-11-27", sku: "A", units: 5 },
      { date: "2026-11-28", units: 7 },
    ]);
    expect(r.badLines).toEqual([4, 5]);
  });
});

describe("i18n", () => {
  it("has the same keys in English and Chinese, none empty", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(zh).filter(([, v]) => v.trim() === "")).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => names(en[k]).join() !== names(zh[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-GB", "en-US"],
    ["de-DE", "en-US"],
    [undefined, "en-US"],
  ])("maps Office display language %p to %p", (lang, locale) => {
    expect(localeFor(lang)).toBe(locale);
  });
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
  it("formats numbers and dates by locale", () => {
    expect(makeI18n("en-US").num(1234.5, 1)).toBe("1,234.5");
    expect(makeI18n("en-US").date("2026-11-27")).toBe("Nov 27, 2026");
    expect(makeI18n("zh-CN").date("2026-11-27")).toBe("2026年11月27日");
  });
});
