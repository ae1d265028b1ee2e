/**
 * Speed of the non-forecast core (safety stock, landed cost, dates, order quantity), called from
 * thousands of Excel cells. Prints calls per second and the ratio to a baseline measured in the
 * same run: the same arithmetic written inline without validation or result objects. A ratio of
 * 5 means the core's checks and breakdowns cost 5× the bare formula; absolute calls/s is what
 * matters for #BUSY! cells. No pass/fail: timings on shared machines are noisy.
 *   npx tsx bench/core-calc.bench.ts
 */
import {
  demandStats,
  landedCost,
  normalInverse,
  orderQuantity,
  safetyStock,
  shipSchedule,
  type LandedCostInput,
} from "../src/core/index";

function time(label: string, n: number, fn: (i: number) => number): number {
  // warm up so the JIT has compiled both sides before timing
  let sink = 0;
  for (let i = 0; i < Math.min(n, 20000); i++) sink += fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += fn(i);
  const ms = performance.now() - t0;
  if (Number.isNaN(sink)) console.log(`${label}: NaN sink`);
  return (n / ms) * 1000;
}

function report(name: string, n: number, core: (i: number) => number, base: (i: number) => number): void {
  const b = time(`${name} baseline`, n, base);
  const c = time(name, n, core);
  console.log(
    `${name.padEnd(28)} ${Math.round(c).toLocaleString("en-US").padStart(12)} calls/s   baseline ${Math.round(
      b,
    )
      .toLocaleString("en-US")
      .padStart(12)} calls/s   ratio ${(b / c).toFixed(1)}×`,
  );
}

const N = 200_000;
const Z95 = 1.6448536269514722;

report(
  "normalInverse",
  N,
  (i) => normalInverse(0.5 + (i % 4999) / 10000),
  (i) => Math.sqrt(-2 * Math.log(0.5 - (i % 4999) / 10000 + 1e-9)), // one log + sqrt: a crude tail guess
);

report(
  "safetyStock statistical",
  N,
  (i) =>
    safetyStock({
      method: "statistical",
      meanDailyDemand: 20 + (i % 7),
      dailyDemandStdDev: 6,
      leadTimeDays: 30,
      leadTimeStdDevDays: 5,
      serviceLevel: 0.95,
    }).units,
  (i) => {
    const d = 20 + (i % 7);
    return Z95 * Math.sqrt(30 * 36 + d * d * 25);
  },
);

const lc: LandedCostInput = {
  quantity: 1000,
  unitPrice: 35,
  fxRate: 0.14,
  unitWeightKg: 0.4,
  unitVolumeCbm: 0.002,
  mode: "sea_lcl",
  sellingPrice: 19.99,
};
report(
  "landedCost (16 components)",
  N / 4,
  (i) => landedCost({ ...lc, quantity: 1000 + (i % 50) }).total,
  (i) => {
    const q = 1000 + (i % 50);
    const goods = 35 * q * 0.14;
    const freight = Math.max(1, q * 0.002) * 90;
    const sub = goods * 1.06 + freight * 1.0033 + q * (3.22 + 2.9985 + 0.29985) + 32.71;
    return sub * 1.1;
  },
);

report(
  "orderQuantity",
  N,
  (i) =>
    orderQuantity({
      forecastUnits: 1000 + (i % 100),
      safetyStockUnits: 150,
      onHandUnits: 200,
      casePack: 24,
      moq: 500,
    }).units,
  (i) => Math.max(Math.ceil((950 + (i % 100)) / 24) * 24, 504),
);

report(
  "shipSchedule (4 modes)",
  N / 10,
  (i) =>
    shipSchedule({
      promoStart: "2025-11-28",
      promoEnd: "2025-12-01",
      inboundCutoff: "2025-11-07",
      today: i % 2 ? "2025-08-01" : "2025-09-02",
      supplierLeadTimeDays: 25,
    }).daysToCutoff,
  (i) => (Date.UTC(2025, 10, 7) - Date.UTC(2025, 7, i % 2 ? 1 : 2)) / 86400000 - 47 - 25,
);

// A plan for 5,000 SKUs × 730 days of history: stats + safety stock + order quantity + landed cost
const SKUS = 5000;
const DAYS = 730;
const histories: (number | null)[][] = [];
let seed = 42;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let s = 0; s < SKUS; s++) {
  const h: (number | null)[] = new Array(DAYS);
  for (let d = 0; d < DAYS; d++) h[d] = rnd() < 0.02 ? null : Math.floor(rnd() * 40);
  histories.push(h);
}
const tBase = performance.now();
let baseSink = 0;
for (const h of histories) for (const x of h) if (x !== null) baseSink += x; // one bare pass over the data
const baseMs = performance.now() - tBase;
const t0 = performance.now();
let sink = 0;
for (const h of histories) {
  const st = demandStats({ history: h });
  const ss = safetyStock({
    method: "statistical",
    meanDailyDemand: st.mean,
    dailyDemandStdDev: st.stdDev,
    leadTimeDays: 45,
    leadTimeStdDevDays: 5,
    serviceLevel: 0.95,
  });
  const oq = orderQuantity({
    forecastUnits: st.mean * 60,
    safetyStockUnits: ss.units,
    casePack: 12,
    moq: 100,
  });
  if (oq.units > 0) sink += landedCost({ ...lc, quantity: oq.units }).total;
}
const planMs = performance.now() - t0;
console.log(
  `plan chain, ${SKUS} SKUs × ${DAYS} days: ${planMs.toFixed(1)} ms (${((SKUS / planMs) * 1000).toFixed(0)} SKUs/s); ` +
    `bare pass over the same data ${baseMs.toFixed(1)} ms; ratio ${(planMs / baseMs).toFixed(1)}× ${sink > 0 && baseSink > 0 ? "" : "(empty)"}`,
);
