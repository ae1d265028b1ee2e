import fc from "fast-check";
import { packInputs, unpackInputs } from "../../src/excel/packInputs";
import { inputCells } from "../../src/plan/inputCells";
import type { InputCellRef } from "../../src/plan/types";
import { fixtureBuilder } from "./fixtures";

describe("packInputs / unpackInputs", () => {
  it("round-trips the inputs of a model (sheet, row, column order)", () => {
    const refs = inputCells(
      fixtureBuilder(50)({ inputs: { LeadTimeDays: 45 }, table: { "SKU-00003": { mode: "air" } } }),
    );
    expect(unpackInputs(packInputs(refs))).toEqual(refs);
  });

  it("stores a table column as a row range and a SKU range, not per cell", () => {
    const packed = packInputs(inputCells(fixtureBuilder(1000)()));
    const onHand = packed.groups.find((g) => g.k === "onHand");
    expect(onHand?.rows).toEqual({ from: 2, count: 1000 });
    expect(onHand?.keys).toEqual({ from: 0, count: 1000 });
    expect(packed.skus).toHaveLength(1000);
  });

  it("round-trips any set of input refs (property)", () => {
    const ref = fc.record({
      sheet: fc.constantFrom("Plan", "SKUs"),
      row: fc.integer({ min: 1, max: 400 }),
      col: fc.constantFrom("B", "C", "AA"),
      key: fc.oneof(
        fc.record({ kind: fc.constant("name" as const), name: fc.constantFrom("A", "B") }),
        fc.record({
          kind: fc.constant("table" as const),
          sku: fc.string(),
          column: fc.constantFrom("onHand", "moq"),
        }),
      ),
      written: fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
      ),
      overridden: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 30 }), (raw) => {
        // one ref per address, as a model has
        const seen = new Set<string>();
        const refs: InputCellRef[] = [];
        for (const r of raw) {
          const address = `${r.col}${r.row}`;
          if (seen.has(`${r.sheet}!${address}`)) continue;
          seen.add(`${r.sheet}!${address}`);
          refs.push({
            sheet: r.sheet,
            address,
            key: r.key,
            written: Object.is(r.written, -0) ? 0 : r.written,
            overridden: r.overridden,
          });
        }
        const back = JSON.parse(JSON.stringify(packInputs(refs)));
        const key = (x: InputCellRef) => `${x.sheet}!${x.address}`;
        expect(unpackInputs(back).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
          [...refs].sort((a, b) => key(a).localeCompare(key(b))),
        );
      }),
    );
  });

  it("refuses packed data whose lengths differ", () => {
    const packed = packInputs(inputCells(fixtureBuilder(3)()));
    packed.groups[0].written.pop();
    expect(() => unpackInputs(packed)).toThrow("packed inputs of column");
  });
});
