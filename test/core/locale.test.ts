import fc from "fast-check";
import { LOCALES, fillMessage, localeOf } from "../../src/core";

describe("fillMessage", () => {
  it("fills every placeholder that has a value", () => {
    expect(
      fillMessage("Row {row}, column {column}: {detail}", { row: 7, column: "sku", detail: "blank" }),
    ).toBe("Row 7, column sku: blank");
    expect(fillMessage("{a}{a}", { a: 0 })).toBe("00");
  });

  it("keeps a placeholder without a value visible, or empties it when asked", () => {
    expect(fillMessage("Hello {name}", {})).toBe("Hello {name}");
    expect(fillMessage("Row {row}{column}", { row: 3 }, "empty")).toBe("Row 3");
    expect(fillMessage("Row {row}", { row: undefined }, "empty")).toBe("Row ");
  });

  it("never reads a value from the prototype", () => {
    expect(fillMessage("{constructor} {__proto__} {toString}", {})).toBe(
      "{constructor} {__proto__} {toString}",
    );
  });

  it("inserts values verbatim, even when they look like placeholders or replacement patterns", () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        expect(fillMessage("<{x}>", { x: v })).toBe(`<${v}>`);
      }),
    );
  });
});

describe("localeOf", () => {
  it("maps any Chinese tag to zh-CN and the rest to en-US", () => {
    expect(["zh", "zh-CN", "ZH-tw", " zh-Hans", "en-GB", "de", "", undefined, null].map(localeOf)).toEqual([
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "zh-CN",
      "en-US",
      "en-US",
      "en-US",
      "en-US",
      "en-US",
    ]);
    expect(LOCALES).toEqual(["en-US", "zh-CN"]);
  });
});
