import { excelSub } from "./excelMath";
import type { planText } from "./i18n";
import { excelSerialToIso } from "../core";
import { absRef, colLetter, FMT, MONITOR_TABLE, NONNEG } from "./layout";
import type { CellValue, PlanCell, PlanSheet } from "./types";

/** Column key of the monitor's Actual inputs (`InputKey` column; the row key is the ISO date). */
export const MONITOR_ACTUAL_COLUMN = "actual";

export interface MonitorSheetInput {
  t: ReturnType<typeof planText>;
  /** Localized sheet name. */
  name: string;
  /** Base forecast (before the target factor) per promo day, all SKUs. */
  dailyBase: number[];
  /** Imported actual units per promo day index (0 = promo start), all SKUs. */
  actualByDay: ReadonlyMap<number, number>;
  /**
   * What the buyer typed in the Actual column, by the row's ISO date (`PlanOverrides.dates[date]
   * .actual`). A typed value wins over the imported one; null (an emptied cell) blanks the day.
   */
  typedActuals?: ReadonlyMap<string, CellValue>;
  promoStartSerial: number;
  /** The value of the TargetFactor cell, for the expected numbers. */
  targetFactor: number;
}

/**
 * Section 6's daily monitor: one row per promo day with the base forecast (value), the
 * target-adjusted forecast, the actual (an input the buyer may type daily, blank until known;
 * kept across rebuilds under the key { date: ISO date, column: "actual" }), running totals
 * and the variance as native formulas, as an Excel table, plus the actual-vs-forecast line chart.
 * The expected running total and variance use the typed actual, as Excel's SUM and ISNUMBER do:
 * text or an emptied cell counts as no actual.
 *
 * @example
 * monitorSheet({ …, actualByDay: new Map([[0, 40]]), typedActuals: new Map([["2025-07-08", 55]]) })
 * // D5 = input 55 (overridden), F5 expected 55, G5 expected 55 − C5
 */
export function monitorSheet({
  t,
  name: monName,
  dailyBase,
  actualByDay,
  typedActuals,
  promoStartSerial,
  targetFactor,
}: MonitorSheetInput): PlanSheet {
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
  const tf = targetFactor;
  const promoDays = dailyBase.length;
  let cumF = 0;
  let cumA = 0;
  const mFirst = 5;
  const mLast = mFirst + promoDays - 1;
  for (let d = 0; d < promoDays; d++) {
    const r = mFirst + d;
    const base = dailyBase[d];
    const date = excelSerialToIso(promoStartSerial + d);
    const typed = typedActuals?.get(date);
    const cellValue: CellValue = typed !== undefined ? typed : (actualByDay.get(d) ?? null);
    // Excel's SUM skips text and blanks, ISNUMBER(D) is false for them: the same here
    const act = typeof cellValue === "number" && Number.isFinite(cellValue) ? cellValue : undefined;
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
    mc.push({
      address: `D${r}`,
      kind: "input",
      value: cellValue,
      numberFormat: FMT.int,
      style: "input",
      // keyed by date, not row: a rebuild with a moved promo window keeps each day's actual
      key: { kind: "date", date, column: MONITOR_ACTUAL_COLUMN },
      ...(typed !== undefined ? { overridden: true } : {}),
    });
    f(`E${r}`, `=SUM(C$${mFirst}:C${r})`, cumF, FMT.dec);
    f(`F${r}`, `=SUM(D$${mFirst}:D${r})`, cumA, FMT.int);
    f(`G${r}`, `=IF(ISNUMBER(D${r}),D${r}-C${r},"")`, act === undefined ? "" : excelSub(act, fc), FMT.dec);
  }
  return {
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
          kind: i === 3 ? "input" : i === 0 || i === 1 ? "value" : "formula",
        })),
        rowKeys: [],
        // each row is its date: a rebuild finds a typed actual on its day wherever the row is now
        rowKey: { column: "monDate", kind: "date" },
        style: "TableStyleLight9",
      },
    ],
    validations: [
      { range: `D${mFirst}:D${mLast}`, rule: NONNEG, allowBlank: true, errorMessage: t("vNonNegative") },
    ],
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
}
