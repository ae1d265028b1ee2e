/**
 * Builds the laid-out plan from imported data, settings and the buyer's overrides: the engine
 * (./engine) computes every number once, the parts lay them out — the plan sheet (./sheets/
 * planSheet), the SKU table (./sheets/skuSheet) and the daily monitor (./monitorSheet). Pure and
 * deterministic: the same input and overrides give a deep-equal model (idempotent rebuilds).
 *
 * @throws InputError when there are no SKUs, a setting is invalid (named), the promo ends before
 *   it starts or the cutoff is after the promo start, or two SKU rows share a SKU.
 */
import type { HistoryWarning } from "../import/historyWarnings";
import { excelSerialToIso as serialToIso } from "../core";
import { planFigures } from "./engine";
import { planText } from "./i18n";
import type { PlanInput } from "./input";
import { MONITOR_ACTUAL_COLUMN, monitorSheet } from "./monitorSheet";
import { splitDaySkuId } from "./overrides";
import { monitorSkuSheet } from "./sheets/monitorSkuSheet";
import { monitorActuals } from "./sheets/monitorActuals";
import { planSheet } from "./sheets/planSheet";
import { skuSheet } from "./sheets/skuSheet";
import { cellName, inLocale, SETTINGS } from "./settings";
import type { CellValue, PlanModel, PlanOverrides } from "./types";
import { EMPTY_OVERRIDES, PLAN_SCHEMA_VERSION } from "./types";

export function buildPlan(input: PlanInput, overrides: PlanOverrides = EMPTY_OVERRIDES): PlanModel {
  return buildPlanWithWarnings(input, overrides).model;
}

/**
 * `buildPlan`, plus the history warnings the plan sheet shows (stale or short history, no promo
 * flags, SKU master gaps, dates passed), so the CLI prints the same ones without building the
 * daily series a second time.
 */
export function buildPlanWithWarnings(
  input: PlanInput,
  overrides: PlanOverrides = EMPTY_OVERRIDES,
): { model: PlanModel; warnings: HistoryWarning[] } {
  const fig = planFigures(input, overrides);
  const s = fig.settings;
  const t = planText(s.locale);
  const builtBy = input.builtBy ?? "StockUp";
  // actuals the buyer typed on the monitor, keyed by the row's ISO date; they win over imports
  const typedActuals = new Map<string, CellValue>();
  // (dates are their own key space: a SKU named like a date is not that day)
  for (const [date, row] of Object.entries(overrides.dates ?? {}))
    if (Object.prototype.hasOwnProperty.call(row, MONITOR_ACTUAL_COLUMN))
      typedActuals.set(date, row[MONITOR_ACTUAL_COLUMN] ?? null);
  const typedSku = overrides.daySkus ?? {};
  const mon = monitorActuals(
    fig,
    input.actuals ?? [],
    [...typedActuals.keys(), ...Object.keys(typedSku).map((id) => splitDaySkuId(id).date)],
    typedSku,
  );
  const notes = mon.ignored
    ? [
        t("wFutureActuals", {
          rows: mon.ignored.rows.toLocaleString(s.locale),
          planDate: serialToIso(fig.planDate),
          first: mon.ignored.firstDate,
        }),
      ]
    : [];
  const rows = mon.rows.map((r) => ({ ...r, t }));
  const sku = skuSheet(t("sheetSkus"), rows, overrides, t, [s.saleCurrency, s.purchaseCurrency]);
  const plan = planSheet({
    name: t("sheetPlan"),
    fig,
    t,
    headers: sku.headers,
    rows: sku.rows,
    overrides,
    today: input.today,
    builtBy,
    notes,
  });
  const monitor = monitorSheet({
    t,
    name: t("sheetMonitor"),
    promoStart: mon.firstDay,
    forecast: mon.dailyForecast,
    demand: mon.dailyDemand,
    actualByDay: mon.actualByDay,
    typedActuals,
  });
  const monitorSkus = monitorSkuSheet(t("sheetMonitorSkus"), {
    t,
    firstDay: mon.firstDay,
    days: mon.days,
    skus: mon.skuDaily,
    overrides,
  });
  const event = overrides.inputs[cellName("event")];
  const model: PlanModel = {
    meta: {
      schemaVersion: PLAN_SCHEMA_VERSION,
      locale: s.locale,
      refreshDate: input.today,
      builtBy,
      event:
        typeof event === "string"
          ? event
          : s.event === "custom" && s.eventName
            ? s.eventName
            : inLocale(SETTINGS.event.valueLabels[s.event], s.locale),
      forecastMethods: fig.skus.map((p) => ({ sku: p.facts.sku, method: p.forecast.method })),
    },
    sheets: [plan.sheet, sku.sheet, monitor, monitorSkus],
    names: plan.names,
  };
  return { model, warnings: fig.history };
}
