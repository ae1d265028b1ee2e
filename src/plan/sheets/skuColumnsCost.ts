/**
 * SKU table: unit costs from the core's landed cost (values), and the totals, margin and ROI on
 * the final order quantity (native formulas, so a buyer's order edit recomputes them at once).
 */
import { num, type SkuColumn } from "./skuColumnTypes";

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
