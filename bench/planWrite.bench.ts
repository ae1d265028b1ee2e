/**
 * Office.js plan writer benchmark: the real plan (buildPlan) for 100, 1,000 and 5,000 SKUs
 * written into the fake Excel host (test/excel/fakeExcel.ts), which counts `context.sync()`
 * calls and measures every request's payload (UTF-8 bytes of the queued arguments).
 * Prints syncs for a first build, a forced rebuild and a no-op rebuild, the number of write
 * requests, the largest and total payload, and ratios against the 100-SKU run of the same process.
 * No verdicts: the budgets (syncs constant in SKUs, requests under 4 MB) are asserted in
 * test/excel/writePlan.test.ts; timings on shared machines are noisy.
 *   npx tsx bench/planWrite.bench.ts        (or: node bench/run.js planWrite)
 */
import { writePlan } from "../src/excel/writePlan";
import { buildPlan } from "../src/plan/buildPlan";
import type { PlanInput } from "../src/plan/input";
import { createWorkbook, FakeHost } from "../test/excel/fakeExcel";
import { syntheticPlanInput } from "../test/support/syntheticPlanInput";

// history length does not change what is written per SKU; 180 days keeps the forecast step short
const DAYS = 180;

function input(skuCount: number): PlanInput {
  return syntheticPlanInput({
    skuCount,
    days: DAYS,
    firstDay: "2025-03-01",
    // a formula-like title every 50 SKUs, Chinese text in the rest
    sku: (i) => ({ title: i % 50 === 0 ? `=HYPERLINK("x","Item ${i}")` : `Item ${i} 蓝牙耳机` }),
    sale: (i, d) => ({ units: 1 + ((i * 7 + d) % 9), promo: d % 60 < 2 ? 1 : 0 }),
  });
}

interface Row {
  n: number;
  cells: number;
  firstSyncs: number;
  rebuildSyncs: number;
  noopSyncs: number;
  writeRequests: number;
  maxBytes: number;
  totalBytes: number;
  writeMs: number;
}

async function measure(n: number): Promise<Row> {
  const inp = input(n);
  const build = (o: Parameters<typeof buildPlan>[1]) => buildPlan(inp, o);
  const model = buildPlan(inp);
  const wb = createWorkbook();
  const first = new FakeHost(wb);
  const t0 = performance.now();
  const report = await writePlan(first.excelRun, () => model);
  const writeMs = performance.now() - t0;
  const rebuild = new FakeHost(wb);
  await writePlan(rebuild.excelRun, build, { force: true });
  const noop = new FakeHost(wb);
  const same = await writePlan(noop.excelRun, build);
  if (same.changed) throw new Error("a rebuild without edits should write nothing");
  return {
    n,
    cells: model.sheets.reduce((s, sh) => s + sh.cells.length, 0),
    firstSyncs: first.syncCount,
    rebuildSyncs: rebuild.syncCount,
    noopSyncs: noop.syncCount,
    writeRequests: report.requestBytes.length,
    maxBytes: first.maxRequest,
    totalBytes: first.totalBytes,
    writeMs,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of [100, 1000, 5000]) rows.push(await measure(n));
  const base = rows[0];
  const mb = (b: number) => (b / 1e6).toFixed(3);
  console.log(
    "SKUs  cells    syncs(first/rebuild/no-op)  write requests  max request MB  total MB  write ms",
  );
  for (const r of rows) {
    console.log(
      `${String(r.n).padStart(4)}  ${String(r.cells).padStart(7)}  ${`${r.firstSyncs}/${r.rebuildSyncs}/${r.noopSyncs}`.padStart(26)}  ${String(
        r.writeRequests,
      ).padStart(
        14,
      )}  ${mb(r.maxBytes).padStart(14)}  ${mb(r.totalBytes).padStart(8)}  ${r.writeMs.toFixed(0).padStart(8)}`,
    );
  }
  console.log("\nratios vs 100 SKUs (SKUs ×10 and ×50):");
  for (const r of rows.slice(1)) {
    console.log(
      `${String(r.n).padStart(4)}: syncs ×${(r.firstSyncs / base.firstSyncs).toFixed(2)}, rebuild syncs ×${(
        r.rebuildSyncs / base.rebuildSyncs
      ).toFixed(2)}, max request ×${(r.maxBytes / base.maxBytes).toFixed(1)}, total payload ×${(
        r.totalBytes / base.totalBytes
      ).toFixed(
        1,
      )}, payload per SKU ${(r.totalBytes / r.n).toFixed(0)} B (100 SKUs: ${(base.totalBytes / base.n).toFixed(0)} B), write time ×${(
        r.writeMs / base.writeMs
      ).toFixed(1)}`,
    );
  }
  console.log(
    "\nrequest budget 4 MB (Excel on the web refuses about 5 MB); syncs stay constant while payload fits one request",
  );
  // past the budget: more requests, each one sync, counted by payload and never by rows
  const big = input(5000);
  for (const budget of [1_000_000, 400_000]) {
    const host = new FakeHost(createWorkbook());
    const r = await writePlan(host.excelRun, () => buildPlan(big), { maxRequestBytes: budget });
    const total = r.requestBytes.reduce((a, b) => a + b, 0);
    console.log(
      `5000 SKUs, budget ${mb(budget)} MB: ${r.requestBytes.length} write requests for ${mb(total)} MB (ceil ${Math.ceil(
        total / budget,
      )}), syncs ${host.syncCount}, largest request ${mb(host.maxRequest)} MB`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
