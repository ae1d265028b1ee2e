/**
 * Section 5 after the shipments: the cost split, total, cash out, margin and ROI (formulas over
 * the SKU table's columns), then the dated cash schedule (the build's values).
 */
import type { PlanFigures } from "../engine";
import { num } from "../excelMath";
import type { PlanMessageKey } from "../i18n";
import { FMT } from "../layout";
import type { CellValue } from "../types";
import type { SheetCursor } from "./cursor";

export interface CostCashRowsInput {
  cur: SheetCursor;
  fig: PlanFigures;
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string;
  money: string;
  /** The SKU table's rows as written (values and formulas' expected numbers). */
  rows: readonly Readonly<Record<string, CellValue>>[];
  /** A SKU table column as a whole-column reference; its sum; a labelled SUM row of it. */
  col: (key: string) => string;
  colSum: (key: string) => number;
  sum: (label: PlanMessageKey, key: string, fmt: string, name?: string) => number;
}

export function costAndCashRows({ cur, fig, t, money, rows, col, colSum, sum }: CostCashRowsInput): void {
  // the cost split is formulas of the final order quantity like the total below it (per-unit
  // costs of the build × order qty), so the rows add up to the total even before a rebuild. The
  // contingency is the part of the selling costs the contingency rate adds on all other costs:
  // rate / (1 + rate) of the total (the core rounds it per SKU line, so it can differ by a cent)
  const sumOfUnits = (unitKey: string) => rows.reduce((a, r) => a + num(r[unitKey]) * num(r.orderQty), 0);
  const sumProduct = (unitKey: string) => `SUMPRODUCT(${col(unitKey)},${col("orderQty")})`;
  const toWarehouse = sumOfUnits("warehouseUnit");
  cur.text("C", t("costNote"), "note");
  cur.calc(t("toWarehouse"), `=${sumProduct("warehouseUnit")}`, toWarehouse, money, "CostToWarehouseTotal");
  const selling = sumOfUnits("sellingUnit");
  cur.calc(t("sellingCosts"), `=${sumProduct("sellingUnit")}`, selling, money, "SellingCostsTotal");
  const rate = fig.settings.contingencyRate;
  cur.calc(
    t("contingency"),
    "=ContingencyRate/(1+ContingencyRate)*(CostToWarehouseTotal+SellingCostsTotal)",
    (rate / (1 + rate)) * (toWarehouse + selling),
    money,
  );
  sum("totalLanded", "landedTotal", money);
  sum("totalCashOut", "cashOut", money, "CashOutTotal");
  const margin = sum("totalMargin", "marginPlan", money, "MarginTotal");
  const cash = colSum("cashOut");
  // a typed order the build has not seen (the SKU table's flag): the margin total follows it but
  // cash out is the build's, so the ratio would mix the two: "rebuild" until the rebuild
  const stale = colSum("orderStale") > 0;
  const rebuild = t("orderStaleYes").replace(/"/g, "");
  cur.calc(
    t("roi"),
    `=IF(SUM(${col("orderStale")})>0,"${rebuild}",IF(CashOutTotal=0,0,MarginTotal/CashOutTotal))`,
    stale ? rebuild : cash === 0 ? 0 : margin / cash,
    FMT.pct,
    "RoiTotal",
  );
  cur.next();
  cur
    .text("A", t("cashDate"), "header")
    .text("B", t("cashMode"), "header")
    .text("C", t("cashKind"), "header")
    .text("D", t("cashAmount"), "header")
    .next();
  for (const c of fig.totals.cash) {
    cur
      .value("A", c.date, FMT.date)
      .text("B", t(c.mode))
      .text("C", t(`cash_${c.kind}`))
      .value("D", c.amount, money)
      .next();
  }
}
