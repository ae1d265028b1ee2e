/**
 * The plan sheet: sections 1–6, each the registry's settings of that step (yellow, named,
 * validated) followed by what the plan computes from them. Totals are formulas over whole SKU
 * table columns (structured references), so a SKU row a buyer adds is summed too.
 */
import { normalInverse } from "../../core";
import type { PlanFigures } from "../engine";
import { PLAN_MODES } from "../engine/types";
import type { PlanMessageKey } from "../i18n";
import { FMT, SKU_TABLE } from "../layout";
import {
  moneyFormat,
  settingCell,
  settingsOfStep,
  cellName,
  settingDef,
  type PlanSettings,
  type SettingStep,
} from "../settings";
import { isoToExcelSerial as isoToSerial, excelSerialToIso as serialToIso } from "../../core";
import { wholeColumn } from "../structuredRefs";
import type { CellValue, PlanConditionalFormat, PlanName, PlanOverrides, PlanSheet } from "../types";
import { costAndCashRows } from "./costCashRows";
import { SheetCursor } from "./cursor";
import { cashKindWidth, isLongText, printArea, wrapLongTexts } from "./printLayout";
import { shipByStatus } from "./shipByStatus";
import { shipmentRows } from "./shipmentRows";
import { runsOutBeforeCoverText, warningText } from "./warningText";

export interface PlanSheetInput {
  name: string;
  fig: PlanFigures;
  t: (key: PlanMessageKey, vars?: Record<string, string>) => string;
  headers: ReadonlyMap<string, string>;
  rows: readonly Readonly<Record<string, CellValue>>[];
  overrides: PlanOverrides;
  today: string;
  builtBy: string;
  /** Plan-wide warnings already in the buyer's words (e.g. actuals dated after the plan date). */
  notes?: readonly string[];
}

const MODE_NAME = { sea: "Sea", air: "Air", express: "Express" } as const;

