/**
 * Bundle sizes against the budgets in DESIGN.md. Reads what `npm run build` left in dist/ and
 * prints raw and gzipped sizes, the ratio to each budget, and, as a yardstick measured in the same
 * run, the gzipped size of react-dom's production build (the floor for any React pane).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "dist");
const KB = 1024;
/** Task pane JS: 250 KB gzipped (issue 15; DESIGN.md said 300); custom-functions code "small" — held to 60 KB. */
const BUDGETS = { pane: 250 * KB, functions: 60 * KB };

function gz(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

if (!existsSync(dist)) {
  console.log("dist/ not found: run `npm run build` first (npm run bench does).");
  process.exit(0);
}

const js = readdirSync(dist).filter((f) => f.endsWith(".js"));
const rows = js.map((f) => {
  const buf = readFileSync(join(dist, f));
  return { file: f, raw: buf.length, gzip: gz(buf) };
});
const sum = (pred: (f: string) => boolean) =>
  rows.filter((r) => pred(r.file)).reduce((a, r) => a + r.gzip, 0);
// The pane page loads taskpane.js plus any chunk it splits off (not functions/commands).
const paneGzip = sum((f) => f !== "functions.js" && f !== "commands.js");
const functionsGzip = sum((f) => f === "functions.js");

const reactDom = join(
  dirname(require.resolve("react-dom/package.json")),
  "cjs",
  "react-dom.production.min.js",
);
const reactDomGzip = gz(readFileSync(reactDom));

console.log("file                      raw KB   gzip KB");
for (const r of rows) {
  console.log(
    `${r.file.padEnd(24)} ${(r.raw / KB).toFixed(1).padStart(8)} ${(r.gzip / KB).toFixed(1).padStart(9)}`,
  );
}
console.log("");
console.log(
  `pane JS (gzip):      ${(paneGzip / KB).toFixed(1)} KB = ${(paneGzip / BUDGETS.pane).toFixed(2)} × budget (${BUDGETS.pane / KB} KB), ` +
    `${(paneGzip / reactDomGzip).toFixed(2)} × react-dom alone (${(reactDomGzip / KB).toFixed(1)} KB)`,
);
console.log(
  `functions JS (gzip): ${(functionsGzip / KB).toFixed(1)} KB = ${(functionsGzip / BUDGETS.functions).toFixed(2)} × budget (${BUDGETS.functions / KB} KB)`,
);
