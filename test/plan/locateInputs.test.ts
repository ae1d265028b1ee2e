import fc from "fast-check";
import { stateTables } from "../../src/plan/inputCells";
import { tableColumnOf } from "../../src/plan/locateInputs";
import { columnNow } from "../../src/plan/workbookNow";
import { parsePlanState } from "../../src/plan/parsePlanState";
import { findRenamedSheets, parseSheetRef, planInputReads, resolveInputs } from "../../src/plan/locateInputs";
import type { CellContent, TableNow } from "../../src/plan/locateInputs";
import type { CellValue, InputCellRef, PlanStateTable } from "../../src/plan/types";
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
  it("records each keyed table with the position of its key column and every header", () => {
    // fixture: StockUpSkus on SKUs, A1:F4 for 3 SKUs, sku is the first column
    expect(stateTables(fixtureBuilder(3)())).toEqual([
      {
        name: "StockUpSkus",
        sheet: "SKUs",
        range: "A1:F4",
        keyColumn: 0,
        keyKind: "sku",
        headers: ["SKU", "Title", "On hand", "Daily units", "Need", "Mode"],
      },
    ]);
  });

  it("leaves out a table without a sku column or row key", () => {
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

describe("parseSheetRef", () => {
  it.each([
    ["='StockUp Plan'!$B$5", { sheet: "StockUp Plan", address: "B5" }],
    ["=Plan!$B$5", { sheet: "Plan", address: "B5" }],
    ["备货计划!$B$6", { sheet: "备货计划", address: "B6" }],
    ["'It''s'!A1:B2", { sheet: "It's", address: "A1:B2" }],
    ["=Plan!#REF!", null],
    ["=#REF!", null],
    ["=0.95", null],
    ["=[1]Plan!$B$5", null],
  ])("%s", (text, expected) => expect(parseSheetRef(text)).toEqual(expected));
});

/** A workbook as the tests see it: sheet → A1 → content; tables and names now. */
interface Grid {
  cells: Record<string, Record<string, CellValue>>;
  tables: Record<string, TableNow>;
  names: Record<string, string>;
}

function read(refs: InputCellRef[], tables: PlanStateTable[] | undefined, g: Grid) {
  const now = {
    sheets: new Set(Object.keys(g.cells)),
    names: new Map(Object.entries(g.names)),
    tables: new Map(Object.entries(g.tables)),
  };
  const plan = planInputReads(refs, tables, now);
  const at = (sheet: string, address: string): CellContent => ({
    value: g.cells[sheet]?.[address] ?? null,
    formula: null,
  });
  const column = (sheet: string, address: string): CellContent[] => {
    const [a, b] = address.split(":");
    const col = a.replace(/\d+/g, "");
    const out: CellContent[] = [];
    for (let r = Number(a.replace(/\D+/g, "")); r <= Number(b.replace(/\D+/g, "")); r++)
      out.push(at(sheet, `${col}${r}`));
    return out;
  };
  return resolveInputs(
    refs,
    plan,
    plan.cells.map((c) => at(c.sheet, c.address)),
    plan.columns.map((c) => column(c.sheet, c.address)),
  );
}

/** Headers of TABLE_H: SKU in B, inputs in D and E. */
const HEADERS = ["Title", "SKU", "Daily", "On hand", "Mode"];
const TABLE_H: PlanStateTable = { ...TABLE, keyKind: "sku", headers: HEADERS };

describe("planInputReads + resolveInputs: inputs found by identity", () => {
  const refs = [
    nameRef,
    tableRef("S1", "onHand", "D2"),
    tableRef("S2", "onHand", "D3"),
    tableRef("S3", "mode", "E4"),
  ];
  const grid = (over: Partial<Grid> = {}): Grid => ({
    cells: {
      Plan: { B4: 0.97 },
      SKUs: {
        A1: "Title",
        B1: "SKU",
        C1: "Daily",
        D1: "On hand",
        E1: "Mode",
        B2: "S3",
        D2: 30,
        E2: "air",
        B3: "S1",
        D3: 10,
        E3: "sea",
        B4: "S2",
        D4: 20,
        E4: "sea",
      },
    },
    tables: { StockUpSkus: { sheet: "SKUs", range: "A1:E4", headers: HEADERS } },
    names: { ServiceLevel: "='Plan'!$B$4" },
    ...over,
  });

  it("reads a single input where its name points now and table inputs in their SKU's row", () => {
    const r = read(refs, [TABLE_H], grid());
    expect(r.lost).toEqual([]);
    expect(r.contents.map((c) => c.value)).toEqual([0.97, 10, 20, "air"]);
  });

  it("follows a name Excel moved down by an inserted row (B4 → B5) and a renamed sheet", () => {
    const g = grid();
    g.cells["My plan"] = { B4: "Service level", B5: 0.98 };
    delete g.cells.Plan;
    g.names.ServiceLevel = "='My plan'!$B$5";
    expect(read(refs, [TABLE_H], g).contents[0].value).toBe(0.98);
    const now = {
      sheets: new Set(Object.keys(g.cells)),
      names: new Map(Object.entries(g.names)),
      tables: new Map(Object.entries(g.tables)),
    };
    expect(findRenamedSheets(refs, [TABLE_H], now)).toEqual(new Map([["Plan", "My plan"]]));
  });

  it("finds a column by its header after a column was inserted before it", () => {
    const g = grid({
      tables: {
        StockUpSkus: {
          sheet: "SKUs",
          range: "A1:F4",
          headers: ["Title", "Note", "SKU", "Daily", "On hand", "Mode"],
        },
      },
    });
    g.cells.SKUs = {
      C2: "S3",
      E2: 30,
      F2: "air",
      C3: "S1",
      E3: 10,
      F3: "sea",
      C4: "S2",
      E4: 20,
      F4: "sea",
      D4: 999,
    };
    expect(read(refs, [TABLE_H], g).contents.map((c) => c.value)).toEqual([0.97, 10, 20, "air"]);
  });

  it("reports a deleted name, a renamed column and a deleted table instead of guessing", () => {
    const g = grid({ names: {} });
    g.tables.StockUpSkus = { ...g.tables.StockUpSkus, headers: ["Title", "SKU", "Daily", "Stock", "Mode"] };
    const r = read(refs, [TABLE_H], g);
    expect(r.lost.map((l) => [l.reason, l.subject])).toEqual([
      ["name", "ServiceLevel"],
      ["column", "On hand"],
      ["column", "On hand"],
    ]);
    expect(r.contents.map((c) => c.value)).toEqual(["air"]);
    const gone = read(refs, [TABLE_H], grid({ tables: {} }));
    expect(gone.lost.map((l) => l.reason)).toEqual(["table", "table", "table"]);
  });

  it("keeps the remembered value of an edit whose cell is not found, and says so", () => {
    const edited = [{ ...nameRef, written: 0.99, overridden: true }];
    const r = read(edited, [TABLE_H], grid({ names: { ServiceLevel: "=Plan!#REF!" } }));
    expect(r.contents).toEqual([{ value: 0.99, formula: null }]);
    expect(r.lost).toEqual([{ ref: edited[0], reason: "name", subject: "ServiceLevel", remembered: true }]);
  });

  it("leaves out an input whose SKU row is gone, reporting it only when it held an edit", () => {
    const g = grid();
    g.cells.SKUs.B4 = "S9";
    const plain = read(refs, [TABLE_H], g);
    expect(plain.refs.map((r) => r.address)).toEqual(["B4", "D2", "E4"]);
    expect(plain.lost).toEqual([]);
    const edited = read([refs[0], refs[1], { ...refs[2], overridden: true }, refs[3]], [TABLE_H], g);
    expect(edited.lost.map((l) => [l.reason, l.subject, l.remembered])).toEqual([["row", "S2", false]]);
  });

  it("matches a SKU Excel hands back as a number or with spaces, and the first of duplicates", () => {
    const numeric = [tableRef("10023", "onHand", "D2")];
    const g = grid();
    g.cells.SKUs = { B2: "x", B3: 10023, D3: 5 };
    expect(read(numeric, [TABLE_H], g).contents.map((c) => c.value)).toEqual([5]);
    g.cells.SKUs = { B2: " 10023 ", D2: 1, B3: "10023", D3: 2 };
    expect(read(numeric, [TABLE_H], g).contents.map((c) => c.value)).toEqual([1]);
  });

  it("keys date tables by the date in the key cell (an Excel serial), not by a SKU", () => {
    const mon: PlanStateTable = {
      name: "Mon",
      sheet: "Mon",
      range: "A4:D6",
      keyColumn: 0,
      keyKind: "date",
      headers: ["Date", "B", "C", "Actual"],
    };
    const dateRef: InputCellRef = {
      sheet: "Mon",
      address: "D5",
      key: { kind: "date", date: "2025-07-08", column: "actual" },
      written: null,
      overridden: false,
    };
    const skuLikeDate = tableRef("2025-07-08", "onHand", "D2");
    const g = grid();
    g.cells.Mon = { A4: "Date", D4: "Actual", A5: 45847, D5: 11, A6: 45846, D6: 35 };
    g.tables.Mon = { sheet: "Mon", range: "A4:D6", headers: ["Date", "B", "C", "Actual"] };
    g.cells.SKUs.B2 = "2025-07-08";
    const r = read([dateRef, skuLikeDate], [TABLE_H, mon], g);
    expect(r.contents.map((c) => c.value)).toEqual([35, 30]);
  });

  it("reads a legacy table (no headers stored) by position, and reports a shifted key column", () => {
    const r = read(refs, [TABLE], grid());
    expect(r.contents.map((c) => c.value)).toEqual([0.97, 10, 20, "air"]);
    const g = grid();
    g.cells.SKUs = { B2: "Title 1", B3: "Title 2", B4: 5 };
    expect(read(refs, [TABLE], g).lost.map((l) => l.reason)).toEqual(["keyColumn", "keyColumn", "keyColumn"]);
  });

  it("sends every SKU's input to the row a random permutation moved it to (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 6 }).map((s) => `K${s.trim()}`),
          { minLength: 1, maxLength: 20, selector: (s) => s },
        ),
        fc.nat(),
        (skus, seed) => {
          const table: PlanStateTable = { ...TABLE_H, range: `A1:E${skus.length + 1}` };
          const stored = skus.map((s, i) => tableRef(s, "onHand", `D${i + 2}`));
          const order = skus
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 31) - ((b * 7919 + seed) % 31) || a - b);
          const cells: Record<string, CellValue> = {};
          order.forEach((from, row) => {
            cells[`B${row + 2}`] = skus[from];
            cells[`D${row + 2}`] = from * 10;
          });
          const g: Grid = {
            cells: { SKUs: cells, Plan: {} },
            tables: { StockUpSkus: { sheet: "SKUs", range: table.range, headers: HEADERS } },
            names: {},
          };
          const r = read(stored, [table], g);
          expect(r.contents.map((c) => c.value)).toEqual(skus.map((_, i) => i * 10));
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

describe("columnNow", () => {
  it("finds a column by its header as Excel compares them (trimmed, any case), the first of two", () => {
    const table = { sheet: "S", range: "A1:D3", headers: ["SKU", " On hand ", "on HAND", 5] };
    expect(columnNow(table, "on hand")).toBe(1);
    expect(columnNow(table, "SKU ")).toBe(0);
    expect(columnNow(table, "5")).toBe(3);
    expect(columnNow(table, "Lead time")).toBe(-1);
    // asked again (remembered per header row): the same answers
    expect([columnNow(table, "ON HAND"), columnNow(table, "sku")]).toEqual([1, 0]);
  });
});
