/**
 * One line of a quote-free stretch of a delimited file, read in place: where its cells end and
 * the hash of its cells, in one pass over its characters, without making the cells. The sales
 * importer reads most lines of a large daily file this way (`SalesSink.plainRow`) and only makes
 * cells for the lines it cannot take as they are (issue 16 scale: the cells array, its strings
 * and the line object were most of the import's allocations).
 */
import { CELL_END, hashStep } from "./readTable";

/** Cells a plain line may have: wider lines are left to the record path. */
const MAX_CELLS = 64;

export class PlainLine {
  /** The text and the line's span in it (`end` excludes the line break). */
  text = "";
  start = 0;
  end = 0;
  /** Cells found by the last `scan`. */
  cells = 0;
  /** `hashCells31` of the line's cells. */
  hash = 0;
  /** Where each cell ends (exclusive); cell i starts after cell i − 1's end and its delimiter. */
  private readonly ends = new Int32Array(MAX_CELLS);

  /**
   * Reads the line `text[start, end)` split on the one-character delimiter `delimiter`.
   * @returns false when the line has more than 64 cells (then `cells` and `hash` are not set)
   * @example
   * const l = new PlainLine(); l.scan("d,A,3", 0, 5, 44); [l.cells, l.cell(1)] // => [3, "A"]
   */
  scan(text: string, start: number, end: number, delimiter: number): boolean {
    this.text = text;
    this.start = start;
    this.end = end;
    const ends = this.ends;
    let n = 0;
    let h = 0;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === delimiter) {
        if (n === MAX_CELLS - 1) return false;
        ends[n++] = i;
        h = hashStep(h, CELL_END);
      } else h = hashStep(h, ch);
    }
    ends[n++] = end;
    h = hashStep(h, CELL_END);
    this.cells = n;
    this.hash = h & 0x7fffffff;
    return true;
  }

  /** Start of cell `i` (0 ≤ i < cells). */
  from(i: number): number {
    return i === 0 ? this.start : this.ends[i - 1] + 1;
  }

  /** End of cell `i` (exclusive). */
  to(i: number): number {
    return this.ends[i];
  }

  /** Cell `i` as a string (made only where one is needed). */
  cell(i: number): string {
    return this.text.slice(this.from(i), this.to(i));
  }

  /** True when cell `i` is exactly `s`. */
  cellIs(i: number, s: string): boolean {
    const from = this.from(i);
    return this.to(i) - from === s.length && this.text.startsWith(s, from);
  }
}
