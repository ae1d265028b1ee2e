/**
 * A small hand-made PlanModel for the writer tests, independent of buildPlan so the writer is
 * tested against a layout we can check by eye: a "Plan" sheet with three named inputs, a formula
 * and imported text, and an "SKUs" sheet with an Excel table of n rows, a list validation, a
 * conditional format and a line chart. Some SKU titles are formula/CSV-injection strings.
 */
import type { CellValue, PlanCell, PlanModel, PlanOverrides, PlanSheet } from "../../src/plan/types";
import { EMPTY_OVERRIDES } from "../../src/plan/types";

/** Titles an import might carry; every one must end up as text (issue 8). */
export const INJECTION_TITLES = [
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(A1:A2)",
  "\tTab first",
  "\rCR first",
  "0012",
  '=HYPERLINK("http://example.invalid","x")',
];

export const SINGLE_DEFAULTS = {
  PromoStart: 45850,
  ServiceLevel: 0.95,
  LeadTimeDays: 30,
  Supplier: "+86 Shenzhen Co.",
};

export function skuCode(i: number): string {
  return `SKU-${String(i + 1).padStart(5, "0")}`;
}

/** Default on-hand units of SKU i (deterministic, so rebuilds are comparable). */
export function defaultOnHand(i: number): number {
  return (i * 37) % 500;
}

