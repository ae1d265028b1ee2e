/**
 * Custom-function overhead: 1,000 FORECAST_PROMO cells, each over 730 days of daily history with
 * promo flags and a few blank (stock-out) days, evaluated through the adapter exactly as Excel
 * calls it (2-D cell arrays in, coercion, core, spill out), against the same 1,000 forecasts
 * called on the core directly with ready-made number arrays, measured in the same run.
 *   npx tsx bench/functions.bench.ts
 * Prints figures and ratios; it does not pass or fail on time (shared machines are noisy).
 * Issue 5's budget: 1,000 such cells "in well under a second in total".
 */
import { performance } from "node:perf_hooks";
import { forecastPromo, type ForecastInput } from "../src/core";

const CELLS = 1000;
const DAYS = 730;
const HORIZON = 42;

/** Excel's runtime provides CustomFunctions; outside Excel a minimal stand-in is enough. */
function installCustomFunctionsStub(): void {
  class CfError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  (globalThis as any).CustomFunctions ??= {
    Error: CfError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    associate: () => undefined,
  };
}

/** mulberry32: a small seeded PRNG, so every run measures the same series. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sku {
  cells: { history: unknown[][]; promo: unknown[][]; future: unknown[][] };
  input: ForecastInput;
}

function makeSku(seed: number): Sku {
  const r = rng(seed);
  const level = 5 + r() * 200;
  const weekly = [1.1, 1, 0.95, 0.9, 1, 1.2, 1.3];
  const history: number[] = [];
  const censored: boolean[] = [];
  const promo: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    const p = r() < 0.08 ? 1 : 0;
    const stockOut = r() < 0.01;
    promo.push(p);
    censored.push(stockOut);
    history.push(stockOut ? 0 : Math.round(level * weekly[d % 7] * (p ? 1.8 : 1) * (0.7 + 0.6 * r())));
  }
  const future = Array.from({ length: HORIZON }, () => (r() < 0.2 ? 1 : 0));
  return {
    // what Excel hands the function: one column, blank cells as null
    cells: {
      history: history.map((v, i) => [censored[i] ? null : v]),
      promo: promo.map((v) => [v]),
      future: future.map((v) => [v]),
    },
    input: { history, censored, promoHistory: promo, promoFuture: future, seasonLength: 7 },
  };
}

function time(label: string, run: () => void): number {
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  return ms;
}

async function main(): Promise<void> {
  installCustomFunctionsStub();
  const { forecastPromoCell } = await import("../src/functions/functions");
  const { forecastCells } = await import("../src/functions/forecastArgs");
  const skus = Array.from({ length: CELLS }, (_, i) => makeSku(i + 1));
  let sink = 0;

  const adapter = () => {
    for (const s of skus) {
      const out = forecastPromoCell(
        s.cells.history,
        s.cells.promo,
        s.cells.future,
        7,
        null,
        null,
        null,
        null,
      );
      sink += out[0][0];
    }
  };
  const core = () => {
    for (const s of skus) sink += forecastPromo(s.input).forecast[0];
  };
  const coercion = () => {
    for (const s of skus) {
      sink += forecastCells(s.cells.history, s.cells.promo, s.cells.future, 7, null, null, null).input
        .history[0];
    }
  };

  // Warm-up on a slice: let the JIT compile both paths before timing.
  const all = skus.splice(0);
  skus.push(...all.slice(0, 50));
  adapter();
  core();
  coercion();
  skus.splice(0, skus.length, ...all);

  console.log(`${CELLS} FORECAST_PROMO cells × ${DAYS} days of history, ${HORIZON}-day spill each`);
  const rounds = 2;
  const a: number[] = [];
  const c: number[] = [];
  const k: number[] = [];
  for (let i = 0; i < rounds; i++) {
    c.push(time(`core only (forecastPromo), round ${i + 1}`, core));
    a.push(time(`through the adapter, round ${i + 1}`, adapter));
    k.push(time(`coercion only (forecastCells), round ${i + 1}`, coercion));
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log("");
  console.log(
    `adapter total (best of ${rounds})        ${best(a).toFixed(1)} ms  (${((best(a) / CELLS) * 1000).toFixed(0)} µs per cell)`,
  );
  console.log(`core-only total (best of ${rounds})      ${best(c).toFixed(1)} ms`);
  console.log(`coercion total (best of ${rounds})       ${best(k).toFixed(1)} ms`);
  console.log(`ratio adapter / core                 ${(best(a) / best(c)).toFixed(3)}`);
  console.log(`ratio coercion / core                ${(best(k) / best(c)).toFixed(4)}`);
  console.log(`adapter overhead share               ${(((best(a) - best(c)) / best(a)) * 100).toFixed(1)} %`);
  if (!Number.isFinite(sink)) console.log("(sink)", sink);
}

void main();
