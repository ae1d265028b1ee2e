/**
 * The metadata Excel reads (functions.json) is generated from the JSDoc in functions.ts, exactly
 * as the webpack plugin does it; the zh-CN file is built from it by localize.ts.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS } from "../../src/functions/functions";
import { type FunctionsMetadata, localizeFunctionsMetadata } from "../../src/functions/localize";
import { FUNCTIONS_ZH_CN } from "../../src/functions/i18n.zh-CN";
import { registered } from "./callCell";

/** A parameter as [name, dimensionality, optional]. */
type ParamSpec = [string, "scalar" | "matrix", boolean];

/** SAFETY_STOCK and REORDER_POINT take the same arguments (REORDER_POINT adds d̄·L to the safety stock). */
const SAFETY_PARAMS: ParamSpec[] = [
  ["demand_history_or_mean", "matrix", false],
  ["lead_time", "scalar", false],
  ["service_level", "scalar", false],
  ["lead_time_sd", "scalar", true],
  ["review_period", "scalar", true],
  ["method", "scalar", true],
];

/** LANDED_COST and LANDED_COST_BREAKDOWN take the same arguments (the breakdown spills the components). */
const LANDED_PARAMS: ParamSpec[] = [
  ["unit_cost", "scalar", false],
  ["quantity", "scalar", false],
  ["mode", "scalar", false],
  ["unit_weight_kg", "scalar", false],
  ["unit_volume_cbm", "scalar", false],
  ["duty_rate", "scalar", false],
  ["rates", "matrix", true],
];

/** What each function must declare: its parameters and the result's dimensionality. */
const SPEC: Record<string, { params: ParamSpec[]; result: "scalar" | "matrix" }> = {
  FORECAST_PROMO: {
    params: [
      ["history", "matrix", false],
      ["promo_history", "matrix", true],
      ["future_promo", "matrix", true],
      ["season_length", "scalar", true],
      ["growth", "scalar", true],
      ["level", "scalar", true],
      ["side", "scalar", true],
      ["start_date", "scalar", true],
    ],
    result: "matrix",
  },
  PROMO_LIFT: {
    params: [
      ["history", "matrix", false],
      ["promo_history", "matrix", false],
      ["season_length", "scalar", true],
    ],
    result: "scalar",
  },
  SAFETY_STOCK: { params: SAFETY_PARAMS, result: "scalar" },
  REORDER_POINT: { params: SAFETY_PARAMS, result: "scalar" },
  LANDED_COST: { params: LANDED_PARAMS, result: "scalar" },
  LANDED_COST_BREAKDOWN: { params: LANDED_PARAMS, result: "matrix" },
  CHARGEABLE_WEIGHT: {
    params: [
      ["mode", "scalar", false],
      ["unit_weight_kg", "scalar", false],
      ["unit_volume_cbm", "scalar", false],
      ["quantity", "scalar", true],
      ["divisor", "scalar", true],
    ],
    result: "scalar",
  },
  ORDER_QTY: {
    params: [
      ["forecast_units", "matrix", false],
      ["safety_stock", "scalar", false],
      ["on_hand", "scalar", true],
      ["on_order", "scalar", true],
      ["moq", "scalar", true],
      ["case_pack", "scalar", true],
    ],
    result: "scalar",
  },
  SHIP_BY: {
    params: [
      ["inbound_date", "scalar", false],
      ["mode", "scalar", false],
      ["transit_days", "scalar", true],
      ["buffer_days", "scalar", true],
    ],
    result: "scalar",
  },
  SELL_THROUGH: {
    params: [
      ["units_sold", "scalar", false],
      ["units_received", "scalar", false],
      ["opening_units", "scalar", true],
    ],
    result: "scalar",
  },
};

let en: FunctionsMetadata;
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts"),
  );
  errors = generated.errors;
  en = JSON.parse(generated.metadataJson || '{"functions":[]}') as FunctionsMetadata;
}, 60_000);

function byId(meta: FunctionsMetadata, id: string) {
  const fn = meta.functions.find((f) => f.id === id);
  if (!fn) throw new Error(`${id} missing from the metadata`);
  return fn;
}

