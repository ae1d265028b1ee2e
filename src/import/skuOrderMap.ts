/**
 * A map keyed by SKU text, tuned to the order sales exports list SKUs in: a SKU's lines together
 * (the previous lookup's key again), or every SKU of a day in the same order as the day before
 * (the key that followed the previous lookup's key last time). Both are checked by comparing the
 * text before the hash map, which then only sees keys out of that order: hashing each of a
 * 5,000-SKU file's 3.65 M cells was the import's hottest call (issue 16 scale).
 * @example
 * const m = new SkuOrderMap<number>(); let n = 0;
 * m.get("A", () => n++); m.get("B", () => n++); m.get("A", () => n++); m.get("B", () => n++) // => 1
 */
export class SkuOrderMap<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private last: Entry<V> | undefined;

  /** The value of `key`, made by `make` on the key's first lookup. */
  get(key: string, make: (key: string) => V): V {
    const last = this.last;
    if (last !== undefined) {
      if (key === last.key) return last.value;
      const next = last.next;
      if (next !== undefined && key === next.key) {
        this.last = next;
        return next.value;
      }
    }
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { key, value: make(key) };
      this.entries.set(key, e);
    }
    if (last !== undefined) last.next = e;
    this.last = e;
    return e.value;
  }

  /** The value of `key` when it was looked up before, without touching the order. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Keys in the order of their first lookup. */
  keys(): IterableIterator<string> {
    return this.entries.keys();
  }
}

/** A key, its value, and the key that followed it last time. */
interface Entry<V> {
  key: string;
  value: V;
  next?: Entry<V>;
}
