/** The public index wires the importers together (the flow its JSDoc describes). */
import * as api from "../../src/import";

describe("src/import index", () => {
  it("runs the documented flow: sales + SKUs → issues → daily series", () => {
    const sales = api.importSales(
      "date,sku,units,promo,price\n2024-11-10,A,2,0,9\n2024-11-11,A,9,1,7\n2024-11-11,Z,1,0,5\n",
      {
        asOf: "2024-11-30",
      },
    );
    const skus = api.importSkus("sku,unit_cost\nA,3\n");
    const issues = [...sales.issues, ...skus.issues, ...api.findUnknownSkus(sales.rows, skus.rows)];
    expect(issues.map((i) => [i.code, i.value])).toEqual([["UNKNOWN_SKU", "Z"]]);
    const [a] = api.toDailySeries(sales.rows, { endDate: "2024-11-12" });
    expect([a.sku, a.startDate, a.history, a.promoHistory]).toEqual([
      "A",
      "2024-11-10",
      [2, 9, 0],
      [0, 1, 0],
    ]);
  });

  it("exports the message table in both languages", () => {
    expect(api.formatIssueMessage("EMPTY_FILE", {}, "zh")).toBe(api.ISSUE_MESSAGES.EMPTY_FILE.zh);
  });
});
