/**
 * A full garbage collection between the CLI's stages on large inputs (issue 16 scale).
 *
 * Each stage of a 5,000-SKU build leaves hundreds of MB behind: the sales file and its decoded
 * text, the import's per-SKU day arrays, the forecasts' working arrays. V8 frees typed arrays
 * only at a full collection and lets the heap grow while the next stage allocates, so the dead
 * import data (≈400 MB of array buffers) was still resident through the whole forecast, and the
 * forecast's garbage through the write: the build's peak was the sum of stages, not the largest
 * one. One collection at each boundary costs ≈0.1 s there and frees it. Small inputs skip it:
 * their garbage is small and a collection would only cost time.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** SKU-days (or plan cells) from which a stage's leftovers are worth a collection. */
export const LARGE_STAGE = 500_000;

let collect: (() => void) | null | undefined;

/** V8's full collection: the `gc` a context gets once `--expose-gc` is set (null if refused). */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return (collect = exposed);
  try {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  } catch {
    collect = null; // a runtime that refuses the flag: the build works, only its peak is higher
  }
  return collect;
}

/**
 * Frees the previous stage's garbage before the next stage when the input is large.
 * @param size the stage's input in SKU-days (import → build) or plan cells (build → write)
 * @returns true when a collection ran
 */
export function releaseStage(size: number): boolean {
  if (!(size >= LARGE_STAGE)) return false;
  const gc = collector();
  if (!gc) return false;
  gc();
  return true;
}
