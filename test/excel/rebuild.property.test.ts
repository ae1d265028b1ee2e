import fc from "fast-check";
import { writePlan } from "../../src/excel/writePlan";
import {
  cellOf,
  createWorkbook,
  deleteColumns,
  deleteRows,
  FakeHost,
  insertColumns,
  insertRows,
  renameSheet,
  sheetByName,
  snapshotWorkbook,
  typeInto,
  type FakeWorkbookState,
} from "./fakeExcel";
import { defaultOnHand, fixtureBuilder, SINGLE_DEFAULTS, skuCode } from "./fixtures";

const SKUS = 12;
const now = () => new Date("2026-05-01T08:00:00Z");

/** A buyer's edit to one input cell: a named input on Plan, or a table input on SKUs. */
type Edit =
  | { kind: "single"; address: "B3" | "B4" | "B5"; value: number }
  | { kind: "supplier"; value: string }
  | { kind: "onHand"; row: number; value: number }
  | { kind: "mode"; row: number; value: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("single" as const),
    address: fc.constantFrom("B3" as const, "B4" as const, "B5" as const),
    value: fc.integer({ min: 1, max: 60000 }),
  }),
  // text a buyer may type, injection-looking text included
  fc.record({
    kind: fc.constant("supplier" as const),
    value: fc.constantFrom("Acme", "=1+1", "-5 Ltd", "义乌 Co."),
  }),
  fc.record({
    kind: fc.constant("onHand" as const),
    row: fc.integer({ min: 0, max: SKUS - 1 }),
    value: fc.integer({ min: 0, max: 100000 }),
  }),
  fc.record({
    kind: fc.constant("mode" as const),
    row: fc.integer({ min: 0, max: SKUS - 1 }),
    value: fc.constantFrom("air", "express", "sea"),
  }),
);

/** Where an edit lands and the value it leaves there (the fake applies Excel's entry rules). */
function place(e: Edit): { sheet: string; address: string; value: number | string } {
  switch (e.kind) {
    case "single":
      return { sheet: "Plan", address: e.address, value: e.value };
    case "supplier":
      return { sheet: "Plan", address: "B7", value: e.value };
    case "onHand":
      return { sheet: "SKUs", address: `C${e.row + 2}`, value: e.value };
    case "mode":
      return { sheet: "SKUs", address: `F${e.row + 2}`, value: e.value };
  }
}

describe("writePlan: rebuild keeps buyer edits (property)", () => {
  it("every edit survives a rebuild and a second rebuild changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 12 }), async (edits) => {
        const wb = createWorkbook();
        await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
        const expected = new Map<string, number | string>();
        for (const e of edits) {
          const p = place(e);
          // a buyer typing into the cell; text inputs are Text-formatted, so "=1+1" stays text
          typeInto(wb, p.sheet, p.address, p.value);
          expected.set(`${p.sheet}!${p.address}`, p.value);
        }
        const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
        for (const [where, value] of expected) {
          const [sheet, address] = where.split("!");
          expect(cellOf(wb, sheet, address)?.value).toEqual(value);
          expect(cellOf(wb, sheet, address)?.formula).toBeNull();
        }
        // computed cells are still the model's formulas (nothing overwrote them)
        expect(cellOf(wb, "SKUs", `E${SKUS + 1}`)?.formula).toBe(
          `=MAX(0,D${SKUS + 1}*LeadTimeDays-C${SKUS + 1})`,
        );
        expect(report.inputsKept).toBeLessThanOrEqual(expected.size);
        const snapshot = snapshotWorkbook(wb);
        const host = new FakeHost(wb);
        const second = await writePlan(host.excelRun, fixtureBuilder(SKUS), { now });
        expect(second.changed).toBe(false);
        expect(snapshotWorkbook(wb)).toEqual(snapshot);
      }),
      { numRuns: 40 },
    );
  });

  it("an edit back to the default is still the buyer's value after two more rebuilds", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    typeInto(wb, "SKUs", "C3", 999);
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    typeInto(wb, "SKUs", "C3", defaultOnHand(1));
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    // once overridden, the value is the buyer's even when it equals the default (src/plan contract)
    expect(report.overrides.table[skuCode(1)]).toEqual({ onHand: defaultOnHand(1) });
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    expect(cellOf(wb, "SKUs", "C3")?.value).toBe(defaultOnHand(1));
  });

  it("an emptied input stays empty", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    typeInto(wb, "Plan", "B5", null);
    const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
    expect(report.overrides.inputs).toEqual({ LeadTimeDays: null });
    expect(cellOf(wb, "Plan", "B5")?.value).toBeNull();
    expect(SINGLE_DEFAULTS.LeadTimeDays).toBe(30); // the default it did not fall back to
  });
});

/** A buyer's change to the layout between two builds. */
type Layout =
  | { kind: "insertRows"; sheet: "Plan" | "SKUs"; row: number; count: number }
  | { kind: "insertColumn"; sheet: "Plan" | "SKUs"; column: number }
  | { kind: "deleteBlankRow"; sheet: "Plan" }
  | { kind: "deleteValueColumn"; header: "Title" | "Daily units" }
  | { kind: "rename"; sheet: "Plan" | "SKUs"; to: string };