describe("functions.json (en-US, generated from the JSDoc)", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("declares exactly the specified functions, each registered with associate", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual(Object.keys(SPEC).sort());
    expect(Object.keys(FUNCTIONS).sort()).toEqual(Object.keys(SPEC).sort());
    for (const id of Object.keys(SPEC)) expect(typeof registered(id)).toBe("function");
  });

  it.each(Object.keys(SPEC))("%s: id = name, a description, typed parameters with help", (id) => {
    const fn = byId(en, id);
    expect(fn.name).toBe(id);
    expect(fn.description?.length ?? 0).toBeGreaterThan(20);
    const actual = fn.parameters.map((p) => [p.name, p.dimensionality ?? "scalar", p.optional === true]);
    expect(actual).toEqual(SPEC[id].params);
    for (const p of fn.parameters) {
      // every parameter reaches the coercion layer untouched: Excel's own coercion would refuse "1,234"
      expect(p.type).toBe("any");
      expect(p.description?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it.each(Object.keys(SPEC))("%s: result dimensionality", (id) => {
    const result = byId(en, id).result as { dimensionality?: string } | undefined;
    expect(result?.dimensionality ?? "scalar").toBe(SPEC[id].result);
  });

  it("keeps the same parameter names for the same things across functions", () => {
    const seen = new Map<string, number>();
    for (const fn of en.functions)
      for (const p of fn.parameters) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
    // mode, unit_weight_kg, unit_volume_cbm are shared by LANDED_COST(_BREAKDOWN), CHARGEABLE_WEIGHT (+ SHIP_BY for mode)
    expect(seen.get("mode")).toBe(4);
    expect(seen.get("unit_weight_kg")).toBe(3);
    expect(seen.get("history")).toBe(2);
  });
});

describe("localizeFunctionsMetadata", () => {
  it("keeps ids, names, parameter names, types and shapes for zh-CN", () => {
    const zh = localizeFunctionsMetadata(en, "zh-CN");
    expect(zh.functions.length).toBe(en.functions.length);
    zh.functions.forEach((fn, i) => {
      const e = en.functions[i];
      expect([fn.id, fn.name]).toEqual([e.id, e.name]);
      expect(fn.result).toEqual(e.result);
      expect(fn.parameters.map((p) => ({ ...p, description: undefined }))).toEqual(
        e.parameters.map((p) => ({ ...p, description: undefined })),
      );
    });
    expect(zh.allowCustomDataForDataTypeAny).toBe(en.allowCustomDataForDataTypeAny);
  });

  it("translates every description and parameter help (no English sentence left)", () => {
    const zh = localizeFunctionsMetadata(en, "zh-CN");
    const texts = zh.functions.flatMap((f) => [
      f.description ?? "",
      ...f.parameters.map((p) => p.description ?? ""),
    ]);
    for (const text of texts) {
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      // identifiers and quoted choices ("mean", fx_rate) may stay; English prose may not
      const prose = text.replace(/"[^"]*"/g, "").replace(/\b[a-z]+(_[a-z0-9]+)+\b/g, "");
      expect(prose).not.toMatch(/\b(the|of|and|per|or|units?|days?|default)\b/i);
    }
  });

  it("prefixes each parameter's help with its Chinese name", () => {
    const zh = localizeFunctionsMetadata(en, "zh-CN");
    expect(byId(zh, "FORECAST_PROMO").parameters[0].description).toMatch(/^历史销量：/);
    expect(byId(zh, "ORDER_QTY").parameters.map((p) => p.description?.split("：")[0])).toEqual([
      "预测销量",
      "安全库存",
      "在库数量",
      "在途数量",
      "起订量",
      "箱规",
    ]);
  });

  it("returns an unchanged copy for en-US and does not modify its input", () => {
    const before = JSON.stringify(en);
    expect(localizeFunctionsMetadata(en, "en-US")).toEqual(en);
    localizeFunctionsMetadata(en, "zh-CN");
    expect(JSON.stringify(en)).toBe(before);
  });

  it("fails loudly when a function or parameter has no translation", () => {
    const extra: FunctionsMetadata = {
      functions: [...en.functions, { id: "NEW_FN", name: "NEW_FN", parameters: [] }],
    };
    expect(() => localizeFunctionsMetadata(extra, "zh-CN")).toThrow("lacks translations for: NEW_FN");
    const renamed = JSON.parse(JSON.stringify(en)) as FunctionsMetadata;
    renamed.functions[0].parameters[0].name = "sales";
    expect(() => localizeFunctionsMetadata(renamed, "zh-CN")).toThrow("FORECAST_PROMO.sales");
  });

  it("has no stale translations for functions or parameters that no longer exist", () => {
    expect(Object.keys(FUNCTIONS_ZH_CN).sort()).toEqual(en.functions.map((f) => f.id).sort());
    for (const fn of en.functions) {
      expect(Object.keys(FUNCTIONS_ZH_CN[fn.id].parameters).sort()).toEqual(
        fn.parameters.map((p) => p.name).sort(),
      );
    }
  });
});
