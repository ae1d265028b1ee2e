import { a1Converter, a1Parts, toA1Formula, type TableLayout } from "../../src/plan/structuredRefs";

const skus: TableLayout = {
  name: "StockUpSkus",
  sheet: "StockUp SKUs",
  columns: new Map([
    ["SKU", 0],
    ["Order qty", 16],
    ["Case [pack]", 27],
  ]),
};
const monitor: TableLayout = { name: "Mon", sheet: "Monitor", columns: new Map([["Actual", 3]]) };

describe("structured references → A1", () => {
  it("turns this-row references into the row's cell and whole columns into sheet columns", () => {
    expect(toA1Formula("=[@[Order qty]]*2+SUM(StockUpSkus[Order qty])", [skus], 5, "StockUp SKUs")).toBe(
      "=Q5*2+SUM($Q:$Q)",
    );
    expect(toA1Formula("=SUM(StockUpSkus[Order qty])-Mon[Actual]", [skus, monitor], 9, "Monitor")).toBe(
      "=SUM('StockUp SKUs'!$Q:$Q)-$D:$D",
    );
    // an escaped bracket in a header; the table name in any case
    expect(toA1Formula("=[@[Case '[pack']]]+stockupskus[SKU]", [skus], 3, "StockUp SKUs")).toBe("=AB3+$A:$A");
  });

  it("leaves string literals alone", () => {
    expect(
      toA1Formula('=IF([@[SKU]]="[@[SKU]]","Mon[Actual]",[@[SKU]])', [skus, monitor], 7, "StockUp SKUs"),
    ).toBe('=IF(A7="[@[SKU]]","Mon[Actual]",A7)');
  });

  it("converts a formula once and fills in each cell's own row", () => {
    const toA1 = a1Converter([skus], "StockUp SKUs");
    const f = "=[@[Order qty]]*[@[Case '[pack']]]/[@[Order qty]]";
    expect(toA1(f, 2)).toBe("=Q2*AB2/Q2");
    expect(toA1(f, 5001)).toBe("=Q5001*AB5001/Q5001");
    expect(toA1(f, 2)).toBe("=Q2*AB2/Q2");
    const parts = a1Parts([skus], "StockUp SKUs");
    expect(parts(f)).toEqual(["=Q", "*AB", "/Q", ""]);
    expect(parts(f)).toBe(parts(f));
    expect(parts("=SUM(StockUpSkus[Order qty])")).toEqual(["=SUM($Q:$Q)"]);
  });

  it("names an unknown table or column, on every use of the formula", () => {
    const toA1 = a1Converter([skus], "StockUp SKUs");
    expect(() => toA1("=[@[Nope]]", 2)).toThrow('no column "Nope"');
    expect(() => toA1("=[@[Nope]]", 3)).toThrow('no column "Nope"');
    expect(() => toA1("=SUM(Other[SKU])", 2)).toThrow("no table Other");
  });
});
