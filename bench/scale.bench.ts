/**
 * First build at scale: 5,000 SKUs × 730 days of daily sales (a ≈116 MB generic CSV generated
 * here) through the CLI's own entry point (`main(["plan", …])`) as shipped (compiled by
 * `npm run build:cli` first, run by plain node in bench/scaleChild.js), in a child process per
 * measurement so each peak is its own. The CLI's progress lines mark the stages, so the figures
 * are those of the real path:
 *   import   = [1/5] reading sales … until [3/5] (sales + SKU master, unknown-SKU check)
 *   forecast = [3/5] building … until [4/5] (buildPlan: forecasts and the plan model)
 *   write    = [4/5] writing … until [5/5] (exceljs writer)
 * Baseline, measured in the same run on the same file: PapaParse parsing the decoded text with
 * a `step` callback (every record parsed, none kept) — the least any CSV import must do.
 * Peak memory is the process's max RSS (`process.resourceUsage().maxRSS`) at the end of each
 * stage, so it is cumulative: the last figure is the build's peak. Prints figures and ratios.
 *   npx tsx bench/scale.bench.ts [skus] [days]      (or: node bench/run.js scale)
 *   STOCKUP_CPU_PROF=<dir> writes a --cpu-prof profile of each child into <dir>
 *   STOCKUP_BENCH_RUNS=<n> runs baseline and build n times, alternating (default 3)
 *   STOCKUP_BENCH_DIR=<dir> generates the files into <dir> once and keeps them (repeat runs,
 *   profiling); without it they go to a temporary folder removed at the end
 */
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
  existsSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Stage {
  name: string;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO dates of `days` consecutive days ending on 2026-09-14 (the day before "today"). */
function dates(days: number): string[] {
  const end = Date.UTC(2026, 8, 14);
  const out: string[] = [];
  for (let d = days - 1; d >= 0; d--) {
    const t = new Date(end - d * 86_400_000);
    out.push(`${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`);
  }
  return out;
}

/**
 * Writes the sales CSV day by day (an export's order: every SKU of a day, then the next day)
 * in 4 MB chunks, and the SKU master. Units follow a seeded generator with a weekly rhythm and
 * a promo every 120 days, so the forecasting models have something real to fit.
 */
function generate(dir: string, skus: number, days: number): { sales: string; master: string } {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sales = join(dir, `sales-${skus}x${days}.csv`);
  const fd = openSync(sales, "w");
  let chunk = "date,sku,units,promo,price\n";
  const ids = Array.from({ length: skus }, (_, i) => `SKU-${String(i).padStart(5, "0")}`);
  dates(days).forEach((day, d) => {
    const promo = d % 120 < 3;
    for (let i = 0; i < skus; i++) {
      const base = 1 + (i % 40);
      const units = Math.round(base * (promo ? 3 : 1) * (d % 7 === 5 ? 1.3 : 1) * (0.6 + 0.8 * rnd()));
      chunk += `${day},${ids[i]},${units},${promo ? 1 : 0},${(10 + (i % 30) - 0.01).toFixed(2)}\n`;
      if (chunk.length > 4_000_000) {
        writeSync(fd, chunk);
        chunk = "";
      }
    }
  });
  writeSync(fd, chunk);
  closeSync(fd);
  const master = join(dir, `skus-${skus}.csv`);
  const lines = [
    "sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel",
  ];
  ids.forEach((id, i) =>
    lines.push(
      `${id},Item ${i},${2 + (i % 20)},${0.1 + (i % 5) / 10},10,8,4,100,20,${15 + (i % 20)},50,0,${10 + (i % 30) - 0.01},amazon`,
    ),
  );
  writeFileSync(master, `${lines.join("\n")}\n`);
  return { sales, master };
}

/** One measurement in a fresh `node` running bench/scaleChild.js (the compiled CLI). */
function run(args: string[]): Stage[] {
  const prof = process.env.STOCKUP_CPU_PROF
    ? ["--cpu-prof", "--cpu-prof-dir", process.env.STOCKUP_CPU_PROF]
    : [];
  const r = spawnSync(process.execPath, [...prof, join(__dirname, "scaleChild.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 22,
  });
  if (r.status !== 0) throw new Error(`child ${args[0]} failed: ${r.stderr}`);
  if (r.stderr.trim()) process.stderr.write(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Stage[];
}

async function parent(): Promise<void> {
  const skus = Number(process.argv[2] ?? 5000);
  const days = Number(process.argv[3] ?? 730);
  // the CLI as shipped: compiled like `npm run build:cli`, run by plain node
  const built = spawnSync("npm", ["run", "--silent", "build:cli"], {
    cwd: join(__dirname, ".."),
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("npm run build:cli failed");
  const keep = process.env.STOCKUP_BENCH_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), "stockup-scale-bench-"));
  try {
    const { sales, master } =
      keep && existsSync(join(keep, `sales-${skus}x${days}.csv`))
        ? { sales: join(keep, `sales-${skus}x${days}.csv`), master: join(keep, `skus-${skus}.csv`) }
        : generate(dir, skus, days);
    const mb = statSync(sales).size / 2 ** 20;
    console.log(`${skus} SKUs × ${days} days: ${skus * days} sales rows, ${mb.toFixed(1)} MB CSV`);
    // Runs alternate baseline and build, a child each: on a shared machine one run can be 30–50 %
    // off, so every run is printed and the median run (by build CPU) is summarised.
    const runs = Math.max(1, Number(process.env.STOCKUP_BENCH_RUNS ?? 3));
    const fmt = (n: number, w = 10, d = 0) => n.toFixed(d).padStart(w);
    const results: { papa: Stage; stages: Stage[]; cpu: number; peak: number }[] = [];
    let planKb = 0;
    for (let r = 1; r <= runs; r++) {
      const [papa] = run(["papa", sales]);
      rmSync(join(dir, "plan.xlsx"), { force: true }); // a first build, not a rebuild
      const stages = run(["cli", sales, master, join(dir, "plan.xlsx")]);
      planKb = statSync(join(dir, "plan.xlsx")).size / 1024;
      const cpu = stages.reduce((a, s) => a + s.cpuMs, 0);
      const peak = Math.max(...stages.map((s) => s.peakRssMb));
      results.push({ papa, stages, cpu, peak });
      console.log(`run ${r} of ${runs}`);
      console.log("stage            cpu s   wall s   peak RSS MB (cumulative)   cpu ÷ papaparse");
      for (const s of [papa, ...stages]) {
        console.log(
          `${s.name.padEnd(14)} ${fmt(s.cpuMs / 1000, 7, 1)} ${fmt(s.wallMs / 1000, 8, 1)} ${fmt(s.peakRssMb, 14)} ${fmt(s.cpuMs / papa.cpuMs, 22, 2)}`,
        );
      }
    }
    const median = [...results].sort((a, b) => a.cpu - b.cpu)[Math.ceil((results.length - 1) / 2)];
    const range = (f: (x: (typeof results)[number]) => number, d: number) =>
      `${Math.min(...results.map(f)).toFixed(d)}–${Math.max(...results.map(f)).toFixed(d)}`;
    console.log(
      `first build (median of ${runs}): ${(median.cpu / 1000).toFixed(1)} s CPU ` +
        `(${(median.cpu / median.papa.cpuMs).toFixed(1)}× the CSV parse alone), peak RSS ` +
        `${median.peak.toFixed(0)} MB (${(median.peak / median.papa.peakRssMb).toFixed(1)}× the parse's), plan ` +
        `${planKb.toFixed(0)} KB; all runs ${range((x) => x.cpu / 1000, 1)} s, ${range((x) => x.peak, 0)} MB`,
    );
    console.log("issue 16 target: ≤ 10 s CPU and ≤ 1,024 MB peak for 5,000 × 730");
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

void parent();
