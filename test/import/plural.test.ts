import { pluralize } from "../../src/import/plural";

describe("pluralize", () => {
  it("picks the singular for exactly 1 and the plural otherwise", () => {
    const t = "{n} {n|SKU|SKUs} {n|is|are} missing";
    expect(pluralize(t, { n: 1 })).toBe("{n} SKU is missing");
    expect(pluralize(t, { n: 0 })).toBe("{n} SKUs are missing");
    expect(pluralize(t, { n: 2 })).toBe("{n} SKUs are missing");
    expect(pluralize(t, { n: "1" })).toBe("{n} SKU is missing");
  });
  it("leaves plain placeholders and Chinese text alone; a missing count is plural", () => {
    expect(pluralize("有 {count} 个 SKU", { count: 1 })).toBe("有 {count} 个 SKU");
    expect(pluralize("{x|row|rows}", {})).toBe("rows");
  });
});