export function planSheet(x: PlanSheetInput): { sheet: PlanSheet; names: PlanName[] } {
  const { fig, t } = x;
  const s: PlanSettings = { ...fig.settings, planDate: serialToIso(fig.planDate) };
  const locale = s.locale;
  const money = moneyFormat(s.saleCurrency);
  const cur = new SheetCursor(x.name);
  const col = (key: string) => wholeColumn(SKU_TABLE, x.headers.get(key)!);
  const colSum = (key: string) =>
    x.rows.reduce((a, r) => a + (typeof r[key] === "number" ? (r[key] as number) : 0), 0);
  const sum = (label: PlanMessageKey, key: string, fmt: string, name?: string) => {
    cur.calc(t(label), `=SUM(${col(key)})`, colSum(key), fmt, name);
    return colSum(key);
  };
  const inputs = (step: SettingStep) => {
    for (const k of settingsOfStep(step)) {
      if (settingDef(k).noCell) continue;
      cur.input(
        settingCell(k, s, locale, s.saleCurrency),
        Object.prototype.hasOwnProperty.call(x.overrides.inputs, cellName(k)),
      );
    }
  };
  const cfs: PlanConditionalFormat[] = [];

  cur.text("A", t("title"), "title").next();
  cur.text("A", t("builtNote", { date: x.today, by: x.builtBy }), "note").next();
  // row 3, above section 1: how many SKU rows carry a typed final quantity the plan was not
  // rebuilt for (the SKU table's flag column); blank when none
  const stale = colSum("orderStale");
  const staleSum = `SUM(${col("orderStale")})`;
  cur.formula(
    "A",
    `=IF(${staleSum}=0,"",${staleSum}&"${t("staleTop").replace(/"/g, "")}")`,
    stale === 0 ? "" : `${stale}${t("staleTop")}`,
    "General",
  );
  cur.cells[cur.cells.length - 1].style = "warning";

  cur.section(t("s1"));
  inputs(1);
  const flagBelow = (style: PlanConditionalFormat["style"], test: string) => {
    const a = `B${cur.row - 1}`; // the row just written
    cfs.push({ range: a, formula: `=${a}${test}`, style });
  };
  cur.calc(
    t("daysToRegistration"),
    "=RegistrationDeadline-PlanDate",
    isoToSerial(s.registrationDeadline) - fig.planDate,
    FMT.int,
  );
  flagBelow("late", "<0");
  cur.calc(t("daysToCutoff"), "=InboundCutoff-PlanDate", fig.cutoff - fig.planDate, FMT.int);
  flagBelow("late", "<0");
  for (const m of PLAN_MODES) {
    const transit = m === "sea" ? s.transitDaysSea : m === "air" ? s.transitDaysAir : s.transitDaysExpress;
    const shipBy = fig.cutoff - s.inboundBufferDays - transit;
    cur.formula("C", `=ShipBy${MODE_NAME[m]}-PlanDate`, shipBy - fig.planDate, FMT.int);
    // whether any SKU can still use the mode (its own PO date, its goods): the SKU rows' verdict
    const status = shipByStatus(m, fig.skus, fig.totals.firstPo[m], t);
    cur.text("D", status.text, status.none ? "warning" : "note");
    cur.calc(
      t(`shipBy_${m}`),
      `=InboundCutoff-InboundBufferDays-TransitDays${MODE_NAME[m]}`,
      shipBy,
      FMT.date,
      `ShipBy${MODE_NAME[m]}`,
    );
  }

  cur.section(t("s2"));
  inputs(2);
  sum("lyTotalUnits", "lyUnits", FMT.int);
  const ly = sum("lyTotalRevenue", "lyRevenue", money, "LyRevenueTotal");
  const topRev = x.rows.reduce((a, r) => a + (r.top === 1 ? (r.lyRevenue as number) : 0), 0);
  cur.calc(
    t("topShare"),
    `=IF(LyRevenueTotal=0,0,SUMIF(${col("top")},1,${col("lyRevenue")})/LyRevenueTotal)`,
    ly === 0 ? 0 : topRev / ly,
    FMT.pct,
  );

  // what the SKU table's history KPIs do, honestly: ACoS is a cost, conversion is context only
  cur.text("A", t("historyKpiNote"), "note").next();

  cur.section(t("s3"));
  inputs(3);
  const promo = sum("totalPromoDemand", "promoDemand", FMT.int, "PromoDemandTotal");
  // the window the requirement covers: from the plan date or later (coverDaysBeforeCutoff)
  const covered = { from: serialToIso(fig.coverStart), to: serialToIso(fig.horizonEnd) };
  cur.calc(
    t("totalHorizonDemand", covered),
    `=SUM(${col("horizonDemand")})`,
    colSum("horizonDemand"),
    FMT.int,
  );
  const share = s.newProductShare;
  cur.calc(
    t("newProductUnits"),
    "=IF(NewProductShare>=1,0,PromoDemandTotal*NewProductShare/(1-NewProductShare))",
    share >= 1 ? 0 : (promo * share) / (1 - share),
    FMT.int,
  );

  cur.section(t("s4"));
  inputs(4);
  cur.calc(t("zScore"), "=NORM.S.INV(ServiceLevel)", zOf(s.serviceLevel), FMT.z, "ZScore");
  sum("totalNet", "netRequirement", FMT.int);
  sum("totalOrder", "orderQty", FMT.int, "OrderTotal");
  const before = sum("totalShort", "unitsShort", FMT.int, "UnitsShortBeforeArrival");
  // units short because of a typed order are the build's (values): with a typed quantity the
  // build has not seen (row 3's count) they are stale, so these rows say "rebuild" as the flag does
  const rebuild = t("orderStaleYes").replace(/"/g, "");
  const typed = colSum("typedShort");
  cur.calc(
    t("totalTypedShort"),
    `=IF(${staleSum}>0,"${rebuild}",SUM(${col("typedShort")}))`,
    stale > 0 ? rebuild : typed,
    FMT.int,
    "UnitsShortTyped",
  );
  cur.calc(
    t("totalShortAll"),
    `=IF(ISNUMBER(UnitsShortTyped),UnitsShortBeforeArrival+UnitsShortTyped,"${rebuild}")`,
    stale > 0 ? rebuild : before + typed,
    FMT.int,
    "UnitsShortTotal",
  );
  flagBelow("warning", ">0");
  const short = x.rows.filter((r) => typeof r.unitsShort === "number" && r.unitsShort > 0).length;
  cur.calc(t("skusShort", covered), `=COUNTIF(${col("unitsShort")},">0")`, short, FMT.int);
  flagBelow("warning", ">0");

  cur.section(t("s5"));
  inputs(5);
  shipmentRows(cur, fig, t, (m) => [`=SUM(${col(`${m}Units`)})`, colSum(`${m}Units`)], money);
  costAndCashRows({ cur, fig, t, money, rows: x.rows, col, colSum, sum });

  cur.section(t("s6"));
  inputs(6);
  sum("actualToDateTotal", "actual", FMT.int, "ActualTotal");
  // pace compares like with like: the forecast and target of the SKUs that have an actual (a
  // number, 0 included; blank or text is no actual), each over the days it has actuals for
  // (monitorActuals), so a SKU without data does not count as selling nothing
  const withActual = x.rows.filter((r) => typeof r.actual === "number");
  const sumWithActual = (label: PlanMessageKey, key: string, name: string) => {
    const v = withActual.reduce((a, r) => a + (typeof r[key] === "number" ? (r[key] as number) : 0), 0);
    cur.calc(t(label), `=SUMIFS(${col(key)},${col("actual")},">=0")`, v, FMT.dec, name);
    return v;
  };
  const f = sumWithActual("forecastToDateTotal", "forecastToDate", "ForecastToDateTotal");
  const tg = sumWithActual("targetToDateTotal", "targetToDate", "TargetToDateTotal");
  const act = colSum("actual");
  // no forecast to date (no SKU has actuals yet, or they were typed after the build): the pace is
  // unknown and stays blank, rather than 1, which reads as "on track"
  cur.calc(
    t("paceForecastTotal"),
    '=IF(ForecastToDateTotal<=0,"",ActualTotal/ForecastToDateTotal)',
    f <= 0 ? "" : act / f,
    FMT.z,
    "PaceForecastTotal",
  );
  cur.calc(
    t("paceTargetTotal"),
    '=IF(TargetToDateTotal<=0,"",ActualTotal/TargetToDateTotal)',
    tg <= 0 ? "" : act / tg,
    FMT.z,
    "PaceTargetTotal",
  );
  sum("leftoverTotal", "leftover", FMT.int);
  const risky = x.rows.filter((r) => r.agedRisk === 1).length;
  cur.calc(t("agedRiskSkus"), `=COUNTIF(${col("agedRisk")},1)`, risky, FMT.int);
  cur.text("A", t("monitorHint"), "note").next();

  cur.section(t("warnings"));
  const texts = fig.warnings.map((w) => warningText(w, t, locale));
  texts.unshift(...runsOutBeforeCoverText(fig, t));
  for (const name of fig.ignoredInputs) texts.unshift(t("wIgnoredInput", { name }));
  texts.unshift(...(x.notes ?? []));
  texts.unshift(...fig.history.map((h) => (locale === "zh-CN" ? h.messageZh : h.message)));
  if (texts.length === 0) cur.text("A", t("noWarnings"), "note").next();
  for (const line of texts) cur.text("A", line, "warning").next();
  // C holds the cash schedule's payment kinds: wide enough for the longest one in this language
  const C = cashKindWidth(fig.totals.cash.map((c) => t(`cash_${c.kind}`)));
  const columnWidths = { A: 46, B: 18, C, D: 14, E: 14, F: 14, G: 14, H: 14, I: 14, J: 14, K: 14 };

  return {
    names: cur.names,
    sheet: {
      name: x.name,
      cells: cur.cells,
      tables: [],
      validations: cur.validations,
      conditionalFormats: cfs,
      charts: [],
      frozen: { rows: 2, columns: 0 },
      // landscape, A:K only (the shipments table is the widest part), title rows on every page
      print: { titleRows: 2, landscape: true, area: printArea(cur, "K") },
      columnWidths,
      // help texts, notes and warnings wrap inside A:K instead of running off to the right
      textLayout: wrapLongTexts(cur.cells, columnWidths, "K", isLongText),
    },
  };
}

/** The core's inverse normal, as NORM.S.INV computes it. */
function zOf(p: number): number | undefined {
  try {
    return normalInverse(p);
  } catch {
    return undefined;
  }
}
