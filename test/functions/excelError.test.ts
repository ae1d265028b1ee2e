import { InputError, InsufficientDataError, OutOfRangeError } from "../../src/core/errors";
import { CellErrorInput, errorCodeOf, excelSafe, toExcelError } from "../../src/functions/excelError";

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

  it("maps OutOfRangeError to #NUM!", () => {
    expect(toExcelError(new OutOfRangeError("service_level", "must be < 1")).code).toBe("#NUM!");
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

describe("excelSafe", () => {
  it("passes results through and rethrows failures as CustomFunctions.Error", () => {
    const f = excelSafe((x: number) => {
      if (x < 0) throw new OutOfRangeError("x", "must be ≥ 0");
      return x * 2;
    });
    expect(f(2)).toBe(4);
    let caught: unknown;
    try {
      f(-1);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CustomFunctions.Error);
    expect((caught as CustomFunctions.Error).code).toBe("#NUM!");
  });
});

describe("toExcelError argument names", () => {
  it("renames core arguments to the formula's names and keeps the error kind", () => {
    const e = toExcelError(new OutOfRangeError("seasonLength", "must be between 1 and 366"), {
      seasonLength: "season_length",
    });
    expect(e.code).toBe("#NUM!");
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
