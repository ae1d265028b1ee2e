import {
  messageLanguage,
  message,
  setMessageLanguage,
  componentLabel,
  ALL_COMPONENT_LABELS,
} from "../../src/functions/messages";
import { COST_COMPONENT_KEYS } from "../../src/core";
import { callCell, column } from "./callCell";

afterEach(() => setMessageLanguage("en-US"));

describe("message", () => {
  it("writes the adapter's messages in Chinese when Excel runs in Chinese", () => {
    setMessageLanguage("zh-CN");
    expect(message("required", {})).toBe("为必填项");
    expect(
      callCell("FORECAST_PROMO", column([1, 2, "lots"]), null, null, null, null, null, null, null),
    ).toEqual({
      code: "#VALUE!",
      message: "history: 第 3 个单元格（“lots”）不是数字",
    });
  });

  it("keeps English by default", () => {
    expect(messageLanguage()).toBe("en-US");
    expect(message("notPositive", {})).toBe("must be greater than 0");
  });
});

describe("messageLanguage", () => {
  function languageWith(displayLanguage: string | undefined): string {
    let result = "";
    jest.isolateModules(() => {
      (globalThis as any).Office =
        displayLanguage === undefined ? undefined : { context: { displayLanguage } };
      // a fresh module instance, so the language is detected again
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      result = require("../../src/functions/messages").messageLanguage();
    });
    delete (globalThis as any).Office;
    return result;
  }

  it("follows Office's display language: any Chinese variant → zh-CN, anything else → en-US", () => {
    expect(languageWith("zh-CN")).toBe("zh-CN");
    expect(languageWith("zh-TW")).toBe("zh-CN");
    expect(languageWith("de-DE")).toBe("en-US");
    expect(languageWith(undefined)).toBe("en-US");
  });
});

describe("componentLabel", () => {
  it("labels every landed-cost component of the core in both languages", () => {
    for (const lang of ["en-US", "zh-CN"] as const) {
      for (const key of [...COST_COMPONENT_KEYS, "total", "perUnit"]) {
        expect(ALL_COMPONENT_LABELS[lang][key]).toEqual(expect.any(String));
      }
    }
    expect(Object.values(ALL_COMPONENT_LABELS["zh-CN"]).every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });

  it("falls back to the key for a component it does not know", () => {
    expect(componentLabel("newFee")).toBe("newFee");
  });
});
