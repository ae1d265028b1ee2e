/**
 * Forecast accuracy on real retail data: Rossmann daily store sales (../shared/data, outside the
 * repo; see its README for source, licence and the protocol followed here exactly).
 *   npx tsx bench/accuracy.bench.ts        (STOCKUP_DATA=<csv> overrides the file;
 *                                           STOCKUP_SHIFT_DAYS=<d> tests an earlier window)
 * Per store: a contiguous daily series; closed and missing days censored with sales 0; the last
 * 42 days are the test horizon with their promo flags known; seasonLength 7; only open test days
 * are scored. Prints WAPE (overall / promo / non-promo), MASE and p90 coverage for forecastPromo
 * and for two baselines computed in the same run, and the ratio to the better baseline; for
 * forecastBatch also how often the 42-day total falls inside its own p10–p90 (target ≈ 0.80).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { forecastBatch, forecastPromo } from "../src/core/forecast/index";
import type { SalesRow } from "../src/import/importSales";
import { toDailySeries, type UnobservedPeriod } from "../src/import/toDailySeries";

const TEST_DAYS = 42;
const SEASON = 7;
const DAY_MS = 86400000;

interface StoreSeries {
  store: string;
  startDate: string;
  sales: number[];
  open: boolean[];
  promo: number[];
}

/** Loads the CSV; `shiftDays` > 0 drops the last days of every store (an earlier test window). */
function loadStores(file: string, shiftDays: number): StoreSeries[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const header = lines[0].split(",");
  const col = (name: string): number => header.indexOf(name);
  const [cStore, cDate, cSales, cOpen, cPromo] = ["Store", "Date", "Sales", "Open", "Promo"].map(col);
  let lastDay = -Infinity;
  const rowsAll: { store: string; date: number; sales: number; open: boolean; promo: number }[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = lines[i].split(",");
    const date = Date.parse(`${f[cDate]}T00:00:00Z`) / DAY_MS;
    lastDay = Math.max(lastDay, date);
    rowsAll.push({
      store: f[cStore],
      date,
      sales: Number(f[cSales]),
      open: f[cOpen] === "1",
      promo: Number(f[cPromo]),
    });
  }
  lastDay -= shiftDays;
  // The same route as the plan: import rows → toDailySeries. Closed days are known closures
  // (censored); a day with no row is censored too (README quirk: refurbishment gaps).
  const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
  const rows: SalesRow[] = [];
  const closed: UnobservedPeriod[] = [];
  for (const r of rowsAll) {
    if (r.date > lastDay) continue;
    rows.push({ sku: r.store, date: iso(r.date), units: r.open ? r.sales : 0, promo: r.promo ? 1 : 0 });
    if (!r.open) closed.push({ sku: r.store, from: iso(r.date), to: iso(r.date) });
  }
  return toDailySeries(rows, { endDate: iso(lastDay), missingDays: "censored", unobserved: closed }).map(
    (d) => ({
      store: d.sku,
      startDate: d.startDate,
      sales: d.history,
      open: d.censored.map((c) => !c),
      promo: d.promoHistory,
    }),
  );
}

/** Last open same-weekday day in the history before index `t` (seasonal naive 7). */
function seasonalNaive(s: StoreSeries, histLen: number, t: number): number {
  for (let j = t - SEASON; j >= 0; j -= SEASON) if (j < histLen && s.open[j]) return s.sales[j];
  return 0;
}

/** Mean of the last 8 open same-weekday days with the same promo flag, else seasonal naive. */
function promoNaive(s: StoreSeries, histLen: number, t: number): number {
  let sum = 0;
  let k = 0;
  for (let j = t - SEASON; j >= 0 && k < 8; j -= SEASON) {
    if (j < histLen && s.open[j] && s.promo[j] === s.promo[t]) {
      sum += s.sales[j];
      k++;
    }
  }
  return k > 0 ? sum / k : seasonalNaive(s, histLen, t);
}

const HEADER = [
  "method".padEnd(28),
  "WAPE  ",
  "promo ",
  "non-pr",
  "MASE ",
  "p90cov",
  " bias  ",
  "pinball",
  "totWAPE",
  "tot p10-p90 cov",
].join("  ");

