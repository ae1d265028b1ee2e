/**
 * DailyTotals sums sales lines into SKU-days whatever order the lines come in (day by day, SKU by
 * SKU, shuffled, SKUs appearing and vanishing): the SKU-order shortcut and the growing day arrays
 * change nothing, nor does a hint of the file's span, right or wrong. Checked against a plain sum per SKU-day; exact repeats are found by hash.
 */
import fc from "fast-check";
import { DailyTotals, type DayTotal } from "../../src/import/dailyTotals";

/** A SKU's days as copies (eachDay refills one object), freeing them as eachDay does. */
function daysOf(t: DailyTotals, sku: string): DayTotal[] {
  const out: DayTotal[] = [];
  t.eachDay(sku, (d) => out.push({ ...d }));
  return out;
}

type Line = { sku: string; day: number; units: number; promo: 0 | 1; hash: number };

const line = fc.record({
  sku: fc.constantFrom("A", "B", "C", "D", "E"),
  day: fc.integer({ min: 19000, max: 19400 }),
  units: fc.integer({ min: 0, max: 50 }),
  promo: fc.constantFrom<0 | 1>(0, 1),
  hash: fc.integer({ min: 0, max: 3 }),
});

function expected(
  lines: Line[],
): Map<string, { day: number; units: number; promoUnits: number; lines: number }[]> {
  const seen = new Map<string, Set<number>>();
  const out = new Map<
    string,
    Map<number, { day: number; units: number; promoUnits: number; lines: number }>
  >();
  for (const l of lines) {
    const key = `${l.sku}|${l.day}`;
    const hashes = seen.get(key) ?? new Set<number>();
    seen.set(key, hashes);
    if (hashes.has(l.hash)) continue; // an exact repeat of an earlier line of that SKU-day
    hashes.add(l.hash);
    const days = out.get(l.sku) ?? new Map();
    out.set(l.sku, days);
    const d = days.get(l.day) ?? { day: l.day, units: 0, promoUnits: 0, lines: 0 };
    days.set(l.day, d);
    d.units += l.units;
    d.promoUnits += l.promo ? l.units : 0;
    d.lines++;
  }
  return new Map([...out].map(([sku, days]) => [sku, [...days.values()].sort((a, b) => a.day - b.day)]));
}

describe("DailyTotals", () => {
  it("equals a plain sum per SKU-day for lines in any order", () => {
    const ordered = fc.array(line, { maxLength: 200 }).chain((lines) =>
      fc.constantFrom(
        lines,
        [...lines].sort((a, b) => a.day - b.day || a.sku.localeCompare(b.sku)), // an export: day by day
        [...lines].sort((a, b) => a.sku.localeCompare(b.sku) || a.day - b.day), // SKU by SKU
      ),
    );
    // the expected span is only a sizing hint: right, wrong, reversed or absent, the sums are equal
    const hint = fc.option(
      fc.tuple(fc.integer({ min: 18900, max: 19500 }), fc.integer({ min: 18900, max: 19500 })),
    );
    fc.assert(
      fc.property(ordered, hint, (lines, span) => {
        const t = new DailyTotals();
        if (span) t.expectSpan(span[0], span[1]);
        const repeats = lines.map((l, row) =>
          t.add(l.sku, l.day, { units: l.units, promo: l.promo }, l.hash, row),
        );
        const want = expected(lines);
        expect(repeats.filter((r) => r < 0).length).toBe(
          [...want.values()].flat().reduce((a, d) => a + d.lines, 0),
        );
        for (const [sku, days] of want) {
          expect(t.span(sku)).toEqual({ first: days[0].day, last: days[days.length - 1].day });
          const got = daysOf(t, sku).map((d) => ({
            day: d.day,
            units: d.units,
            promoUnits: d.promoUnits,
            lines: d.lines,
          }));
          expect(got).toEqual(days);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("names the first row of an exact repeat", () => {
    const t = new DailyTotals();
    expect(t.add("A", 19000, { units: 2 }, 7, 2)).toBe(-1);
    expect(t.add("B", 19000, { units: 1 }, 7, 3)).toBe(-1); // same hash, other SKU: not a repeat
    expect(t.add("A", 19000, { units: 2 }, 7, 4)).toBe(2);
    expect(daysOf(t, "A").map((d) => d.units)).toEqual([2]);
  });

  it("refuses a line once its days are being read (the SKU-order links point at freed SKUs)", () => {
    const t = new DailyTotals();
    t.add("A", 19000, { units: 1 }, 1, 2);
    expect(daysOf(t, "A")).toHaveLength(1);
    expect(() => t.add("A", 19001, { units: 1 }, 2, 3)).toThrow(/after its days were read/);
  });
});
