/**
 * The shape both monitor tables share — the daily total (monitorSheet.ts) and the day × SKU table
 * on its own sheet (monitorSkuSheet.ts): seven columns A–G under one header row, three values (the
 * day and what was planned), the buyer's actual in D, three formulas over the table's columns, and
 * the check that a typed actual is a number ≥ 0. One place, so the two cannot drift apart.
 */
import { colLetter } from "../layout";
import type { PlanCell, PlanTable, PlanValidation } from "../types";

export interface MonitorTableShape {
  /** Workbook-unique table name. */
  name: string;
  /** Keys of the seven columns A–G, and their localized headers in the same order. */
  keys: readonly string[];
  headers: readonly string[];
  headerRow: number;
  /** Last body row (the header row + 1 when the table has no day). */
  last: number;
  rowKey: NonNullable<PlanTable["rowKey"]>;
  /** Localized message for an actual that is not a number ≥ 0. */
  nonNegativeMessage: string;
}

/** The header row's labels, A–G. */
export function monitorHeaderCells(headers: readonly string[], headerRow: number): PlanCell[] {
  return headers.map((value, i) => ({
    address: `${colLetter(i)}${headerRow}`,
    kind: "label",
    value,
    style: "header",
  }));
}

/** The table over A–G and the actual column's ≥ 0 validation. */
export function monitorTableParts(x: MonitorTableShape): { table: PlanTable; validation: PlanValidation } {
  const first = x.headerRow + 1;
  return {
    table: {
      name: x.name,
      range: `A${x.headerRow}:G${x.last}`,
      headerRow: x.headerRow,
      columns: x.keys.map((key, i) => ({
        key,
        header: x.headers[i],
        kind: i === 3 ? "input" : i < 3 ? "value" : "formula",
      })),
      rowKeys: [],
      rowKey: x.rowKey,
      style: "TableStyleLight9",
    },
    validation: {
      range: `D${first}:D${x.last}`,
      rule: { type: "decimal", min: 0 },
      allowBlank: true,
      errorMessage: x.nonNegativeMessage,
    },
  };
}

/** A computed (formula) cell with the value the core expects it to show. */
export function computedCell(
  address: string,
  formula: string,
  expected: number | string,
  fmt: string,
): PlanCell {
  return { address, kind: "formula", value: null, formula, expected, numberFormat: fmt, style: "computed" };
}
