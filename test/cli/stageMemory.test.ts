/**
 * The collection between CLI stages runs only for large inputs, and when it runs it frees what
 * the previous stage left behind (a dead 64 MB typed array is no longer resident afterwards).
 */
import { LARGE_STAGE, releaseStage } from "../../src/cli/stageMemory";

describe("releaseStage", () => {
  it("skips small inputs (and nonsense sizes)", () => {
    expect(releaseStage(10)).toBe(false);
    expect(releaseStage(LARGE_STAGE - 1)).toBe(false);
    expect(releaseStage(NaN)).toBe(false);
  });

  it("collects after a large stage: dead array buffers are freed", () => {
    let dead: Float64Array | null = new Float64Array(8 * 2 ** 20).fill(1); // 64 MB
    const before = process.memoryUsage().arrayBuffers;
    expect(dead[0]).toBe(1);
    dead = null;
    expect(releaseStage(LARGE_STAGE)).toBe(true);
    const freed = before - process.memoryUsage().arrayBuffers;
    expect(freed).toBeGreaterThanOrEqual(60 * 2 ** 20);
  });
});
