/**
 * mulberry32: a tiny seeded PRNG (Tommy Ettinger), uniform in [0, 1). Benches, the sample
 * generator and the forecast tests share it so the same seed gives the same numbers everywhere
 * (assets/sample is regenerated from it byte for byte).
 * @example
 * const u = rng(42);
 * u(); // the same first draw on every run
 */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
