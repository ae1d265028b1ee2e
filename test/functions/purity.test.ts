/**
 * Custom functions must be pure and fast (issue 5): no workbook writes, no network, no timers.
 * The adapters are read as text and checked for the APIs that would break that promise.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const DIR = path.join(__dirname, "../../src/functions");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".ts"));

const FORBIDDEN: [string, RegExp][] = [
  ["workbook access", /\bExcel\.run\b|\bcontext\.workbook\b/],
  ["network", /\bfetch\s*\(|XMLHttpRequest|WebSocket/],
  ["timers", /\bsetTimeout\b|\bsetInterval\b/],
  ["Node modules", /from\s+["']node:|require\(/],
  ["the clock (results must not depend on when they are computed)", /\bDate\.now\b|new Date\(\)/],
];

describe("src/functions purity", () => {
  it("has adapter files to check", () => {
    expect(FILES).toEqual(
      expect.arrayContaining(["functions.ts", "coerce.ts", "excelError.ts", "localize.ts"]),
    );
  });

  it.each(FORBIDDEN)("uses no %s", (_what, pattern) => {
    const offenders = FILES.filter((f) => pattern.test(readFileSync(path.join(DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
