/**
 * What the per-line bookkeeping of the platform formats (commit 684fb95: the editor line of a
 * record, its order and product for messages, keyed-by-title counts, currencies) costs the generic
 * CSV import. The same generated file is imported by three versions of src/, each taken from git
 * history into a temporary folder and loaded in this process:
 *   before   — the parent of 684fb95 (no line bookkeeping)
 *   684fb95  — the commit that added it
 *   current  — this checkout's src/ (with the import speed-ups since)
 * Baseline: PapaParse parsing the same text alone (the parser the importer falls back on), in the
 * same run. Rounds are interleaved and the median CPU time of each is reported, as rows/s and as
 * a ratio to PapaParse. Prints figures, never a verdict. Needs the repository's git history.
 *   npx tsx bench/importLineBook.bench.ts [rows]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { importSales as importCurrent } from "../src/import/importSales";

type Import = (input: Uint8Array, options?: object) => { rows: unknown[] };

const ROOT = resolve(__dirname, "..");
const LINE_BOOK_COMMIT = "684fb95";

/** Generic sales CSV: 200 SKUs, one line per SKU and day, a free-text note, every 97th row bad. */
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

/** src/ of `rev` in a temporary folder (with this checkout's node_modules), its importSales. */
async function importAt(rev: string, dir: string): Promise<Import> {
  const target = join(dir, rev.replace(/\W/g, "_"));
  execFileSync("mkdir", ["-p", target]);
  const tar = execFileSync("git", ["-C", ROOT, "archive", rev, "src"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", target], { input: tar });
  symlinkSync(join(ROOT, "node_modules"), join(target, "node_modules"));
  const mod = (await import(join(target, "src", "import", "importSales.ts"))) as { importSales: Import };
  return (input) => mod.importSales(input, { maxIssues: Number.MAX_SAFE_INTEGER } as never);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 200_000);
  const text = generate(rows);
  const bytes = new TextEncoder().encode(text);
  const dir = mkdtempSync(join(tmpdir(), "stockup-linebook-"));
  try {
    const versions: [name: string, run: (b: Uint8Array) => number][] = [
      [
        "PapaParse alone",
        (b) => Papa.parse<string[]>(new TextDecoder().decode(b), { skipEmptyLines: true }).data.length - 1,
      ],
    ];
    for (const [name, rev] of [
      ["before (684fb95^)", `${LINE_BOOK_COMMIT}^`],
      [`line book (${LINE_BOOK_COMMIT})`, LINE_BOOK_COMMIT],
    ] as const) {
      const imp = await importAt(rev, dir);
      versions.push([name, (b) => imp(b).rows.length]);
    }
    versions.push([
      "current",
      (b) => importCurrent(b, { maxIssues: Number.MAX_SAFE_INTEGER } as never).rows.length,
    ]);

    const times = new Map<string, number[]>(versions.map(([n]) => [n, []]));
    const rounds = 9;
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of versions) {
        // CPU time of this process: other work on a shared machine skews wall time more
        const c0 = process.cpuUsage();
        const out = run(bytes);
        const c = process.cpuUsage(c0);
        const ms = (c.user + c.system) / 1000;
        if (out <= 0) throw new Error(`${name} read nothing`);
        if (r > 0) times.get(name)!.push(ms); // round 0 warms the JIT
      }
    }
    const papa = median(times.get("PapaParse alone")!);
    console.log(
      `generic CSV, ${rows.toLocaleString("en-US")} rows, ${(bytes.length / 1e6).toFixed(1)} MB; median CPU time of ${rounds - 1} interleaved rounds`,
    );
    console.log("version                 ms     rows/s      × PapaParse");
    for (const [name] of versions) {
      const ms = median(times.get(name)!);
      console.log(
        `${name.padEnd(22)} ${ms.toFixed(0).padStart(5)}  ${Math.round((rows / ms) * 1000)
          .toLocaleString("en-US")
          .padStart(10)}  ${(ms / papa).toFixed(2).padStart(6)}`,
      );
    }
    const before = median(times.get("before (684fb95^)")!);
    const book = median(times.get(`line book (${LINE_BOOK_COMMIT})`)!);
    const current = median(times.get("current")!);
    console.log(
      `line bookkeeping: ${LINE_BOOK_COMMIT} / before = ${(book / before).toFixed(3)}; current / before = ${(current / before).toFixed(3)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
