/**
 * Importer speed and memory: 100k rows and a ≈50 MB generated sales CSV.
 * The parent writes the file to the OS temp folder; each measurement runs in its own child
 * process (same Node flags) that reads the bytes and parses them, so the peak RSS growth
 * (`process.resourceUsage().maxRSS` minus the RSS after reading) belongs to that parse alone.
 * Baseline: PapaParse parsing the same text and keeping every record in one array (what
 * `Papa.parse(text).data` holds), measured in the same run on the same machine. Peak heap is
 * sampled every 10k records inside each parse (`process.memoryUsage().heapUsed`). Prints figures and ratios, never a verdict.
 *   npx tsx bench/import.bench.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { decodeText } from "../src/import/decode";
import { detectDelimiter } from "../src/import/detectDelimiter";
import { createSalesSink } from "../src/import/importSales";
import { readDelimitedTable } from "../src/import/readTable";

type Mode = "papa" | "import";
interface Sample {
  ms: number;
  cpuMs: number;
  rows: number;
  bytes: number;
  heapAfterMb: number;
  peakHeapGrowthMb: number;
  peakRssGrowthMb: number;
}

/**
 * Generic sales CSV: 200 SKUs, `linesPerSkuDay` records per SKU and day (1 = a daily sheet, the
 * worst case for the importer's per-day state; 10 = an order export), realistic width (a
 * free-text note), every 97th row bad.
 */
function generate(rows: number, linesPerSkuDay: number): string {
  const parts: string[] = ["date,sku,units,promo,price,note"];
  const base = Date.UTC(2023, 0, 1);
  const days: string[] = [];
  for (let i = 0; i < rows; i++) {
    const d = Math.floor(i / (200 * linesPerSkuDay));
    const day = (days[d] ??= new Date(base + d * 86_400_000).toISOString().slice(0, 10));
    const units = i % 97 === 0 ? "n/a" : String(i % 17);
    parts.push(
      `${day},SKU-${i % 200},${units},${i % 7 === 0 ? 1 : 0},9.99,padding text for realistic width ${i}`,
    );
  }
  return parts.join("\n");
}

function child(mode: Mode, file: string): Sample {
  const bytes = new Uint8Array(readFileSync(file));
  (globalThis as { gc?: () => void }).gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Peak heap: sampled every 10k records inside the parse (a synchronous parse has no other hook).
  let peakHeap = heap0;
  let seen = 0;
  const sample = (): void => {
    if (++seen % 10_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  let out = 0;
  if (mode === "papa") {
    const text = new TextDecoder().decode(bytes); // same decode step the importer does
    const data: string[][] = []; // what Papa.parse(text).data keeps, collected with a sampling hook
    Papa.parse<string[]>(text, {
      step(r) {
        data.push(r.data);
        sample();
      },
    });
    out = data.length;
  } else {
    // importSales(bytes), spelled out so the sampling hook sees every record
    const { text, encoding } = decodeText(bytes);
    const delimiter = detectDelimiter(text);
    const sink = createSalesSink();
    const plainRow = sink.plainRow!;
    readDelimitedTable(text, delimiter, {
      header: (c, r) => sink.header(c, r),
      row: (c, r) => {
        sink.row(c, r);
        sample();
      },
      malformed: (r, d) => sink.malformed(r, d),
      lastLine: (c) => sink.lastLine?.(c),
      // plain lines read in place, as importSales reads them
      plainRow: (t, s, e, r, d) => {
        const taken = plainRow(t, s, e, r, d);
        if (taken) sample();
        return taken;
      },
    });
    out = sink.finish(encoding, delimiter).rows.length;
  }
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rows: out,
    bytes: bytes.length,
    heapAfterMb: (process.memoryUsage().heapUsed - heap0) / 2 ** 20,
    peakHeapGrowthMb: (peakHeap - heap0) / 2 ** 20,
    peakRssGrowthMb: (process.resourceUsage().maxRSS * 1024 - rss0) / 2 ** 20,
  };
}

function run(mode: Mode, file: string): Sample {
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--expose-gc", __filename, "child", mode, file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Sample;
}

if (process.argv[2] === "child") {
  console.log(JSON.stringify(child(process.argv[3] as Mode, process.argv[4])));
} else {
  const fmt = (n: number, d = 0) => n.toFixed(d).padStart(9);
  for (const [label, rows, linesPerSkuDay] of [
    ["100k rows, daily sheet", 100_000, 1],
    ["≈50 MB, daily sheet (1 record per SKU-day)", 700_000, 1],
    ["≈50 MB, order lines (10 records per SKU-day)", 700_000, 10],
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), "stockup-import-bench-"));
    const file = join(dir, "sales.csv");
    writeFileSync(file, generate(rows, linesPerSkuDay));
    const papa = run("papa", file);
    const imp = run("import", file);
    rmSync(dir, { recursive: true, force: true });
    console.log(`\n${label}: ${rows} records, ${(imp.bytes / 2 ** 20).toFixed(1)} MB`);
    console.log("               wall ms   cpu ms   rows/s(cpu)  peak heap +MB  peak RSS +MB  heap after +MB");
    for (const [name, s] of [
      ["papaparse", papa],
      ["importSales", imp],
    ] as const) {
      console.log(
        `${name.padEnd(12)} ${fmt(s.ms)} ${fmt(s.cpuMs)} ${fmt((rows / s.cpuMs) * 1000).padStart(13)} ${fmt(s.peakHeapGrowthMb, 1).padStart(14)} ${fmt(s.peakRssGrowthMb, 1).padStart(13)} ${fmt(s.heapAfterMb, 1).padStart(15)}`,
      );
    }
    const ratio = (f: (x: Sample) => number) => (f(imp) / f(papa)).toFixed(2);
    console.log(
      `ratio importSales / papaparse: cpu ${ratio((x) => x.cpuMs)}×, peak heap growth ${ratio((x) => x.peakHeapGrowthMb)}×, peak RSS growth ${ratio((x) => x.peakRssGrowthMb)}×`,
    );
  }
}
