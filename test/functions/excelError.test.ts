import { InputError, InsufficientDataError, OutOfRangeError, OverflowError } from "../../src/core/errors";
import {
  CellErrorInput,
  MAX_MESSAGE_CHARS,
  capMessage,
  errorCodeOf,
  guard,
  toExcelError,
} from "../../src/functions/excelError";

describe("toExcelError", () => {
  it("maps InputError to #VALUE! with its message", () => {
    const e = toExcelError(new InputError("mode", "unknown"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("mode: unknown");
  });

  it("maps InsufficientDataError to #N/A with its message", () => {
    const e = toExcelError(new InsufficientDataError("history", "needs 2 periods"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe("history: needs 2 periods");
  });

  it("maps OutOfRangeError to #VALUE! with its message (Excel shows none on #NUM!)", () => {
    const e = toExcelError(new OutOfRangeError("service_level", "must be < 1"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("service_level: must be < 1");
  });

  it("maps OverflowError to #NUM!", () => {
    expect(toExcelError(new OverflowError("unit_cost", "overflows")).code).toBe("#NUM!");
  });

  it("caps every message at MAX_MESSAGE_CHARS, ending in an ellipsis", () => {
    const e = toExcelError(new InputError("rates", "x".repeat(1_000_000)));
    expect(e.message).toHaveLength(MAX_MESSAGE_CHARS);
    expect((e.message ?? "").endsWith("…")).toBe(true);
    expect(capMessage("short")).toBe("short");
    // a surrogate pair is never cut in half
    expect(capMessage("ab😀cd", 4)).toBe("ab…");
  });

  it("propagates returnable input error codes and turns #REF!/#NAME? into #VALUE!", () => {
    expect(toExcelError(new CellErrorInput("h", "#N/A", "x")).code).toBe("#N/A");
    expect(toExcelError(new CellErrorInput("h", "#DIV/0!", "x")).code).toBe("#DIV/0!");
    const ref = toExcelError(new CellErrorInput("h", "#REF!", "cell 2 holds the error #REF!"));
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toBe("h: cell 2 holds the error #REF!");
  });

  it("turns an unexpected exception into #VALUE! with a StockUp message", () => {
    const e = toExcelError(new TypeError("boom"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("StockUp could not compute this: boom");
    expect(toExcelError("text thrown").message).toBe("StockUp could not compute this: text thrown");
  });
});

describe("errorCodeOf", () => {
  it("reads CustomFunctions.Error objects and rich error values, and ignores plain cells", () => {
    expect(errorCodeOf(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable))).toBe("#N/A");
    expect(errorCodeOf({ type: "Error", errorType: "Div0" })).toBe("#DIV/0!");
    expect(errorCodeOf({ type: "Error", errorType: "Spill" })).toBe("#VALUE!");
    expect(errorCodeOf(3)).toBeUndefined();
    expect(errorCodeOf("#N/A")).toBeUndefined();
    expect(errorCodeOf(null)).toBeUndefined();
  });
});

describe("guard", () => {
  const thrown = (f: () => unknown): CustomFunctions.Error => {
    try {
      f();
    } catch (e) {
      return e as CustomFunctions.Error;
    }
    throw new Error("did not throw");
  };

  it("passes results through and rethrows failures as CustomFunctions.Error", () => {
    expect(guard({}, () => 4)).toBe(4);
    const e = thrown(() =>
      guard({ x: "x_cell" }, () => {
        throw new OutOfRangeError("x", "must be ≥ 0");
      }),
    );
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("x_cell: must be ≥ 0");
  });

  it("never hands Excel a NaN or Infinity: scalar or spill, they become #NUM! with a message", () => {
    for (const bad of [NaN, Infinity, -Infinity, [[1], [NaN]], [["Total", Infinity]]]) {
      const e = thrown(() => guard({}, () => bad));
      expect(e.code).toBe("#NUM!");
      expect(e.message).toMatch(/overflows/);
    }
    expect(guard({}, () => [["Total", 3]])).toEqual([["Total", 3]]);
  });
});

describe("toExcelError argument names", () => {
  it("renames core arguments to the formula's names and keeps the error kind", () => {
    const e = toExcelError(new OutOfRangeError("seasonLength", "must be between 1 and 366"), {
      seasonLength: "season_length",
    });
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("season_length: must be between 1 and 366");
  });

  it("turns a 0-based index into the buyer's 1-based cell number", () => {
    const e = toExcelError(new InputError("promoHistory[4]", "must not be negative"), {
      promoHistory: "promo_history",
    });
    expect(e.message).toBe("promo_history (cell 5): must not be negative");
  });

  it("keeps names that have no Excel counterpart", () => {
    expect(toExcelError(new InsufficientDataError("history", "too short")).message).toBe(
      "history: too short",
    );
  });
});
