import { EXCEL_MESSAGES, formatExcelMessage } from "../../src/excel/messages";
import { WORKBOOK_ERROR_CODES, WorkbookError } from "../../src/excel/workbookError";
import { hashText } from "../../src/excel/modelHash";

describe("EXCEL_MESSAGES", () => {
  it("has an English and a Chinese text for every code, with the same placeholders", () => {
    for (const code of WORKBOOK_ERROR_CODES) {
      const { "en-US": en, "zh-CN": zh } = EXCEL_MESSAGES[code];
      expect(en.length).toBeGreaterThan(10);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(zh)).toEqual(holes(en));
    }
  });
});

describe("formatExcelMessage", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatExcelMessage("nameTaken", "en-US", { name: "StockUpSkus" })).toContain(
      "The name StockUpSkus is",
    );
    expect(formatExcelMessage("nameTaken", "zh-CN")).toContain("{name}");
  });
});

describe("WorkbookError", () => {
  it("carries its code, both messages and what was kept", () => {
    const e = new WorkbookError(
      "concurrentEdit",
      { count: 3 },
      { kept: { planSheets: [], stagingSheets: [], previousState: true } },
    );
    expect(e.message).toContain("(3 cells)");
    expect(e.messages["zh-CN"]).toContain("3 个单元格");
    expect(e.kept?.previousState).toBe(true);
  });
});

describe("hashText", () => {
  it("is stable and tells small differences apart", () => {
    expect(hashText("")).toBe("0bdcb81aee8d83");
    expect(hashText("plan")).toBe(hashText("plan"));
    expect(hashText("plan A")).not.toBe(hashText("plan B"));
  });
});
