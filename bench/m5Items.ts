/**
 * The M5 item sample (`m5_items_sample.csv`, outside the repo; its README gives source, licence
 * and protocol) as the benchmarks read it: one series per item, through the same route as the plan.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SalesRow } from "../src/import/importSales";
import { toDailySeries, type UnobservedPeriod } from "../src/import/toDailySeries";

export interface Item {
  id: string;
  start: string;
  units: number[];
  promo: number[];
  censored: boolean[];
}

/**
 * The sample's path (STOCKUP_ITEMS_DATA overrides it), or undefined after saying why `bench` is
 * skipped when the file is not there.
 */
export function itemsFile(bench: string): string | undefined {
  const file =
    process.env.STOCKUP_ITEMS_DATA ?? join(__dirname, "..", "..", "shared", "data", "m5_items_sample.csv");
  if (existsSync(file)) return file;
  console.log(`${bench} skipped: data file not found (${file}); set STOCKUP_ITEMS_DATA`);
  return undefined;
}

/** Every item of the file, in the file's order. */
export function loadItems(file: string): Item[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const h = lines[0].split(",");
  const c = (k: string) => h.indexOf(k);
  const [ci, cd, cu, cp, cc] = ["id", "date", "units", "promo", "censored"].map(c);
  // The same route as the plan: rows → toDailySeries, the file's censored days (not listed,
  // closed, out of stock) as known unobserved days.
  const rows: SalesRow[] = [];
  const unobserved: UnobservedPeriod[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const f = lines[i].split(",");
    rows.push({ sku: f[ci], date: f[cd], units: Number(f[cu]), promo: f[cp] === "1" ? 1 : 0 });
    if (f[cc] === "1") unobserved.push({ sku: f[ci], from: f[cd], to: f[cd] });
  }
  const order = [...new Set(rows.map((r) => r.sku))]; // the file's order, as before
  const series = new Map(toDailySeries(rows, { unobserved }).map((s) => [s.sku, s]));
  return order.map((id) => {
    const s = series.get(id)!;
    return { id, start: s.startDate, units: s.history, promo: s.promoHistory, censored: s.censored };
  });
}
