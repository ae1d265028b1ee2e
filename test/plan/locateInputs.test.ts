import fc from "fast-check";
import { locateInputs, parsePlanState, stateTables, tableColumnOf } from "../../src/plan/inputCells";
import type { InputCellRef, PlanStateTable } from "../../src/plan/types";
import { PLAN_SCHEMA_VERSION } from "../../src/plan/types";
import { fixtureBuilder } from "../excel/fixtures";

/** The SKU table of these tests: header in row 1, SKU in column B (keyColumn 1), inputs in D and E. */
const TABLE: PlanStateTable = { name: "StockUpSkus", sheet: "SKUs", range: "A1:E4", keyColumn: 1 };

const tableRef = (sku: string, column: string, address: string, written = 0): InputCellRef => ({
  sheet: "SKUs",
  address,
  key: { kind: "table", sku, column },
  written,
  overridden: false,
});
const nameRef: InputCellRef = {
  sheet: "Plan",
  address: "B4",
  key: { kind: "name", name: "ServiceLevel" },
  written: 0.95,
  overridden: false,
};

describe("stateTables", () => {
  it("records each SKU table with the position of its sku column", () => {
    // fixture: StockUpSkus on SKUs, A1:F4 for 3 SKUs, sku is the first column
    expect(stateTables(fixtureBuilder(3)())).toEqual([
      { name: "StockUpSkus", sheet: "SKUs", range: "A1:F4", keyColumn: 0 },
    ]);
  });

  it("leaves out a table without a sku column", () => {
    const model = fixtureBuilder(3)();
    const skus = model.sheets.find((s) => s.name === "SKUs")!;
    skus.tables[0].columns[0] = { ...skus.tables[0].columns[0], key: "code" };
    expect(stateTables(model)).toEqual([]);
  });
});

describe("tableColumnOf", () => {
  it("finds the table and 0-based column a body cell was written in", () => {
    expect(tableColumnOf(tableRef("S1", "onHand", "D3"), [TABLE])).toEqual({ table: TABLE, column: 3 });
  });

  it("returns null for single inputs, header cells, cells outside the table and other sheets", () => {
    expect(tableColumnOf(nameRef, [TABLE])).toBeNull();
    expect(tableColumnOf(tableRef("S1", "onHand", "D1"), [TABLE])).toBeNull(); // header row
    expect(tableColumnOf(tableRef("S1", "onHand", "D5"), [TABLE])).toBeNull(); // below
    expect(tableColumnOf(tableRef("S1", "onHand", "F2"), [TABLE])).toBeNull(); // right of it
    expect(tableColumnOf({ ...tableRef("S1", "onHand", "D2"), sheet: "Other" }, [TABLE])).toBeNull();
    expect(tableColumnOf(tableRef("S1", "onHand", "D2"), undefined)).toBeNull();
  });
});

describe("locateInputs", () => {
  const refs = [
    nameRef,
    tableRef("S1", "onHand", "D2"),
    tableRef("S2", "onHand", "D3"),
    tableRef("S3", "mode", "E4"),
  ];

  it("finds each SKU's current row after a sort; single inputs stay by address", () => {
    const keys = new Map([["StockUpSkus", ["S3", "S1", "S2"]]]);
    expect(locateInputs(refs, [TABLE], keys)).toEqual([
      { kind: "address" },
      { kind: "row", table: "StockUpSkus", row: 1, column: 3 },
      { kind: "row", table: "StockUpSkus", row: 2, column: 3 },
      { kind: "row", table: "StockUpSkus", row: 0, column: 4 },
    ]);
  });

  it("marks a SKU no longer in the table as gone", () => {
    const keys = new Map([["StockUpSkus", ["S1", "S3", null]]]);
    expect(locateInputs(refs, [TABLE], keys)[2]).toEqual({ kind: "gone" });
  });

  it("matches a SKU Excel hands back as a number or with spaces, and the first of duplicates", () => {
    const numeric = [tableRef("10023", "onHand", "D2")];
    expect(locateInputs(numeric, [TABLE], new Map([["StockUpSkus", ["x", 10023]]]))).toEqual([
      { kind: "row", table: "StockUpSkus", row: 1, column: 3 },
    ]);
    expect(locateInputs(numeric, [TABLE], new Map([["StockUpSkus", [" 10023 ", "10023"]]]))).toEqual([
      { kind: "row", table: "StockUpSkus", row: 0, column: 3 },
    ]);
  });

  it("reads by address when the column holds none of the SKUs (a column was inserted), but drops all of an emptied table", () => {
    const located = locateInputs(refs, [TABLE], new Map([["StockUpSkus", ["Title 1", "Title 2", 5]]]));
    expect(located).toEqual(refs.map(() => ({ kind: "address" })));
    const emptied = locateInputs(refs, [TABLE], new Map([["StockUpSkus", [null, ""]]]));
    expect(emptied).toEqual([{ kind: "address" }, { kind: "gone" }, { kind: "gone" }, { kind: "gone" }]);
  });

  it("falls back to the address when the table's SKU column was not read or not stored", () => {
    const all = refs.map(() => ({ kind: "address" }));
    expect(locateInputs(refs, [TABLE], new Map())).toEqual(all);
    expect(locateInputs(refs, undefined, new Map([["StockUpSkus", ["S1"]]]))).toEqual(all);
  });

  it("sends every SKU to the row a random permutation moved it to (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 6 }).map((s) => `K${s}`),
          { minLength: 1, maxLength: 20 },
        ),
        fc.nat(),
        (skus, seed) => {
          const table: PlanStateTable = { ...TABLE, range: `A1:E${skus.length + 1}` };
          const stored = skus.map((s, i) => tableRef(s, "onHand", `D${i + 2}`));
          const order = skus
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 31) - ((b * 7919 + seed) % 31) || a - b);
          const now = order.map((i) => skus[i]);
          const located = locateInputs(stored, [table], new Map([["StockUpSkus", now]]));
          located.forEach((l, i) => {
            expect(l.kind).toBe("row");
            if (l.kind === "row") expect(now[l.row]).toBe(skus[i]);
          });
        },
      ),
    );
  });
});

describe("parsePlanState: tables", () => {
  const base = { schemaVersion: PLAN_SCHEMA_VERSION, refreshDate: "2026-05-01", locale: "en-US", inputs: [] };

  it("keeps a well-formed table list", () => {
    expect(parsePlanState(JSON.stringify({ ...base, tables: [TABLE] })).tables).toEqual([TABLE]);
  });

  it("reads a state without tables (written before they were stored)", () => {
    expect(parsePlanState(JSON.stringify(base)).tables).toBeUndefined();
  });

  it("drops a malformed table list instead of failing (its inputs are then read by address)", () => {
    for (const tables of [{}, [{ ...TABLE, keyColumn: -1 }], [{ ...TABLE, range: "A1" }], [null]]) {
      const s = parsePlanState(JSON.stringify({ ...base, tables }));
      expect(s.tables).toBeUndefined();
      expect(s.inputs).toEqual([]);
    }
  });
});
