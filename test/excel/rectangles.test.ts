import fc from "fast-check";
import { rectangles } from "../../src/excel/rectangles";

describe("rectangles", () => {
  it("covers a full n-row table with one rectangle, whatever n", () => {
    for (const n of [1, 10, 5000]) {
      const items = [];
      for (let row = 0; row < n; row++)
        for (let col = 0; col < 6; col++) items.push({ row, col, item: row * 6 + col });
      const rects = rectangles(items, () => "");
      expect(rects).toHaveLength(1);
      expect([rects[0].rows.length, rects[0].rows[0].length, rects[0].rows[n - 1][5]]).toEqual([
        n,
        6,
        n * 6 - 1,
      ]);
    }
  });

  it("splits by key: two styled columns become two rectangles", () => {
    const items = [0, 1, 2].flatMap((row) => [
      { row, col: 0, item: "header" },
      { row, col: 1, item: "input" },
    ]);
    expect(rectangles(items, (s) => s).map((r) => [r.key, r.left, r.rows.length])).toEqual([
      ["header", 0, 3],
      ["input", 1, 3],
    ]);
  });

  it("keeps the first of two items at one address", () => {
    const rects = rectangles(
      [
        { row: 0, col: 0, item: "first" },
        { row: 0, col: 0, item: "second" },
      ],
      () => "",
    );
    expect(rects).toEqual([{ top: 0, left: 0, key: "", rows: [["first"]] }]);
  });

  it("covers every distinct cell exactly once, at its own address (property)", () => {
    const cell = fc.record({
      row: fc.integer({ min: 0, max: 12 }),
      col: fc.integer({ min: 0, max: 8 }),
      k: fc.constantFrom("a", "b"),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const items = cells.map((c) => ({ row: c.row, col: c.col, item: `${c.row},${c.col},${c.k}` }));
        const firstAt = new Map<string, string>();
        for (const i of items)
          if (!firstAt.has(`${i.row},${i.col}`)) firstAt.set(`${i.row},${i.col}`, i.item);
        const seen = new Map<string, string>();
        for (const rect of rectangles(items, (s) => s.split(",")[2])) {
          rect.rows.forEach((line, i) =>
            line.forEach((item, j) => {
              const at = `${rect.top + i},${rect.left + j}`;
              expect(seen.has(at)).toBe(false);
              seen.set(at, item);
            }),
          );
        }
        expect(seen).toEqual(firstAt);
      }),
    );
  });
});
