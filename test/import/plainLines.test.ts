/**
 * The sales importer reads most lines of a large generic file in place (`plainRow`, issue 16
 * scale) and every other line through the record path. The two must agree: the same totals,
 * issues, duplicates, SKU spellings and counts whatever the file holds. Each generated file
 * mixes plain lines with the lines the record path alone may take (spaces, formula-like or
 * invisible-character SKUs, negative, decimal-comma or blank numbers, other flags, new, future
 * or implausible dates, repeats, short rows), in several column orders and delimiters.
 */
import fc from "fast-check";
import { importSales, createSalesSink, type SalesImportOptions } from "../../src/import/importSales";
import { importDelimited } from "../../src/import/importSteps";
import { PlainLine } from "../../src/import/plainLine";
import { hashCells31 } from "../../src/import/readTable";

/** The import with the plain-line path switched off: every line through the record path. */
function recordPathOnly(text: string, options: SalesImportOptions) {
  return importDelimited(text, options, (o) => {
    const sink = createSalesSink(o, true);
    delete sink.plainRow;
    return sink;
  });
}

const comparable = (r: ReturnType<typeof importSales>) => ({
  rows: r.rows,
  issues: r.issues,
  meta: r.meta,
});

const cellOf = <T>(plain: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: odd });

const date = cellOf(
  fc.constantFrom("2024-03-01", "2024-03-02", "2024-03-03"),
  fc.constantFrom(
    "2024-03-04",
    " 2024-03-01",
    "03/05/2024",
    "2031-01-01",
    "1999-12-31",
    "",
    "x",
    "2024-03-01T08:00",
  ),
);
const sku = cellOf(
  fc.constantFrom("SKU-1", "SKU-2", "B07XYZ"),
  fc.constantFrom("SKU-1 ", "\u3000SKU-1", "SKU-1\u200b", "=SKU", "-1", "@x", "货号1", "SKU货", "", " "),
);
const units = cellOf(
  fc.constantFrom("0", "1", "3", "12", "2.5", "-0"),
  fc.constantFrom("-2", "1,5", "1e3", " 4", "", "abc", "2000000000", "1.2345678901234567"),
);
const flag = cellOf(fc.constantFrom("0", "1"), fc.constantFrom("yes", "", "2", " 1", "促销"));
const price = cellOf(
  fc.constantFrom("19.99", "5", "", "0.5"),
  fc.constantFrom("$19.99", "19,99", "-3", "n/a", " 2"),
);

const COLUMNS = ["date", "sku", "units", "promo", "price", "revenue"] as const;
type Column = (typeof COLUMNS)[number];
const valueOf: Record<Column, fc.Arbitrary<string>> = {
  date,
  sku,
  units,
  promo: flag,
  price,
  revenue: price,
};

const file = fc
  .record({
    // the three required columns in some order, then some of the optional ones
    order: fc
      .shuffledSubarray([...COLUMNS], { minLength: 3 })
      .filter((c) => (["date", "sku", "units"] as const).every((r) => c.includes(r))),
    delimiter: fc.constantFrom(",", ";", "\t"),
    crlf: fc.boolean(),
    decimal: fc.constantFrom<"." | "," | undefined>(undefined, ".", ","),
    lines: fc.integer({ min: 1, max: 60 }),
    repeats: fc.array(fc.nat(), { maxLength: 8 }),
    short: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .chain((f) =>
    fc
      .array(
        fc.record(
          Object.fromEntries(f.order.map((c) => [c, valueOf[c]])) as Record<string, fc.Arbitrary<string>>,
        ),
        {
          minLength: f.lines,
          maxLength: f.lines,
        },
      )
      .map((records) => {
        const lines = records.map((r) => f.order.map((c) => r[c]).join(f.delimiter));
        // exact repeats of earlier lines, and lines with a cell missing
        for (const i of f.repeats) lines.push(lines[i % lines.length]);
        for (const i of f.short)
          lines.splice(
            i % lines.length,
            0,
            lines[i % lines.length].split(f.delimiter).slice(1).join(f.delimiter),
          );
        const text = [f.order.join(f.delimiter), ...lines].join(f.crlf ? "\r\n" : "\n");
        return { text, decimal: f.decimal };
      }),
  );

describe("plain-line path", () => {
  it("gives the record path's result on generated generic files", () => {
    fc.assert(
      fc.property(file, ({ text, decimal }) => {
        const options: SalesImportOptions = { asOf: "2024-12-31", latest: "2026-12-31", decimal };
        expect(comparable(importSales(text, options))).toEqual(comparable(recordPathOnly(text, options)));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the lines of a plain daily file in place, and only those", () => {
    const text = [
      "date,sku,units,promo,price",
      "2024-03-01,SKU-1,3,0,19.99",
      "2024-03-01,SKU-2,1,1,5",
      "2024-03-02,SKU-1,2,0,19.99",
      "2024-03-02,SKU-2,4,0,", // blank price: still plain
      "2024-03-02,SKU-2,4,0,", // exact repeat of the line above
      "2024-03-02, SKU-1,1,0,19.99", // a leading space: the record path trims it
    ].join("\n");
    const sink = createSalesSink({ asOf: "2024-12-31" }, true);
    const taken: number[] = [];
    const plainRow = sink.plainRow!;
    sink.plainRow = (t, s, e, row, d) => {
      const ok = plainRow(t, s, e, row, d);
      if (ok) taken.push(row);
      return ok;
    };
    const r = importDelimited(text, {}, () => sink);
    // row 2 is the first data line, and rows 2 and 4 bring a date not seen before
    expect(taken).toEqual([3, 5, 6]);
    expect(r.rows).toEqual([
      { sku: "SKU-1", date: "2024-03-01", units: 3, promo: 0, price: 19.99, revenue: 59.97 },
      { sku: "SKU-1", date: "2024-03-02", units: 3, promo: 0, price: 19.99, revenue: 59.97 },
      { sku: "SKU-2", date: "2024-03-01", units: 1, promo: 1, price: 5, revenue: 5 },
      { sku: "SKU-2", date: "2024-03-02", units: 4, promo: 0 },
    ]);
    expect(r.meta.duplicateRows).toBe(1);
    expect(r.issues.map((i) => [i.code, i.row, i.detail])).toEqual([["DUPLICATE_ROW", 6, "5"]]);
  });
});

describe("PlainLine", () => {
  it("finds the cells and the record hash of a line, as splitting it does", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "1", " ", ".", "-", "货", ";") });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 70 }), fc.constantFrom(",", "\t"), (cells, d) => {
        const text = `x\n${cells.join(d)}\ny`;
        const l = new PlainLine();
        const ok = l.scan(text, 2, text.length - 2, d.charCodeAt(0));
        expect(ok).toBe(cells.length <= 64);
        if (!ok) return;
        expect(Array.from({ length: l.cells }, (_, i) => l.cell(i))).toEqual(cells);
        expect(l.hash).toBe(hashCells31(cells));
        cells.forEach((c, i) => expect(l.cellIs(i, c)).toBe(true));
      }),
    );
  });
});
