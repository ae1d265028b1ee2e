/**
 * SKU table, right part: the requirement, the batches per mode, cost, cash and the monitor.
 * Simple arithmetic is a native formula over this row's cells (structured references) so a
 * co-author without the add-in sees numbers and a buyer's edit flows; what needs the engine
 * (time-phased requirement, mode split, the core's landed cost) is a value written beside it.
 */
import { ceilingTo } from "../excelMath";
import type { PlanMode } from "../engine/types";
import type { ValidationRule } from "../types";
import { num, type RowContext, type SkuColumn } from "./skuColumnTypes";

const WHOLE: ValidationRule = { type: "whole", min: 0 };
const batch = (x: RowContext, m: PlanMode) => x.p.batches.find((b) => b.mode === m)!;
const MODE = { sea: "Sea", air: "Air", express: "Express" } as const;
const H = { sea: "colSea", air: "colAir", express: "colExpress" } as const;

export const REQUIREMENT_COLUMNS: SkuColumn[] = [
  { key: "ssRule", header: "colSsRule", kind: "value", fmt: "dec", value: (x) => x.p.safetyStockRule },
  { key: "ssStat", header: "colSsStat", kind: "value", fmt: "dec", value: (x) => x.p.safetyStockStat },
  { key: "safetyStock", header: "colSafetyStock", kind: "value", fmt: "dec", value: (x) => x.p.safetyStock },
  {
    key: "stockOutDate",
    header: "colStockOutDate",
    kind: "value",
    fmt: "date",
    value: (x) => x.p.stockOutDate,
  },
  {
    key: "unitsShort",
    header: "colUnitsShort",
    kind: "value",
    fmt: "int",
    value: (x) => Math.ceil(x.p.unitsShort - 1e-6),
  },
  {
    key: "netRequirement",
    header: "colNetRequirement",
    kind: "value",
    fmt: "dec",
    value: (x) => x.p.netRequirement,
  },
];

const units = (m: PlanMode): SkuColumn => ({
  key: `${m}Units`,
  header: `${H[m]}Units`,
  kind: "value",
  fmt: "int",
  value: (x) => batch(x, m).units,
});
const arrival = (m: PlanMode): SkuColumn => ({
  key: `${m}Arrival`,
  header: `${H[m]}Arrival`,
  kind: "value",
  fmt: "date",
  value: (x) => batch(x, m).arrivalDate,
});
// PO date = arrival − check-in buffer − transit − production lead time (blank without a batch)
const po = (m: PlanMode): SkuColumn => ({
  key: `${m}Po`,
  header: `${H[m]}Po`,
  kind: "formula",
  fmt: "date",
  formula: (c) =>
    `=IF(${c(`${m}Units`)}>0,${c(`${m}Arrival`)}-InboundBufferDays-TransitDays${MODE[m]}-${c("leadTime")},"")`,
  expect: (v, x) =>
    num(v[`${m}Units`]) > 0
      ? num(v[`${m}Arrival`]) - x.fig.settings.inboundBufferDays - transit(x, m) - num(v.leadTime)
      : "",
});
const transit = (x: RowContext, m: PlanMode) =>
  m === "sea"
    ? x.fig.settings.transitDaysSea
    : m === "air"
      ? x.fig.settings.transitDaysAir
      : x.fig.settings.transitDaysExpress;