class Score {
  absAll = 0;
  actAll = 0;
  absPromo = 0;
  actPromo = 0;
  absNon = 0;
  actNon = 0;
  covered = 0;
  withUpper = 0;
  scored = 0;
  maseSum = 0;
  maseStores = 0;
  /** Σ (forecast − actual), Σ pinball₀.₉(actual, upper), Σ |store total error| over the window. */
  err = 0;
  pinball = 0;
  totalAbs = 0;
  /** Stores whose window total fell inside the forecast's own p10–p90 of the total, of totN. */
  totCov = 0;
  totN = 0;
  private storeFc = 0;
  private storeAct = 0;
  add(actual: number, fc: number, promo: boolean, upper?: number): void {
    const e = Math.abs(fc - actual);
    this.err += fc - actual;
    this.storeFc += fc;
    this.storeAct += actual;
    this.absAll += e;
    this.actAll += actual;
    if (promo) {
      this.absPromo += e;
      this.actPromo += actual;
    } else {
      this.absNon += e;
      this.actNon += actual;
    }
    this.scored++;
    if (upper !== undefined) {
      this.withUpper++;
      if (actual <= upper) this.covered++;
      this.pinball += actual >= upper ? 0.9 * (actual - upper) : 0.1 * (upper - actual);
    }
  }
  /**
   * Closes a store: its window total's error counts toward the total WAPE; with `total` (the
   * batch's interval of the total as ratios to its forecast total) the open days' actual total is
   * checked against that interval around the open days' forecast total.
   */
  endStore(total?: { lower: number; upper: number }): void {
    if (total && this.storeFc > 0) {
      this.totN++;
      const a = this.storeAct;
      if (a >= total.lower * this.storeFc && a <= total.upper * this.storeFc) this.totCov++;
    }
    this.totalAbs += Math.abs(this.storeFc - this.storeAct);
    this.storeFc = 0;
    this.storeAct = 0;
  }
  get wape(): number {
    return this.absAll / this.actAll;
  }
  get wapePromo(): number {
    return this.absPromo / this.actPromo;
  }
  line(name: string): string {
    const cov = this.withUpper ? (this.covered / this.withUpper).toFixed(3) : "  -  ";
    return [
      name.padEnd(28),
      this.wape.toFixed(4),
      this.wapePromo.toFixed(4),
      (this.absNon / this.actNon).toFixed(4),
      (this.maseSum / this.maseStores).toFixed(3),
      cov,
      `${((100 * this.err) / this.actAll).toFixed(1).padStart(5)} %`,
      this.withUpper ? (this.pinball / this.actAll).toFixed(4) : "  -   ",
      (this.totalAbs / this.actAll).toFixed(4),
      this.totN ? (this.totCov / this.totN).toFixed(3) : "  -  ",
    ].join("  ");
  }
}

function main(): void {
  const file0 =
    process.env.STOCKUP_DATA ?? join(__dirname, "..", "..", "shared", "data", "rossmann_sample.csv");
  const file = file0;
  if (!existsSync(file)) {
    console.log(
      `accuracy benchmark skipped: data file not found (${file}); set STOCKUP_DATA to a Rossmann-format CSV`,
    );
    return;
  }
  // STOCKUP_SHIFT_DAYS=84 moves the 42-day test window 84 days earlier: a robustness check that
  // the method is not fitted to one window (the protocol itself uses 0)
  const shift = Number(process.env.STOCKUP_SHIFT_DAYS ?? 0);
  evaluate(file, Number.isFinite(shift) && shift > 0 ? Math.floor(shift) : 0, true);
  if (process.env.STOCKUP_QUICK) return;
  // rolling origins: the three earlier non-overlapping 42-day windows, then all four pooled
  const all = [0, 42, 84, 126].map((k) => evaluate(file, k, false));
  console.log(`\nRolling origins: 4 non-overlapping 42-day windows (the protocol's and 3 earlier), pooled`);
  console.log(HEADER);
  for (const k of ["snaive", "pnaive", "model", "batch"] as const) {
    const sum = new Score();
    for (const sc of all) {
      const x = sc[k];
      sum.absAll += x.absAll;
      sum.actAll += x.actAll;
      sum.absPromo += x.absPromo;
      sum.actPromo += x.actPromo;
      sum.absNon += x.absNon;
      sum.actNon += x.actNon;
      sum.covered += x.covered;
      sum.withUpper += x.withUpper;
      sum.maseSum += x.maseSum;
      sum.maseStores += x.maseStores;
      sum.err += x.err;
      sum.pinball += x.pinball;
      sum.totalAbs += x.totalAbs;
      sum.totCov += x.totCov;
      sum.totN += x.totN;
    }
    const names = {
      snaive: "seasonal naive 7",
      pnaive: "promo-aware naive",
      model: "forecastPromo",
      batch: "forecastBatch",
    };
    console.log(sum.line(names[k]));
  }
}

