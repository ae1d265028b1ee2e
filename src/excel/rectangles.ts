/** An item placed at a 0-based cell. */
export interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

/** A filled rectangle of items: `rows[i][j]` sits at (top + i, left + j). */
export interface Rectangle<T> {
  top: number;
  left: number;
  key: string;
  rows: T[][];
}

/**
 * Covers scattered cells with few filled rectangles so one `range.formulas = [[…]]` (or one
 * format call) writes many cells: first runs of adjacent cells with the same key in each row,
 * then runs stacked on consecutive rows with the same columns and key are merged. An SKU table
 * of n rows becomes one rectangle, so the number of queued actions does not grow with n.
 * Later duplicates of a cell are ignored (first wins).
 *
 * @param keyOf items with different keys never share a rectangle (e.g. the style key)
 * @example
 * rectangles([{row:0,col:0,item:1},{row:0,col:1,item:2},{row:1,col:0,item:3},{row:1,col:1,item:4}], () => "")
 * // => [{ top: 0, left: 0, key: "", rows: [[1, 2], [3, 4]] }]
 */
export function rectangles<T>(items: readonly Placed<T>[], keyOf: (item: T) => string): Rectangle<T>[] {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.col - b.col);
  const done: Rectangle<T>[] = [];
  // open rectangles by "left,right,key" whose last row is the previous row
  let open = new Map<string, Rectangle<T>>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i].row;
    const next = new Map<string, Rectangle<T>>();
    while (i < sorted.length && sorted[i].row === row) {
      const start = sorted[i];
      const key = keyOf(start.item);
      const run: T[] = [start.item];
      let col = start.col;
      i++;
      while (i < sorted.length && sorted[i].row === row && sorted[i].col <= col + 1) {
        if (sorted[i].col === col) {
          i++; // duplicate address: keep the first
          continue;
        }
        if (keyOf(sorted[i].item) !== key) break;
        run.push(sorted[i].item);
        col = sorted[i].col;
        i++;
      }
      const id = `${start.col},${col},${key}`;
      const prev = open.get(id);
      if (prev && prev.top + prev.rows.length === row) {
        prev.rows.push(run);
        open.delete(id);
        next.set(id, prev);
      } else {
        const rect: Rectangle<T> = { top: row, left: start.col, key, rows: [run] };
        done.push(rect);
        next.set(id, rect);
      }
    }
    open = next;
  }
  return done;
}