export const BATCH_COLUMNS: SkuColumn[] = [
  units("sea"),
  units("air"),
  units("express"),
  {
    key: "orderOverride",
    header: "colOrderOverride",
    kind: "input",
    fmt: "int",
    rule: WHOLE,
    optional: true,
    value: (x) => x.p.facts.orderOverride,
  },
  {
    key: "orderQty",
    header: "colOrderQty",
    kind: "formula",
    fmt: "int",
    // the buyer's final quantity wins at once; a rebuild re-splits it across the modes
    formula: (c) =>
      `=IF(ISNUMBER(${c("orderOverride")}),${c("orderOverride")},${c("seaUnits")}+${c("airUnits")}+${c("expressUnits")})`,
    expect: (v) =>
      typeof v.orderOverride === "number"
        ? v.orderOverride
        : num(v.seaUnits) + num(v.airUnits) + num(v.expressUnits),
  },
  {
    key: "cartons",
    header: "colCartons",
    kind: "formula",
    fmt: "dec",
    formula: (c) => `=${c("orderQty")}/MAX(1,${c("casePack")})`,
    expect: (v) => num(v.orderQty) / Math.max(1, num(v.casePack)),
  },
  {
    key: "cbm",
    header: "colCbm",
    kind: "formula",
    fmt: "dec",
    formula: (c) => `=${c("orderQty")}*${c("lengthCm")}*${c("widthCm")}*${c("heightCm")}/1000000`,
    expect: (v) => (num(v.orderQty) * num(v.lengthCm) * num(v.widthCm) * num(v.heightCm)) / 1000000,
  },
  arrival("sea"),
  arrival("air"),
  arrival("express"),
  po("sea"),
  po("air"),
  po("express"),
];

export const COST_COLUMNS: SkuColumn[] = [
  { key: "avgPrice", header: "colAvgPrice", kind: "value", fmt: "money", value: (x) => x.p.avgPrice },
  {
    key: "warehouseUnit",
    header: "colWarehouseUnit",
    kind: "value",
    fmt: "money",
    value: (x) => (x.p.orderQty > 0 ? x.p.cost.warehouse / x.p.orderQty : 0),
  },
  {
    key: "sellingUnit",
    header: "colSellingUnit",
    kind: "value",
    fmt: "money",
    value: (x) => (x.p.orderQty > 0 ? (x.p.cost.selling + x.p.cost.contingency) / x.p.orderQty : 0),
  },
  {
    key: "landedUnit",
    header: "colLandedUnit",
    kind: "value",
    fmt: "money",
    value: (x) => x.p.landedPerUnit,
  },
  {
    key: "landedTotal",
    header: "colLandedTotal",
    kind: "formula",
    fmt: "money",
    formula: (c) => `=${c("landedUnit")}*${c("orderQty")}`,
    expect: (v) => num(v.landedUnit) * num(v.orderQty),
  },
  {
    key: "marginUnit",
    header: "colMarginUnit",
    kind: "formula",
    fmt: "money",
    formula: (c) => `=${c("avgPrice")}-${c("landedUnit")}`,
    expect: (v) => num(v.avgPrice) - num(v.landedUnit),
  },
  {
    key: "marginPlan",
    header: "colMarginPlan",
    kind: "formula",
    fmt: "money",
    formula: (c) => `=${c("marginUnit")}*${c("orderQty")}`,
    expect: (v) => num(v.marginUnit) * num(v.orderQty),
  },
  { key: "cashOut", header: "colCashOut", kind: "value", fmt: "money", value: (x) => x.p.cashOut },
  {
    key: "roi",
    header: "colRoi",
    kind: "formula",
    fmt: "pct",
    // ROI = margin on the plan / cash spent before sales
    formula: (c) => `=IF(${c("cashOut")}=0,0,${c("marginPlan")}/${c("cashOut")})`,
    expect: (v) => (num(v.cashOut) === 0 ? 0 : num(v.marginPlan) / num(v.cashOut)),
  },
];

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
    // blank without an actual: no pace is known, not a pace of 0
    formula: (c) =>
      `=IF(NOT(ISNUMBER(${c("actual")})),"",IF(${c("forecastToDate")}<=0,1,${c("actual")}/${c("forecastToDate")}))`,
    expect: (v) =>
      typeof v.actual !== "number" ? "" : num(v.forecastToDate) <= 0 ? 1 : v.actual / num(v.forecastToDate),
  },
  {
    key: "paceTarget",
    header: "colPaceTarget",
    kind: "formula",
    fmt: "z",
    formula: (c) =>
      `=IF(NOT(ISNUMBER(${c("actual")})),"",IF(${c("targetToDate")}<=0,1,${c("actual")}/${c("targetToDate")}))`,
    expect: (v) =>
      typeof v.actual !== "number" ? "" : num(v.targetToDate) <= 0 ? 1 : v.actual / num(v.targetToDate),
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
