/**
 * Issue 8's bad-input matrix for the custom functions: one row per case, what the buyer types and
 * exactly what the cell shows (Excel error code and message). Reads as documentation; the
 * importer rows are in test/import/badInput.test.ts and the pane's field rows in
 * test/taskpane/steps.test.tsx.
 */
import { setMessageLanguage } from "../../src/functions/messages";
import { callCell, column } from "./callCell";

const DIV0 = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
const H = column([10, 12, 11, 13, 12, 11, 10, 12, 13, 11, 12, 10, 11, 12]); // 14 days of sales
const F = (
  history: unknown,
  extra: Partial<Record<"promo" | "future" | "growth" | "level" | "side" | "start", unknown>> = {},
) => [
  history,
  extra.promo ?? null,
  extra.future ?? 3,
  null,
  extra.growth ?? null,
  extra.level ?? null,
  extra.side ?? null,
  extra.start ?? null,
];
const SS = (
  demand: unknown,
  lead: unknown,
  service: unknown,
  leadSd: unknown = null,
  method: unknown = null,
) => [demand, lead, service, leadSd, null, method];
const LC = (over: Partial<Record<"cost" | "qty" | "mode" | "kg" | "duty" | "rates", unknown>>) => [
  "cost" in over ? over.cost : 35,
  over.qty ?? 100,
  over.mode ?? "sea_lcl",
  over.kg ?? 0.4,
  0.002,
  over.duty ?? 0.05,
  over.rates ?? null,
];

/** 14 rows × 3 columns: units | promo | price, the block a buyer may select by mistake. */
const BLOCK = H.map((r, i) => [r[0], i % 7 === 4 ? 1 : 0, 19.99]);
/** A whole column (D:D) with nothing in it: 1,048,576 blank cells. */
const WHOLE_BLANK_COLUMN = Array.from({ length: 1_048_576 }, () => [null]);

