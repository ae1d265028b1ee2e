import { InputError, isoToExcelSerial, normalInverse } from "../core";
import { excelSub } from "./excelMath";
import { coreOr, coreShipBy, finite, n, type Vals } from "./expected";
import { PLAN_MESSAGES, planText, type PlanMessageKey } from "./i18n";
import { DEFAULT_SETTINGS, PROMO_EVENTS, type PlanInput, type PlanSettings, type SalesRow } from "./input";
import { absRef, colLetter, DAYS, FMT, NONNEG, RATE, SKU_TABLE } from "./layout";
import { MONITOR_ACTUAL_COLUMN, monitorSheet } from "./monitorSheet";
import { skuColumns, type RowExtra } from "./skuColumns";
import { skuHistory } from "./skuHistory";
import type {
  CellValue,
  PlanCell,
  PlanModel,
  PlanName,
  PlanOverrides,
  PlanSheet,
  PlanTableColumn,
  PlanValidation,
  StyleKey,
  ValidationRule,
} from "./types";
import { EMPTY_OVERRIDES, PLAN_SCHEMA_VERSION } from "./types";

interface SingleDef {
  name: string;
  label: PlanMessageKey;
  fmt: string;
  rule: ValidationRule;
  msg: PlanMessageKey;
}

/**
 * Builds the laid-out plan (three sheets: plan sections 1–6, the SKU table, the daily monitor)
 * from imported data, settings and the buyer's overrides. Pure and deterministic: the same input
 * and overrides give a deep-equal model (idempotent rebuilds).
 *
 * Arithmetic is native Excel formulas over named inputs (so co-authors without the add-in see
 * numbers); each formula cell carries `expected`, the same number computed here in JavaScript
 * (through the core's functions), which the LibreOffice cross-check compares against.
 *
 * @throws InputError when there are no SKUs, a date is not YYYY-MM-DD, the promo ends before it
 *   starts, an event is unknown, or two SKU rows share a SKU.
 * @example
 * buildPlan({ settings: { event: "primeDay", registrationDeadline: "2025-05-30", inboundCutoff: "2025-06-20",
 *   promoStart: "2025-07-08", promoEnd: "2025-07-11" }, today: "2025-05-01", skus, sales }).sheets[0].name
 * // => "StockUp Plan"
 */
