/**
 * Plan build benchmark: buildPlan (forecast + layout) and the exceljs writer for 100, 1,000 and
 * 5,000 SKUs with two years of daily history each. Prints time, cells, formulas and the .xlsx
 * size, and ratios against the 100-SKU run measured in the same process (no verdicts: timings
 * on shared machines are noisy).
 *   npx tsx bench/plan.bench.ts        (or: node bench/run.js plan)
 */
import { buildPlan } from "../src/plan/buildPlan";
import type { PlanInput } from "../src/plan/input";
import { planToWorkbook } from "../src/cli/xlsxWriter";
import { planFigures } from "../src/plan/engine";
import { syntheticPlanInput } from "../test/support/syntheticPlanInput";

const DAYS = 730;

function input(skuCount: number): PlanInput {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return syntheticPlanInput({
    skuCount,
    days: DAYS,
    firstDay: "2023-07-01",
    sku: (i) => ({ liquid: i % 13 === 0, magnetic: i % 11 === 0 }),
    sale: (i, d) => {
      const promo = d % 120 < 3;
      return {
        units: Math.round((1 + (i % 40)) * (promo ? 3 : 1) * (0.6 + 0.8 * rnd())),
        promo: promo ? 1 : 0,
      };
    },
  });
}

async function main(): Promise<void> {
  const rows: {
    n: number;
    forecastMs: number;
    buildMs: number;
    writeMs: number;
    bytes: number;
    cells: number;
    formulas: number;
  }[] = [];
  // warm-up: let the JIT compile the forecasting and layout code before anything is timed
  await planToWorkbook(buildPlan(input(20))).xlsx.writeBuffer();
  for (const n of [100, 1000, 5000]) {
    const inp = input(n);
    // the engine alone (forecasts, requirement, mode split, landed cost), to separate it from layout
    const tf = performance.now();
    planFigures(inp);
    const forecastMs = performance.now() - tf;
    const t0 = performance.now();
    const model = buildPlan(inp);
    const t1 = performance.now();
    const buf = await planToWorkbook(model).xlsx.writeBuffer();
    const t2 = performance.now();
    const cells = model.sheets.reduce((a, s) => a + s.cells.length, 0);
    const formulas = model.sheets.reduce((a, s) => a + s.cells.filter((c) => c.kind === "formula").length, 0);
    rows.push({ n, forecastMs, buildMs: t1 - t0, writeMs: t2 - t1, bytes: buf.byteLength, cells, formulas });
  }
  const base = rows[0];
  console.log(
    "SKUs   buildPlan ms  (×100-SKU)  of which engine  write ms  (×)     cells     formulas  xlsx KB",
  );
  for (const r of rows) {
    console.log(
      `${String(r.n).padEnd(6)} ${r.buildMs.toFixed(0).padStart(12)}  ${(r.buildMs / base.buildMs).toFixed(1).padStart(9)}  ` +
        `${((100 * r.forecastMs) / r.buildMs).toFixed(0).padStart(17)}%  ` +
        `${r.writeMs.toFixed(0).padStart(8)}  ${(r.writeMs / base.writeMs).toFixed(1).padStart(5)}  ` +
        `${String(r.cells).padStart(8)}  ${String(r.formulas).padStart(8)}  ${(r.bytes / 1024).toFixed(0).padStart(7)}`,
    );
  }
  console.log("ratios near the SKU ratio (10×, 50×) mean linear scaling");
}

void main();
