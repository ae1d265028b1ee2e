/**
 * Actuals for the monitor: per SKU, the units sold from the promo start to the last day with any
 * actual, and the forecast (with growth) and plan demand (target) over the same days; per promo
 * day, all SKUs. A typed "Actual to date" in the SKU table wins over the imported sum.
 */
import type { PlanFigures } from "../engine";
import { isoToExcelSerial as isoToSerial } from "../../core";
import type { SalesRow } from "../input";
import type { PlanOverrides } from "../types";
import type { RowContext } from "./skuColumnTypes";

export interface MonitorActuals {
  rows: Omit<RowContext, "t">[];
  dailyForecast: number[];
  dailyDemand: number[];
  actualByDay: Map<number, number>;
}

export function monitorActuals(
  fig: PlanFigures,
  actuals: readonly SalesRow[],
  _overrides: PlanOverrides,
): MonitorActuals {
  const days = fig.promoEnd - fig.promoStart + 1;
  const actualByDay = new Map<number, number>();
  const bySku = new Map<string, number>();
  let lastDay = -1;
  for (const a of actuals) {
    let d: number;
    try {
      d = isoToSerial(a.date) - fig.promoStart;
    } catch {
      continue;
    }
    if (d < 0 || d >= days) continue;
    actualByDay.set(d, (actualByDay.get(d) ?? 0) + a.units);
    bySku.set(a.sku, (bySku.get(a.sku) ?? 0) + a.units);
    lastDay = Math.max(lastDay, d);
  }
  const growth = 1 + fig.settings.growthRate;
  const at = (arr: readonly number[], d: number) => arr[fig.promoStart + d - fig.planDate] ?? 0;
  const dailyForecast = Array.from({ length: days }, (_, d) =>
    fig.skus.reduce((a, p) => a + at(p.forecast.daily, d) * growth, 0),
  );
  const dailyDemand = Array.from({ length: days }, (_, d) =>
    fig.skus.reduce((a, p) => a + at(p.demand, d), 0),
  );
  const totalRev = fig.skus.reduce((a, p) => a + p.forecast.lyRevenue, 0);
  let cum = 0;
  const rows = fig.skus.map((p, i) => {
    cum += p.forecast.lyRevenue;
    let f = 0;
    let tg = 0;
    for (let d = 0; d <= lastDay; d++) {
      f += at(p.forecast.daily, d) * growth;
      tg += at(p.demand, d);
    }
    return {
      p,
      fig,
      top: fig.top[i],
      cumShare: totalRev > 0 ? cum / totalRev : 0,
      // a SKU without any imported actual has no pace yet: blank, not 0 (which would resize to 0)
      actual: bySku.get(p.facts.sku) ?? null,
      actualsThrough: bySku.has(p.facts.sku) ? fig.promoStart + lastDay : null,
      forecastToDate: f,
      targetToDate: tg,
    };
  });
  return { rows, dailyForecast, dailyDemand, actualByDay };
}