const layoutArb: fc.Arbitrary<Layout> = fc.oneof(
  fc.record({
    kind: fc.constant("insertRows" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    row: fc.integer({ min: 1, max: SKUS + 3 }),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("insertColumn" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    column: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant("deleteBlankRow" as const), sheet: fc.constant("Plan" as const) }),
  fc.record({
    kind: fc.constant("deleteValueColumn" as const),
    header: fc.constantFrom("Title" as const, "Daily units" as const),
  }),
  fc.record({
    kind: fc.constant("rename" as const),
    sheet: fc.constantFrom("Plan" as const, "SKUs" as const),
    to: fc.constantFrom("My plan", "计划 2", "Buyer's copy"),
  }),
);

/** The sheet now holding what was built as `built` (the buyer may have renamed it). */
function current(wb: FakeWorkbookState, renamed: Map<string, string>, built: string): string {
  return renamed.get(built) ?? built;
}

function applyLayout(wb: FakeWorkbookState, renamed: Map<string, string>, l: Layout): void {
  const letter = (i: number) => String.fromCharCode(65 + i);
  switch (l.kind) {
    case "insertRows":
      return insertRows(wb, current(wb, renamed, l.sheet), l.row, l.count);
    case "insertColumn":
      return insertColumns(wb, current(wb, renamed, l.sheet), letter(l.column), 1);
    case "deleteBlankRow": {
      // a row of the plan sheet with nothing in it (row 2 is blank in the fixture, and rows
      // inserted before stay blank)
      const s = sheetByName(wb, current(wb, renamed, "Plan"));
      const used = new Set([...s.cells.keys()].map((k) => Number(k.split(",")[0])));
      for (let r = 0; r < 20; r++) if (!used.has(r)) return deleteRows(wb, s.name, r + 1, 1);
      return;
    }
    case "deleteValueColumn": {
      const s = sheetByName(wb, current(wb, renamed, "SKUs"));
      const header = [...s.cells].find(([, c]) => c.value === l.header);
      if (!header) return; // deleted already
      return deleteColumns(wb, s.name, letter(Number(header[0].split(",")[1])), 1);
    }
    case "rename": {
      const from = current(wb, renamed, l.sheet);
      if (wb.sheets.some((s) => s.name === l.to)) return;
      renameSheet(wb, from, l.to);
      renamed.set(l.sheet, l.to);
    }
  }
}

describe("writePlan: edits survive inserted/deleted rows and columns and renamed sheets (property)", () => {
  it("finds exactly the typed edits, rebuilds the plan in shape, and a second rebuild changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArb, { minLength: 0, maxLength: 8 }),
        fc.array(layoutArb, { minLength: 1, maxLength: 5 }),
        async (edits, layout) => {
          const wb = createWorkbook();
          await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
          const expected = new Map<string, number | string>();
          for (const e of edits) {
            const p = place(e);
            typeInto(wb, p.sheet, p.address, p.value);
            expected.set(`${p.sheet}!${p.address}`, p.value);
          }
          const renamed = new Map<string, string>();
          for (const l of layout) applyLayout(wb, renamed, l);
          const report = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
          expect(report.rebuild.notFound).toEqual([]);
          // the plan is back as built, a renamed sheet under the buyer's name (the plan's is gone):
          // every edit in the cell it was typed into
          const nowName = (sheet: string) => renamed.get(sheet) ?? sheet;
          for (const s of ["Plan", "SKUs"]) expect(sheetByName(wb, nowName(s))).toBeDefined();
          for (const from of renamed.keys()) expect(wb.sheets.some((s) => s.name === from)).toBe(false);
          for (const [where, value] of expected) {
            const [sheet, address] = where.split("!");
            expect(cellOf(wb, nowName(sheet), address)?.value).toEqual(value);
          }
          // and nothing else changed: every other input holds its default
          for (let i = 0; i < SKUS; i++) {
            if (!expected.has(`SKUs!C${i + 2}`))
              expect(cellOf(wb, nowName("SKUs"), `C${i + 2}`)?.value).toBe(defaultOnHand(i));
            if (!expected.has(`SKUs!F${i + 2}`))
              expect(cellOf(wb, nowName("SKUs"), `F${i + 2}`)?.value).toBe("sea");
          }
          const singles: [string, unknown][] = [
            ["B3", SINGLE_DEFAULTS.PromoStart],
            ["B4", SINGLE_DEFAULTS.ServiceLevel],
            ["B5", SINGLE_DEFAULTS.LeadTimeDays],
            ["B7", SINGLE_DEFAULTS.Supplier],
          ];
          for (const [address, value] of singles)
            if (!expected.has(`Plan!${address}`))
              expect(cellOf(wb, nowName("Plan"), address)?.value).toEqual(value);
          const second = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), { now });
          expect(second.changed).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
