import {
  InputError,
  daysOfCover,
  isoToExcelSerial,
  normalInverse,
  orderQuantity,
  purchaseOrderDate,
  roi,
  safetyStock,
  sellThrough,
  shipByDate,
  excelSerialToIso,
} from "../core";
import { isoToSerial } from "./dates";
import { ceilingTo, excelSub, num, round0 } from "./excelMath";
import { planText, type PlanMessageKey } from "./i18n";
import {
  DEFAULT_SETTINGS,
  PROMO_EVENTS,
  type PlanInput,
  type PlanSettings,
  type SalesRow,
  type SkuRow,
} from "./input";
import { skuHistory, type SkuHistory } from "./skuHistory";
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

/** Number formats (en-US codes; Excel localizes their display). */
export const FMT = {
  date: "yyyy-mm-dd",
  int: "#,##0",
  dec: "#,##0.00",
  money: "#,##0.00",
  pct: "0.0%",
  top: '"TOP 20%";-0;""',
  z: "0.0000",
} as const;

export const SKU_TABLE = "StockUpSkus";
export const MONITOR_TABLE = "StockUpMonitor";

/** Column letter of a 0-based index. @example colLetter(27) // => "AB" */
export function colLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `'Sheet name'!$A$1:$A$9` — always quoted, quotes doubled (sheet names may hold spaces or CJK). */
function absRef(sheet: string, col: string, r1: number, r2?: number): string {
  const q = `'${sheet.replace(/'/g, "''")}'!`;
  return r2 === undefined ? `${q}$${col}$${r1}` : `${q}$${col}$${r1}:$${col}$${r2}`;
}

type Vals = Record<string, CellValue>;
/** Expected number of a formula given the values computed so far (undefined: not computable). */
type Expect = (v: Vals, s: Vals) => number | string | undefined;

interface SingleDef {
  name: string;
  label: PlanMessageKey;
  fmt: string;
  rule: ValidationRule;
  msg: PlanMessageKey;
}

