/**
 * The SKU table: one row per SKU, columns from ./skuColumns*.ts. Formulas use structured
 * references (this row's cell by header), so they read the same in every row and survive sorts,
 * inserted columns and added rows; each carries the engine's expected number.
 */
import { colLetter, FMT, SKU_TABLE } from "../layout";
import { moneyFormat } from "../settings";
import { thisRow } from "../structuredRefs";
import type {
  CellValue,
  PlanCell,
  PlanConditionalFormat,
  PlanOverrides,
  PlanSheet,
  PlanTableColumn,
  PlanValidation,
} from "../types";
import { pagesWide, wrapHeaderRow } from "./printLayout";
import type { ColFormat, RowContext, SkuColumn } from "./skuColumnTypes";
import { FORECAST_COLUMNS, IDENTITY_COLUMNS, MASTER_COLUMNS } from "./skuColumnsInputs";
import { COST_COLUMNS } from "./skuColumnsCost";
import { MONITOR_COLUMNS } from "./skuColumnsMonitor";
import { BATCH_COLUMNS, REQUIREMENT_COLUMNS } from "./skuColumnsPlan";

export const SKU_COLUMNS: readonly SkuColumn[] = [
  ...IDENTITY_COLUMNS,
  ...FORECAST_COLUMNS,
  ...MASTER_COLUMNS,
  ...REQUIREMENT_COLUMNS,
  ...BATCH_COLUMNS,
  ...COST_COLUMNS,
  ...MONITOR_COLUMNS,
];

export interface SkuSheetResult {
  sheet: PlanSheet;
  /** Localized header of each column key (for structured references elsewhere). */
  headers: ReadonlyMap<string, string>;
  /** Each column's written value or expected number, per row (for the totals' expected values). */
  rows: Readonly<Record<string, CellValue>>[];
}

export function formatOf(
  f: ColFormat,
  sale: string,
  purchase: string,
  atRisk = "at risk",
  rebuild = "rebuild",
): string {
  if (f === "risk") return `"${atRisk.replace(/"/g, "")}";-0;""`;
  if (f === "stale") return `"${rebuild.replace(/"/g, "")}";-0;""`;
  if (f === "money") return moneyFormat(sale);
  if (f === "cost") return moneyFormat(purchase);
  if (f === "text") return "@";
  return FMT[f];
}

