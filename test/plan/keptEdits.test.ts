import { buildPlan } from "../../src/plan/buildPlan";
import { keptEdits, keptEditText } from "../../src/plan/keptEdits";
import { SKU_A, tinyInput } from "./fixtures";

describe("keptEdits", () => {
  const model = buildPlan(tinyInput());
  const inputs = model.sheets.flatMap((s) => s.cells.filter((c) => c.kind === "input" && c.key));
  const named = inputs.filter((c) => c.key!.kind === "name");

  it("names each edit as its sheet does, in sheet order, whatever order they were read in", () => {
    // the last named input and one SKU table input, read table first
    const lastName = named[named.length - 1].key as { kind: "name"; name: string };
    const edits = keptEdits(
      model,
      { inputs: { [lastName.name]: 7 }, table: { [SKU_A.sku]: { onHand: 120 } } },
      "en-US",
    );
    expect(edits.map((e) => e.key.kind)).toEqual(["name", "table"]);
    expect(edits[1]).toMatchObject({
      sheet: model.sheets[1].name,
      label: "On hand",
      row: SKU_A.sku,
      shown: "120",
    });
    expect(keptEditText(edits[1], "en-US")).toBe(`On hand of ${SKU_A.sku} 120`);
    // a named input's label is the text left of it on the plan sheet
    const cell = named[named.length - 1];
    const sheet = model.sheets.find((s) => s.cells.includes(cell))!;
    const col = cell.address.match(/^[A-Z]+/)![0];
    const left = sheet.cells.find(
      (c) => c.address === `${String.fromCharCode(col.charCodeAt(0) - 1)}${cell.address.slice(col.length)}`,
    );
    expect(edits[0].label).toBe(left?.value ?? lastName.name);
  });

  it("sorts edits of one SKU by the table's column order, not the order they were read in", () => {
    const cols = inputs
      .filter((c) => c.key!.kind === "table" && c.key!.sku === SKU_A.sku)
      .map((c) => (c.key as { column: string }).column);
    expect(cols.length).toBeGreaterThan(2);
    const [first, second, third] = cols;
    const edits = keptEdits(model, {
      inputs: {},
      table: { [SKU_A.sku]: { [third]: 3, [first]: 1, [second]: 2 } },
    });
    expect(edits.map((e) => e.value)).toEqual([1, 2, 3]);
  });

  it("is empty without edits", () => {
    expect(keptEdits(model, { inputs: {}, table: {} })).toEqual([]);
  });
});