interface ColDef {
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

interface RowExtra {
  flags: string;
  cumShare: number;
  top: number;
  actual: number;
  forecastToDate: number;
}

const RATE: ValidationRule = { type: "decimal", min: 0, max: 1 };
const DAYS: ValidationRule = { type: "whole", min: 0, max: 365 };
const NONNEG: ValidationRule = { type: "decimal", min: 0 };
const WHOLE: ValidationRule = { type: "whole", min: 0 };

/** The cell value as a number; NaN poisons the expected value (Excel would show #VALUE!). */
const n = num;
const finite = (x: number): number | undefined => (Number.isFinite(x) ? x : undefined);

/**
 * The core's number for a formula cell; when the core rejects the inputs (a buyer typed text, or
 * a value the core refuses such as more sold than available), the local twin of the Excel
 * formula decides, so `expected` always describes what the sheet will show.
 */
function coreOr(core: () => number, local: () => number | undefined): number | undefined {
  try {
    const v = core();
    return Number.isFinite(v) ? v : local();
  } catch {
    return local();
  }
}

/** Local twin of the order-quantity formula (Excel CEILING semantics). */
function localOrder(v: Vals): number | undefined {
  const pack = Math.max(1, n(v.casePack));
  return finite(n(v.need) <= 0 ? 0 : Math.max(ceilingTo(n(v.need), pack), ceilingTo(n(v.moq), pack)));
}

/** Ship-by serial via the core's schedule (cutoff − transit − buffer). */
function coreShipBy(cutoff: CellValue, transit: CellValue, buffer: CellValue): number | undefined {
  return coreOr(
    () =>
      isoToExcelSerial(
        shipByDate({
          inboundCutoff: excelSerialToIso(n(cutoff)),
          mode: "air",
          transitDays: n(transit),
          bufferDays: n(buffer),
        }),
      ),
    () => finite(n(cutoff) - n(buffer) - n(transit)),
  );
}

/** PO serial via the core: ship-by − supplier lead time. */
function corePoDate(shipBy: CellValue, lead: CellValue): number | undefined {
  return coreOr(
    () =>
      isoToExcelSerial(
        purchaseOrderDate({ readyDate: excelSerialToIso(n(shipBy)), supplierLeadTimeDays: n(lead) }),
      ),
    () => finite(n(shipBy) - n(lead)),
  );
}

/**
 * Builds the laid-out plan (three sheets: plan sections 1–6, the SKU table, the daily monitor)
 * from imported data, settings and the buyer's overrides. Pure and deterministic: the same input
 * and overrides give a deep-equal model (idempotent rebuilds).
 *
 * Arithmetic is native Excel formulas over named inputs (so co-authors without the add-in see
 * numbers); each formula cell carries `expected`, the same number computed here in JavaScript
 * (core forecast, AS 241 inverse normal), which the LibreOffice cross-check compares against.
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
    RegistrationDeadline: isoToSerial(st.registrationDeadline),
    InboundCutoff: isoToSerial(st.inboundCutoff),
    PromoStart: isoToSerial(st.promoStart),
    PromoEnd: isoToSerial(st.promoEnd),
    PlanDate: isoToSerial(input.today),
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
  const promoStartSerial = isoToSerial(st.promoStart);
  const promoDays = isoToSerial(st.promoEnd) - promoStartSerial + 1;
  const actualByDay = new Map<number, number>();
  const actualBySku = new Map<string, number>();
  let lastActual = -1;
  for (const a of input.actuals ?? []) {
    const d = isoToSerial(a.date) - promoStartSerial;
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
    min: isoToSerial("2000-01-01"),
    max: isoToSerial("2100-12-31"),
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
    msg: "vNonNegative",
  });
  single(27, { name: "DiscountDepth", label: "discountDepth", fmt: FMT.pct, rule: RATE, msg: "vRate" });
  single(28, {
    name: "DiscountElasticity",
    label: "discountElasticity",
    fmt: FMT.dec,
    rule: { type: "decimal", min: 0, max: 20 },
    msg: "vNonNegative",
  });
  single(29, {
    name: "NewProductShare",
    label: "newProductShare",
    fmt: FMT.pct,
    rule: { type: "decimal", min: 0, max: 0.99 },
    msg: "vRate",
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
  const mc: PlanCell[] = [];
  const mHead = [
    "monDate",
    "monBase",
    "monForecast",
    "monActual",
    "monCumForecast",
    "monCumActual",
    "monVariance",
  ] as const;
  mc.push({ address: "A1", kind: "label", value: t("chartTitle"), style: "title" });
  mHead.forEach((k, i) =>
    mc.push({ address: `${colLetter(i)}4`, kind: "label", value: t(k), style: "header" }),
  );
  const tf = n(S.TargetFactor);
  let cumF = 0;
  let cumA = 0;
  const mFirst = 5;
  const mLast = mFirst + promoDays - 1;
  for (let d = 0; d < promoDays; d++) {
    const r = mFirst + d;
    const base = hist.reduce((a, h) => a + h.dailyForecast[d], 0);
    const act = actualByDay.get(d);
    const fc = base * tf;
    cumF += fc;
    cumA += act ?? 0;
    const f = (address: string, formula: string, exp: number | string | undefined, fmt: string) =>
      mc.push({
        address,
        kind: "formula",
        value: null,
        formula,
        ...(exp !== undefined && (typeof exp === "string" || Number.isFinite(exp)) ? { expected: exp } : {}),
        numberFormat: fmt,
        style: "computed",
      });
    mc.push({
      address: `A${r}`,
      kind: "value",
      value: promoStartSerial + d,
      numberFormat: FMT.date,
      style: "value",
    });
    mc.push({ address: `B${r}`, kind: "value", value: base, numberFormat: FMT.dec, style: "value" });
    f(`C${r}`, `=B${r}*TargetFactor`, fc, FMT.dec);
    mc.push({ address: `D${r}`, kind: "value", value: act ?? null, numberFormat: FMT.int, style: "value" });
    f(`E${r}`, `=SUM(C$${mFirst}:C${r})`, cumF, FMT.dec);
    f(`F${r}`, `=SUM(D$${mFirst}:D${r})`, cumA, FMT.int);
    f(`G${r}`, `=IF(ISNUMBER(D${r}),D${r}-C${r},"")`, act === undefined ? "" : act - fc, FMT.dec);
  }
  const monSheet: PlanSheet = {
    name: monName,
    cells: mc,
    tables: [
      {
        name: MONITOR_TABLE,
        range: `A4:G${mLast}`,
        headerRow: 4,
        columns: mHead.map((k, i) => ({
          key: k,
          header: t(k),
          kind: i === 0 || i === 1 || i === 3 ? "value" : "formula",
        })),
        rowKeys: [],
        style: "TableStyleLight9",
      },
    ],
    validations: [],
    conditionalFormats: [
      { range: `G${mFirst}:G${mLast}`, formula: `=AND(ISNUMBER(G${mFirst}),G${mFirst}<0)`, style: "risk" },
    ],
    charts: [
      {
        title: t("chartTitle"),
        type: "line",
        categories: absRef(monName, "A", mFirst, mLast),
        series: [
          { name: t("monForecast"), values: absRef(monName, "C", mFirst, mLast) },
          { name: t("monActual"), values: absRef(monName, "D", mFirst, mLast) },
        ],
        from: "I4",
        to: "Q22",
        fallbackNote: { address: "A2", text: t("chartNote") },
      },
    ],
    frozen: { rows: 4, columns: 1 },
    columnWidths: { A: 12, B: 14, C: 12, D: 10, E: 18, F: 18, G: 16 },
  };

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
      isoToSerial(v);
    } catch (e) {
      throw new InputError(arg, (e as Error).message);
    }
  }
  if (isoToSerial(st.promoEnd) < isoToSerial(st.promoStart)) {
    throw new InputError("promoEnd", `the promo ends (${st.promoEnd}) before it starts (${st.promoStart})`);
  }
  if (isoToSerial(st.promoEnd) - isoToSerial(st.promoStart) > 366) {
    throw new InputError("promoEnd", "a promo window longer than a year is not a promo");
  }
}

/**
 * The SKU table, left to right. Every formula only refers to columns to its left (and named
 * inputs), so the expected values are computed in one left-to-right pass.
 */
function skuColumns(statLabel: string): ColDef[] {
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
        const cm3 = n(v.lengthCm) * n(v.widthCm) * n(v.heightCm);
        const kg = n(v.weightKg);
        return finite(
          n(s.SeaShare) * n(s.SeaRatePerCbm) * Math.max(cm3 / 1000000, kg / 1000) +
            n(s.AirShare) * n(s.AirRatePerKg) * Math.max(kg, cm3 / n(s.AirVolumetricDivisor)) +
            n(s.ExpressShare) * n(s.ExpressRatePerKg) * Math.max(kg, cm3 / n(s.ExpressVolumetricDivisor)),
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
    { key: "actual", header: "colActual", kind: "value", fmt: FMT.int, value: (_s, _h, x) => x.actual },
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
      formula: (c) =>
        `=IF(${c("dailyMean")}<=0,"",(${c("onHand")}+${c("onOrder")}+${c("orderQty")}-${c("actual")})/(${c("dailyMean")}*TargetFactor))`,
      expect: (v, s) =>
        n(v.dailyMean) <= 0
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
      formula: (c) => `=IF(${c("forecastToDate")}<=0,1,${c("actual")}/(${c("forecastToDate")}*TargetFactor))`,
      expect: (v, s) =>
        finite(n(v.forecastToDate) <= 0 ? 1 : n(v.actual) / (n(v.forecastToDate) * n(s.TargetFactor))),
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
