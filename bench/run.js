#!/usr/bin/env node
/**
 * Runs the benchmarks in bench/*.bench.ts one after another (each in its own process, so one
 * benchmark's memory does not skew the next) and lets them print their own figures.
 *   node bench/run.js            → all
 *   node bench/run.js accuracy   → only files whose name contains "accuracy"
 * Benchmarks print figures and ratios against a baseline measured in the same run; they do not
 * pass or fail on time, because timings on shared machines are noisy.
 */
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const filters = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  // case-insensitive: "accuracy" also runs itemAccuracy.bench.ts
  .filter((f) => filters.length === 0 || filters.some((k) => f.toLowerCase().includes(k.toLowerCase())))
  .sort();
if (files.length === 0) {
  console.log(`no benchmark matches ${filters.join(", ") || "(all)"}`);
  process.exit(0);
}
const tsx = join(__dirname, "..", "node_modules", ".bin", "tsx");
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(tsx, [join(__dirname, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
