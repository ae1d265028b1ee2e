import { callCell, errorCell } from "./callCell";

// Excel: =DATE(2025,11,7) → 45968; =DATE(2025,9,21) → 45921.
const NOV_7 = 45968;
const SEP_21 = 45921;

describe("SHIP_BY", () => {
  it("subtracts the mode's default transit and buffer (hand-checked: sea_lcl 40 + 7 days → 2025-09-21)", () => {
    expect(callCell("SHIP_BY", NOV_7, "sea_lcl", null, null)).toEqual({ value: SEP_21 });
  });

  it("accepts ISO and slash date text as well as date serials", () => {
    expect(callCell("SHIP_BY", "2025-11-07", "LCL", null, null)).toEqual({ value: SEP_21 });
    expect(callCell("SHIP_BY", "2025/11/7", "海运", null, null)).toEqual({ value: SEP_21 });
  });

  it("uses the buyer's transit and buffer days (45968 − 30 − 0 = 45938)", () => {
    expect(callCell("SHIP_BY", NOV_7, "air", 30, 0)).toEqual({ value: 45938 });
  });

  it("rejects dates before 1900 with #VALUE!", () => {
    expect(callCell("SHIP_BY", "1899-12-01", "air", null, null)).toMatchObject({ code: "#VALUE!" });
    expect(callCell("SHIP_BY", 10, "air", null, null)).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects a date result before 1900 (a transit longer than the calendar)", () => {
    expect(callCell("SHIP_BY", 100, "air", 90, 0)).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects text that is not a date, naming inbound_date", () => {
    expect(callCell("SHIP_BY", "after CNY", "air", null, null)).toEqual({
      code: "#VALUE!",
      message: 'inbound_date: "after CNY" is not a date (use a date cell or YYYY-MM-DD)',
    });
  });

  it("rejects negative (#VALUE!) and fractional (#VALUE!) transit days", () => {
    expect(callCell("SHIP_BY", NOV_7, "air", -2, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^transit_days: /),
    });
    expect(callCell("SHIP_BY", NOV_7, "air", 2.5, null)).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects an unknown mode and propagates an error in the date cell", () => {
    expect(callCell("SHIP_BY", NOV_7, "teleport", null, null)).toMatchObject({ code: "#VALUE!" });
    expect(
      callCell("SHIP_BY", errorCell(CustomFunctions.ErrorCode.notAvailable), "air", null, null),
    ).toMatchObject({
      code: "#N/A",
    });
  });
});
