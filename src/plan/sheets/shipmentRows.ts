/**
 * Section 5's shipments, as a forwarder quotes them: per mode, then per consolidated shipment
 * (mode + ship date; engine/shipments.ts). Gross kg and CBM; chargeable kg = max(gross,
 * volumetric) for air and express; W/M freight tons = max(CBM, gross t) for sea LCL — never
 * CBM × 1000 "kg", which no forwarder bills. Freight as billed, the special-goods surcharges and
 * the insurance apart, and their sum: the cash schedule's freight line for the shipment, so a buyer
 * can reconcile the forwarder's invoice with it. Values: a rebuild recomputes them.
 */
import { excelSerialToIso as serialToIso } from "../../core";
import type { PlanFigures } from "../engine";
import { PLAN_MODES, type PlanMode, type ShipmentLoad } from "../engine/types";
import type { PlanMessageKey } from "../i18n";
import { FMT } from "../layout";
import type { SheetCursor } from "./cursor";

/**
 * @param unitsFormula per mode: the units cell's formula (a sum over the SKU table) and its value
 */
export function shipmentRows(
  cur: SheetCursor,
  fig: PlanFigures,
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string,
  unitsFormula: (m: PlanMode) => [string, number],
  money: string,
): void {
  const header = (first: PlanMessageKey) =>
    cur
      .text("A", t(first), "header")
      .text("B", t("hdrUnits"), "header")
      .text("C", t("hdrCartons"), "header")
      .text("D", t("hdrGrossKg"), "header")
      .text("E", t("hdrCbm"), "header")
      .text("F", t("hdrKg"), "header")
      .text("G", t("hdrFreightTons"), "header")
      .text("H", t("hdrFreight"), "header")
      .text("I", t("hdrSurcharge"), "header")
      .text("J", t("hdrInsurance"), "header")
      .text("K", t("hdrFreightCash"), "header")
      .next();
  const weights = (w: ShipmentLoad) =>
    cur
      .value("C", w.cartons, FMT.dec)
      .value("D", w.grossKg, FMT.dec)
      .value("E", w.cbm, FMT.dec)
      .value("F", w.chargeableKg, FMT.dec)
      .value("G", w.freightTons, FMT.dec)
      .value("H", w.freight, money)
      .value("I", w.surcharge, money)
      .value("J", w.insurance, money)
      // what is paid at shipment: the cash schedule's freight line of the mode and ship date (a
      // value like its parts: the sheet's formulas name cells, never a literal address)
      .value("K", w.freight + w.surcharge + w.insurance, money)
      .next();
  header("modeTotals");
  for (const m of PLAN_MODES) {
    const tot = fig.totals.byMode[m];
    const [formula, value] = unitsFormula(m);
    cur.text("A", t("modeShipments", { mode: t(m), n: String(tot.shipments) }));
    cur.formula("B", formula, value, FMT.int);
    weights(tot);
  }
  if (fig.shipments.length === 0) return;
  header("shipmentsToBook");
  for (const sh of fig.shipments) {
    const vars = { mode: t(sh.mode), date: serialToIso(sh.shipDate), n: String(sh.skus.length) };
    cur.text("A", t(sh.minChargeApplied ? "shipmentLineMin" : "shipmentLine", vars));
    cur.value("B", sh.units, FMT.int);
    weights(sh);
  }
}
