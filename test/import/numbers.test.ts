/**
 * Numbers by the file's decimal separator (issue 16 #5), never cell by cell: the issue's cases
 * read consistently. One row per cell: the file's separator, the text, the number (NaN = the
 * row is rejected with DECIMAL_MISMATCH or BAD_NUMBER, not guessed).
 */
import { decimalFor, parseNumber, type DecimalSeparator } from "../../src/import/parseNumber";
import { importSales } from "../../src/import/importSales";
import { importSkus } from "../../src/import/importSkus";
import fc from "fast-check";

// prettier-ignore
const CELLS: [decimal: DecimalSeparator, raw: string, value: number][] = [
  // decimal  cell          number
  [",",       "0,125",      0.125],
  [",",       "2,500",      2.5],
  [",",       "19,99",      19.99],
  [",",       "$1.250",     1250],
  [",",       "¥1.250",     1250],
  [",",       "1.250",      1250],
  [",",       "1.234,56",   1234.56],
  [",",       "1 234,5",    1234.5],
  [",",       "(1,5)",      -1.5],
  [",",       "1,234.56",   NaN],
  [".",       "0,125",      NaN],       // a leading 0 never groups thousands: not 125
  [".",       "2,500",      2500],
  [".",       "19,99",      NaN],
  [".",       "$1.250",     1.25],
  [".",       "¥1.250",     1.25],
  [".",       "1.250",      1.25],
  [".",       "1,234.56",   1234.56],
  [".",       "1.234,56",   NaN],
  [".",       "1e3",        1000],
];

describe("parseNumber with the file's decimal separator", () => {
  it.each(CELLS)('decimal "%s": %s → %d', (decimal, raw, value) => {
    expect(parseNumber(raw, decimal)).toBe(value);
  });

  it("takes the separator from the delimiter unless the buyer chose one", () => {
    expect([
      decimalFor(";"),
      decimalFor(","),
      decimalFor("\t"),
      decimalFor(";", "."),
      decimalFor(",", ","),
    ]).toEqual([",", ".", ".", ".", ","]);
  });
});

describe("one semicolon file, one rule (the issue's case)", () => {
  it("reads 0,125 kg, 2,500 and 19,99 with the same decimal comma", () => {
    const r = importSkus("sku;weight_kg;unit_cost;selling_price\nA;0,125;2,500;19,99\n");
    expect(r.rows.map((s) => [s.weightKg, s.unitCost, s.sellingPrice])).toEqual([[0.125, 2.5, 19.99]]);
  });

  it("reads $1.250, ¥1.250 and 1.250 alike", () => {
    const comma = importSales(
      "date;sku;units;price\n2024-01-01;A;1;$1.250\n2024-01-02;A;1;¥1.250\n2024-01-03;A;1;1.250\n",
    );
    expect(comma.rows.map((x) => x.price)).toEqual([1250, 1250, 1250]);
    const point = importSales(
      "date,sku,units,price\n2024-01-01,A,1,$1.250\n2024-01-02,A,1,¥1.250\n2024-01-03,A,1,1.250\n",
    );
    expect(point.rows.map((x) => x.price)).toEqual([1.25, 1.25, 1.25]);
  });

  // prettier-ignore
  const REJECTED: [name: string, text: string, decimal: DecimalSeparator | undefined, code: string, column: string][] = [
    // name                                   file                                                   --decimal   issue               column
    ["decimal comma in a comma file",         'date,sku,units,price\n2024-01-01,A,1,"19,99"\n',      undefined,  "DECIMAL_MISMATCH", "price"],
    ["thousands comma in a semicolon file",   "date;sku;units;price\n2024-01-01;A;1;1,234.50\n",     undefined,  "DECIMAL_MISMATCH", "price"],
    ["--decimal . on a semicolon file",       "date;sku;units;price\n2024-01-01;A;1;19,99\n",        ".",        "DECIMAL_MISMATCH", "price"],
    ["a word stays a bad number",             "date;sku;units;price\n2024-01-01;A;1;n/a\n",          undefined,  "BAD_NUMBER",       "price"],
  ];
  it.each(REJECTED)("%s: the row is rejected with a clear reason", (_name, text, decimal, code, column) => {
    const r = importSales(text, { decimal });
    expect([r.rows, r.issues.map((i) => [i.code, i.row, i.column])]).toEqual([[], [[code, 2, column]]]);
  });

  it("explains the separator in en and zh", () => {
    const i = importSales('date,sku,units,price\n2024-01-01,A,1,"19,99"\n').issues[0];
    expect(i.message).toContain('this file\'s numbers use "."');
    expect(i.messageZh).toContain("本文件的小数点是“.”");
  });
});

/**
 * The plain-number fast path (a character scan instead of a regular expression) reads exactly
 * what `Number` reads for every cell the old pattern `^-?\d{1,15}(\.\d{1,15})?$` accepted, and
 * leaves every other cell to the general reader (so `1,234`, `+5`, `.5`, `1e3`, 16 digits and
 * blanks read as they always did).
 */
describe("plain numbers read by the character scan", () => {
  const digits = (min: number, max: number) =>
    fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((a) => a.join(""));
  const plainCell = fc
    .tuple(fc.boolean(), digits(1, 15), fc.option(digits(1, 15), { nil: undefined }))
    .map(([neg, int, frac]) => `${neg ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`);

  it("equals Number for plain cells with a decimal point", () => {
    fc.assert(
      fc.property(plainCell, (raw) => Object.is(parseNumber(raw, "."), Number(raw))),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(plainCell, (raw) => Object.is(parseNumber(raw), Number(raw))));
    // decimals the digit arithmetic must round exactly as Number does
    for (const raw of [
      "0.1",
      "0.3",
      "1.005",
      "19.99",
      "123456789.123456",
      "999999999999.999",
      "0.000000000000001",
    ])
      expect(parseNumber(raw, ".")).toBe(Number(raw));
    expect(parseNumber("9007199254.740993", ".")).toBe(9007199254.740993); // 16 digits: Number reads it
  });

  it("reads integers the same with a decimal comma", () => {
    const intCell = plainCell.filter((raw) => !raw.includes("."));
    fc.assert(fc.property(intCell, (raw) => Object.is(parseNumber(raw, ","), Number(raw))));
  });

  it.each([
    ["1234567890123456", ".", 1234567890123456], // 16 digits: the general path
    ["-", ".", NaN],
    ["", ".", null],
    ["12.", ".", 12],
    [".5", ".", 0.5],
    ["+5", ".", 5],
    ["1e3", ".", 1000],
    ["-0", ".", -0],
    ["007", ".", 7],
    ["1.5", ",", NaN], // a decimal-comma file: "." only groups thousands, and 1.5 is no grouping
  ] as const)("%j with %s → %p", (raw, decimal, value) => {
    expect(parseNumber(raw, decimal as DecimalSeparator)).toBe(value);
  });
});
