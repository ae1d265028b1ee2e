import fc from "fast-check";
import { forecastPromo } from "../../src/core";
import { callCell, column, errorCell, valueOf } from "./callCell";

const ID = "FORECAST_PROMO";
const FLAT = column([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);

/** FORECAST_PROMO with only some arguments given; the rest omitted (null), as Excel passes them. */
function forecast(args: Partial<Record<string, unknown>>): ReturnType<typeof callCell> {
  const order = [
    "history",
    "promo_history",
    "future_promo",
    "season_length",
    "growth",
    "level",
    "side",
    "start_date",
  ];
  return callCell(ID, ...order.map((k) => (k in args ? args[k] : null)));
}

describe("FORECAST_PROMO", () => {
  it("forecasts a flat history as its level, one period by default, spilled as a column", () => {
    // Hand-checked: 14 days of 5 units, no promo → any sensible method forecasts 5.
    const out = valueOf(ID, FLAT, null, null, null, null, null, null, null) as number[][];
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(out[0][0]).toBeCloseTo(5, 9);
  });

  it("forecasts as many periods as future_promo has cells, in its orientation (row in, row out)", () => {
    const out = forecast({ history: FLAT, future_promo: [[0, 0, 0]] });
    expect(out).toEqual({ value: [[expect.closeTo(5, 9), expect.closeTo(5, 9), expect.closeTo(5, 9)]] });
  });

  it("reads a single future_promo number as the horizon", () => {
    const out = forecast({ history: FLAT, future_promo: 4 }) as { value: number[][] };
    expect(out.value.map((r) => r.length)).toEqual([1, 1, 1, 1]);
  });

  it("spills a row when history is a row and future_promo is a horizon", () => {
    const row = [FLAT.map((r) => r[0])];
    const out = forecast({ history: row, future_promo: 2 }) as { value: number[][] };
    expect(out.value).toHaveLength(1);
    expect(out.value[0]).toHaveLength(2);
  });

  it("applies growth as a multiplier (hand-checked: 5 × 1.2 = 6)", () => {
    const out = forecast({ history: FLAT, future_promo: 1, growth: "20%" }) as { value: number[][] };
    expect(out.value[0][0]).toBeCloseTo(6, 9);
  });

  it("passes cells to the core exactly: blanks censored, text numbers read, promo flags aligned", () => {
    const history = column([10, "12", null, 11, " 30 ", 10, 12, 9, 31, 10, 11, 12, 10, "1,0"]);
    const promo = column([0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    // "1,0" is not a valid grouped number: check the error first, then use a clean history.
    expect(forecast({ history, promo_history: promo })).toMatchObject({ code: "#VALUE!" });
    history[13] = [10];
    const out = forecast({
      history,
      promo_history: promo,
      future_promo: column([1, 0, null]),
      side: "UPPER",
    });
    const core = forecastPromo({
      history: [10, 12, 0, 11, 30, 10, 12, 9, 31, 10, 11, 12, 10, 10],
      censored: [
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
      ],
      promoHistory: [0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
      promoFuture: [1, 0, 0],
    });
    expect(out).toEqual({ value: core.upper.map((v) => [v]) });
  });

  it('returns the lower bound with side "lower" (Chinese alias 下限 too), never above the mean', () => {
    const lower = forecast({ history: FLAT, future_promo: 2, side: "lower" }) as { value: number[][] };
    const zh = forecast({ history: FLAT, future_promo: 2, side: "下限" }) as { value: number[][] };
    const mean = forecast({ history: FLAT, future_promo: 2 }) as { value: number[][] };
    expect(zh.value).toEqual(lower.value);
    lower.value.forEach((r, i) => expect(r[0]).toBeLessThanOrEqual(mean.value[i][0]));
  });

  it("rejects an unknown side with #VALUE! listing the choices", () => {
    expect(forecast({ history: FLAT, side: "p99" })).toEqual({
      code: "#VALUE!",
      message: 'side: "p99" is not one of mean, forecast, lower, upper',
    });
  });

  it("gives #N/A with a message when fewer than 2 periods are observed", () => {
    const out = forecast({ history: column([7, null, null]) });
    expect(out).toMatchObject({ code: "#N/A" });
    expect((out as { message: string }).message).toMatch(/^history: /);
  });

  it("gives #VALUE! for a missing or empty history", () => {
    expect(forecast({ history: null })).toEqual({ code: "#VALUE!", message: "history: is required" });
    expect(forecast({ history: column([null, ""]) })).toEqual({
      code: "#VALUE!",
      message: "history: has no numbers",
    });
  });

  it("names the text cell in history", () => {
    expect(forecast({ history: column([1, 2, "lots"]) })).toEqual({
      code: "#VALUE!",
      message: 'history: cell 3 ("lots") is not a number',
    });
  });

  it("names a negative history cell with its 1-based position", () => {
    const out = forecast({ history: column([1, 2, -3, 4]) });
    expect(out).toMatchObject({ code: "#VALUE!" });
    expect((out as { message: string }).message).toMatch(/^history \(cell 3\): /);
  });

  it("propagates an error value found in history", () => {
    expect(forecast({ history: column([1, errorCell(CustomFunctions.ErrorCode.notAvailable), 3]) })).toEqual({
      code: "#N/A",
      message: "history: cell 2 holds the error #N/A; fix that cell first",
    });
  });

  it("rejects promo_history of another size than history", () => {
    expect(forecast({ history: FLAT, promo_history: column([0, 1]) })).toEqual({
      code: "#VALUE!",
      message: "promo_history: has 2 cells but history has 14; they must line up period by period",
    });
  });

  it("rejects a zero or fractional horizon", () => {
    expect(forecast({ history: FLAT, future_promo: 0 })).toMatchObject({ code: "#VALUE!" });
    expect(forecast({ history: FLAT, future_promo: 2.5 })).toEqual({
      code: "#VALUE!",
      message: "future_promo: must be a whole number, got 2.5",
    });
  });

  it("rejects a horizon above 100,000 periods with #VALUE! instead of working for minutes", () => {
    expect(forecast({ history: FLAT, future_promo: 1e9 })).toEqual({
      code: "#VALUE!",
      message: "future_promo: asks for 1000000000 periods; at most 100000 are allowed",
    });
  });

  it("rejects level 0, 1 and 1.5 as out of range (#VALUE!)", () => {
    for (const level of [0, 1, 1.5])
      expect(forecast({ history: FLAT, level })).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects growth of -100 % or less and a season longer than a year (#VALUE!)", () => {
    expect(forecast({ history: FLAT, growth: -1 })).toMatchObject({ code: "#VALUE!" });
    expect(forecast({ history: FLAT, season_length: 400 })).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^season_length: /),
    });
  });

  it("rejects a start date before 1900 and text that is not a date", () => {
    expect(forecast({ history: FLAT, start_date: "1899-05-01" })).toMatchObject({ code: "#VALUE!" });
    expect(forecast({ history: FLAT, start_date: "soon" })).toMatchObject({ code: "#VALUE!" });
  });

  it("accepts a whole-column history with trailing blanks", () => {
    const col: unknown[][] = Array.from({ length: 1_048_576 }, () => [null]);
    for (let i = 0; i < 14; i++) col[i] = [5];
    const out = forecast({ history: col, promo_history: Array.from({ length: 1_048_576 }, () => [null]) });
    expect(out).toEqual({ value: [[expect.closeTo(5, 9)]] });
  });

  it("rejects a history with more than 100,000 filled cells with #VALUE!", () => {
    const huge = Array.from({ length: 100_001 }, () => [1]);
    expect(forecast({ history: huge })).toEqual({
      code: "#VALUE!",
      message: "history: has 100001 cells with data; at most 100000 are allowed",
    });
  });

  it("never throws anything but a CustomFunctions.Error, whatever the cells hold", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.string({ maxLength: 4 }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(errorCell(CustomFunctions.ErrorCode.divisionByZero)),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), cell, cell, cell, (h, f, g, l) => {
        const out = forecast({ history: column(h), future_promo: f, growth: g, level: l });
        if ("code" in out) expect(out.code).toMatch(/^#/);
        else expect(Array.isArray(out.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