function evaluate(
  file: string,
  shift: number,
  verbose: boolean,
): Record<"snaive" | "pnaive" | "model" | "noDates" | "batch", Score> {
  const stores = loadStores(file, shift);
  const scores = {
    snaive: new Score(),
    pnaive: new Score(),
    model: new Score(),
    noDates: new Score(),
    batch: new Score(),
  };
  // all stores through the batch API in one call (what the plan and the CLI use)
  const batchStarted = process.hrtime.bigint();
  const batch = forecastBatch(
    stores.map((s) => {
      const histLen = s.sales.length - TEST_DAYS;
      return {
        id: s.store,
        history: s.sales.slice(0, histLen),
        promoHistory: s.promo.slice(0, histLen),
        censored: s.open.slice(0, histLen).map((o) => !o),
        promoFuture: s.promo.slice(histLen),
        seasonLength: SEASON,
        startDate: s.startDate,
      };
    }),
    { level: 0.8 },
  );
  const batchMs = Number(process.hrtime.bigint() - batchStarted) / 1e6;
  const methods = new Map<string, number>();
  const started = process.hrtime.bigint();
  let fitMs = 0;
  stores.forEach((s, storeIndex) => {
    const b = batch[storeIndex];
    if (b.ok) methods.set(`${b.method} (batch)`, (methods.get(`${b.method} (batch)`) ?? 0) + 1);
    const n = s.sales.length;
    const histLen = n - TEST_DAYS;
    // MASE scale: in-sample mean |y_t − y_{t−7}| over observed pairs (Hyndman & Koehler 2006)
    let scaleSum = 0;
    let scaleN = 0;
    for (let t = SEASON; t < histLen; t++) {
      if (s.open[t] && s.open[t - SEASON]) {
        scaleSum += Math.abs(s.sales[t] - s.sales[t - SEASON]);
        scaleN++;
      }
    }
    const scale = scaleSum / scaleN;
    const t0 = process.hrtime.bigint();
    const result = forecastPromo({
      history: s.sales.slice(0, histLen),
      promoHistory: s.promo.slice(0, histLen),
      censored: s.open.slice(0, histLen).map((o) => !o),
      promoFuture: s.promo.slice(histLen),
      seasonLength: SEASON,
      startDate: s.startDate,
      level: 0.8,
    });
    fitMs += Number(process.hrtime.bigint() - t0) / 1e6;
    // the same call without startDate: no calendar effects (ETS / intermittent path)
    const plain = forecastPromo({
      history: s.sales.slice(0, histLen),
      promoHistory: s.promo.slice(0, histLen),
      censored: s.open.slice(0, histLen).map((o) => !o),
      promoFuture: s.promo.slice(histLen),
      seasonLength: SEASON,
      level: 0.8,
    });
    methods.set(`${plain.method} (no dates)`, (methods.get(`${plain.method} (no dates)`) ?? 0) + 1);
    methods.set(result.method, (methods.get(result.method) ?? 0) + 1);
    const storeAbs = { snaive: 0, pnaive: 0, model: 0, noDates: 0, batch: 0 };
    let storeN = 0;
    for (let h = 0; h < TEST_DAYS; h++) {
      const t = histLen + h;
      if (!s.open[t]) continue; // score only open test days
      const actual = s.sales[t];
      const promo = s.promo[t] > 0;
      const sn = seasonalNaive(s, histLen, t);
      const pn = promoNaive(s, histLen, t);
      scores.snaive.add(actual, sn, promo);
      scores.pnaive.add(actual, pn, promo);
      scores.model.add(actual, result.forecast[h], promo, result.upper[h]);
      storeAbs.snaive += Math.abs(sn - actual);
      storeAbs.pnaive += Math.abs(pn - actual);
      storeAbs.model += Math.abs(result.forecast[h] - actual);
      scores.noDates.add(actual, plain.forecast[h], promo, plain.upper[h]);
      if (b.ok) {
        scores.batch.add(actual, b.forecast[h], promo, b.upper[h]);
        storeAbs.batch += Math.abs(b.forecast[h] - actual);
      }
      storeAbs.noDates += Math.abs(plain.forecast[h] - actual);
      storeN++;
    }
    // the batch's interval of the 42-day total, as ratios to its forecast total (closed days are
    // not scored, so the interval is applied to the open days' forecast total)
    const ratio =
      b.ok && b.total.forecast > 0
        ? { lower: b.total.lower / b.total.forecast, upper: b.total.upper / b.total.forecast }
        : undefined;
    for (const k of ["snaive", "pnaive", "model", "noDates"] as const) scores[k].endStore();
    scores.batch.endStore(ratio);
    if (storeN > 0 && scale > 0) {
      for (const k of ["snaive", "pnaive", "model", "noDates", "batch"] as const) {
        scores[k].maseSum += storeAbs[k] / storeN / scale;
        scores[k].maseStores++;
      }
    }
  });
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (!verbose) return scores;
  console.log(
    `Rossmann sample: ${stores.length} stores, ${scores.model.scored} open test days scored` +
      (shift > 0 ? ` (test window moved ${shift} days earlier)` : ""),
  );
  console.log(HEADER);
  console.log(scores.snaive.line("seasonal naive 7"));
  console.log(scores.pnaive.line("promo-aware naive"));
  console.log(scores.model.line("forecastPromo"));
  console.log(scores.noDates.line("forecastPromo, no startDate"));
  console.log(scores.batch.line("forecastBatch (all stores)"));
  const better = scores.snaive.wape < scores.pnaive.wape ? scores.snaive : scores.pnaive;
  console.log(
    `ratio to better baseline: WAPE ${(scores.model.wape / better.wape).toFixed(3)}, ` +
      `promo-day WAPE ${(scores.model.wapePromo / better.wapePromo).toFixed(3)} (target ≤ 0.90)`,
  );
  console.log(`methods chosen: ${[...methods].map(([m, c]) => `${m} ×${c}`).join(", ")}`);
  console.log(
    `forecastPromo time: ${fitMs.toFixed(1)} ms for ${stores.length} stores; forecastBatch ` +
      `${batchMs.toFixed(1)} ms (run ${totalMs.toFixed(0)} ms)`,
  );
  return scores;
}

main();
