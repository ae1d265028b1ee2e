/**
 * The collection between CLI stages runs only for large inputs, and when it runs it frees what
 * the previous stage left behind (a dead 64 MB typed array is collected and its memory released).
 */
import { LARGE_STAGE, releaseStage } from "../../src/cli/stageMemory";

describe("releaseStage", () => {
  it("skips small inputs (and nonsense sizes)", () => {
    expect(releaseStage(10)).toBe(false);
    expect(releaseStage(LARGE_STAGE - 1)).toBe(false);
    expect(releaseStage(NaN)).toBe(false);
  });

  it("collects after a large stage: dead array buffers are freed", async () => {
    let dead: Float64Array | null = new Float64Array(8 * 2 ** 20).fill(1); // 64 MB
    const ref = new WeakRef(dead);
    const before = process.memoryUsage().arrayBuffers;
    expect(dead[0]).toBe(1);
    dead = null;
    // a WeakRef keeps its target alive until the end of the job that made it: collect in the next
    await new Promise((resolve) => setImmediate(resolve));
    expect(releaseStage(LARGE_STAGE)).toBe(true);
    expect(ref.deref()).toBeUndefined();
    // V8 releases a collected buffer's memory in a background sweep: wait for it (≤ 2 s), and
    // other buffers may come and go in a busy test process: most of the 64 MB, not all of it
    const freed = async (): Promise<number> => {
      for (let i = 0; i < 100 && before - process.memoryUsage().arrayBuffers < 32 * 2 ** 20; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return before - process.memoryUsage().arrayBuffers;
    };
    expect(await freed()).toBeGreaterThanOrEqual(32 * 2 ** 20);
  });
});
