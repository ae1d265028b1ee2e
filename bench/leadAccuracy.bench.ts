/**
 * The window total's interval a long lead ahead (a buyer plans a promo months out): on the M5 item
 * sample (../shared/data, outside the repo), every series is cut `lead` days before a 7-day window
 * and forecastBatch totals that window with its own p10–p90. Four windows per lead, 28 days apart
 * (the last ends on the sample's last day); only windows with every day observed are scored.
 *   npx tsx bench/leadAccuracy.bench.ts (also in npm run bench:accuracy)      (STOCKUP_ITEMS_DATA=<csv> overrides the file)
 * Prints per lead and per method (pooled / calendar): windows scored, the WAPE and bias of the
 * totals, how often the actual total falls inside p10–p90 (intended 0.80) and the interval's
 * width (Σ (p90 − p10) ÷ Σ forecast). A lead-blind interval keeps its width as the lead grows
 * while its coverage falls.
 */
import { forecastBatch, type BatchSeriesInput } from "../src/core/forecast/forecastBatch";
import { itemsFile, loadItems, type Item } from "./m5Items";

const WINDOW = 7;
const WINDOWS_PER_LEAD = 4;
const LEADS = [0, 91, 182, 273, 364];

class Tally {
  n = 0;
  abs = 0;
  err = 0;
  act = 0;
  fc = 0;
  width = 0;
  covered = 0;
  add(actual: number, t: { forecast: number; lower: number; upper: number }) {
    this.n++;
    this.abs += Math.abs(t.forecast - actual);
    this.err += t.forecast - actual;
    this.act += actual;
    this.fc += t.forecast;
    this.width += t.upper - t.lower;
    if (actual >= t.lower && actual <= t.upper) this.covered++;
  }
  line(label: string): string {
    if (this.n === 0) return `${label.padEnd(22)} —`;
    const f = (x: number) => x.toFixed(3);
    return [
      label.padEnd(22),
      String(this.n).padStart(5),
      f(this.abs / this.act),
      `${((100 * this.err) / this.act).toFixed(1).padStart(6)} %`,
      f(this.covered / this.n).padStart(6),
      f(this.width / this.fc).padStart(6),
    ].join("  ");
  }
}

function main() {
  const file = itemsFile("lead accuracy benchmark");
  if (file === undefined) return;
  const items = loadItems(file);
  console.log(
    `M5 items: ${items.length} series; ${WINDOW}-day window totals, ${WINDOWS_PER_LEAD} windows per lead`,
  );
  console.log(["lead / method".padEnd(22), "  win", "tWAPE", "   bias ", " cov80", " width"].join("  "));
  for (const lead of LEADS) {
    const byMethod = new Map<string, Tally>();
    const all = new Tally();
    let ms = 0;
    for (let k = 0; k < WINDOWS_PER_LEAD; k++) {
      const series: BatchSeriesInput[] = [];
      const keep: { it: Item; cut: number }[] = [];
      for (const it of items) {
        const end = it.units.length - k * 28;
        const cut = end - WINDOW - lead;
        series.push({
          id: it.id,
          history: it.units.slice(0, cut),
          promoHistory: it.promo.slice(0, cut),
          censored: it.censored.slice(0, cut),
          promoFuture: it.promo.slice(cut, end),
          startDate: it.start,
          seasonLength: 7,
          window: { from: lead, to: lead + WINDOW },
        });
        keep.push({ it, cut });
      }
      const t0 = process.hrtime.bigint();
      const out = forecastBatch(series);
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      out.forEach((r, i) => {
        if (!r.ok) return;
        const { it, cut } = keep[i];
        let actual = 0;
        for (let d = cut + lead; d < cut + lead + WINDOW; d++) {
          if (it.censored[d]) return;
          actual += it.units[d];
        }
        const method = r.method.startsWith("Calendar") ? "calendar" : "pooled";
        if (!byMethod.has(method)) byMethod.set(method, new Tally());
        byMethod.get(method)!.add(actual, r.total);
        all.add(actual, r.total);
      });
    }
    console.log(all.line(`lead ${lead} d, all`) + `   (${(ms / WINDOWS_PER_LEAD).toFixed(0)} ms a batch)`);
    for (const [m, t] of [...byMethod].sort()) console.log(t.line(`  ${m}`));
  }
}

main();
