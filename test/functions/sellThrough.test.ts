import { callCell } from "./callCell";

describe("SELL_THROUGH", () => {
  it("is sold / received (hand-checked: 850 / 1000 = 0.85)", () => {
    expect(callCell("SELL_THROUGH", 850, 1000, null)).toEqual({ value: 0.85 });
  });

  it("counts opening stock as available (850 / (700 + 1000) = 0.5)", () => {
    expect(callCell("SELL_THROUGH", 850, 1000, 700)).toEqual({ value: 0.5 });
  });

  it('reads text numbers ("1,000")', () => {
    expect(callCell("SELL_THROUGH", "850", "1,000", null)).toEqual({ value: 0.85 });
  });

  it("gives #VALUE! when nothing was available or more was sold than available", () => {
    expect(callCell("SELL_THROUGH", 0, 0, null)).toMatchObject({ code: "#VALUE!" });
    expect(callCell("SELL_THROUGH", 1200, 1000, null)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^units_sold: /),
    });
  });

  it("rejects negative units with #VALUE! and text with #VALUE!", () => {
    expect(callCell("SELL_THROUGH", -1, 1000, null)).toMatchObject({ code: "#VALUE!" });
    expect(callCell("SELL_THROUGH", "most", 1000, null)).toEqual({
      code: "#VALUE!",
      message: 'units_sold: "most" is not a number',
    });
  });
});
