/**
 * Importer speed and memory: 100k rows and a ≈50 MB generated sales CSV.
 * Each measurement runs in its own child process (same Node flags), so its peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that parse alone. Baseline: PapaParse's bare
 * parse of the same text (`Papa.parse(text)`, every record kept in one array), measured in the
 * same run on the same machine. Prints figures and ratios, never a verdict.
 *   npx tsx bench/import.bench.ts
 */
import { spawnSync } from "node:child_process";
import Papa from "papaparse";
import { importSales } from "../src/import/importSales";

type Mode = "papa" | "import";
interface Sample {
  ms: number;
  cpuMs: number;
  rows: number;
  bytes: number;
  heapAfterMb: number;
  peakRssGrowthMb: number;
}

/** Generic sales CSV: 200 SKUs per day, realistic width (a free-text note), every 97th row bad. */
function generate(rows: number): string {
  const parts: string[] = ["date,sku,units,promo,price,note"];
  const base = Date.UTC(2023, 0, 1);
  const days: string[] = [];
  for (let i = 0; i < rows; i++) {
    const d = Math.floor(i / 200);
    const day = (days[d] ??= new Date(base + d * 86_400_000).toISOString().slice(0, 10));
    const units = i % 97 === 0 ? "n/a" : String(i % 17);
    parts.push(
      `${day},SKU-${i % 200},${units},${i % 7 === 0 ? 1 : 0},9.99,padding text for realistic width ${i}`,
    );
  }
  return parts.join("\n");
}

function child(mode: Mode, rows: number): Sample {
  const bytes = new TextEncoder().encode(generate(rows));
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let out = 0;
  if (mode === "papa") {
    const text = new TextDecoder().decode(bytes); // same decode step the importer does
    out = Papa.parse<string[]>(text).data.length;
  } else {
    out = importSales(bytes).rows.length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rows: out,
    bytes: bytes.length,
    heapAfterMb: (process.memoryUsage().heapUsed - heap0) / 2 ** 20,
    peakRssGrowthMb: (process.resourceUsage().maxRSS * 1024 - rss0) / 2 ** 20,
  };
}

function run(mode: Mode, rows: number): Sample {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", __filename, "child", mode, String(rows)],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`child ${mode} ${rows} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Sample;
}

if (process.argv[2] === "child") {
  console.log(JSON.stringify(child(process.argv[3] as Mode, Number(process.argv[4]))));
} else {
  const fmt = (n: number, d = 0) => n.toFixed(d).padStart(9);
  for (const [label, rows] of [
    ["100k rows", 100_000],
    ["≈50 MB", 700_000],
  ] as const) {
    const papa = run("papa", rows);
    const imp = run("import", rows);
    console.log(`\n${label}: ${rows} records, ${(imp.bytes / 2 ** 20).toFixed(1)} MB`);
    console.log("               wall ms   cpu ms   rows/s(cpu)  peak RSS +MB  heap after +MB");
    for (const [name, s] of [
      ["papaparse", papa],
      ["importSales", imp],
    ] as const) {
      console.log(
        `${name.padEnd(12)} ${fmt(s.ms)} ${fmt(s.cpuMs)} ${fmt((rows / s.cpuMs) * 1000).padStart(13)} ${fmt(s.peakRssGrowthMb, 1).padStart(13)} ${fmt(s.heapAfterMb, 1).padStart(15)}`,
      );
    }
    console.log(
      `ratio importSales / papaparse: cpu ${(imp.cpuMs / papa.cpuMs).toFixed(2)}×, peak RSS growth ${(imp.peakRssGrowthMb / papa.peakRssGrowthMb).toFixed(2)}×`,
    );
  }
}
