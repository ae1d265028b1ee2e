import fc from "fast-check";
import { writePlan } from "../../src/excel/writePlan";
import { loadPlanState } from "../../src/excel/planState";
import { cellOf, createWorkbook, FakeHost, typeInto } from "./fakeExcel";
import type { FakeWorkbookState } from "./fakeExcel";
import { fixtureBuilder, skuCode } from "./fixtures";

const SKUS = 8;

function assertSingleCopies(wb: FakeWorkbookState, skus: number): void {
  const names = wb.sheets.map((s) => s.name);
  expect(names).toEqual(["Sheet1", "Plan", "SKUs", "StockUp_State"]);
  expect(wb.tables.map((t) => [t.name, t.address])).toEqual([["StockUpSkus", `A1:F${skus + 1}`]]);
  expect(wb.names.map((n) => n.name).sort()).toEqual([
    "LeadTimeDays",
    "PromoStart",
    "ServiceLevel",
    "Supplier",
  ]);
  for (let i = 0; i < skus; i++) expect(cellOf(wb, "SKUs", `A${i + 2}`)?.value).toBe(skuCode(i));
}

describe("writePlan: two buyers co-authoring one workbook", () => {
  it("keeps each buyer's edits when they rebuild in turn, with one copy of every sheet, table and name", async () => {
    const wb = createWorkbook();
    const alice = new FakeHost(wb);
    const bob = new FakeHost(wb);
    await writePlan(alice.excelRun, fixtureBuilder(SKUS), { builtBy: "Alice" });
    typeInto(wb, "SKUs", "C4", 777); // Bob edits on-hand of SKU 3
    await writePlan(bob.excelRun, fixtureBuilder(SKUS), { builtBy: "Bob" });
    typeInto(wb, "Plan", "B5", 21); // Alice edits the lead time
    const report = await writePlan(alice.excelRun, fixtureBuilder(SKUS + 2), { builtBy: "Alice" });
    expect(cellOf(wb, "SKUs", "C4")?.value).toBe(777);
    expect(cellOf(wb, "Plan", "B5")?.value).toBe(21);
    expect(report.inputsKept).toBe(2);
    assertSingleCopies(wb, SKUS + 2);
    expect((await loadPlanState(bob.excelRun))?.builtBy).toBe("Alice");
  });

  it("random turns of edits and rebuilds by two hosts never lose an edit or duplicate anything", async () => {
    const turn = fc.record({
      host: fc.constantFrom(0, 1),
      row: fc.integer({ min: 0, max: SKUS - 1 }),
      value: fc.integer({ min: 0, max: 5000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(turn, { minLength: 1, maxLength: 6 }), async (turns) => {
        const wb = createWorkbook();
        const hosts = [new FakeHost(wb), new FakeHost(wb)];
        await writePlan(hosts[0].excelRun, fixtureBuilder(SKUS));
        const expected = new Map<number, number>();
        for (const t of turns) {
          typeInto(wb, "SKUs", `C${t.row + 2}`, t.value);
          expected.set(t.row, t.value);
          await writePlan(hosts[t.host].excelRun, fixtureBuilder(SKUS));
        }
        for (const [row, value] of expected) expect(cellOf(wb, "SKUs", `C${row + 2}`)?.value).toBe(value);
        assertSingleCopies(wb, SKUS);
      }),
      { numRuns: 25 },
    );
  });

  it("does not lose an edit a colleague makes while the build is running: it retries and includes it", async () => {
    const wb = createWorkbook();
    const alice = new FakeHost(wb);
    await writePlan(alice.excelRun, fixtureBuilder(SKUS));
    let bobTyped = false;
    const report = await writePlan(alice.excelRun, fixtureBuilder(SKUS), {
      force: true,
      onProgress: (p) => {
        // Bob types after Alice's host read the inputs, before her swap
        if (p.phase === "write" && !bobTyped) {
          bobTyped = true;
          typeInto(wb, "SKUs", "C5", 4242);
        }
      },
    });
    expect(report.attempts).toBe(2);
    expect(report.overrides.table[skuCode(3)]).toEqual({ onHand: 4242 });
    expect(cellOf(wb, "SKUs", "C5")?.value).toBe(4242);
    assertSingleCopies(wb, SKUS);
  });

  it("gives up with a clear message when a colleague keeps editing during every attempt", async () => {
    const wb = createWorkbook();
    await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS));
    let n = 0;
    const err = await writePlan(new FakeHost(wb).excelRun, fixtureBuilder(SKUS), {
      force: true,
      maxAttempts: 2,
      onProgress: (p) => {
        if (p.phase === "write") typeInto(wb, "SKUs", "C5", 100 + n++);
      },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "concurrentEdit" });
    expect((err as { messages: Record<string, string> }).messages["zh-CN"]).toContain("同事修改了计划输入");
    expect(cellOf(wb, "SKUs", "C5")?.value).toBe(101); // the colleague's last value is in place
    assertSingleCopies(wb, SKUS);
  });
});
