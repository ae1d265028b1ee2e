/**
 * What StockUp promises (README "Promises"): no network calls at runtime besides Office.js, no
 * code evaluation, no imported text rendered as HTML. ESLint blocks eval/new Function/innerHTML
 * at the source; this test keeps the promise even if a lint rule is switched off, by scanning
 * every source file the bundles are built from.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Source text without comments, so a comment that names an API is not a finding. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const files = sources(join(root, "src")).map((f) => ({
  name: relative(root, f).split("\\").join("/"),
  text: code(f),
}));

const FORBIDDEN: [string, RegExp][] = [
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["importScripts", /\bimportScripts\b/],
  ["eval", /\beval\s*\(/],
  ["new Function", /\bnew\s+Function\s*\(/],
  ["innerHTML", /\.(inner|outer)HTML\b/],
  ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
  ["document.write", /document\.write\s*\(/],
];

describe("no network, no code evaluation", () => {
  it("scans a real source tree", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)("no source file uses %s", (_name, pattern) => {
    expect(files.filter((f) => pattern.test(f.text)).map((f) => f.name)).toEqual([]);
  });

  it("fetch is used only by the pane host, for the bundled sample served with the pane", () => {
    const users = files.filter((f) => /\bfetch\s*\(/.test(f.text)).map((f) => f.name);
    expect(users).toEqual(["src/taskpane/officeHost.ts"]);
  });

  it("no source file holds an absolute http(s) URL to call", () => {
    const urls = files.flatMap((f) =>
      // an XML namespace (`xmlns="http://schemas…"`) is a name written into a file, never called
      (f.text.match(/(?<!xmlns(?::\w+)?=)["'`]https?:\/\/[^"'`]+/g) ?? []).map((u) => `${f.name}: ${u}`),
    );
    expect(urls).toEqual([]);
  });
});
