import { callCell, column, errorCell } from "./callCell";

// z for 95 % = Φ⁻¹(0.95) = 1.6448536269514722 (R: qnorm(0.95)).
const Z95 = 1.6448536269514722;
// Daily demand 2, 4, 6: mean 4, sample sd 2 (R: sd(c(2,4,6)) → 2).
const HISTORY = column([2, 4, 6]);

function ss(...args: unknown[]) {
  const full = [...args];
  while (full.length < 6) full.push(null);
  return callCell("SAFETY_STOCK", ...full);
}
function rop(...args: unknown[]) {
  const full = [...args];
  while (full.length < 6) full.push(null);
  return callCell("REORDER_POINT", ...full);
}

describe("SAFETY_STOCK", () => {
  it("statistical: z·σd·√L (hand-checked: 1.6449 × 2 × √9 = 9.8691)", () => {
    expect(ss(HISTORY, 9, 0.95)).toEqual({ value: expect.closeTo(Z95 * 6, 10) });
  });

  it("adds lead-time variability: σ = √(L·σd² + d̄²·σL²) = √(36 + 64) = 10", () => {
    expect(ss(HISTORY, 9, 0.95, 2)).toEqual({ value: expect.closeTo(Z95 * 10, 10) });
  });

  it("adds the review period to the risk period: √((9 + 7)·4) = 8", () => {
    expect(ss(HISTORY, 9, 0.95, null, 7)).toEqual({ value: expect.closeTo(Z95 * 8, 10) });
  });

  it("ignores blank (not observed) days when estimating demand", () => {
    expect(ss(column([2, null, 4, null, 6]), 9, 0.95)).toEqual(ss(HISTORY, 9, 0.95));
  });

  it("percent: share × mean × (L + R) (hand-checked: 0.15 × 20 × 30 = 90; with R = 5: 105)", () => {
    expect(ss(20, 30, 0.15, null, null, "percent")).toEqual({ value: expect.closeTo(90, 10) });
    expect(ss(20, 30, 0.15, null, 5, "PERCENT")).toEqual({ value: expect.closeTo(105, 10) });
  });

  it("percent uses the seed's 15 % when the share is left blank", () => {
    expect(ss(20, 30, null, null, null, "percent")).toEqual({ value: expect.closeTo(90, 10) });
  });

  it("empirical: type-7 90 % quantile of 1…20 (18.1) minus their mean (10.5) = 7.6", () => {
    const days = column(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(ss(days, 1, 0.9, null, null, "empirical")).toEqual({ value: expect.closeTo(7.6, 10) });
  });

  it("is zero with a zero lead time and no review period (no risk window)", () => {
    expect(ss(HISTORY, 0, 0.95)).toEqual({ value: 0 });
  });

  it("grows with the service level", () => {
    const a = ss(HISTORY, 9, 0.9) as { value: number };
    const b = ss(HISTORY, 9, 0.99) as { value: number };
    expect(b.value).toBeGreaterThan(a.value);
  });

  it("rejects service level 0, 1 and 1.5 with #VALUE! naming service_level", () => {
    for (const level of [0, 1, 1.5]) {
      expect(ss(HISTORY, 9, level)).toEqual({
        code: "#VALUE!",
        message: expect.stringMatching(/^service_level: /),
      });
    }
  });

  it("requires the service level for the statistical method", () => {
    expect(ss(HISTORY, 9, null)).toEqual({ code: "#VALUE!", message: "service_level: is required" });
  });

  it("rejects a negative lead time with #VALUE!", () => {
    expect(ss(HISTORY, -3, 0.95)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^lead_time: /),
    });
  });

  it("rejects a negative lead-time sd and review period with #VALUE!", () => {
    expect(ss(HISTORY, 9, 0.95, -1)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^lead_time_sd/),
    });
    expect(ss(HISTORY, 9, 0.95, null, -1)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^review_period/),
    });
  });

  it("gives #N/A for one number with the statistical method (no variability)", () => {
    expect(ss(20, 9, 0.95)).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^demand_history_or_mean: /),
    });
  });

  it("gives #N/A for a history with fewer than 2 observed days", () => {
    expect(ss(column([5, null]), 9, 0.95)).toMatchObject({ code: "#N/A" });
  });

  it("gives #N/A for the empirical method with too few windows", () => {
    expect(ss(column([1, 2, 3]), 1, 0.9, null, null, "empirical")).toMatchObject({ code: "#N/A" });
  });

  it("rejects an unknown method, text in the history, and a negative day", () => {
    expect(ss(HISTORY, 9, 0.95, null, null, "magic")).toEqual({
      code: "#VALUE!",
      message: 'method: "magic" is not one of statistical, empirical, percent',
    });
    expect(ss(column([2, "x", 6]), 9, 0.95)).toMatchObject({ code: "#VALUE!" });
    expect(ss(column([2, -4, 6]), 9, 0.95)).toMatchObject({
      message: expect.stringMatching(/^demand_history_or_mean/),
    });
  });

  it("percent: a negative lead time, review period or mean is named as typed, not as the product", () => {
    // the core sees only mean × (L + R): 20 × (−5) = −100 used to come back as demand_history_or_mean
    expect(ss(20, -5, 0.15, null, null, "percent")).toEqual({
      code: "#VALUE!",
      message: "lead_time: must be ≥ 0, got -5",
    });
    expect(ss(20, 30, 0.15, null, -40, "percent")).toEqual({
      code: "#VALUE!",
      message: "review_period: must be ≥ 0, got -40",
    });
    expect(ss(-20, 30, 0.15, null, null, "percent")).toEqual({
      code: "#VALUE!",
      message: "demand_history_or_mean: must be ≥ 0, got -20",
    });
    expect(rop(20, -5, 0.15, null, null, "percent")).toEqual({
      code: "#VALUE!",
      message: "lead_time: must be ≥ 0, got -5",
    });
  });

  it("rejects text in lead_time_sd whatever the method (it used to pass unread for empirical/percent)", () => {
    for (const method of ["statistical", "empirical", "percent"]) {
      expect(ss(method === "percent" ? 20 : HISTORY, 3, 0.9, "abc", null, method)).toEqual({
        code: "#VALUE!",
        message: 'lead_time_sd: "abc" is not a number',
      });
    }
  });

  it("requires the demand and the lead time", () => {
    expect(ss(null, 9, 0.95)).toEqual({ code: "#VALUE!", message: "demand_history_or_mean: is required" });
    expect(ss(HISTORY, null, 0.95)).toEqual({ code: "#VALUE!", message: "lead_time: is required" });
  });

  it("propagates an error value in the lead time cell", () => {
    expect(ss(HISTORY, errorCell(CustomFunctions.ErrorCode.divisionByZero), 0.95)).toMatchObject({
      code: "#DIV/0!",
    });
  });
});

