/**
 * Issue 11: no file in src/plan above ≈250 lines, so each module stays about one job a reader can
 * hold in mind. The limit is 260 to leave a little slack; a file that grows past it is split along
 * its seams (see how types.ts, inputCells.ts and rebuildReport.ts were), not the limit raised.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const PLAN = join(ROOT, "src", "plan");
const MAX_LINES = 260;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Lines as `wc -l` counts them: newline characters. */
function lineCount(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}

describe("file size in src/plan", () => {
  it("counts lines the way wc -l does", () => {
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("")).toBe(0);
    expect(lineCount("no newline")).toBe(0);
  });

  it("finds the plan's source files (the check is not vacuous)", () => {
    const files = sourceFiles(PLAN).map((f) => relative(ROOT, f));
    expect(files).toEqual(expect.arrayContaining(["src/plan/types.ts", "src/plan/sheets/skuSheet.ts"]));
  });

  it(`has no file above ${MAX_LINES} lines`, () => {
    const tooLong = sourceFiles(PLAN)
      .map((f) => ({ file: relative(ROOT, f), lines: lineCount(readFileSync(f, "utf8")) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(tooLong).toEqual([]);
  });
});
