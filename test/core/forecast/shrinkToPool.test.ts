import { shrinkToPool } from "../../../src/core/forecast/shrinkToPool";

describe("shrinkToPool", () => {
  it("keeps noise-free estimates and pulls noisy ones toward the precision-weighted pool", () => {
    expect(shrinkToPool([1, 3], [0, 0]).value).toEqual([1, 3]);
    // τ² = max(0, ((1 − 2)² + (3 − 2)²)/2 − 1) = 0: no spread beyond the noise, both take the pool
    expect(shrinkToPool([1, 3], [1, 1]).value).toEqual([2, 2]);
  });

  it("does not let one zero-variance unit set the pool for every other unit", () => {
    // raw [0, 1, 1, 1], variances [0, 0.5, 0.5, 0.5]: first pass m = 0.75, τ² = max(0, (0.75 − 1.5)/4) = 0.
    // Weighting by 1/(τ² + v) gave the first unit infinite weight: pool 0, and every noisy unit 0.
    // Counted as precise as the most precise noisy unit it is one of four equals: pool 0.75.
    const est = shrinkToPool([0, 1, 1, 1], [0, 0.5, 0.5, 0.5]);
    expect(est.pool).toBeCloseTo(0.75, 12);
    expect(est.value).toEqual([0, 0.75, 0.75, 0.75]);
  });
});
