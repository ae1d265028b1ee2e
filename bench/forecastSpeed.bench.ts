/**
 * Forecast speed: 1,000 synthetic store-like series × 730 days (weekday profile, week-on/week-off
 * promo, closed Sundays censored, lognormal noise), each forecast 42 days ahead with promo flags
 * and a startDate — the calendar-model path — on one core.
 *   npx tsx bench/forecastSpeed.bench.ts
 * Then the undated path (what an Excel cell runs) on 1,000 other series, timed by CPU.
 * Budget (DESIGN.md): under one second for the 1,000 series. Prints series/second and the ratio
 * to a seasonal-naive(7) forecast of the same series timed in the same run; no verdict.
 */
import { forecastPromo } from "../src/core/forecast/index";
import type { ForecastInput } from "../src/core/forecast/index";
import { rng } from "../test/support/rng";

const SERIES = 1000;
const DAYS = 730;
const HORIZON = 42;

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

/**
 * What an Excel cell sends (=STOCKUP.FORECAST_PROMO over a range): 730 undated days with promo
 * flags, no startDate and no seasonLength, a weekday profile (Sundays open) and ~3 % stock-out
 * days censored with the partial sales recorded. Forecast 42 days ahead.
 */
function makeUndatedInputs(): { inputs: ForecastInput[]; actuals: number[][] } {
  const actuals: number[][] = [];
  const u = rng(7);
  const profile = [0.8, 1.1, 0.95, 0.95, 1.0, 1.05, 1.2]; // Sunday … Saturday
  const inputs: ForecastInput[] = [];
  for (let i = 0; i < SERIES; i++) {
    const level = 20 + 980 * u();
    const lift = 1 + 0.5 * u();
    const trend = (u() - 0.5) * 0.001; // up to ±0.05 % a day
    const history: number[] = [];
    const promoHistory: number[] = [];
    const censored: boolean[] = [];
    const promoFuture: number[] = [];
    const actual: number[] = [];
    for (let t = 0; t < DAYS + HORIZON; t++) {
      const dow = (t + 2) % 7;
      const p = Math.floor(t / 7) % 3 === 0 && dow >= 1 && dow <= 5 ? 1 : 0;
      const noise = Math.exp(0.15 * (u() + u() + u() - 1.5) * 2);
      const demand = level * (1 + trend * t) * profile[dow] * (p ? lift : 1) * noise;
      if (t >= DAYS) {
        promoFuture.push(p);
        actual.push(demand);
        continue;
      }
      const stockOut = u() < 0.03;
      // a stock-out day sells only part of its demand: the recorded sales are a lower bound
      history.push(Math.round(stockOut ? demand * u() : demand));
      promoHistory.push(p);
      censored.push(stockOut);
    }
    inputs.push({ history, promoHistory, censored, promoFuture });
    actuals.push(actual);
  }
  return { inputs, actuals };
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
  undatedPath();
}

/** The undated (ETS / intermittent) path on 1,000 Excel-like series, by CPU time, against seasonal naive. */
function undatedPath(): void {
  const { inputs, actuals } = makeUndatedInputs();
  for (let i = 0; i < 50; i++) {
    forecastPromo(inputs[i]);
    seasonalNaive(inputs[i]);
  }
  const cpuOf = (run: () => void): number => {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  let naiveSum = 0;
  const naiveCpu = cpuOf(() => {
    for (const x of inputs) naiveSum += seasonalNaive(x).reduce((a, b) => a + b, 0);
  });
  const methods = new Map<string, number>();
  let modelSum = 0;
  // accuracy on the 42 held-out days of demand (not the recorded sales): WAPE and p90 coverage
  let absModel = 0;
  let absNaive = 0;
  let demand = 0;
  let covered = 0;
  const modelCpu = cpuOf(() => {
    inputs.forEach((x, i) => {
      const r = forecastPromo(x);
      methods.set(r.method, (methods.get(r.method) ?? 0) + 1);
      modelSum += r.forecast.reduce((a, b) => a + b, 0);
      actuals[i].forEach((a, h) => {
        absModel += Math.abs(r.forecast[h] - a);
        demand += a;
        if (a <= r.upper[h]) covered++;
      });
    });
  });
  inputs.forEach((x, i) => {
    const sn = seasonalNaive(x);
    actuals[i].forEach((a, h) => (absNaive += Math.abs(sn[h] - a)));
  });
  // a second pass over the same series: steady state, after the JIT has compiled everything (the
  // first pass, like a workbook's first recalculation, pays for compilation threads too)
  let warmSum = 0;
  const warmCpu = cpuOf(() => {
    for (const x of inputs) warmSum += forecastPromo(x).forecast.reduce((a, b) => a + b, 0);
  });
  const perSeries = modelCpu / SERIES;
  console.log(
    `\n${SERIES} undated series × ${DAYS} days (no startDate, no seasonLength), horizon ${HORIZON}, promo flags, ~3 % censored`,
  );
  console.log(
    `seasonal naive (7)   cpu ${naiveCpu.toFixed(1).padStart(7)} ms  (checksum ${naiveSum.toFixed(0)})`,
  );
  console.log(
    `forecastPromo        cpu ${modelCpu.toFixed(1).padStart(7)} ms  ${perSeries.toFixed(3)} ms/series  ` +
      `${((SERIES / modelCpu) * 1000).toFixed(0)} series/s (cpu)  (checksum ${modelSum.toFixed(0)})`,
  );
  console.log(
    `forecastPromo again  cpu ${warmCpu.toFixed(1).padStart(7)} ms  ${(warmCpu / SERIES).toFixed(3)} ms/series  ` +
      `${((SERIES / warmCpu) * 1000).toFixed(0)} series/s (cpu, second pass; checksum ${warmSum.toFixed(0)})`,
  );
  console.log(
    `held-out demand: WAPE ${(absModel / demand).toFixed(4)} (seasonal naive ${(absNaive / demand).toFixed(4)}), ` +
      `p90 coverage ${(covered / (SERIES * HORIZON)).toFixed(3)}`,
  );
  console.log(`methods: ${[...methods].map(([m, c]) => `${m} ×${c}`).join(", ")}`);
  console.log(
    `budget 1000 ms → cpu ${(modelCpu / 1000).toFixed(2)} of budget; forecastPromo / seasonal naive cpu ratio: ` +
      `${(modelCpu / Math.max(naiveCpu, 1e-3)).toFixed(0)}×`,
  );
}

main();