// case | function | arguments | error code | message
const MATRIX: [string, string, unknown[], string, string][] = [
  [
    "text in a history cell",
    "FORECAST_PROMO",
    F(column([10, "ten", 12])),
    "#VALUE!",
    'history: cell 2 ("ten") is not a number',
  ],
  [
    "history all blank",
    "FORECAST_PROMO",
    F(column([null, null, null])),
    "#VALUE!",
    "history: has no numbers",
  ],
  [
    "one observed day",
    "FORECAST_PROMO",
    F(column([5])),
    "#N/A",
    "history: needs at least 2 observed (uncensored) periods, has 1",
  ],
  [
    "#DIV/0! in a history cell",
    "FORECAST_PROMO",
    F(column([10, DIV0, 12])),
    "#DIV/0!",
    "history: cell 2 holds the error #DIV/0!; fix that cell first",
  ],
  [
    "negative sale",
    "FORECAST_PROMO",
    F(column([10, -2, 12])),
    "#VALUE!",
    "history (cell 2): must not be negative",
  ],
  [
    "promo range shorter than history",
    "FORECAST_PROMO",
    F(H, { promo: column([0, 1]) }),
    "#VALUE!",
    "promo_history: has 2 cells but history has 14; they must line up period by period",
  ],
  [
    "level 1.5",
    "FORECAST_PROMO",
    F(H, { level: 1.5 }),
    "#VALUE!",
    "level: must be strictly between 0 and 1, got 1.5",
  ],
  [
    "side typo",
    "FORECAST_PROMO",
    F(H, { side: "middle" }),
    "#VALUE!",
    'side: "middle" is not one of mean, forecast, lower, upper',
  ],
  ["horizon 0", "FORECAST_PROMO", F(H, { future: 0 }), "#VALUE!", "future_promo: must be a positive integer"],
  [
    "growth −100 %",
    "FORECAST_PROMO",
    F(H, { growth: -1 }),
    "#VALUE!",
    "growth: must be greater than -1 (-100 %)",
  ],
  [
    "200,001-cell history",
    "FORECAST_PROMO",
    F(Array.from({ length: 200001 }, () => [1])),
    "#VALUE!",
    "history: has 200001 cells with data; at most 100000 are allowed",
  ],
  [
    "start date before 1900",
    "FORECAST_PROMO",
    F(H, { start: "1899-12-01" }),
    "#VALUE!",
    "start_date: 1899-12-01 is before 1900-03-01, which Excel dates cannot hold reliably",
  ],
  ["promo history missing", "PROMO_LIFT", [H, null, 7], "#VALUE!", "promo_history: is required"],
  [
    "service level 0",
    "SAFETY_STOCK",
    SS(H, 30, 0),
    "#VALUE!",
    "service_level: must be strictly between 0 and 1, got 0",
  ],
  [
    "service level 1",
    "SAFETY_STOCK",
    SS(H, 30, 1),
    "#VALUE!",
    "service_level: must be strictly between 0 and 1, got 1",
  ],
  [
    "service level 1.5",
    "SAFETY_STOCK",
    SS(H, 30, 1.5),
    "#VALUE!",
    "service_level: must be strictly between 0 and 1, got 1.5",
  ],
  ["negative lead time", "SAFETY_STOCK", SS(H, -5, 0.95), "#VALUE!", "lead_time: must be ≥ 0, got -5"],
  ["lead time as text", "SAFETY_STOCK", SS(H, "abc", 0.95), "#VALUE!", 'lead_time: "abc" is not a number'],
  [
    "negative lead-time SD",
    "SAFETY_STOCK",
    SS(H, 30, 0.95, -1),
    "#VALUE!",
    "lead_time_sd: must be ≥ 0, got -1",
  ],
  [
    "method typo",
    "SAFETY_STOCK",
    SS(H, 30, 0.95, null, "magic"),
    "#VALUE!",
    'method: "magic" is not one of statistical, empirical, percent',
  ],
  [
    "reorder point, service level 1",
    "REORDER_POINT",
    SS(H, 30, 1),
    "#VALUE!",
    "service_level: must be strictly between 0 and 1, got 1",
  ],
  ["quantity 0", "LANDED_COST", LC({ qty: 0 }), "#VALUE!", "quantity: must be > 0, got 0"],
  [
    "unknown mode",
    "LANDED_COST",
    LC({ mode: "boat" }),
    "#VALUE!",
    'mode: "boat" is not one of express, air, sea_lcl, sea_fcl, courier, lcl, fcl, sea',
  ],
  [
    "unknown rate name",
    "LANDED_COST",
    LC({ rates: [["freight_magic", 1]] }),
    "#VALUE!",
    "rates: unknown rate name(s): freight_magic",
  ],
  [
    "rates range of one column",
    "LANDED_COST",
    LC({ rates: [["fx_rate"]] }),
    "#VALUE!",
    "rates: must be two columns (name, value), got 1",
  ],
  [
    "duty rate 1.5",
    "LANDED_COST",
    LC({ duty: 1.5 }),
    "#VALUE!",
    "duty_rate: must be a fraction in [0, 1], got 1.5",
  ],
  ["negative weight", "LANDED_COST", LC({ kg: -0.4 }), "#VALUE!", "unit_weight_kg: must be ≥ 0, got -0.4"],
  ["blank unit cost", "LANDED_COST", LC({ cost: null }), "#VALUE!", "unit_cost: is required"],
  [
    "unknown mode for weight",
    "CHARGEABLE_WEIGHT",
    ["rocket", 10, 0.12, null, null],
    "#VALUE!",
    'mode: "rocket" is not one of express, air, sea_lcl, sea_fcl, courier, lcl, fcl, sea',
  ],
  [
    "volumetric divisor 0",
    "CHARGEABLE_WEIGHT",
    ["air", 10, 0.12, null, 0],
    "#VALUE!",
    "divisor: must be > 0, got 0",
  ],
  ["negative MOQ", "ORDER_QTY", [1000, 150, 200, 0, -5, 24], "#VALUE!", "moq: must be ≥ 0, got -5"],
  ["case pack 0", "ORDER_QTY", [1000, 150, 200, 0, 500, 0], "#VALUE!", "case_pack: must be ≥ 1, got 0"],
  [
    "case pack 2.5",
    "ORDER_QTY",
    [1000, 150, 200, 0, 500, 2.5],
    "#VALUE!",
    "case_pack: must be a whole number, got 2.5",
  ],
  [
    "inbound date before 1900",
    "SHIP_BY",
    ["1899-12-30", "sea_lcl", null, null],
    "#VALUE!",
    "inbound_date: 1899-12-30 is before 1900-03-01, which Excel dates cannot hold reliably",
  ],
  [
    "serial 10 (January 1900)",
    "SHIP_BY",
    [10, "sea_lcl", null, null],
    "#VALUE!",
    "inbound_date: 10 is before 1900-03-01, which Excel dates cannot hold reliably",
  ],
  [
    "date as free text",
    "SHIP_BY",
    ["next week", "air", null, null],
    "#VALUE!",
    'inbound_date: "next week" is not a date (use a date cell or YYYY-MM-DD)',
  ],
  [
    "negative transit days",
    "SHIP_BY",
    [45968, "air", -3, null],
    "#VALUE!",
    "transit_days: must be ≥ 0, got -3",
  ],
  [
    "nothing received",
    "SELL_THROUGH",
    [10, 0, null],
    "#VALUE!",
    "units_received: no stock was available (opening + received = 0)",
  ],
  [
    "sold more than received",
    "SELL_THROUGH",
    [1200, 1000, null],
    "#VALUE!",
    "units_sold: exceeds the units available (1200 > 1000); check opening stock",
  ],
  // issue 16 point 8 and issue 14 point 6: shapes and magnitudes no matrix above tried
  [
    "2-D range units|promo|price as history",
    "FORECAST_PROMO",
    F(BLOCK),
    "#VALUE!",
    "history: must be one column or one row (a series), got 14 rows × 3 columns",
  ],
  [
    "2-D range as daily demand",
    "SAFETY_STOCK",
    SS(BLOCK, 30, 0.95),
    "#VALUE!",
    "demand_history_or_mean: must be one column or one row (a series), got 14 rows × 3 columns",
  ],
  [
    "2-D range as promo flags",
    "PROMO_LIFT",
    [H, BLOCK, 7],
    "#VALUE!",
    "promo_history: must be one column or one row (a series), got 14 rows × 3 columns",
  ],
  [
    "blank whole column as future_promo",
    "FORECAST_PROMO",
    F(H, { future: WHOLE_BLANK_COLUMN }),
    "#VALUE!",
    "future_promo: asks for 1048576 periods; at most 100000 are allowed",
  ],
  [
    "sell-through of 1e308 each (sum overflows)",
    "SELL_THROUGH",
    [1e308, 1e308, 1e308],
    "#NUM!",
    "units_received: is so large that the result overflows; check the magnitude",
  ],
  [
    "landed cost of a 1e308 unit cost",
    "LANDED_COST",
    LC({ cost: 1e308 }),
    "#NUM!",
    "unit_cost: is so large that the result overflows; check the magnitude",
  ],
  [
    "forecast of 1e308 sales",
    "FORECAST_PROMO",
    [column([1e308, 1e308, 1, 5]), null, 2, null, null, null, null, null],
    "#NUM!",
    "the inputs are so large that the result overflows; check their magnitude",
  ],
  [
    "transit of a billion days",
    "SHIP_BY",
    [45968, "sea_lcl", 1e9, null],
    "#VALUE!",
    "transit_days: moves the date outside the years 0000–9999",
  ],
  [
    "season length 1e308",
    "PROMO_LIFT",
    [H, column(H.map((_, i) => (i % 7 === 4 ? 1 : 0))), 1e308],
    "#VALUE!",
    "season_length: must be a whole number of periods between 1 and 366",
  ],
  [
    "season length 3e9",
    "PROMO_LIFT",
    [H, column(H.map((_, i) => (i % 7 === 4 ? 1 : 0))), 3e9],
    "#VALUE!",
    "season_length: must be a whole number of periods between 1 and 366",
  ],
  [
    "service level typed as 150",
    "SAFETY_STOCK",
    SS(H, 30, 150),
    "#VALUE!",
    "service_level: must be strictly between 0 and 1, got 150",
  ],
];

