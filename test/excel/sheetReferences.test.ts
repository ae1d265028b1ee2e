import { renameSheetReferences } from "../../src/excel/sheetReferences";

const r = (pairs: [string, string][]) => new Map(pairs);

describe("renameSheetReferences", () => {
  it("rewrites quoted and bare references to a renamed sheet", () => {
    expect(renameSheetReferences("=Plan!B4+'Plan'!C4", r([["Plan", "Tmp 1"]]))).toBe(
      "='Tmp 1'!B4+'Tmp 1'!C4",
    );
  });

  it("handles sheet names with spaces, CJK and quotes", () => {
    expect(renameSheetReferences("=SUM('StockUp SKUs'!C2:C9)", r([["StockUp SKUs", "StockUp_tmp_2"]]))).toBe(
      "=SUM(StockUp_tmp_2!C2:C9)",
    );
    expect(renameSheetReferences("='备货'!A1", r([["备货", "T"]]))).toBe("=T!A1");
    expect(renameSheetReferences("='Li''s'!A1", r([["Li's", "T"]]))).toBe("=T!A1");
  });

  it("leaves string literals alone", () => {
    expect(renameSheetReferences('=IF(A1,"Plan!B4",Plan!B4)', r([["Plan", "T"]]))).toBe(
      '=IF(A1,"Plan!B4",T!B4)',
    );
  });

  it("does not touch a longer sheet name that ends with the renamed one", () => {
    expect(renameSheetReferences("=MyPlan!B4+Plan!B4", r([["Plan", "T"]]))).toBe("=MyPlan!B4+T!B4");
  });

  it("returns formulas without sheet references unchanged", () => {
    expect(renameSheetReferences("=PromoStart-LeadTimeDays", r([["Plan", "T"]]))).toBe(
      "=PromoStart-LeadTimeDays",
    );
    expect(renameSheetReferences("=Plan!A1", new Map())).toBe("=Plan!A1");
  });
});
