import fc from "fast-check";
import { STATE_SHEET_NAME } from "../../src/excel/planState";
import { writePlan } from "../../src/excel/writePlan";
import {
  cellOf,
  createWorkbook,
  deleteTableRow,
  FakeHost,
  insertTableRow,
  sheetByName,
  sortTableRows,
  typeInto,
} from "./fakeExcel";
import { defaultOnHand, fixtureBuilder, skuCode } from "./fixtures";

const now = () => new Date("2026-05-01T08:00:00Z");
const TABLE = "StockUpSkus";

/** Body row (0-based) of each SKU in the fixture's SKUs sheet now: column A from row 2 down. */
function rowOfSku(wb: ReturnType<typeof createWorkbook>, sku: string, count: number): number {
  for (let i = 0; i < count; i++) if (cellOf(wb, "SKUs", `A${i + 2}`)?.value === sku) return i;
  return -1;
}

async function built(skus: number) {
  const wb = createWorkbook();
  await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(skus), { now });
  return wb;
}

/** Order that reverses n rows. */
const reversed = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);

describe("writePlan: buyer edits follow their SKU when the table is sorted", () => {
  it("keeps the on-hand typed for SKU B on B after the buyer sorted B to another row", async () => {
    const wb = await built(5);
    // SKU index 1 (B) sits in body row 1 = sheet row 3; the buyer types 777 on hand
    typeInto(wb, "SKUs", "C3", 777);
    sortTableRows(wb, TABLE, reversed(5)); // B moves to body row 3 = sheet row 5
    expect(cellOf(wb, "SKUs", "A5")?.value).toBe(skuCode(1));
    expect(cellOf(wb, "SKUs", "C5")?.value).toBe(777);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(5), { now });
    // only B's edit, nothing credited to SKU index 3 (which was written at C5) or anyone else
    expect(report.overrides.table).toEqual({ [skuCode(1)]: { onHand: 777 } });
    expect(report.inputsKept).toBe(1);
    // the rebuild writes the table in model order again: B back in row 3 with its edit
    expect(cellOf(wb, "SKUs", "A3")?.value).toBe(skuCode(1));
    expect(cellOf(wb, "SKUs", "C3")?.value).toBe(777);
    for (const i of [0, 2, 3, 4]) expect(cellOf(wb, "SKUs", `C${i + 2}`)?.value).toBe(defaultOnHand(i));
  });

  it("keeps an edit on its SKU across a sort after an earlier rebuild already kept it", async () => {
    const wb = await built(4);
    typeInto(wb, "SKUs", "F2", "air"); // SKU index 0's mode
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(4), { now });
    sortTableRows(wb, TABLE, [1, 2, 3, 0]); // index 0 moves to the last row
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(4), { now });
    expect(report.overrides.table).toEqual({ [skuCode(0)]: { mode: "air" } });
  });

  it("does not credit the SKU now at an edited address with an edit (sorting alone is no edit)", async () => {
    const wb = await built(6);
    sortTableRows(wb, TABLE, [5, 4, 3, 0, 1, 2]);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(6), { now, force: true });
    expect(report.overrides).toEqual({ inputs: {}, table: {}, dates: {} });
    expect(report.inputsKept).toBe(0);
  });

  it("keeps the other SKUs' edits on their SKUs when the buyer deleted a row above them", async () => {
    const wb = await built(5);
    typeInto(wb, "SKUs", "C4", 42); // index 2
    typeInto(wb, "SKUs", "F6", "express"); // index 4
    typeInto(wb, "SKUs", "C3", 9); // index 1, whose row the buyer then deletes
    deleteTableRow(wb, TABLE, 1);
    expect(cellOf(wb, "SKUs", "A3")?.value).toBe(skuCode(2));
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(5), { now });
    // the deleted SKU's edit is gone with its row; no SKU picked up a neighbour's value
    expect(report.overrides.table).toEqual({
      [skuCode(2)]: { onHand: 42 },
      [skuCode(4)]: { mode: "express" },
    });
    expect(cellOf(wb, "SKUs", "C4")?.value).toBe(42);
    expect(cellOf(wb, "SKUs", "C3")?.value).toBe(defaultOnHand(1));
  });

  it("keeps edits on their SKUs when the buyer inserted an empty row above them", async () => {
    const wb = await built(4);
    typeInto(wb, "SKUs", "C4", 31); // index 2
    insertTableRow(wb, TABLE, 1); // rows from sheet row 3 down move one down
    expect(cellOf(wb, "SKUs", "A5")?.value).toBe(skuCode(2));
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(4), { now });
    expect(report.overrides.table).toEqual({ [skuCode(2)]: { onHand: 31 } });
    expect(cellOf(wb, "SKUs", "C4")?.value).toBe(31);
  });

  it("reads a state stored without its table list by address, as before", async () => {
    const wb = await built(3);
    // strip `tables` from the stored state, as an older StockUp wrote it
    const state = sheetByName(wb, STATE_SHEET_NAME);
    const cell = state.cells.get("0,0");
    const json = JSON.parse(String(cell?.value)) as { plan: { tables?: unknown } };
    expect(json.plan.tables).toEqual([
      {
        name: TABLE,
        sheet: "SKUs",
        range: "A1:F4",
        keyColumn: 0,
        keyKind: "sku",
        headers: ["SKU", "Title", "On hand", "Daily units", "Need", "Mode"],
      },
    ]);
    delete json.plan.tables;
    if (cell) cell.value = JSON.stringify(json);
    typeInto(wb, "SKUs", "C3", 555);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(3), { now });
    expect(report.overrides.table).toEqual({ [skuCode(1)]: { onHand: 555 } });
  });

  it("uses the same number of syncs after a sort for 10, 1,000 and 5,000 SKUs", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000, 5000]) {
      const wb = await built(n);
      typeInto(wb, "SKUs", "C2", 123456);
      sortTableRows(wb, TABLE, reversed(n));
      const host = new FakeHost(wb);
      const report = await writePlan(host.excelRun, fixtureBuilder(n), { now });
      expect(report.overrides.table).toEqual({ [skuCode(0)]: { onHand: 123456 } });
      counts.push(host.syncCount);
    }
    // 3 reads (sheets, state, inputs with the SKU column) + 1 write + 1 swap, as without a sort
    expect(counts).toEqual([5, 5, 5]);
  });

  it("keeps every edit on its own SKU after random edits and a random sort (property)", async () => {
    const N = 8;
    const edit = fc.record({
      sku: fc.integer({ min: 0, max: N - 1 }),
      column: fc.constantFrom("onHand" as const, "mode" as const),
      onHand: fc.integer({ min: 1000, max: 9999 }), // never a default (those are < 500)
      mode: fc.constantFrom("air", "express"), // never the default "sea"
    });
    const permutation = fc
      .array(fc.nat(), { minLength: N, maxLength: N })
      .map((w) => Array.from({ length: N }, (_, i) => i).sort((a, b) => w[a] - w[b] || a - b));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 10 }), permutation, async (edits, order) => {
        const wb = await built(N);
        const expected: Record<string, Record<string, number | string>> = {};
        for (const e of edits) {
          const col = e.column === "onHand" ? "C" : "F";
          const value = e.column === "onHand" ? e.onHand : e.mode;
          typeInto(wb, "SKUs", `${col}${e.sku + 2}`, value);
          (expected[skuCode(e.sku)] ??= {})[e.column] = value;
        }
        sortTableRows(wb, TABLE, order);
        for (const sku of Object.keys(expected)) expect(rowOfSku(wb, sku, N)).toBeGreaterThanOrEqual(0);
        const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(N), { now });
        expect(report.overrides.table).toEqual(expected);
        // wherever each SKU's row is now (a rebuild with no edits writes nothing and keeps the
        // buyer's order), its cells hold its own edit or its default
        for (let i = 0; i < N; i++) {
          const mine = expected[skuCode(i)] ?? {};
          const r = rowOfSku(wb, skuCode(i), N) + 2;
          expect(cellOf(wb, "SKUs", `C${r}`)?.value).toBe(mine.onHand ?? defaultOnHand(i));
          expect(cellOf(wb, "SKUs", `F${r}`)?.value).toBe(mine.mode ?? "sea");
        }
      }),
      { numRuns: 40 },
    );
  });
});
