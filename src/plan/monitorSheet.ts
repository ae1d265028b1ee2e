/**
 * Section 6's daily monitor: one row per promo day, all SKUs: the forecast (with growth), the
 * plan demand (the target: forecast with the discount adjustment, burst buffer and pre-sale), the
 * actual (an input a buyer types daily, kept across rebuilds keyed by its date), running totals and
 * the variance as native formulas over the table's own columns. The cumulative actual is blank on
 * days without an actual, so the chart's line stops where the data stops instead of going flat.
 */
import { excelSerialToIso as serialToIso } from "../core";
import type { PlanMessageKey } from "./i18n";
import { absRef, FMT, MONITOR_TABLE } from "./layout";
import { computedCell, monitorHeaderCells, monitorTableParts } from "./sheets/monitorTable";
import { thisRow, wholeColumn } from "./structuredRefs";
import type { CellValue, PlanCell, PlanSheet } from "./types";

/** Column key of the monitor's Actual inputs (`InputKey` column; the row key is the ISO date). */
export const MONITOR_ACTUAL_COLUMN = "actual";

export interface MonitorSheetInput {
  t: (key: PlanMessageKey) => string;
  name: string;
  /** Serial of the first promo day. */
  promoStart: number;
  /** Per promo day, all SKUs. */
  forecast: number[];
  demand: number[];
  /** Imported actual units per promo day index (0 = promo start), all SKUs. */
  actualByDay: ReadonlyMap<number, number>;
  /** What the buyer typed in the Actual column, by ISO date (`PlanOverrides.dates`); wins over the import. */
  typedActuals?: ReadonlyMap<string, CellValue>;
}

const KEYS = [
  "monDate",
  "monForecast",
  "monDemand",
  "monActual",
  "monCumDemand",
  "monCumActual",
  "monVariance",
] as const;

export function monitorSheet(x: MonitorSheetInput): PlanSheet {
  const { t } = x;
  const h = (k: (typeof KEYS)[number]) => t(k);
  const col = (k: (typeof KEYS)[number]) => wholeColumn(MONITOR_TABLE, h(k));
  const cells: PlanCell[] = [{ address: "A1", kind: "label", value: t("chartTitle"), style: "title" }];
  const headerRow = 4;
  cells.push(...monitorHeaderCells(KEYS.map(h), headerRow));
  const days = x.demand.length;
  const first = headerRow + 1;
  const last = first + days - 1;
  let cumD = 0;
  let cumA = 0;
  const f = (address: string, formula: string, expected: number | string, fmt: string) =>
    cells.push(computedCell(address, formula, expected, fmt));
  for (let d = 0; d < days; d++) {
    const r = first + d;
    const date = serialToIso(x.promoStart + d);
    const typed = x.typedActuals?.get(date);
    const value: CellValue = typed !== undefined ? typed : (x.actualByDay.get(d) ?? null);
    // Excel's SUMIFS skips text and blanks, ISNUMBER is false for them: the same here
    const act = typeof value === "number" && Number.isFinite(value) ? value : undefined;
    cumD += x.demand[d];
    cumA += act ?? 0;
    cells.push(
      { address: `A${r}`, kind: "value", value: x.promoStart + d, numberFormat: FMT.date, style: "value" },
      { address: `B${r}`, kind: "value", value: x.forecast[d], numberFormat: FMT.dec, style: "value" },
      { address: `C${r}`, kind: "value", value: x.demand[d], numberFormat: FMT.dec, style: "value" },
      {
        address: `D${r}`,
        kind: "input",
        value,
        numberFormat: FMT.int,
        style: "input",
        // keyed by date, not row: a rebuild with a moved promo window keeps each day's actual
        key: { kind: "date", date, column: MONITOR_ACTUAL_COLUMN },
        ...(typed !== undefined ? { overridden: true } : {}),
      },
    );
    const upTo = `"<="&${thisRow(h("monDate"))}`;
    f(`E${r}`, `=SUMIFS(${col("monDemand")},${col("monDate")},${upTo})`, cumD, FMT.dec);
    f(
      `F${r}`,
      `=IF(ISNUMBER(${thisRow(h("monActual"))}),SUMIFS(${col("monActual")},${col("monDate")},${upTo}),"")`,
      act === undefined ? "" : cumA,
      FMT.int,
    );
    f(
      `G${r}`,
      `=IF(ISNUMBER(${thisRow(h("monActual"))}),${thisRow(h("monActual"))}-${thisRow(h("monDemand"))},"")`,
      act === undefined ? "" : act - x.demand[d],
      FMT.dec,
    );
  }
  const { table, validation } = monitorTableParts({
    name: MONITOR_TABLE,
    keys: KEYS,
    headers: KEYS.map(h),
    headerRow,
    last,
    // each row is its date: a rebuild finds a typed actual on its day wherever the row is now
    rowKey: { column: "monDate", kind: "date" },
    nonNegativeMessage: t("vNonNegative"),
  });
  return {
    name: x.name,
    cells,
    tables: [table],
    validations: [validation],
    conditionalFormats: [
      { range: `G${first}:G${last}`, formula: `=AND(ISNUMBER(G${first}),G${first}<0)`, style: "risk" },
    ],
    charts: [
      {
        title: t("chartTitle"),
        type: "line",
        categories: absRef(x.name, "A", first, last),
        series: [
          { name: h("monDemand"), values: absRef(x.name, "C", first, last) },
          { name: h("monActual"), values: absRef(x.name, "D", first, last) },
        ],
        from: "I4",
        to: "Q22",
        fallbackNote: { address: "A2", text: t("chartNote") },
      },
    ],
    frozen: { rows: headerRow, columns: 1 },
    print: { titleRows: headerRow, landscape: true },
    columnWidths: { A: 12, B: 12, C: 14, D: 10, E: 20, F: 18, G: 18 },
  };
}
