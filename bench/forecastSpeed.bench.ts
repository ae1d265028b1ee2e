/**
 * Forecast speed: 1,000 synthetic store-like series × 730 days (weekday profile, week-on/week-off
 * promo, closed Sundays censored, lognormal noise), each forecast 42 days ahead with promo flags
 * and a startDate — the calendar-model path — on one core.
 *   npx tsx bench/forecastSpeed.bench.ts
 * Budget (DESIGN.md): under one second for the 1,000 series. Prints series/second and the ratio
 * to a seasonal-naive(7) forecast of the same series timed in the same run; no verdict.
 */
import { forecastPromo } from "../src/core/forecast/index";
import type { ForecastInput } from "../src/core/forecast/index";

const SERIES = 1000;
const DAYS = 730;
const HORIZON = 42;

/** mulberry32 PRNG (deterministic inputs across runs). */
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

function makeInputs(): ForecastInput[] {
  const u = rng(42);
  const profile = [0, 1.1, 0.95, 0.95, 1.0, 1.05, 1.2]; // Sunday … Saturday
  const inputs: ForecastInput[] = [];
  for (let i = 0; i < SERIES; i++) {
    const level = 500 + 9500 * u();
    const lift = 1 + 0.5 * u();
    const history: number[] = [];
    const promoHistory: number[] = [];
    const censored: boolean[] = [];
    const promoFuture: number[] = [];
    for (let t = 0; t < DAYS + HORIZON; t++) {
      const dow = (t + 2) % 7; // 2013-01-01 was a Tuesday
      const p = dow >= 1 && dow <= 5 && Math.floor((t + 1) / 7) % 2 === 0 ? 1 : 0;
      if (t >= DAYS) {
        promoFuture.push(p);
        continue;
      }
      const noise = Math.exp(0.1 * (u() + u() + u() - 1.5) * 2);
      history.push(dow === 0 ? 0 : Math.round(level * profile[dow] * (p ? lift : 1) * noise));
      promoHistory.push(p);
      censored.push(dow === 0);
    }
    inputs.push({ history, promoHistory, censored, promoFuture, seasonLength: 7, startDate: "2013-01-01" });
  }
  return inputs;
}

/** Seasonal naive (7): the last observed value of the same weekday, with the input checks a real call needs. */
function seasonalNaive(input: ForecastInput): number[] {
  const { history, censored = [] } = input;
  const out: number[] = [];
  const n = history.length;
  for (let h = 0; h < (input.promoFuture ?? []).length; h++) {
    let v = 0;
    for (let j = n + h - 7; j >= 0; j -= 7) {
      if (j < n && !censored[j]) {
        v = history[j];
        break;
      }
    }
    out.push(v);
  }
  return out;
}

/** Times `run` by wall clock and by this process's CPU time (steadier on a shared machine). */
function time(label: string, run: () => number): { ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const checksum = run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    `${label.padEnd(20)} wall ${ms.toFixed(1).padStart(7)} ms  cpu ${cpuMs.toFixed(1).padStart(7)} ms  ` +
      `${((SERIES / ms) * 1000).toFixed(0).padStart(7)} series/s  (checksum ${checksum.toFixed(0)})`,
  );
  return { ms, cpuMs };
}

function main(): void {
  const inputs = makeInputs();
  const sumOf = (f: (x: ForecastInput) => number[]): number =>
    inputs.reduce((acc, x) => acc + f(x).reduce((a, b) => a + b, 0), 0);
  // warm-up so that both are measured JIT-compiled
  for (let i = 0; i < 50; i++) {
    forecastPromo(inputs[i]);
    seasonalNaive(inputs[i]);
  }
  console.log(`${SERIES} series × ${DAYS} days, horizon ${HORIZON}, promo flags and startDate`);
  const naiveMs = time("seasonal naive (7)", () => sumOf(seasonalNaive));
  let method = "";
  const modelMs = time("forecastPromo", () =>
    sumOf((x) => {
      const r = forecastPromo(x);
      method = r.method;
      return r.forecast;
    }),
  );
  console.log(
    `method: ${method}; budget 1000 ms → wall ${(modelMs.ms / 1000).toFixed(2)}, cpu ${(modelMs.cpuMs / 1000).toFixed(2)} of budget`,
  );
  console.log(`forecastPromo / seasonal naive wall-time ratio: ${(modelMs.ms / naiveMs.ms).toFixed(0)}×`);
  // the same series without startDate take the ETS path (six models fitted, AICc): slower per
  // series, so time a fifth of them and report the per-series cost
  const undated = inputs.slice(0, SERIES / 5).map((x) => ({ ...x, startDate: undefined }));
  const cpu0 = process.cpuUsage();
  let etsMethod = "";
  for (const x of undated) etsMethod = forecastPromo(x).method;
  const cpu = process.cpuUsage(cpu0);
  const perSeries = (cpu.user + cpu.system) / 1000 / undated.length;
  console.log(
    `without startDate (${etsMethod}, ${undated.length} series): cpu ${perSeries.toFixed(2)} ms/series ` +
      `→ ${(perSeries * SERIES).toFixed(0)} ms per ${SERIES}`,
  );
}

main();