describe("custom functions: bad-input matrix", () => {
  it.each(MATRIX)("%s (%s)", (_case, id, args, code, message) => {
    expect(callCell(id, ...args)).toEqual({ code, message });
  });

  it("a zero lead time is valid: no lead time, no lead-time risk, safety stock 0", () => {
    expect(callCell("SAFETY_STOCK", ...SS(H, 0, 0.95))).toEqual({ value: 0 });
  });
});

/**
 * English left over in a zh-CN message: two English words in a row once the buyer's own quoted
 * text is removed. Argument names (snake_case), numbers, codes and choice lists ("air, sea") pass.
 */
function englishLeft(message: string): string | undefined {
  const unquoted = message.replace(/“[^”]*”/g, "").replace(/"[^"]*"/g, "");
  return /[A-Za-z]+ +[A-Za-z]+/.exec(unquoted)?.[0];
}

describe("custom functions: bad-input matrix in zh-CN", () => {
  afterEach(() => setMessageLanguage("en-US"));

  it.each(MATRIX)("%s (%s) is written in Chinese", (_case, id, args, code) => {
    setMessageLanguage("zh-CN");
    const out = callCell(id, ...args) as { code: string; message: string };
    expect(out.code).toBe(code);
    expect(out.message).toMatch(/[\u4e00-\u9fff]/);
    expect(englishLeft(out.message)).toBeUndefined();
  });

  it("the English-sentence check catches an untranslated reason", () => {
    expect(englishLeft("history: needs at least 2 periods")).toBe("needs at");
    expect(englishLeft("side: “middle”不是可选值之一：mean, forecast, lower, upper")).toBeUndefined();
  });

  it.each([
    [
      "service level 1.5",
      "SAFETY_STOCK",
      SS(H, 30, 1.5),
      "service_level: 必须严格介于 0 和 1 之间，收到 1.5",
    ],
    ["negative sale", "FORECAST_PROMO", F(column([10, -2, 12])), "history（第 2 个单元格）: 不能为负数"],
    [
      "one observed day",
      "FORECAST_PROMO",
      F(column([5])),
      "history: 至少需要 2 个有观测（未断货）的周期，实际只有 1 个",
    ],
    ["case pack 2.5", "ORDER_QTY", [1000, 150, 200, 0, 500, 2.5], "case_pack: 必须是整数，收到 2.5"],
    ["duty rate 1.5", "LANDED_COST", LC({ duty: 1.5 }), "duty_rate: 必须是 [0, 1] 之间的比例，收到 1.5"],
    [
      "sold more than received",
      "SELL_THROUGH",
      [1200, 1000, null],
      "units_sold: 超过可售数量（1200 > 1000）；请检查期初库存",
    ],
  ])("%s (%s), checked by hand", (_case, id, args, expected) => {
    setMessageLanguage("zh-CN");
    expect((callCell(id as string, ...(args as unknown[])) as { message: string }).message).toBe(expected);
  });
});
