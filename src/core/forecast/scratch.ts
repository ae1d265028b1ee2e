/**
 * Work arrays a model reuses from one SKU to the next instead of allocating its arrays per fit:
 * at 5,000 SKUs the per-fit arrays were a good part of the batch's garbage (issue 16 scale).
 * Each model keeps its own set; a buffer is valid until that model's next fit (fits are
 * synchronous), and its contents are whatever the last fit left.
 */
export class Scratch {
  private readonly buffers: Float64Array[] = [];

  /** Buffer `slot` with at least `length` entries; grown to at least twice its size when short. */
  get(slot: number, length: number): Float64Array {
    let b = this.buffers[slot];
    if (b === undefined || b.length < length) {
      b = new Float64Array(Math.max(length, 2 * (b === undefined ? 0 : b.length)));
      this.buffers[slot] = b;
    }
    return b;
  }
}
