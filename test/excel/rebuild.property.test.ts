import fc from "fast-check";
import { writePlan } from "../../src/excel/writePlan";
import { cellOf, createWorkbook, FakeHost, snapshotWorkbook, typeInto } from "./fakeExcel";
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
