/**
 * The SKU table's columns, left to right: what each shows, whether the buyer may edit it, its
 * native formula and how the same number is computed for the cross-check (core first).
 */
import { chargeableWeightKg, daysOfCover, orderQuantity, roi, safetyStock, sellThrough } from "../core";
import { ceilingTo, excelSub, round0 } from "./excelMath";
import { coreOr, corePoDate, finite, n, type Expect, type Vals } from "./expected";
import type { PlanMessageKey } from "./i18n";
import type { SkuRow } from "./input";
import { DAYS, FMT, NONNEG, RATE, WHOLE } from "./layout";
import type { SkuHistory } from "./skuHistory";
import type { CellValue, ValidationRule } from "./types";

export interface ColDef {
  key: string;
  header: PlanMessageKey;
  kind: "input" | "formula" | "value";
  fmt?: string;
  width?: number;
  /** input/value: the row's value. */
  value?: (sku: SkuRow, h: SkuHistory, x: RowExtra) => CellValue;
  /** formula: template builder, `c(key)` gives `X{r}` of another column. */
  formula?: (c: (key: string) => string) => string;
  expect?: Expect;
  rule?: ValidationRule;
  msg?: PlanMessageKey;
}

export interface RowExtra {
  flags: string;
  cumShare: number;
  top: number;
  actual: number;
  forecastToDate: number;
}

/** Local twin of the order-quantity formula (Excel CEILING semantics). */
function localOrder(v: Vals): number | undefined {
  const pack = Math.max(1, n(v.casePack));
  return finite(n(v.need) <= 0 ? 0 : Math.max(ceilingTo(n(v.need), pack), ceilingTo(n(v.moq), pack)));
}

/**
 * The SKU table, left to right. Every formula only refers to columns to its left (and named
 * inputs), so the expected values are computed in one left-to-right pass.
 */
