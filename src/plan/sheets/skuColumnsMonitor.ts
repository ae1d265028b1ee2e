/**
 * SKU table, monitor part: actuals to date against the forecast and the target, the pace, each
 * mode's batch resized to that pace while it can still change, and the leftover / aged-fee risk.
 */
import { ceilingTo } from "../excelMath";
import type { PlanMode } from "../engine/types";
import { H, MODE, transit } from "./modeColumns";
import { num, type SkuColumn } from "./skuColumnTypes";

const resize = (m: PlanMode): SkuColumn => ({
  key: `${m}Resize`,
  header: `${H[m]}Resize`,
  kind: "formula",
  fmt: "int",
  // only a batch that ships after the latest actual (or the plan date, if later) can still change,
  // and only when the SKU has an actual at all: a blank pace leaves the planned batch as it is
  formula: (c) =>
    `=IF(AND(ISNUMBER(${c("paceTarget")}),${c(`${m}Units`)}>0,${c(`${m}Arrival`)}-InboundBufferDays-TransitDays${MODE[m]}>MAX(PlanDate,${c("actualsThrough")})),CEILING(${c(`${m}Units`)}*${c("paceTarget")},MAX(1,${c("casePack")})),${c(`${m}Units`)})`,
  expect: (v, x) => {
    const u = num(v[`${m}Units`]);
    const ship = num(v[`${m}Arrival`]) - x.fig.settings.inboundBufferDays - transit(x, m);
    const after = Math.max(x.fig.planDate, num(v.actualsThrough));
    return typeof v.paceTarget === "number" && u > 0 && ship > after
      ? ceilingTo(u * num(v.paceTarget), Math.max(1, num(v.casePack)))
      : u;
  },
});

export const MONITOR_COLUMNS: SkuColumn[] = [
  {
    key: "actual",
    header: "colActual",
    kind: "input",
    fmt: "int",
    rule: { type: "decimal", min: 0 },
    value: (x) => x.actual,
  },
  {
    key: "actualsThrough",
    header: "colActualsThrough",
    kind: "value",
    fmt: "date",
    value: (x) => x.actualsThrough,
  },
  {
    key: "forecastToDate",
    header: "colForecastToDate",
    kind: "value",
    fmt: "dec",
    value: (x) => x.forecastToDate,
  },
  { key: "targetToDate", header: "colTargetToDate", kind: "value", fmt: "dec", value: (x) => x.targetToDate },
  {
    key: "paceForecast",
    header: "colPaceForecast",
    kind: "formula",
    fmt: "z",
    // blank without an actual, or without a forecast to date to compare it with (an actual typed
    // after the build has none until a rebuild): no pace is known — not 0, and not 1 ("on track")
    formula: (c) =>
      `=IF(NOT(ISNUMBER(${c("actual")})),"",IF(${c("forecastToDate")}<=0,"",${c("actual")}/${c("forecastToDate")}))`,
    expect: (v) =>
      typeof v.actual !== "number" ? "" : num(v.forecastToDate) <= 0 ? "" : v.actual / num(v.forecastToDate),
  },
  {
    key: "paceTarget",
    header: "colPaceTarget",
    kind: "formula",
    fmt: "z",
    formula: (c) =>
      `=IF(NOT(ISNUMBER(${c("actual")})),"",IF(${c("targetToDate")}<=0,"",${c("actual")}/${c("targetToDate")}))`,
    expect: (v) =>
      typeof v.actual !== "number" ? "" : num(v.targetToDate) <= 0 ? "" : v.actual / num(v.targetToDate),
  },
  resize("sea"),
  resize("air"),
  resize("express"),
  {
    key: "leftover",
    header: "colLeftover",
    kind: "value",
    fmt: "int",
    value: (x) => Math.round(x.p.leftoverAfterPromo),
  },
  { key: "agedDate", header: "colAgedDate", kind: "value", fmt: "date", value: (x) => x.p.agedFeeDate },
  {
    key: "agedRisk",
    header: "colAgedRisk",
    kind: "value",
    fmt: "risk",
    value: (x) => (x.p.agedRisk ? 1 : 0),
  },
];
