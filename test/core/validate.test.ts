import {
  optional,
  requireFinite,
  requireInteger,
  requireNonNegative,
  requireObject,
  requireOpenUnit,
  requirePositive,
  requireRate,
} from "../../src/core/validate";
import { requireContainer, requireMode, SHIPPING_MODES, CONTAINER_TYPES } from "../../src/core/shipping";
import { InputError, OutOfRangeError } from "../../src/core/errors";

describe("requireFinite", () => {
  it("returns finite numbers unchanged", () => {
    expect(requireFinite("x", -2.5)).toBe(-2.5);
  });

  it("rejects NaN, Infinity, text and booleans with InputError (not OutOfRange)", () => {
    for (const bad of [NaN, Infinity, "3", true, null, undefined, [1]]) {
      expect(() => requireFinite("x", bad)).toThrow(InputError);
      expect(() => requireFinite("x", bad)).not.toThrow(OutOfRangeError);
    }
  });

  it("quotes text it rejects, shortened", () => {
    expect(() => requireFinite("x", "a".repeat(100))).toThrow(`the text "${"a".repeat(40)}"`);
  });
});

describe("requireNonNegative", () => {
  it("accepts 0 and rejects −0.1 as out of range", () => {
    expect(requireNonNegative("q", 0)).toBe(0);
    expect(() => requireNonNegative("q", -0.1)).toThrow(OutOfRangeError);
  });
});

describe("requirePositive", () => {
  it("rejects 0", () => {
    expect(() => requirePositive("d", 0)).toThrow("d: must be > 0, got 0");
  });
});

describe("requireRate", () => {
  it("accepts the closed interval [0, 1] only", () => {
    expect(requireRate("r", 0)).toBe(0);
    expect(requireRate("r", 1)).toBe(1);
    expect(() => requireRate("r", 1.01)).toThrow(OutOfRangeError);
  });
});

describe("requireOpenUnit", () => {
  it("accepts the open interval (0, 1) only", () => {
    expect(requireOpenUnit("p", 0.5)).toBe(0.5);
    expect(() => requireOpenUnit("p", 0)).toThrow(OutOfRangeError);
    expect(() => requireOpenUnit("p", 1)).toThrow(OutOfRangeError);
  });
});

describe("requireInteger", () => {
  it("rejects fractions with InputError and values below min as out of range", () => {
    expect(requireInteger("n", 3, 1)).toBe(3);
    expect(() => requireInteger("n", 2.5)).toThrow("n: must be a whole number, got 2.5");
    expect(() => requireInteger("n", 0, 1)).toThrow(OutOfRangeError);
  });
});

describe("optional", () => {
  it("gives the default for undefined and null (an omitted Excel argument) but checks 0", () => {
    expect(optional("a", undefined, 7, requireFinite)).toBe(7);
    expect(optional("a", null, 7, requireFinite)).toBe(7);
    expect(optional("a", 0, 7, requireFinite)).toBe(0);
    expect(() => optional("a", NaN, 7, requireFinite)).toThrow(InputError);
  });
});

describe("requireObject", () => {
  it("rejects null, arrays and numbers", () => {
    expect(() => requireObject("input", null)).toThrow("input: must be an object");
    expect(() => requireObject("input", [])).toThrow(InputError);
    expect(() => requireObject("input", 5)).toThrow(InputError);
    expect(() => requireObject("input", {})).not.toThrow();
  });
});

describe("requireMode", () => {
  it("accepts the four modes and nothing else", () => {
    for (const m of SHIPPING_MODES) expect(requireMode("mode", m)).toBe(m);
    expect(() => requireMode("mode", "AIR")).toThrow(/^mode: must be one of/);
  });
});

describe("requireContainer", () => {
  it("accepts 20GP, 40GP, 40HQ and nothing else", () => {
    for (const c of CONTAINER_TYPES) expect(requireContainer("c", c)).toBe(c);
    expect(() => requireContainer("c", "40")).toThrow(InputError);
  });
});
