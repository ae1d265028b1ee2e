/**
 * The monitor per SKU, on its own sheet: one row per monitor day and SKU (by date, then the SKU
 * table's order) with the SKU's forecast (with growth), its actual (an input the buyer types
 * daily, kept across rebuilds keyed by day + SKU), the running totals and the pace, as native
 * formulas over the table's own columns:
 * - a blank day is no data, not 0: the cumulative actual carries the last total on, the pace cell
 *   says "no data", and the cumulative forecast counts only days with an actual, so the pace
 *   compares like with like;
 * - the SKU is matched exactly (`~`, `*` and `?` in a SKU are escaped, `=` keeps a SKU that starts
 *   with `<` or `>` from reading as a comparison).
 * Its own sheet, because whole-column references in the file are sheet columns: a second table
 * under the daily totals would be summed into them.
 */
import { excelSerialToIso as serialToIso } from "../../core";
import type { PlanMessageKey } from "../i18n";
import { FMT, MONITOR_SKU_TABLE } from "../layout";
import { daySkuId } from "../overrides";
import { thisRow, wholeColumn } from "../structuredRefs";
import { computedCell, monitorHeaderCells, monitorTableParts } from "./monitorTable";
import type { CellValue, PlanCell, PlanOverrides, PlanSheet } from "../types";

/** Column key of the per-SKU Actual inputs (`InputKey` kind "daySku"). */
export const MONITOR_SKU_ACTUAL_COLUMN = "skuActual";

export interface MonitorSkuInput {
  t: (key: PlanMessageKey) => string;
  /** Serial of the first monitor day (the promo start). */
  firstDay: number;
  days: number;
  /** Per SKU in the SKU table's order: forecast (with growth) per day, imported actuals by day. */
  skus: readonly { sku: string; forecast: readonly number[]; actual: ReadonlyMap<number, number> }[];
  overrides: PlanOverrides;
}

const KEYS = [
  "monsDate",
  "monsSku",
  "monsForecast",
  "monsActual",
  "monsCumForecast",
  "monsCumActual",
  "monsPace",
] as const;

/** The per-SKU actual the buyer typed on day `date`, if any (undefined = not typed). */
export function typedSkuActual(o: PlanOverrides, date: string, sku: string): CellValue | undefined {
  const row = o.daySkus?.[daySkuId(date, sku)];
  return row && Object.prototype.hasOwnProperty.call(row, MONITOR_SKU_ACTUAL_COLUMN)
    ? (row[MONITOR_SKU_ACTUAL_COLUMN] ?? null)
    : undefined;
}

export function monitorSkuSheet(name: string, x: MonitorSkuInput): PlanSheet {
  const { t } = x;
  const h = (k: (typeof KEYS)[number]) => t(k);
  const col = (k: (typeof KEYS)[number]) => wholeColumn(MONITOR_SKU_TABLE, h(k));
  const me = (k: (typeof KEYS)[number]) => thisRow(h(k));
  const cells: PlanCell[] = [
    { address: "A1", kind: "label", value: t("monSkuTitle"), style: "title" },
    { address: "A2", kind: "label", value: t("monSkuNote"), style: "note" },
  ];
  const headerRow = 4;
  cells.push(...monitorHeaderCells(KEYS.map(h), headerRow));
  const skuExact = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${me("monsSku")},"~","~~"),"*","~*"),"?","~?")`;
  const upTo = `"<="&${me("monsDate")}`;
  const cumForecast = `=SUMIFS(${col("monsForecast")},${col("monsSku")},${skuExact},${col("monsDate")},${upTo},${col("monsActual")},">=0")`;
  const cumActual = `=SUMIFS(${col("monsActual")},${col("monsSku")},${skuExact},${col("monsDate")},${upTo})`;
  const pace = `=IF(ISNUMBER(${me("monsActual")}),IF(${me("monsCumForecast")}<=0,1,${me("monsCumActual")}/${me("monsCumForecast")}),"${t("monsNoData").replace(/"/g, '""')}")`;
  const first = headerRow + 1;
  const cumF = x.skus.map(() => 0);
  const cumA = x.skus.map(() => 0);
  let r = first;
  for (let d = 0; d < x.days; d++) {
    const date = serialToIso(x.firstDay + d);
    x.skus.forEach((s, i) => {
      const typed = typedSkuActual(x.overrides, date, s.sku);
      const value: CellValue = typed !== undefined ? typed : (s.actual.get(d) ?? null);
      // as Excel: SUMIFS and ISNUMBER skip text and blanks; ">=0" also skips a negative number
      const act = typeof value === "number" && Number.isFinite(value) ? value : undefined;
      if (act !== undefined) cumA[i] += act;
      if (act !== undefined && act >= 0) cumF[i] += s.forecast[d];
      const f = (address: string, formula: string, expected: number | string, fmt: string) =>
        cells.push(computedCell(address, formula, expected, fmt));
      cells.push(
        { address: `A${r}`, kind: "value", value: x.firstDay + d, numberFormat: FMT.date, style: "value" },
        { address: `B${r}`, kind: "value", value: s.sku, style: "value" },
        { address: `C${r}`, kind: "value", value: s.forecast[d], numberFormat: FMT.dec, style: "value" },
        {
          address: `D${r}`,
          kind: "input",
          value,
          numberFormat: FMT.int,
          style: "input",
          // keyed by day and SKU: a rebuild finds it wherever the row is now
          key: { kind: "daySku", date, sku: s.sku, column: MONITOR_SKU_ACTUAL_COLUMN },
          ...(typed !== undefined ? { overridden: true } : {}),
        },
      );
      f(`E${r}`, cumForecast, cumF[i], FMT.dec);
      f(`F${r}`, cumActual, cumA[i], FMT.int);
      f(`G${r}`, pace, act === undefined ? t("monsNoData") : cumF[i] <= 0 ? 1 : cumA[i] / cumF[i], FMT.z);
      r++;
    });
  }
  const last = Math.max(first, r - 1);
  const { table, validation } = monitorTableParts({
    name: MONITOR_SKU_TABLE,
    keys: KEYS,
    headers: KEYS.map(h),
    headerRow,
    last,
    rowKey: { column: "monsDate", kind: "daySku", skuColumn: "monsSku" },
    nonNegativeMessage: t("vNonNegative"),
  });
  return {
    name,
    cells,
    tables: [table],
    validations: [validation],
    conditionalFormats: [],
    charts: [],
    frozen: { rows: headerRow, columns: 2 },
    print: { titleRows: headerRow, landscape: false },
    columnWidths: { A: 12, B: 18, C: 16, D: 10, E: 24, F: 18, G: 16 },
  };
}
