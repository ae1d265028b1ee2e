/**
 * The segmented reader (issue 16 scale) reads every record exactly as PapaParse reads the whole
 * text, whatever the segment size: quoted fields with delimiters, quotes and line breaks, CRLF,
 * blank lines.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { readDelimitedTable } from "../../src/import/readTable";

function read(text: string, segment?: number): string[][] {
  const out: string[][] = [];
  readDelimitedTable(
    text,
    ",",
    {
      header: (c) => out.push(c),
      row: (c) => out.push(c),
      malformed: (row, d) => out.push([`MALFORMED ${row}: ${d}`]),
    },
    segment,
  );
  return out;
}

const field = fc.string({
  unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r\n", "7", "é"),
  maxLength: 6,
});

describe("readDelimitedTable", () => {
  it("reads what PapaParse reads, at any segment size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 1, max: 40 }),
        (records, newline, segment) => {
          const text = Papa.unparse(records, { newline, quotes: false });
          // final line breaks end the last record; they are not blank records of their own
          const body = text.replace(/[\r\n]+$/, "");
          const expected =
            body === "" ? [] : Papa.parse<string[]>(body, { delimiter: ",", skipEmptyLines: false }).data;
          expect(read(text, segment)).toEqual(expected);
          expect(read(`${text}${newline}`, segment)).toEqual(expected); // a final line break adds no row
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cuts quote-free lines into the cells split() gives, for any delimiter", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "7", " ", ";", "\t", ",", "é"), maxLength: 9 });
    fc.assert(
      fc.property(
        fc.array(plain, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(";", "\t", ","),
        fc.constantFrom("\n", "\r\n"),
        fc.integer({ min: 1, max: 40 }),
        (lines, delimiter, newline, segment) => {
          const out: string[][] = [];
          const sink = {
            header: (c: string[]) => out.push(c),
            row: (c: string[]) => out.push(c),
            malformed() {},
          };
          readDelimitedTable(lines.join(newline), delimiter, sink, segment);
          const kept = lines.join("\n").replace(/\n+$/, "");
          expect(out).toEqual(kept === "" ? [] : kept.split("\n").map((l) => l.split(delimiter)));
        },
      ),
      { numRuns: 300 },
    );
  });

  // prettier-ignore
  const CASES: [name: string, text: string, segment: number, records: string[][]][] = [
    // name                                  text                                  segment  records
    ["blank line kept as a blank record",    "a,b\n\n1,2",                         1,       [["a", "b"], [""], ["1", "2"]]],
    ["quoted line break across segments",    'a,b\n"x\ny",2\n3,4',                 2,       [["a", "b"], ["x\ny", "2"], ["3", "4"]]],
    ["CRLF with a quoted CRLF",               'a,b\r\n"x\r\ny",2\r\n',              3,       [["a", "b"], ["x\r\ny", "2"]]],
    ["lone CR line breaks (old Mac)",        "a,b\r1,2\r",                         2,       [["a", "b"], ["1", "2"]]],
    ["escaped quotes",                       'a\n"say ""hi""",1',                  1,       [["a"], ['say "hi"', "1"]]],
  ];
  it.each(CASES)("%s", (_name, text, segment, records) => {
    expect(read(text, segment)).toEqual(records);
  });

  it("reports an unclosed quote as a malformed record, rows counted on", () => {
    expect(read('a,b\n1,2\n"3,4\n5,6', 2)[2][0]).toMatch(/^MALFORMED 3:/);
  });
});
