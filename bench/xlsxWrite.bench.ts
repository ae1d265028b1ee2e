/**
 * The CLI's .xlsx write of a large plan (5,000 synthetic SKUs by default): the writer's own
 * sheetData (`planPackage(model, "own")`, what `writePlanXlsx` does) against every cell through
 * exceljs (`"exceljs"`, the reference it is tested against) as the baseline, measured in the same
 * run, alternating, each in its own child process so each peak is its own. Per measurement: CPU
 * of rendering the parts and deflating them to a file, and the process's peak RSS during the
 * write above the RSS at its start (after a full collection; Linux resets the peak through
 * /proc/self/clear_refs, elsewhere the figure is the process's whole peak). The parts of both are
 * checked equal once. Prints figures and ratios; no verdicts (timings on shared machines are noisy).
 *   npx tsx bench/xlsxWrite.bench.ts [skus] [rounds]      (or: node bench/run.js xlsxWrite)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { planPackage, type SheetDataRenderer } from "../src/cli/xlsxWriter";
import { writeZip } from "../src/cli/xlsxZip";
import { buildPlan } from "../src/plan/buildPlan";
import type { PlanModel } from "../src/plan/types";
import { syntheticPlanInput } from "../test/support/syntheticPlanInput";

const mb = (bytes: number) => bytes / 2 ** 20;

function model(skus: number): PlanModel {
  return buildPlan(
    syntheticPlanInput({
      skuCount: skus,
      days: 365,
      firstDay: "2024-10-01",
      sku: (i) => ({ title: i % 50 === 0 ? `=HYPERLINK("x","Item ${i}")` : `Item ${i} 蓝牙耳机` }),
      sale: (i, d) => ({ units: 1 + ((i * 7 + d) % 9), promo: d % 60 < 2 ? 1 : 0 }),
    }),
  );
}

/** The process's peak RSS in MB, reset first when `reset` (Linux), else since the start. */
function peakRss(reset = false): number {
  try {
    if (reset) writeFileSync("/proc/self/clear_refs", "5");
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: the whole process's peak
  }
  return mb(process.resourceUsage().maxRSS * 1024);
}

/** One measurement in this (child) process: prints one JSON line. */
async function child(renderer: SheetDataRenderer, skus: number, dir: string): Promise<void> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const m = model(skus);
  const cells = m.sheets.reduce((n, s) => n + s.cells.length, 0);
  gc();
  const startRss = mb(process.memoryUsage().rss);
  peakRss(true);
  const c0 = process.cpuUsage();
  const parts = await planPackage(m, renderer);
  const c1 = process.cpuUsage(c0);
  await writeZip(parts, join(dir, `${renderer}.xlsx`));
  const c2 = process.cpuUsage(c0);
  const ms = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  console.log(
    JSON.stringify({ renderer, cells, renderMs: ms(c1), writeMs: ms(c2), startRss, peakRss: peakRss() }),
  );
}

interface Figures {
  renderer: SheetDataRenderer;
  cells: number;
  renderMs: number;
  writeMs: number;
  startRss: number;
  peakRss: number;
}

function measure(renderer: SheetDataRenderer, skus: number, dir: string): Figures {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, "child", renderer, String(skus), dir],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Figures;
}

async function samePartsOnce(skus: number): Promise<string> {
  const m = model(Math.min(skus, 500));
  const own = await planPackage(m, "own");
  const theirs = await planPackage(m, "exceljs");
  const differ = theirs.names().filter((n) => own.text(n) !== theirs.text(n));
  if (own.names().join() !== theirs.names().join() || differ.length) {
    throw new Error(`the renderers' parts differ: ${differ.join(", ") || "names"}`);
  }
  return `parts identical (${own.names().length} parts, ${Math.min(skus, 500)} SKUs)`;
}

async function main(): Promise<void> {
  const skus = Number(process.argv[2] ?? 5000);
  const rounds = Number(process.argv[3] ?? 2);
  console.log(await samePartsOnce(skus));
  const dir = mkdtempSync(join(tmpdir(), "stockup-xlsxwrite-"));
  try {
    const runs: Figures[] = [];
    for (let i = 0; i < rounds; i++)
      for (const r of ["exceljs", "own"] as const) runs.push(measure(r, skus, dir));
    console.log(
      `${skus} SKUs, ${runs[0].cells} cells; CPU ms (render, render + zip), RSS MB (at start, peak in write)`,
    );
    for (const f of runs) {
      console.log(
        `${f.renderer.padEnd(8)} render ${f.renderMs.toFixed(0).padStart(6)}  +zip ${f.writeMs.toFixed(0).padStart(6)}  rss ${f.startRss.toFixed(0)} -> peak ${f.peakRss.toFixed(0)} (+${(f.peakRss - f.startRss).toFixed(0)})`,
      );
    }
    const best = (r: SheetDataRenderer, k: "renderMs" | "writeMs") =>
      Math.min(...runs.filter((f) => f.renderer === r).map((f) => f[k]));
    const rise = (r: SheetDataRenderer) =>
      Math.max(...runs.filter((f) => f.renderer === r).map((f) => f.peakRss - f.startRss));
    console.log(
      `own / exceljs, best of ${rounds}: render CPU ×${(best("own", "renderMs") / best("exceljs", "renderMs")).toFixed(2)}, ` +
        `render + zip CPU ×${(best("own", "writeMs") / best("exceljs", "writeMs")).toFixed(2)}, ` +
        `RSS rise in the write ${rise("own").toFixed(0)} vs ${rise("exceljs").toFixed(0)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "child") {
  child(process.argv[3] as SheetDataRenderer, Number(process.argv[4]), process.argv[5]).catch(
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
