/** Seeded synthetic demand series for the forecast tests (no real data in the repo). */
import { rng } from "../../support/rng";

export { rng };

/** Standard normal by Box–Muller. */
export function gaussian(u: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

export interface StoreLike {
  startDate: string;
  sales: number[];
  promo: number[];
  closed: boolean[];
}

/**
 * A store-like daily series from 2013-01-01: weekday profile, week-on/week-off promo
 * (Mon–Fri, lift `lift`), a start-of-month bump, a slow trend, lognormal noise σ = `noise`,
 * closed Sundays (sales 0, censored).
 */
export function storeLike(days: number, seed: number, lift = 1.3, noise = 0.08): StoreLike {
  const u = rng(seed);
  const weekday = [0, 1.1, 0.95, 0.95, 1.0, 1.05, 1.2]; // by getUTCDay(): Sunday … Saturday
  const sales: number[] = [];
  const promo: number[] = [];
  const closed: boolean[] = [];
  const start = Date.UTC(2013, 0, 1);
  for (let t = 0; t < days; t++) {
    const date = new Date(start + t * 86400000);
    const dow = date.getUTCDay(); // 0 = Sunday
    const week = Math.floor((t + 1) / 7);
    const p = dow >= 1 && dow <= 5 && week % 2 === 0 ? 1 : 0;
    const isClosed = dow === 0;
    const dom = date.getUTCDate();
    const level = 5000 * (1 + 0.0002 * t) * (dom <= 3 ? 1.15 : 1);
    const y = level * weekday[dow] * (p ? lift : 1) * Math.exp(noise * gaussian(u));
    sales.push(isClosed ? 0 : Math.round(y));
    promo.push(p);
    closed.push(isClosed);
  }
  return { startDate: "2013-01-01", sales, promo, closed };
}
