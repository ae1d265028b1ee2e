import fc from "fast-check";
import { actionBytes, ACTION_OVERHEAD_BYTES, utf8Length } from "../../src/excel/payload";

describe("utf8Length", () => {
  it("counts 1, 2, 3 and 4 bytes per code point", () => {
    expect(utf8Length("a")).toBe(1);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("备货")).toBe(6);
    expect(utf8Length("📦")).toBe(4);
  });

  it("equals Node's Buffer.byteLength for any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => utf8Length(s) === Buffer.byteLength(s, "utf8")),
    );
  });
});

describe("actionBytes", () => {
  it("is the JSON of the arguments plus the fixed overhead", () => {
    expect(actionBytes("A1", [[1]])).toBe(ACTION_OVERHEAD_BYTES + '["A1",[[1]]]'.length);
  });
});