describe("REORDER_POINT", () => {
  it("is d̄·L + SS (hand-checked: 4 × 9 + 9.8691 = 45.8691)", () => {
    expect(rop(HISTORY, 9, 0.95)).toEqual({ value: expect.closeTo(36 + Z95 * 6, 10) });
  });

  it("works from a mean with the percent method (20 × 30 + 90 = 690)", () => {
    expect(rop(20, 30, 0.15, null, null, "percent")).toEqual({ value: expect.closeTo(690, 10) });
  });

  // Issue 14 point 5: the mean covers the review period too, like the safety stock does.
  it("includes the review period in the mean (hand-checked: 20 × (30 + 7) + 1.6449 × 6 × √37 = 800.03)", () => {
    // {14;20;26}: mean 20, sample sd 6; SS over L + R = 37 days: z·σd·√37 = 60.0328
    const expected = 20 * 37 + Z95 * 6 * Math.sqrt(37);
    expect(expected).toBeCloseTo(800.03, 2);
    expect(rop(column([14, 20, 26]), 30, 0.95, 0, 7)).toEqual({ value: expect.closeTo(expected, 10) });
  });

  it("percent method with a review period (hand-checked: 20 × 40 + 0.15 × 20 × 40 = 920)", () => {
    expect(rop(column([14, 20, 26]), 30, 0.15, 0, 10, "percent")).toEqual({ value: expect.closeTo(920, 10) });
    expect(rop(20, 30, 0.15, null, 10, "percent")).toEqual({ value: expect.closeTo(920, 10) });
  });

  it("maps bad arguments like SAFETY_STOCK", () => {
    expect(rop(HISTORY, 9, 1)).toMatchObject({ code: "#VALUE!" });
    expect(rop(HISTORY, -1, 0.95)).toMatchObject({ code: "#VALUE!" });
    expect(rop(20, 9, 0.95)).toMatchObject({ code: "#N/A" });
  });
});

// Issue 14 point 7: a service level typed 95 or "95%" means 95 %; where it is ambiguous the cell
// says so with #VALUE! and a message (Excel shows no message on #NUM!).
describe("service level written as a percentage", () => {
  const at95 = Z95 * 2 * 3; // statistical: z·σd·√L = 1.6449 × 2 × √9 = 9.8691

  it.each([[0.95], [95], ["95%"], ["95 %"], [" 95 "]])("%p reads as 0.95", (level) => {
    expect(ss(HISTORY, 9, level)).toEqual({ value: expect.closeTo(at95, 10) });
  });

  it("accepts 50 up to 99.99 as percentages, nothing outside", () => {
    expect(ss(HISTORY, 9, 50)).toEqual({ value: expect.closeTo(0, 10) });
    const at999 = (ss(HISTORY, 9, 0.999) as { value: number }).value;
    expect(ss(HISTORY, 9, 99.9)).toEqual({ value: expect.closeTo(at999, 9) });
    for (const bad of [1, 1.5, 20, 100, 150]) {
      expect(ss(HISTORY, 9, bad)).toEqual({
        code: "#VALUE!",
        message: `service_level: must be strictly between 0 and 1, got ${bad}`,
      });
    }
  });

  it("does not guess for the percent rule, whose share may be any fraction", () => {
    expect(ss(20, 30, 15, null, null, "percent")).toEqual({
      code: "#VALUE!",
      message: "service_level: must be a fraction in [0, 1], got 15",
    });
  });
});