export function skuColumns(statLabel: string): ColDef[] {
  return [
    { key: "sku", header: "colSku", kind: "value", width: 14, value: (s) => s.sku },
    { key: "title", header: "colTitle", kind: "value", width: 30, value: (s) => s.title ?? "" },
    { key: "flags", header: "colFlags", kind: "value", width: 16, value: (_s, _h, x) => x.flags },
    { key: "lyUnits", header: "colLyUnits", kind: "value", fmt: FMT.int, value: (_s, h) => h.lyUnits },
    {
      key: "lyRevenue",
      header: "colLyRevenue",
      kind: "value",
      fmt: FMT.money,
      value: (_s, h) => h.lyRevenue,
    },
    { key: "cumShare", header: "colCumShare", kind: "value", fmt: FMT.pct, value: (_s, _h, x) => x.cumShare },
    { key: "top", header: "colTop", kind: "value", fmt: FMT.top, value: (_s, _h, x) => x.top },
    {
      key: "returnRate",
      header: "colReturnRate",
      kind: "input",
      fmt: FMT.pct,
      value: (s) => s.returnRate ?? null,
      rule: RATE,
      msg: "vRate",
    },
    {
      key: "conversion",
      header: "colConversion",
      kind: "value",
      fmt: FMT.pct,
      value: (s) => s.conversionRate ?? null,
    },
    { key: "acos", header: "colAcos", kind: "value", fmt: FMT.pct, value: (s) => s.acos ?? null },
    { key: "forecast", header: "colForecast", kind: "value", fmt: FMT.dec, value: (_s, h) => h.forecastSum },
    { key: "lower", header: "colLower", kind: "value", fmt: FMT.dec, value: (_s, h) => h.lowerSum },
    { key: "upper", header: "colUpper", kind: "value", fmt: FMT.dec, value: (_s, h) => h.upperSum },
    { key: "method", header: "colMethod", kind: "value", width: 16, value: (_s, h) => h.method },
    { key: "dailyMean", header: "colDailyMean", kind: "value", fmt: FMT.dec, value: (_s, h) => h.dailyMean },
    { key: "dailySd", header: "colDailySd", kind: "value", fmt: FMT.dec, value: (_s, h) => h.dailySd },
    {
      key: "target",
      header: "colTarget",
      kind: "formula",
      fmt: FMT.dec,
      // target = base forecast × (1 + growth) × (1 + discount depth × elasticity)
      formula: (c) => `=${c("forecast")}*TargetFactor`,
      expect: (v, s) => finite(n(v.forecast) * n(s.TargetFactor)),
    },
    {
      key: "leadTime",
      header: "colLeadTime",
      kind: "input",
      fmt: FMT.int,
      value: (s) => s.leadTimeDays ?? 0,
      rule: DAYS,
      msg: "vDays",
    },
    {
      key: "moq",
      header: "colMoq",
      kind: "input",
      fmt: FMT.int,
      value: (s) => s.moq ?? 0,
      rule: WHOLE,
      msg: "vWholeNonNegative",
    },
    {
      key: "casePack",
      header: "colCasePack",
      kind: "input",
      fmt: FMT.int,
      value: (s) => s.casePack ?? 1,
      rule: { type: "whole", min: 1 },
      msg: "vCasePack",
    },
    {
      key: "onHand",
      header: "colOnHand",
      kind: "input",
      fmt: FMT.int,
      value: (s) => s.onHand ?? 0,
      rule: WHOLE,
      msg: "vWholeNonNegative",
    },
    {
      key: "onOrder",
      header: "colOnOrder",
      kind: "input",
      fmt: FMT.int,
      value: (s) => s.onOrder ?? 0,
      rule: WHOLE,
      msg: "vWholeNonNegative",
    },
    {
      key: "unitCost",
      header: "colUnitCost",
      kind: "input",
      fmt: FMT.money,
      value: (s) => s.unitCost ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "price",
      header: "colPrice",
      kind: "input",
      fmt: FMT.money,
      value: (s) => s.sellingPrice ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "weightKg",
      header: "colWeight",
      kind: "input",
      fmt: FMT.dec,
      value: (s) => s.weightKg ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "lengthCm",
      header: "colLength",
      kind: "input",
      fmt: FMT.dec,
      value: (s) => s.lengthCm ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "widthCm",
      header: "colWidth",
      kind: "input",
      fmt: FMT.dec,
      value: (s) => s.widthCm ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "heightCm",
      header: "colHeight",
      kind: "input",
      fmt: FMT.dec,
      value: (s) => s.heightCm ?? 0,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "ssRule",
      header: "colSsRule",
      kind: "formula",
      fmt: FMT.dec,
      // seed rule of thumb: safety stock = 10–20 % of the target
      formula: (c) => `=${c("target")}*SafetyStockPct`,
      expect: (v, s) =>
        coreOr(
          () =>
            safetyStock({
              method: "percent",
              forecastUnits: n(v.target),
              safetyStockRate: n(s.SafetyStockPct),
            }).units,
          () => finite(n(v.target) * n(s.SafetyStockPct)),
        ),
    },
    {
      key: "ssStat",
      header: "colSsStat",
      kind: "formula",
      fmt: FMT.dec,
      // SS = z·√(L·σd²), the core's z·√((L + R)·σd² + d̄²·σL²) with R = 0 and a fixed lead time
      // (Silver, Pyke & Peterson 1998, eq. 7.29); a service level below 50 % gives 0, not less
      formula: (c) => `=MAX(0,ZScore*SQRT(${c("leadTime")}*${c("dailySd")}*${c("dailySd")}))`,
      expect: (v, s) =>
        coreOr(
          () =>
            safetyStock({
              method: "statistical",
              meanDailyDemand: n(v.dailyMean),
              dailyDemandStdDev: n(v.dailySd),
              leadTimeDays: n(v.leadTime),
              serviceLevel: n(s.ServiceLevel),
            }).units,
          () => finite(Math.max(0, n(s.ZScore) * Math.sqrt(n(v.leadTime) * n(v.dailySd) * n(v.dailySd)))),
        ),
    },
    {
      key: "ssUsed",
      header: "colSsUsed",
      kind: "formula",
      fmt: FMT.dec,
      formula: (c) =>
        `=IF(SafetyStockMethod="${statLabel.replace(/"/g, '""')}",${c("ssStat")},${c("ssRule")})`,
      expect: (v, s) => finite(s.SafetyStockMethod === statLabel ? n(v.ssStat) : n(v.ssRule)),
    },
    {
      key: "need",
      header: "colNeed",
      kind: "formula",
      fmt: FMT.dec,
      // net need = target + safety stock − on hand − on order, never below zero
      formula: (c) => `=MAX(0,${c("target")}+${c("ssUsed")}-${c("onHand")}-${c("onOrder")})`,
      expect: (v) =>
        finite(Math.max(0, excelSub(excelSub(n(v.target) + n(v.ssUsed), n(v.onHand)), n(v.onOrder)))),
    },
    {
      key: "orderQty",
      header: "colOrderQty",
      kind: "formula",
      fmt: FMT.int,
      // order = 0 when nothing is needed, else max(need, MOQ) rounded up to whole cases
      // the core's orderQuantity: max(⌈need / pack⌉·pack, ⌈MOQ / pack⌉·pack)
      formula: (c) =>
        `=IF(${c("need")}<=0,0,MAX(CEILING(${c("need")},MAX(1,${c("casePack")})),CEILING(${c("moq")},MAX(1,${c("casePack")}))))`,
      expect: (v) =>
        coreOr(
          () =>
            orderQuantity({
              forecastUnits: n(v.target),
              safetyStockUnits: n(v.ssUsed),
              onHandUnits: n(v.onHand),
              onOrderUnits: n(v.onOrder),
              casePack: Math.max(1, n(v.casePack)),
              moq: n(v.moq),
            }).units,
          () => localOrder(v),
        ),
    },
    {
      key: "poSea",
      header: "colPoSea",
      kind: "formula",
      fmt: FMT.date,
      // PO date = ship-by date of the mode − supplier lead time
      formula: (c) => `=ShipBySea-${c("leadTime")}`,
      expect: (v, s) => corePoDate(s.ShipBySea, v.leadTime),
    },
    {
      key: "poAir",
      header: "colPoAir",
      kind: "formula",
      fmt: FMT.date,
      formula: (c) => `=ShipByAir-${c("leadTime")}`,
      expect: (v, s) => corePoDate(s.ShipByAir, v.leadTime),
    },
    {
      key: "deposit",
      header: "colDeposit",
      kind: "formula",
      fmt: FMT.money,
      formula: (c) => `=${c("orderQty")}*${c("unitCost")}*DepositRate`,
      expect: (v, s) => finite(n(v.orderQty) * n(v.unitCost) * n(s.DepositRate)),
    },
    {
      key: "balance",
      header: "colBalance",
      kind: "formula",
      fmt: FMT.money,
      formula: (c) => `=${c("orderQty")}*${c("unitCost")}-${c("deposit")}`,
      expect: (v) => finite(n(v.orderQty) * n(v.unitCost) - n(v.deposit)),
    },
    {
      key: "seaUnits",
      header: "colSeaUnits",
      kind: "formula",
      fmt: FMT.int,
      formula: (c) => `=ROUND(${c("orderQty")}*SeaShare,0)`,
      expect: (v, s) => finite(round0(n(v.orderQty) * n(s.SeaShare))),
    },
    {
      key: "airUnits",
      header: "colAirUnits",
      kind: "formula",
      fmt: FMT.int,
      formula: (c) => `=ROUND(${c("orderQty")}*AirShare,0)`,
      expect: (v, s) => finite(round0(n(v.orderQty) * n(s.AirShare))),
    },
    {
      key: "expressUnits",
      header: "colExpressUnits",
      kind: "formula",
      fmt: FMT.int,
      // the remainder goes by express so the batches always add up to the order
      formula: (c) => `=${c("orderQty")}-${c("seaUnits")}-${c("airUnits")}`,
      expect: (v) => finite(n(v.orderQty) - n(v.seaUnits) - n(v.airUnits)),
    },
    {
      key: "freightUnit",
      header: "colFreightUnit",
      kind: "formula",
      fmt: FMT.money,
      // sea bills per revenue ton max(CBM, t); air/express per chargeable kg max(kg, cm³/divisor)
      formula: (c) => {
        const cm3 = `${c("lengthCm")}*${c("widthCm")}*${c("heightCm")}`;
        return (
          `=SeaShare*SeaRatePerCbm*MAX(${cm3}/1000000,${c("weightKg")}/1000)` +
          `+AirShare*AirRatePerKg*MAX(${c("weightKg")},${cm3}/AirVolumetricDivisor)` +
          `+ExpressShare*ExpressRatePerKg*MAX(${c("weightKg")},${cm3}/ExpressVolumetricDivisor)`
        );
      },
      expect: (v, s) => {
        const dims = [n(v.lengthCm), n(v.widthCm), n(v.heightCm)] as const;
        const cm3 = dims[0] * dims[1] * dims[2];
        const kg = n(v.weightKg);
        return coreOr(
          // the core's chargeable weight: sea W/M 1:1000 (kg → revenue tons / 1000), air and express volumetric
          () =>
            n(s.SeaShare) * n(s.SeaRatePerCbm) * (chargeableWeightKg("sea_lcl", kg, dims) / 1000) +
            n(s.AirShare) *
              n(s.AirRatePerKg) *
              chargeableWeightKg("air", kg, dims, n(s.AirVolumetricDivisor)) +
            n(s.ExpressShare) *
              n(s.ExpressRatePerKg) *
              chargeableWeightKg("express", kg, dims, n(s.ExpressVolumetricDivisor)),
          () =>
            finite(
              n(s.SeaShare) * n(s.SeaRatePerCbm) * Math.max(cm3 / 1000000, kg / 1000) +
                n(s.AirShare) * n(s.AirRatePerKg) * Math.max(kg, cm3 / n(s.AirVolumetricDivisor)) +
                n(s.ExpressShare) * n(s.ExpressRatePerKg) * Math.max(kg, cm3 / n(s.ExpressVolumetricDivisor)),
            ),
        );
      },
    },
    {
      key: "dutyUnit",
      header: "colDutyUnit",
      kind: "formula",
      fmt: FMT.money,
      // US duty is on the transaction (FOB) value: the unit cost
      formula: (c) => `=${c("unitCost")}*DutyRate`,
      expect: (v, s) => finite(n(v.unitCost) * n(s.DutyRate)),
    },
    {
      key: "feesUnit",
      header: "colFeesUnit",
      kind: "formula",
      fmt: FMT.money,
      // fulfilment fee + commission and refund reserve on the promo price
      formula: (c) =>
        `=FulfilmentFeePerUnit+${c("price")}*(1-DiscountDepth)*(CommissionRate+IF(ISNUMBER(${c("returnRate")}),${c("returnRate")},DefaultReturnRate))`,
      expect: (v, s) => {
        const rr = typeof v.returnRate === "number" ? v.returnRate : n(s.DefaultReturnRate);
        return finite(
          n(s.FulfilmentFeePerUnit) + n(v.price) * (1 - n(s.DiscountDepth)) * (n(s.CommissionRate) + rr),
        );
      },
    },
    {
      key: "landedUnit",
      header: "colLandedUnit",
      kind: "formula",
      fmt: FMT.money,
      // landed = (purchase + freight + duty + fees) × (1 + contingency); seed: 10–15 % contingency
      formula: (c) =>
        `=(${c("unitCost")}+${c("freightUnit")}+${c("dutyUnit")}+${c("feesUnit")})*(1+ContingencyRate)`,
      expect: (v, s) =>
        finite(
          (n(v.unitCost) + n(v.freightUnit) + n(v.dutyUnit) + n(v.feesUnit)) * (1 + n(s.ContingencyRate)),
        ),
    },
    {
      key: "landedTotal",
      header: "colLandedTotal",
      kind: "formula",
      fmt: FMT.money,
      formula: (c) => `=${c("landedUnit")}*${c("orderQty")}`,
      expect: (v) => finite(n(v.landedUnit) * n(v.orderQty)),
    },
    {
      key: "marginUnit",
      header: "colMarginUnit",
      kind: "formula",
      fmt: FMT.money,
      formula: (c) => `=${c("price")}*(1-DiscountDepth)-${c("landedUnit")}`,
      expect: (v, s) => finite(excelSub(n(v.price) * (1 - n(s.DiscountDepth)), n(v.landedUnit))),
    },
    {
      key: "roi",
      header: "colRoi",
      kind: "formula",
      fmt: FMT.pct,
      // ROI = margin / cost per unit
      formula: (c) => `=IF(${c("landedUnit")}=0,0,${c("marginUnit")}/${c("landedUnit")})`,
      expect: (v, s) =>
        n(v.landedUnit) === 0
          ? 0
          : coreOr(
              () => roi({ revenue: n(v.price) * (1 - n(s.DiscountDepth)), cost: n(v.landedUnit) }),
              () => finite(n(v.marginUnit) / n(v.landedUnit)),
            ),
    },
    {
      // an input: a buyer who counts a SKU's sales by hand types them here and sell-through,
      // days of cover, pace and the resized batches follow; a rebuild keeps what was typed
      key: "actual",
      header: "colActual",
      kind: "input",
      fmt: FMT.int,
      value: (_s, _h, x) => x.actual,
      rule: NONNEG,
      msg: "vNonNegative",
    },
    {
      key: "forecastToDate",
      header: "colForecastToDate",
      kind: "value",
      fmt: FMT.dec,
      value: (_s, _h, x) => x.forecastToDate,
    },
    {
      key: "sellThrough",
      header: "colSellThrough",
      kind: "formula",
      fmt: FMT.pct,
      // sell-through = units sold / units available (on hand + this order)
      formula: (c) =>
        `=IF(${c("onHand")}+${c("orderQty")}=0,0,${c("actual")}/(${c("onHand")}+${c("orderQty")}))`,
      expect: (v) => {
        const avail = n(v.onHand) + n(v.orderQty);
        if (avail === 0) return 0;
        return coreOr(
          () =>
            sellThrough({ unitsSold: n(v.actual), unitsReceived: n(v.orderQty), openingUnits: n(v.onHand) }),
          () => finite(n(v.actual) / avail),
        );
      },
    },
    {
      key: "daysCover",
      header: "colDaysCover",
      kind: "formula",
      fmt: FMT.dec,
      // days of cover = stock left / target demand per promo day
      // growth −100 % makes TargetFactor 0: no target demand, so no cover (blank, not #DIV/0!)
      formula: (c) =>
        `=IF(OR(${c("dailyMean")}<=0,TargetFactor<=0),"",(${c("onHand")}+${c("onOrder")}+${c("orderQty")}-${c("actual")})/(${c("dailyMean")}*TargetFactor))`,
      expect: (v, s) =>
        n(v.dailyMean) <= 0 || n(s.TargetFactor) <= 0
          ? ""
          : coreOr(
              () =>
                daysOfCover({
                  onHandUnits: n(v.onHand) + n(v.onOrder) + n(v.orderQty) - n(v.actual),
                  dailyDemand: n(v.dailyMean) * n(s.TargetFactor),
                }),
              () =>
                finite(
                  (n(v.onHand) + n(v.onOrder) + n(v.orderQty) - n(v.actual)) /
                    (n(v.dailyMean) * n(s.TargetFactor)),
                ),
            ),
    },
    {
      key: "pace",
      header: "colPace",
      kind: "formula",
      fmt: FMT.z,
      // pace = actual / target-adjusted forecast over the same days (1 = on plan)
      // no plan to compare with (nothing forecast so far, or TargetFactor 0 at growth −100 %):
      // pace 1, so the later batches keep their planned size instead of #DIV/0!
      formula: (c) =>
        `=IF(OR(${c("forecastToDate")}<=0,TargetFactor<=0),1,${c("actual")}/(${c("forecastToDate")}*TargetFactor))`,
      expect: (v, s) =>
        finite(
          n(v.forecastToDate) <= 0 || n(s.TargetFactor) <= 0
            ? 1
            : n(v.actual) / (n(v.forecastToDate) * n(s.TargetFactor)),
        ),
    },
    {
      key: "resized",
      header: "colResized",
      kind: "formula",
      fmt: FMT.int,
      // later batches (air + express) scaled by the pace: sell faster → ship more
      formula: (c) => `=ROUND((${c("airUnits")}+${c("expressUnits")})*${c("pace")},0)`,
      expect: (v) => finite(round0((n(v.airUnits) + n(v.expressUnits)) * n(v.pace))),
    },
  ];
}
