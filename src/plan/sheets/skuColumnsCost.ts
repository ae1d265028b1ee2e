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
    // blank when nothing is ordered, or when the build ordered nothing (its cost per unit is 0):
    // the full selling price is no margin. The engine's marginPerUnit is the same rule.
    formula: (c) =>
      `=IF(AND(${c("orderQty")}>0,${c("landedUnit")}>0),${c("avgPrice")}-${c("landedUnit")},"")`,
    expect: (v) => (num(v.orderQty) > 0 && num(v.landedUnit) > 0 ? num(v.avgPrice) - num(v.landedUnit) : ""),
  },
  {
    key: "marginPlan",
    header: "colMarginPlan",
    kind: "formula",
    fmt: "money",
    formula: (c) => `=IF(ISNUMBER(${c("marginUnit")}),${c("marginUnit")}*${c("orderQty")},0)`,
    expect: (v) => (typeof v.marginUnit === "number" ? v.marginUnit * num(v.orderQty) : 0),
  },
  // a value, not cost per unit × order qty: cash is the dated schedule of the build's batches
  // (deposit per PO, freight per shipment with its minimum, duty per arrival), which a typed
  // quantity re-splits across modes and dates only in a rebuild; the row's "Typed qty not in the
  // plan yet" flag marks it stale until then, like units short and the mode split
  { key: "cashOut", header: "colCashOut", kind: "value", fmt: "money", value: (x) => x.p.cashOut },
  {
    key: "roi",
    header: "colRoi",
    kind: "formula",
    fmt: "pct",
    // ROI = margin on the plan / cash spent before sales. Under a typed order the build has not
    // seen, the margin follows the typed quantity but cash out is the build's: their ratio would
    // mix the two, so the row says "rebuild" (en/zh) as its flag does until the rebuild
    formula: (c, t) =>
      `=IF(${c("orderStale")}=1,"${t("orderStaleYes").replace(/"/g, "")}",IF(${c("cashOut")}=0,0,${c("marginPlan")}/${c("cashOut")}))`,
    expect: (v, x) =>
      num(v.orderStale) === 1
        ? x.t("orderStaleYes").replace(/"/g, "")
        : num(v.cashOut) === 0
          ? 0
          : num(v.marginPlan) / num(v.cashOut),
  },
];
