/**
 * SKU table, right part, first columns: the requirement and the batches per mode with their PO
 * dates. Simple arithmetic is a native formula over this row's cells (structured references) so a
 * co-author without the add-in sees numbers and a buyer's edit flows; what needs the engine
 * (time-phased requirement, mode split) is a value written beside it. Cost and cash are in
 * ./skuColumnsCost.ts, the monitor's pace and resize in ./skuColumnsMonitor.ts.
 */
import { runsOutOn } from "../engine/priceSku";
import type { PlanMode } from "../engine/types";
import type { ValidationRule } from "../types";
import { batch, H, MODE, transit } from "./modeColumns";
import { ceilingTo } from "../excelMath";
import { num, type SkuColumn } from "./skuColumnTypes";

const WHOLE: ValidationRule = { type: "whole", min: 0 };

export const REQUIREMENT_COLUMNS: SkuColumn[] = [
  { key: "ssRule", header: "colSsRule", kind: "value", fmt: "dec", value: (x) => x.p.safetyStockRule },
  { key: "ssStat", header: "colSsStat", kind: "value", fmt: "dec", value: (x) => x.p.safetyStockStat },
  { key: "safetyStock", header: "colSafetyStock", kind: "value", fmt: "dec", value: (x) => x.p.safetyStock },
  {
    key: "stockOutDate",
    header: "colStockOutDate",
    kind: "value",
    fmt: "date",
    // the earliest day the plan's warnings say the stock runs out (before arrival or typed order)
    value: (x) => runsOutOn(x.p),
  },
  {
    key: "unitsShort",
    header: "colUnitsShort",
    kind: "value",
    fmt: "int",
    value: (x) => Math.ceil(x.p.unitsShort - 1e-6),
  },
  {
    key: "typedShort",
    header: "colTypedShort",
    kind: "value",
    fmt: "int",
    value: (x) => Math.max(0, Math.ceil(x.p.typedShort - 1e-6)),
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
    // the mode split (values) is the last build's: a typed final quantity the build has not seen
    // makes the order qty differ from it, and with it the units short, dates, leftover and cash
    // (values that need the engine) are stale until a rebuild. 1 shows as "rebuild" (en/zh).
    // A cleared override is not caught: the order qty then falls back to the build's split.
    key: "orderStale",
    header: "colOrderStale",
    kind: "formula",
    fmt: "stale",
    formula: (c) => `=IF(${c("orderQty")}=${c("seaUnits")}+${c("airUnits")}+${c("expressUnits")},0,1)`,
    expect: (v) => (num(v.orderQty) === num(v.seaUnits) + num(v.airUnits) + num(v.expressUnits) ? 0 : 1),
  },
  {
    key: "cartons",
    header: "colCartons",
    kind: "formula",
    fmt: "int",
    // a part-filled carton is still a carton: whole cartons, as the engine (engine/allocate wholeCartons)
    formula: (c) => `=CEILING(${c("orderQty")}/MAX(1,${c("casePack")}),1)`,
    expect: (v) => ceilingTo(num(v.orderQty) / Math.max(1, num(v.casePack)), 1),
  },
  {
    key: "cbm",
    header: "colCbm",
    kind: "formula",
    fmt: "dec",
    // the cartons' volume: a part-filled carton takes a whole carton's space (engine/allocate)
    formula: (c) =>
      `=${c("cartons")}*MAX(1,${c("casePack")})*${c("lengthCm")}*${c("widthCm")}*${c("heightCm")}/1000000`,
    expect: (v) =>
      (num(v.cartons) * Math.max(1, num(v.casePack)) * num(v.lengthCm) * num(v.widthCm) * num(v.heightCm)) /
      1000000,
  },
  arrival("sea"),
  arrival("air"),
  arrival("express"),
  po("sea"),
  po("air"),
  po("express"),
];
