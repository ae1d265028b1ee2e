import { callCell, column } from "./callCell";

const ID = "PROMO_LIFT";

describe("PROMO_LIFT", () => {
  it("estimates the shrunk lift (hand-checked: raw 40/20 = 2, two clean promo days → 2^(6/7) ≈ 1.8114)", () => {
    const out = callCell(ID, column([10, 20, 10, 20]), column([0, 1, 0, 1]), null) as { value: number };
    // only the noise prior (cv² 0.25 worth one period) shrinks: weight 0.25/(0.25 + (0.25/3)/2) = 6/7
    expect(out.value).toBeCloseTo(2 ** (6 / 7), 10);
    expect(out.value).toBeCloseTo(1.811, 3);
  });

  it("skips blank (censored) history cells", () => {
    const withBlank = callCell(ID, column([10, 20, null, 10, 20]), column([0, 1, 1, 0, 1]), null);
    const without = callCell(ID, column([10, 20, 10, 20]), column([0, 1, 0, 1]), null);
    expect(withBlank).toEqual(without);
  });

  it("requires promo_history", () => {
    expect(callCell(ID, column([1, 2]), null, null)).toEqual({
      code: "#VALUE!",
      message: "promo_history: is required",
    });
  });

  it("rejects ranges of different sizes", () => {
    expect(callCell(ID, column([1, 2, 3]), column([0, 1]), null)).toMatchObject({ code: "#VALUE!" });
  });

  it("rejects a negative promo flag, naming its cell", () => {
    const out = callCell(ID, column([1, 2, 3]), column([0, -1, 0]), null);
    expect(out).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^promo_history \(cell 2\): /) });
  });

  it("rejects a season length of 0", () => {
    expect(callCell(ID, column([1, 2, 3]), column([0, 1, 0]), 0)).toMatchObject({ code: "#VALUE!" });
  });
});