function input(
  address: string,
  value: CellValue,
  key: PlanCell["key"],
  overridden: boolean,
  numberFormat?: string,
): PlanCell {
  return {
    address,
    kind: "input",
    value,
    key,
    overridden,
    style: "input",
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/**
 * A builder over `skuCount` SKUs: `fixtureBuilder(10)(overrides)` → PlanModel. Overrides replace
 * defaults and are flagged `overridden`, as buildPlan does.
 */
export function fixtureBuilder(skuCount: number): (overrides?: PlanOverrides) => PlanModel {
  return (overrides: PlanOverrides = EMPTY_OVERRIDES) => {
    const single = (name: keyof typeof SINGLE_DEFAULTS) =>
      name in overrides.inputs
        ? { value: overrides.inputs[name], overridden: true }
        : { value: SINGLE_DEFAULTS[name] as CellValue, overridden: false };
    const ps = single("PromoStart");
    const sl = single("ServiceLevel");
    const lt = single("LeadTimeDays");
    const sup = single("Supplier");
    const plan: PlanSheet = {
      name: "Plan",
      cells: [
        { address: "A1", kind: "label", value: "StockUp plan / 备货计划", style: "title" },
        { address: "A3", kind: "label", value: "Promo start", style: "label" },
        input("B3", ps.value, { kind: "name", name: "PromoStart" }, ps.overridden, "yyyy-mm-dd"),
        { address: "A4", kind: "label", value: "Service level", style: "label" },
        input("B4", sl.value, { kind: "name", name: "ServiceLevel" }, sl.overridden, "0.0%"),
        { address: "A5", kind: "label", value: "Lead time (days)", style: "label" },
        input("B5", lt.value, { kind: "name", name: "LeadTimeDays" }, lt.overridden, "0"),
        { address: "A6", kind: "label", value: "Ship by", style: "label" },
        {
          address: "B6",
          kind: "formula",
          value: null,
          formula: "=PromoStart-LeadTimeDays",
          numberFormat: "yyyy-mm-dd",
          style: "computed",
        },
        { address: "A7", kind: "label", value: "Supplier", style: "label" },
        input("B7", sup.value, { kind: "name", name: "Supplier" }, sup.overridden),
        { address: "A8", kind: "label", value: "Total on hand", style: "label" },
        {
          address: "B8",
          kind: "formula",
          value: null,
          formula: `=SUM('SKUs'!C2:C${skuCount + 1})`,
          numberFormat: "#,##0",
          style: "computed",
        },
      ],
      tables: [],
      validations: [
        { range: "B3", rule: { type: "date", min: 45000 }, allowBlank: false, errorMessage: "Enter a date" },
        {
          range: "B4",
          rule: { type: "decimal", min: 0.5, max: 0.999 },
          allowBlank: false,
          errorMessage: "50–99.9 %",
        },
        {
          range: "B5",
          rule: { type: "whole", min: 0, max: 365 },
          allowBlank: false,
          errorMessage: "0–365 days",
        },
      ],
      conditionalFormats: [{ range: "B6", formula: "=B6<TODAY()", style: "late" }],
      charts: [],
      frozen: { rows: 2, columns: 0 },
      columnWidths: { A: 30, B: 14 },
    };
    const last = skuCount + 1;
    const cells: PlanCell[] = ["SKU", "Title", "On hand", "Daily units", "Need", "Mode"].map((h, c) => ({
      address: `${"ABCDEF"[c]}1`,
      kind: "label",
      value: h,
      style: "header",
    }));
    const rowKeys: string[] = [];
    for (let i = 0; i < skuCount; i++) {
      const r = i + 2;
      const sku = skuCode(i);
      rowKeys.push(sku);
      const row = overrides.table[sku] ?? {};
      const onHand =
        "onHand" in row ? { value: row.onHand, o: true } : { value: defaultOnHand(i) as CellValue, o: false };
      const mode = "mode" in row ? { value: row.mode, o: true } : { value: "sea" as CellValue, o: false };
      cells.push(
        { address: `A${r}`, kind: "value", value: sku, style: "value" },
        {
          address: `B${r}`,
          kind: "value",
          value: i < INJECTION_TITLES.length ? INJECTION_TITLES[i] : `Title ${i + 1}`,
          style: "value",
        },
        input(`C${r}`, onHand.value, { kind: "table", sku, column: "onHand" }, onHand.o, "#,##0"),
        { address: `D${r}`, kind: "value", value: (i % 9) + 1.5, numberFormat: "0.0", style: "value" },
        {
          address: `E${r}`,
          kind: "formula",
          value: null,
          formula: `=MAX(0,D${r}*LeadTimeDays-C${r})`,
          numberFormat: "#,##0",
          style: "computed",
        },
        input(`F${r}`, mode.value, { kind: "table", sku, column: "mode" }, mode.o),
      );
    }
    const skus: PlanSheet = {
      name: "SKUs",
      cells,
      tables: [
        {
          name: "StockUpSkus",
          range: `A1:F${last}`,
          headerRow: 1,
          columns: [
            { key: "sku", header: "SKU", kind: "value" },
            { key: "title", header: "Title", kind: "value" },
            { key: "onHand", header: "On hand", kind: "input", numberFormat: "#,##0" },
            { key: "dailyUnits", header: "Daily units", kind: "value" },
            {
              key: "need",
              header: "Need",
              kind: "formula",
              formulaTemplate: "=MAX(0,D{r}*LeadTimeDays-C{r})",
            },
            { key: "mode", header: "Mode", kind: "input" },
          ],
          rowKeys,
          style: "TableStyleLight9",
        },
      ],
      validations: [
        {
          range: `C2:C${last}`,
          rule: { type: "whole", min: 0 },
          allowBlank: true,
          errorMessage: "Units ≥ 0",
        },
        {
          range: `F2:F${last}`,
          rule: { type: "list", values: ["sea", "air", "express"] },
          allowBlank: false,
          errorMessage: "sea/air/express",
        },
      ],
      conditionalFormats: [{ range: `E2:E${last}`, formula: "=$E2>100", style: "risk" }],
      charts: [
        {
          title: "On hand vs need",
          type: "line",
          categories: `'SKUs'!$A$2:$A$${last}`,
          series: [
            { name: "On hand", values: `'SKUs'!$C$2:$C$${last}` },
            { name: "Need", values: `'SKUs'!$E$2:$E$${last}` },
          ],
          from: "H2",
          to: "P20",
          // the Office.js writer draws the chart, so it never writes this note
          fallbackNote: { address: "H1", text: "Chart: on hand vs need" },
        },
      ],
      frozen: { rows: 1, columns: 1 },
      columnWidths: { A: 12, B: 30, C: 10, D: 10, E: 10, F: 10 },
    };
    return {
      meta: {
        schemaVersion: 1,
        locale: "en-US",
        refreshDate: "2026-05-01",
        builtBy: "StockUp test",
        event: "primeDay",
        forecastMethods: [],
      },
      sheets: [plan, skus],
      names: [
        { name: "PromoStart", sheet: "Plan", address: "B3" },
        { name: "ServiceLevel", sheet: "Plan", address: "B4" },
        { name: "LeadTimeDays", sheet: "Plan", address: "B5" },
        { name: "Supplier", sheet: "Plan", address: "B7" },
      ],
    };
  };
}
