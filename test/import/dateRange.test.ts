/**
 * Implausible sales dates (issue 16 #6): a mistyped year is rejected with its row instead of
 * moving the plan date decades ahead or switching a SKU's forecast method. One row per case.
 */
import { importSales, type SalesImportOptions } from "../../src/import/importSales";

const H = "date,sku,units\n";
const GOOD = "2024-11-10,A,5\n";

// prettier-ignore
const CASES: [name: string, rows: string, options: SalesImportOptions, code: string | null, kept: string[]][] = [
  // name                                  rows                          options                        issue                dates kept
  ["year −20 (2004 → 1984)",               "1984-11-11,A,45\n",          {},                            "DATE_OUT_OF_RANGE", ["2024-11-10"]],
  ["slash date in 1999",                   "11/13/1999,A,45\n",          {},                            "DATE_OUT_OF_RANGE", ["2024-11-10"]],
  ["year +36 without asOf",                "2060-11-11,A,45\n",          { latest: "2028-12-01" },      "DATE_OUT_OF_RANGE", ["2024-11-10"]],
  ["slash date years ahead",               "11/13/2061,A,45\n",          { latest: "2028-12-01" },      "DATE_OUT_OF_RANGE", ["2024-11-10"]],
  ["year +36 with asOf",                   "2060-11-11,A,45\n",          { asOf: "2024-11-30" },        "FUTURE_DATE",       ["2024-11-10"]],
  ["1 Jan 2000 is plausible",              "2000-01-01,A,1\n",           {},                            null,                ["2000-01-01", "2024-11-10"]],
  ["the latest day itself is plausible",   "2028-12-01,A,1\n",           { latest: "2028-12-01" },      null,                ["2024-11-10", "2028-12-01"]],
];

describe("sales dates out of the plausible range", () => {
  it.each(CASES)("%s", (_name, rows, options, code, kept) => {
    const r = importSales(H + GOOD + rows, options);
    expect(r.rows.map((x) => x.date)).toEqual(kept);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual(code ? [[code, 3]] : []);
  });

  it("says why in en and zh", () => {
    const i = importSales(H + "1984-11-11,A,45\n").issues[0];
    expect(i.message).toBe(
      'Row 2: date "1984-11-11" is outside the plausible range ≥ 2000-01-01 (a mistyped year?); row not imported.',
    );
    expect(i.messageZh).toContain("是否年份输错");
  });
});
