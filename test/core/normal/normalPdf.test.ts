import { normalPdf, InputError } from "../../../src/core/index";

describe("normalPdf", () => {
  it("matches R dnorm", () => {
    // R: dnorm(0) = 0.3989422804014327; dnorm(1) = 0.24197072451914337; dnorm(2) = 0.053990966513188063
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(1)).toBeCloseTo(0.24197072451914337, 15);
    expect(normalPdf(-2)).toBeCloseTo(0.053990966513188063, 15);
  });

  it("rejects NaN naming x", () => {
    expect(() => normalPdf(NaN)).toThrow(InputError);
  });
});