export function skuSheet(
  name: string,
  rows: readonly RowContext[],
  overrides: PlanOverrides,
  t: RowContext["t"],
  currencies: [string, string],
): SkuSheetResult {
  const headers = new Map(SKU_COLUMNS.map((c) => [c.key, t(c.header)]));
  const letter = new Map(SKU_COLUMNS.map((c, i) => [c.key, colLetter(i)]));
  const ref = (key: string) => {
    const h = headers.get(key);
    if (h === undefined) throw new Error(`unknown SKU column ${key}`);
    return thisRow(h);
  };
  const fmt = (c: SkuColumn) =>
    formatOf(c.fmt, currencies[0], currencies[1], t("agedRiskYes"), t("orderStaleYes"));
  const cells: PlanCell[] = SKU_COLUMNS.map((c, i) => ({
    address: `${colLetter(i)}1`,
    kind: "label",
    value: t(c.header),
    style: "header",
  }));
  const first = 2;
  const last = first + rows.length - 1;
  const written: Record<string, CellValue>[] = [];
  // a column's formula (structured: the same text on every row) and format, made once per column
  // rather than once per cell (5,000 SKUs × 70 columns, issue 16 scale)
  const formulas = SKU_COLUMNS.map((c) => (c.kind === "formula" ? c.formula!(ref, t) : undefined));
  const formats = SKU_COLUMNS.map(fmt);
  const letters = SKU_COLUMNS.map((_, ci) => colLetter(ci));
  rows.forEach((x, ri) => {
    const r = first + ri;
    const typed = overrides.table[x.p.facts.sku] ?? {};
    const v: Record<string, CellValue> = {};
    SKU_COLUMNS.forEach((c, ci) => {
      const address = `${letters[ci]}${r}`;
      if (c.kind === "formula") {
        const exp = c.expect!(v, x);
        v[c.key] = exp;
        const ok = typeof exp === "string" || Number.isFinite(exp);
        cells.push({
          address,
          kind: "formula",
          value: null,
          formula: formulas[ci],
          ...(ok ? { expected: exp } : {}),
          numberFormat: formats[ci],
          style: "computed",
        });
        return;
      }
      const has = c.kind === "input" && Object.prototype.hasOwnProperty.call(typed, c.key);
      const value = has ? (typed[c.key] ?? null) : (c.value!(x) ?? null);
      v[c.key] = value;
      const cell: PlanCell = { address, kind: c.kind, value, numberFormat: formats[ci], style: c.kind };
      if (c.kind === "input") {
        cell.key = { kind: "table", sku: x.p.facts.sku, column: c.key };
        if (has) cell.overridden = true;
      }
      cells.push(cell);
    });
    written.push(v);
  });
  const columns: PlanTableColumn[] = SKU_COLUMNS.map((c) => ({
    key: c.key,
    header: headers.get(c.key)!,
    kind: c.kind,
    ...(c.formula ? { formulaTemplate: c.formula(ref, t) } : {}),
    numberFormat: fmt(c),
  }));
  const range = (key: string) => `${letter.get(key)}${first}:${letter.get(key)}${last}`;
  const validations: PlanValidation[] = SKU_COLUMNS.filter((c) => c.rule).map((c) => ({
    range: range(c.key),
    rule: c.rule!,
    allowBlank: c.optional === true,
    errorMessage: ruleMessage(c, t),
  }));
  // conditional formats are relative to the range's top-left cell (Excel takes no structured refs there)
  const top = (key: string) => `$${letter.get(key)}${first}`;
  const conditionalFormats: PlanConditionalFormat[] = [
    { range: range("stockOutDate"), formula: `=ISNUMBER(${top("stockOutDate")})`, style: "warning" },
    { range: range("unitsShort"), formula: `=${top("unitsShort")}>0`, style: "warning" },
    {
      range: `${letter.get("seaPo")}${first}:${letter.get("expressPo")}${last}`,
      formula: `=AND(ISNUMBER(${letter.get("seaPo")}${first}),${letter.get("seaPo")}${first}<PlanDate)`,
      style: "late",
    },
    { range: range("roi"), formula: `=${top("roi")}<0`, style: "warning" },
    { range: range("agedRisk"), formula: `=${top("agedRisk")}=1`, style: "risk" },
    // a typed order the plan has not been rebuilt for: the flag, and the figures it leaves stale
    ...["orderStale", "typedShort", "seaUnits", "airUnits", "expressUnits", "cashOut", "leftover"].map(
      (key): PlanConditionalFormat => ({
        range: range(key),
        formula: `=${top("orderStale")}=1`,
        style: "warning",
      }),
    ),
  ];
  const widths = SKU_COLUMNS.map((c) => c.width ?? 13);
  return {
    headers,
    rows: written,
    sheet: {
      name,
      cells,
      tables: [
        {
          name: SKU_TABLE,
          range: `A1:${colLetter(SKU_COLUMNS.length - 1)}${last}`,
          headerRow: 1,
          columns,
          rowKeys: rows.map((x) => x.p.facts.sku),
          style: "TableStyleLight9",
        },
      ],
      validations,
      conditionalFormats,
      charts: [],
      frozen: { rows: 1, columns: 2 },
      // the header and the SKU column on every page, as many pages wide as ≈ 100 % needs
      print: { titleRows: 1, titleColumns: 1, landscape: true, pagesWide: pagesWide(widths, 1) },
      columnWidths: Object.fromEntries(widths.map((w, i) => [colLetter(i), w])),
      textLayout: wrapHeaderRow(
        SKU_COLUMNS.map((c) => t(c.header)),
        widths,
        1,
      ),
    },
  };
}

function ruleMessage(c: SkuColumn, t: RowContext["t"]): string {
  const r = c.rule!;
  if (r.type === "date") return t("vDate");
  if (r.type === "list") return t("vList");
  if (r.type === "decimal" && r.max === 1) return t("vRate");
  if (r.type === "whole" && r.min === 1) return t("vCasePack");
  if (r.type === "whole" && r.max === 365) return t("vDays");
  return r.type === "whole" ? t("vWholeNonNegative") : t("vNonNegative");
}
