/**
 * The measured side of bench/scale.bench.ts, one child process per measurement so each peak is
 * its own. Plain JavaScript on plain `node`: it measures the CLI as shipped (the compiled
 * build/cli, as bin/stockup.js runs it), not the TypeScript loader the benchmark itself runs in.
 *   node bench/scaleChild.js papa SALES
 *   node bench/scaleChild.js cli SALES MASTER OUT
 * Prints one JSON line: the stages with CPU ms, wall ms and the process's peak RSS so far (MB).
 */
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const usage = () => {
  const c = process.cpuUsage();
  return {
    cpuMs: (c.user + c.system) / 1000,
    wallMs: performance.now(),
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  };
};

/** PapaParse over the decoded sales text, records counted and dropped: the baseline. */
function papa(file) {
  const Papa = require("papaparse");
  const u0 = usage();
  const text = new TextDecoder().decode(readFileSync(file));
  let n = 0;
  Papa.parse(text, {
    step() {
      n++;
    },
  });
  const u1 = usage();
  if (n < 2) throw new Error("nothing parsed");
  return [
    { name: "papaparse", cpuMs: u1.cpuMs - u0.cpuMs, wallMs: u1.wallMs - u0.wallMs, peakRssMb: u1.peakRssMb },
  ];
}

/** The CLI's first build, split into stages at its progress lines. */
async function cli(sales, master, out) {
  const { main } = require(join(__dirname, "..", "build", "cli", "cli", "main.js"));
  const marks = [];
  const args = [
    "plan",
    "--sales",
    sales,
    "--skus",
    master,
    "--promo-start",
    "2026-11-27",
    "--promo-end",
    "2026-11-30",
  ];
  args.push("--inbound-cutoff", "2026-11-06", "--registration-deadline", "2026-10-02", "--event", "bfcm");
  args.push("--today", "2026-09-15", "--out", out);
  const code = await main(args, {
    stdout: () => undefined,
    stderr: (s) => {
      const m = /^\[(\d)\/5\]/.exec(s);
      if (m) marks.push({ step: m[1], u: usage() });
      else if (!s.startsWith("      ")) process.stderr.write(s);
    },
  });
  if (code !== 0) throw new Error(`CLI exit ${code}`);
  const at = (step) => marks.find((m) => m.step === step).u;
  const stage = (name, from, to) => ({
    name,
    cpuMs: at(to).cpuMs - at(from).cpuMs,
    wallMs: at(to).wallMs - at(from).wallMs,
    peakRssMb: at(to).peakRssMb,
  });
  return [stage("import", "1", "3"), stage("forecast+plan", "3", "4"), stage("write", "4", "5")];
}

const [mode, a, b, c] = process.argv.slice(2);
Promise.resolve(mode === "papa" ? papa(a) : cli(a, b, c)).then((stages) =>
  console.log(JSON.stringify(stages)),
);
