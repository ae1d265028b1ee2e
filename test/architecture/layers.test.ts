/**
 * The layer rule (issue 11), checked two ways: every relative import in src/ is resolved to the
 * folder it lands in and compared with the allowed table (the same table as eslint.config.mjs),
 * and ESLint itself is run once on a forbidden import to prove the lint rule fires.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");

/** Folder → folders it may import (itself always). Mirrors ALLOWED in eslint.config.mjs. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  import: ["core"],
  plan: ["core", "import"],
  functions: ["core"],
  excel: ["core", "plan"],
  cli: ["core", "import", "plan"],
  taskpane: ["core", "import", "plan", "functions", "excel"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

interface Edge {
  file: string;
  spec: string;
  from: string;
  to: string;
}

/** Every import/export … from "<relative>" and import("<relative>") of a file, resolved. */
function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"(\.[^"]+)"/g)].map((m) => m[1]);
    const from = relative(SRC, file).split(/[\\/]/)[0];
    return specs.map((spec) => ({
      file: relative(ROOT, file),
      spec,
      from,
      to: relative(SRC, resolve(dirname(file), spec)).split(/[\\/]/)[0],
    }));
  });
}

describe("layer rule", () => {
  const all = edges();

  it("sees the imports (the scan is not empty)", () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((e) => e.from))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it("no folder imports one it may not", () => {
    const bad = all.filter((e) => e.to !== e.from && !(ALLOWED[e.from] ?? []).includes(e.to));
    expect(bad.map((e) => `${e.file}: ${e.spec}`)).toEqual([]);
  });

  it("outside src/core the core is imported through its index only", () => {
    const deep = all.filter((e) => e.from !== "core" && e.to === "core" && !/(^|\/)core$/.test(e.spec));
    expect(deep.map((e) => `${e.file}: ${e.spec}`)).toEqual([]);
  });

  it("src/core imports no package", () => {
    const pkgs = sourceFiles(join(SRC, "core")).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/from\s+"([^".][^"]*)"/g)].map(
        (m) => `${relative(ROOT, f)}: ${m[1]}`,
      ),
    );
    expect(pkgs).toEqual([]);
  });

  it("ESLint refuses a core file importing the plan (the lint rule is live)", () => {
    let out = "";
    try {
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules/eslint/bin/eslint.js"), "--stdin", "--stdin-filename", "src/core/probe.ts"],
        {
          cwd: ROOT,
          input: 'import { buildPlan } from "../plan";\nexport const x = buildPlan;\n',
          encoding: "utf8",
        },
      );
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    expect(out).toContain("no-restricted-imports");
    expect(out).toContain("src/core may import only src/core itself");
  }, 60_000);
});