export function buildPlan(input: PlanInput, overrides: PlanOverrides = EMPTY_OVERRIDES): PlanModel {
  const st: PlanSettings = { ...DEFAULT_SETTINGS, ...input.settings };
  validateInput(input, st);
  const t = planText(st.locale);
  const planName = t("sheetPlan");
  const skuName = t("sheetSkus");
  const monName = t("sheetMonitor");
  const names: PlanName[] = [];

  // ---------- singles: defaults, then overrides ----------
  const S: Vals = {};
  const sOver: Record<string, boolean> = {};
  const eventLabels = PROMO_EVENTS.map((e) => t(`ev${e}` as PlanMessageKey));
  const methodLabels = [t("methodRule"), t("methodStatistical")];
  const defaults: Record<string, CellValue> = {
    Event: st.event === "custom" && st.eventName ? st.eventName : eventLabels[PROMO_EVENTS.indexOf(st.event)],
    RegistrationDeadline: isoToExcelSerial(st.registrationDeadline),
    InboundCutoff: isoToExcelSerial(st.inboundCutoff),
    PromoStart: isoToExcelSerial(st.promoStart),
    PromoEnd: isoToExcelSerial(st.promoEnd),
    PlanDate: isoToExcelSerial(input.today),
    InboundBufferDays: st.inboundBufferDays,
    TransitDaysSea: st.transitDaysSea,
    TransitDaysAir: st.transitDaysAir,
    TransitDaysExpress: st.transitDaysExpress,
    GrowthRate: st.growthRate,
    DiscountDepth: st.discountDepth,
    DiscountElasticity: st.discountElasticity,
    NewProductShare: st.newProductShare,
    ServiceLevel: st.serviceLevel,
    SafetyStockPct: st.safetyStockPct,
    SafetyStockMethod: st.safetyStockMethod === "statistical" ? methodLabels[1] : methodLabels[0],
    DepositRate: st.depositRate,
    SeaShare: st.seaShare,
    AirShare: st.airShare,
    SeaRatePerCbm: st.seaRatePerCbm,
    AirRatePerKg: st.airRatePerKg,
    ExpressRatePerKg: st.expressRatePerKg,
    AirVolumetricDivisor: st.airVolumetricDivisor,
    ExpressVolumetricDivisor: st.expressVolumetricDivisor,
    DutyRate: st.dutyRate,
    CommissionRate: st.commissionRate,
    FulfilmentFeePerUnit: st.fulfilmentFeePerUnit,
    DefaultReturnRate: st.defaultReturnRate,
    ContingencyRate: st.contingencyRate,
  };
  for (const [k, v] of Object.entries(defaults)) {
    const o = overrides.inputs[k];
    S[k] = o !== undefined ? o : v;
    sOver[k] = o !== undefined;
  }
  // a method picked in the other language's plan keeps its meaning after a rebuild in this one
  const m = S.SafetyStockMethod;
  if (m === PLAN_MESSAGES.methodStatistical.en || m === PLAN_MESSAGES.methodStatistical.zh)
    S.SafetyStockMethod = methodLabels[1];
  if (m === PLAN_MESSAGES.methodRule.en || m === PLAN_MESSAGES.methodRule.zh)
    S.SafetyStockMethod = methodLabels[0];
  // derived singles (formulas); their expected values feed the table rows
  const statLabel = methodLabels[1];
  S.ShipBySea = coreShipBy(S.InboundCutoff, S.TransitDaysSea, S.InboundBufferDays) ?? Number.NaN;
  S.ShipByAir = coreShipBy(S.InboundCutoff, S.TransitDaysAir, S.InboundBufferDays) ?? Number.NaN;
  S.ShipByExpress = coreShipBy(S.InboundCutoff, S.TransitDaysExpress, S.InboundBufferDays) ?? Number.NaN;
  S.TargetFactor = (1 + n(S.GrowthRate)) * (1 + n(S.DiscountDepth) * n(S.DiscountElasticity));
  const sl = n(S.ServiceLevel);
  S.ZScore =
    coreOr(
      () => normalInverse(sl),
      () => Number.NaN,
    ) ?? Number.NaN;
  S.ExpressShare = excelSub(excelSub(1, n(S.SeaShare)), n(S.AirShare));

  // ---------- history, forecast, Pareto ----------
  // group once: filtering all sales per SKU would be O(SKUs × rows)
  const salesBySku = new Map<string, SalesRow[]>();
  for (const r of input.sales) {
    const list = salesBySku.get(r.sku);
    if (list) list.push(r);
    else salesBySku.set(r.sku, [r]);
  }
  const hist = input.skus.map((s) =>
    skuHistory(s, salesBySku.get(s.sku) ?? [], st.promoStart, st.promoEnd, input.today),
  );
  const order = input.skus
    .map((s, i) => ({ s, h: hist[i] }))
    .sort((a, b) => b.h.lyRevenue - a.h.lyRevenue || (a.s.sku < b.s.sku ? -1 : a.s.sku > b.s.sku ? 1 : 0));
  const totalRev = order.reduce((a, x) => a + x.h.lyRevenue, 0);
  // Pareto: the first ceil(20 % of SKUs) by last-year revenue are the TOP 20 %
  const topCount = Math.max(1, Math.ceil(0.2 * order.length));
  const promoStartSerial = isoToExcelSerial(st.promoStart);
  const promoDays = isoToExcelSerial(st.promoEnd) - promoStartSerial + 1;
  const actualByDay = new Map<number, number>();
  const actualBySku = new Map<string, number>();
  let lastActual = -1;
  for (const a of input.actuals ?? []) {
    const d = isoToExcelSerial(a.date) - promoStartSerial;
    if (d < 0 || d >= promoDays) continue;
    actualByDay.set(d, (actualByDay.get(d) ?? 0) + a.units);
    actualBySku.set(a.sku, (actualBySku.get(a.sku) ?? 0) + a.units);
    lastActual = Math.max(lastActual, d);
  }
  let cum = 0;
  const extras: RowExtra[] = order.map(({ s, h }, i) => {
    cum += h.lyRevenue;
    const flags = [
      s.battery && t("flagBattery"),
      s.liquid && t("flagLiquid"),
      s.magnetic && t("flagMagnetic"),
    ]
      .filter(Boolean)
      .join(", ");
    return {
      flags,
      cumShare: totalRev > 0 ? cum / totalRev : 0,
      top: i < topCount ? 1 : 0,
      actual: actualBySku.get(s.sku) ?? 0,
      forecastToDate: h.dailyForecast.slice(0, lastActual + 1).reduce((a, x) => a + x, 0),
    };
  });

  // ---------- SKU table columns ----------
  const cols = skuColumns(statLabel);
  const colIndex = new Map(cols.map((c, i) => [c.key, i]));
  const L = (key: string): string => {
    const i = colIndex.get(key);
    if (i === undefined) throw new Error(`unknown column ${key}`);
    return colLetter(i);
  };
  const first = 2;
  const last = first + order.length - 1;
  const skuCells: PlanCell[] = [];
  const tableColumns: PlanTableColumn[] = [];
  const rowVals: Vals[] = [];
  cols.forEach((c, ci) => {
    const header = t(c.header);
    skuCells.push({ address: `${colLetter(ci)}1`, kind: "label", value: header, style: "header" });
    tableColumns.push({
      key: c.key,
      header,
      kind: c.kind,
      formulaTemplate: c.formula?.((k) => `${L(k)}{r}`),
      numberFormat: c.fmt,
    });
  });
  order.forEach(({ s, h }, ri) => {
    const r = first + ri;
    const v: Vals = {};
    const over = overrides.table[s.sku] ?? {};
    cols.forEach((c, ci) => {
      const address = `${colLetter(ci)}${r}`;
      if (c.kind === "formula") {
        const exp = c.expect?.(v, S);
        v[c.key] = exp ?? null;
        skuCells.push({
          address,
          kind: "formula",
          value: null,
          formula: c.formula!((k) => `${L(k)}${r}`),
          ...(exp !== undefined ? { expected: exp } : {}),
          numberFormat: c.fmt,
          style: "computed",
        });
        return;
      }
      const base = c.value!(s, h, extras[ri]);
      const o = c.kind === "input" ? over[c.key] : undefined;
      v[c.key] = o !== undefined ? o : base;
      const cell: PlanCell = { address, kind: c.kind, value: v[c.key], numberFormat: c.fmt, style: c.kind };
      if (c.kind === "input") {
        cell.key = { kind: "table", sku: s.sku, column: c.key };
        if (o !== undefined) cell.overridden = true;
      }
      skuCells.push(cell);
    });
    rowVals.push(v);
  });
  const colRange = (key: string) => `${L(key)}${first}:${L(key)}${last}`;
  const skuRef = (key: string) => `${absRef(skuName, L(key), first, last)}`;
  const colSum = (key: string) => rowVals.reduce((a, v) => a + n(v[key]), 0);
  const skuValidations: PlanValidation[] = cols
    .filter((c) => c.rule)
    .map((c) => ({
      range: colRange(c.key),
      rule: c.rule!,
      allowBlank: c.key === "returnRate",
      errorMessage: t(c.msg!),
    }));

  const skuSheet: PlanSheet = {
    name: skuName,
    cells: skuCells,
    tables: [
      {
        name: SKU_TABLE,
        range: `A1:${colLetter(cols.length - 1)}${last}`,
        headerRow: 1,
        columns: tableColumns,
        rowKeys: order.map((x) => x.s.sku),
        style: "TableStyleLight9",
      },
    ],
    validations: skuValidations,
    conditionalFormats: [
      {
        range: `${L("poSea")}${first}:${L("poAir")}${last}`,
        formula: `=${L("poSea")}${first}<PlanDate`,
        style: "late",
      },
      {
        range: colRange("need"),
        formula: `=$${L("onHand")}${first}+$${L("onOrder")}${first}<$${L("ssUsed")}${first}`,
        style: "risk",
      },
      {
        range: colRange("orderQty"),
        formula: `=AND($${L("target")}${first}>0,$${L("onHand")}${first}+$${L("onOrder")}${first}+$${L("orderQty")}${first}>2*$${L("target")}${first})`,
        style: "overstock",
      },
      // selling below landed cost at the promo price
      { range: colRange("roi"), formula: `=$${L("roi")}${first}<0`, style: "warning" },
    ],
    charts: [],
    frozen: { rows: 1, columns: 2 },
    columnWidths: Object.fromEntries(cols.map((c, i) => [colLetter(i), c.width ?? 13])),
  };

  // ---------- plan sheet: sections 1–6 ----------
  const pc: PlanCell[] = [];
  const pv: PlanValidation[] = [];
  const label = (
    address: string,
    key: PlanMessageKey,
    style: StyleKey = "label",
    vars?: Record<string, string>,
  ) => pc.push({ address, kind: "label", value: t(key, vars), style });
  const single = (row: number, d: SingleDef) => {
    label(`A${row}`, d.label);
    pc.push({
      address: `B${row}`,
      kind: "input",
      value: S[d.name],
      numberFormat: d.fmt,
      style: "input",
      key: { kind: "name", name: d.name },
      ...(sOver[d.name] ? { overridden: true } : {}),
    });
    names.push({ name: d.name, sheet: planName, address: `B${row}` });
    pv.push({ range: `B${row}`, rule: d.rule, allowBlank: false, errorMessage: t(d.msg) });
  };
  const formula = (
    address: string,
    f: string,
    exp: number | string | undefined,
    fmt: string,
    name?: string,
  ) => {
    pc.push({
      address,
      kind: "formula",
      value: null,
      formula: f,
      ...(exp !== undefined && (typeof exp === "string" || Number.isFinite(exp)) ? { expected: exp } : {}),
      numberFormat: fmt,
      style: "computed",
    });
    if (name) names.push({ name, sheet: planName, address });
  };
  const calc = (
    row: number,
    key: PlanMessageKey,
    f: string,
    exp: number | undefined,
    fmt: string,
    name?: string,
  ) => {
    label(`A${row}`, key);
    formula(`B${row}`, f, exp, fmt, name);
  };
  const dateRule: ValidationRule = {
    type: "date",
    min: isoToExcelSerial("2000-01-01"),
    max: isoToExcelSerial("2100-12-31"),
  };

  label("A1", "title", "title");
  label("A2", "builtNote", "note", { date: input.today, by: input.builtBy ?? "StockUp" });
  // 1. promo dates
  label("A4", "s1", "section");
  single(5, {
    name: "Event",
    label: "event",
    fmt: "@",
    rule: { type: "list", values: eventLabels },
    msg: "vList",
  });
  // a custom event is free text: no list to validate against
  if (st.event === "custom") pv.pop();
  single(6, {
    name: "RegistrationDeadline",
    label: "registrationDeadline",
    fmt: FMT.date,
    rule: dateRule,
    msg: "vDate",
  });
  single(7, { name: "InboundCutoff", label: "inboundCutoff", fmt: FMT.date, rule: dateRule, msg: "vDate" });
  single(8, { name: "PromoStart", label: "promoStart", fmt: FMT.date, rule: dateRule, msg: "vDate" });
  single(9, { name: "PromoEnd", label: "promoEnd", fmt: FMT.date, rule: dateRule, msg: "vDate" });
  single(10, { name: "PlanDate", label: "planDate", fmt: FMT.date, rule: dateRule, msg: "vDate" });
  single(11, {
    name: "InboundBufferDays",
    label: "inboundBufferDays",
    fmt: FMT.int,
    rule: DAYS,
    msg: "vDays",
  });
  calc(
    12,
    "daysToRegistration",
    "=RegistrationDeadline-PlanDate",
    finite(n(S.RegistrationDeadline) - n(S.PlanDate)),
    FMT.int,
  );
  calc(13, "daysToCutoff", "=InboundCutoff-PlanDate", finite(n(S.InboundCutoff) - n(S.PlanDate)), FMT.int);
  label("A15", "mode", "header");
  label("B15", "transitDays", "header");
  label("C15", "shipBy", "header");
  label("D15", "daysLeft", "header");
  (
    [
      [16, "sea", "Sea"],
      [17, "air", "Air"],
      [18, "express", "Express"],
    ] as const
  ).forEach(([row, key, mode]) => {
    single(row, { name: `TransitDays${mode}`, label: key, fmt: FMT.int, rule: DAYS, msg: "vDays" });
    const shipBy = n(S[`ShipBy${mode}`]);
    formula(`C${row}`, `=InboundCutoff-InboundBufferDays-B${row}`, finite(shipBy), FMT.date, `ShipBy${mode}`);
    formula(`D${row}`, `=C${row}-PlanDate`, finite(shipBy - n(S.PlanDate)), FMT.int);
  });
  // 2. history
  label("A20", "s2", "section");
  const lyUnits = colSum("lyUnits");
  const lyRev = colSum("lyRevenue");
  const topRev = rowVals.reduce((a, v) => a + (v.top === 1 ? n(v.lyRevenue) : 0), 0);
  calc(21, "lyTotalUnits", `=SUM(${skuRef("lyUnits")})`, lyUnits, FMT.int);
  calc(22, "lyTotalRevenue", `=SUM(${skuRef("lyRevenue")})`, lyRev, FMT.money);
  calc(
    23,
    "topShare",
    `=IF(B22=0,0,SUMIF(${skuRef("top")},1,${skuRef("lyRevenue")})/B22)`,
    lyRev === 0 ? 0 : topRev / lyRev,
    FMT.pct,
  );
  // 3. targets
  label("A25", "s3", "section");
  single(26, {
    name: "GrowthRate",
    label: "growthRate",
    fmt: FMT.pct,
    rule: { type: "decimal", min: -1, max: 10 },
    msg: "vGrowth",
  });
  single(27, { name: "DiscountDepth", label: "discountDepth", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  single(28, {
    name: "DiscountElasticity",
    label: "discountElasticity",
    fmt: FMT.dec,
    rule: { type: "decimal", min: 0, max: 20 },
    msg: "vElasticity",
  });
  single(29, {
    name: "NewProductShare",
    label: "newProductShare",
    fmt: FMT.pct,
    rule: { type: "decimal", min: 0, max: 0.99 },
    msg: "vShareBelowOne",
  });
  calc(
    30,
    "targetFactor",
    "=(1+GrowthRate)*(1+DiscountDepth*DiscountElasticity)",
    finite(n(S.TargetFactor)),
    FMT.z,
    "TargetFactor",
  );
  const totalTarget = colSum("target");
  calc(31, "totalTarget", `=SUM(${skuRef("target")})`, finite(totalTarget), FMT.int);
  const nps = n(S.NewProductShare);
  calc(
    32,
    "newProductUnits",
    "=IF(NewProductShare>=1,0,B31*NewProductShare/(1-NewProductShare))",
    finite(nps >= 1 ? 0 : (totalTarget * nps) / (1 - nps)),
    FMT.int,
  );
  // 4. purchasing
  label("A34", "s4", "section");
  single(35, {
    name: "ServiceLevel",
    label: "serviceLevel",
    fmt: FMT.pct,
    rule: { type: "decimal", min: 0.5, max: 0.9999 },
    msg: "vServiceLevel",
  });
  single(36, { name: "SafetyStockPct", label: "safetyStockPct", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  single(37, {
    name: "SafetyStockMethod",
    label: "safetyStockMethod",
    fmt: "@",
    rule: { type: "list", values: methodLabels },
    msg: "vList",
  });
  calc(38, "zScore", "=NORM.S.INV(ServiceLevel)", finite(n(S.ZScore)), FMT.z, "ZScore");
  single(39, { name: "DepositRate", label: "depositRate", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  calc(40, "totalOrder", `=SUM(${skuRef("orderQty")})`, finite(colSum("orderQty")), FMT.int);
  calc(41, "cashDeposit", `=SUM(${skuRef("deposit")})`, finite(colSum("deposit")), FMT.money);
  calc(42, "cashBalance", `=SUM(${skuRef("balance")})`, finite(colSum("balance")), FMT.money);
  // 5. logistics and cost
  label("A44", "s5", "section");
  single(45, { name: "SeaShare", label: "seaShare", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  single(46, { name: "AirShare", label: "airShare", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  calc(47, "expressShare", "=1-SeaShare-AirShare", finite(n(S.ExpressShare)), FMT.pct, "ExpressShare");
  const money = (row: number, name: string, key: PlanMessageKey) =>
    single(row, { name, label: key, fmt: FMT.money, rule: NONNEG, msg: "vNonNegative" });
  money(48, "SeaRatePerCbm", "seaRatePerCbm");
  money(49, "AirRatePerKg", "airRatePerKg");
  money(50, "ExpressRatePerKg", "expressRatePerKg");
  const divisor: ValidationRule = { type: "whole", min: 1000, max: 10000 };
  single(51, {
    name: "AirVolumetricDivisor",
    label: "airVolumetricDivisor",
    fmt: FMT.int,
    rule: divisor,
    msg: "vDivisor",
  });
  single(52, {
    name: "ExpressVolumetricDivisor",
    label: "expressVolumetricDivisor",
    fmt: FMT.int,
    rule: divisor,
    msg: "vDivisor",
  });
  single(53, { name: "DutyRate", label: "dutyRate", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  single(54, { name: "CommissionRate", label: "commissionRate", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  money(55, "FulfilmentFeePerUnit", "fulfilmentFeePerUnit");
  single(56, {
    name: "DefaultReturnRate",
    label: "defaultReturnRate",
    fmt: FMT.pct,
    rule: RATE,
    msg: "vRate",
  });
  single(57, { name: "ContingencyRate", label: "contingencyRate", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  const landed = colSum("landedTotal");
  const margin = rowVals.reduce((a, v) => a + n(v.marginUnit) * n(v.target), 0);
  calc(58, "totalLanded", `=SUM(${skuRef("landedTotal")})`, finite(landed), FMT.money);
  calc(
    59,
    "totalMargin",
    `=SUMPRODUCT(${skuRef("marginUnit")},${skuRef("target")})`,
    finite(margin),
    FMT.money,
  );
  calc(60, "roi", "=IF(B58=0,0,B59/B58)", finite(landed === 0 ? 0 : margin / landed), FMT.pct);
  // 6. monitor
  label("A62", "s6", "section");
  const actual = colSum("actual");
  const stock = colSum("onHand") + colSum("orderQty");
  calc(63, "actualToDateTotal", `=SUM(${skuRef("actual")})`, actual, FMT.int);
  calc(
    64,
    "sellThroughTotal",
    `=IF(SUM(${skuRef("onHand")})+B40=0,0,B63/(SUM(${skuRef("onHand")})+B40))`,
    finite(stock === 0 ? 0 : actual / stock),
    FMT.pct,
  );
  label("A65", "monitorHint", "note");

  const planSheet: PlanSheet = {
    name: planName,
    cells: pc,
    tables: [],
    validations: pv,
    conditionalFormats: [
      { range: "B12:B13", formula: "=B12<0", style: "late" },
      { range: "C16:C18", formula: "=C16<PlanDate", style: "late" },
      // sea + air shares above 100 % leave a negative express share
      { range: "B47", formula: "=B47<0", style: "warning" },
    ],
    charts: [],
    frozen: { rows: 2, columns: 0 },
    columnWidths: { A: 42, B: 16, C: 14, D: 12 },
  };

  // ---------- monitor sheet ----------
  // actuals the buyer typed on the monitor, keyed by the row's ISO date; they win over imports
  const typedActuals = new Map<string, CellValue>();
  // (dates are their own key space: a SKU named like a date is not that day)
  for (const [date, row] of Object.entries(overrides.dates ?? {})) {
    if (Object.prototype.hasOwnProperty.call(row, MONITOR_ACTUAL_COLUMN))
      typedActuals.set(date, row[MONITOR_ACTUAL_COLUMN] ?? null);
  }
  const monSheet = monitorSheet({
    t,
    name: monName,
    dailyBase: Array.from({ length: promoDays }, (_, d) =>
      hist.reduce((acc, h) => acc + h.dailyForecast[d], 0),
    ),
    actualByDay,
    typedActuals,
    promoStartSerial,
    targetFactor: n(S.TargetFactor),
  });

  return {
    meta: {
      schemaVersion: PLAN_SCHEMA_VERSION,
      locale: st.locale,
      refreshDate: input.today,
      builtBy: input.builtBy ?? "StockUp",
      event: String(S.Event ?? ""),
      forecastMethods: order.map(({ s, h }) => ({ sku: s.sku, method: h.method })),
    },
    sheets: [planSheet, skuSheet, monSheet],
    names,
  };
}

function validateInput(input: PlanInput, st: PlanSettings): void {
  if (input.skus.length === 0)
    throw new InputError("skus", "the SKU list is empty; a plan needs at least one SKU");
  const seen = new Set<string>();
  for (const s of input.skus) {
    if (seen.has(s.sku)) throw new InputError("skus", `SKU "${s.sku}" appears twice`);
    seen.add(s.sku);
  }
  if (!PROMO_EVENTS.includes(st.event)) throw new InputError("event", `unknown event "${String(st.event)}"`);
  for (const [arg, v] of [
    ["registrationDeadline", st.registrationDeadline],
    ["inboundCutoff", st.inboundCutoff],
    ["promoStart", st.promoStart],
    ["promoEnd", st.promoEnd],
    ["today", input.today],
  ] as const) {
    try {
      isoToExcelSerial(v);
    } catch (e) {
      throw new InputError(arg, e instanceof InputError ? e.reason : (e as Error).message);
    }
  }
  if (isoToExcelSerial(st.promoEnd) < isoToExcelSerial(st.promoStart)) {
    throw new InputError("promoEnd", `the promo ends (${st.promoEnd}) before it starts (${st.promoStart})`);
  }
  if (isoToExcelSerial(st.promoEnd) - isoToExcelSerial(st.promoStart) > 366) {
    throw new InputError("promoEnd", "a promo window longer than a year is not a promo");
  }
}
