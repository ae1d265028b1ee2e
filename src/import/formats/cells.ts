/**
 * Reading one cell of a sales record, shared by every platform format: trimmed text, numbers
 * (with the issue a bad one raises), SKUs, yes/no flags, required columns by alias.
 */
import { findColumn } from "../headers";
import type { IssueCollector } from "../issueCollector";
import { parseNumber } from "../parseNumber";
import type { RequiredColumn, SalesLine } from "./types";

export type { RequiredColumn };

/**
 * Cell text without surrounding blanks. At the start only spaces (and no-break spaces) are
 * trimmed: a leading tab or CR is kept, so formula-like text stays visible to the FORMULA_TEXT
 * check. At the end all whitespace goes: TikTok Shop exports append a tab to IDs so that Excel
 * keeps them as text (`576461234567890001\t`).
 */
export function cellAt(cells: readonly string[], i: number): string {
  if (i < 0 || i >= cells.length) return "";
  const c = cells[i];
  if (c === "") return c;
  const first = c.charCodeAt(0);
  const last = c.charCodeAt(c.length - 1);
  // Fast path: nothing to trim (most cells).
  if (first !== 32 && first !== 0xa0 && last > 32 && last !== 0xa0) return c;
  return c.replace(/^[ \u00a0]+/, "").replace(/\s+$/, "");
}

/**
 * Reads a numeric cell. Blank → `blank` (or MISSING_VALUE when `required`); text → BAD_NUMBER;
 * for quantities, negative → NEGATIVE_QUANTITY. Returns undefined when the row must be rejected.
 */
export function numberCell(
  cells: string[],
  i: number,
  column: string,
  row: number,
  issues: IssueCollector,
  opts: { required: boolean; quantity?: boolean; blank?: number },
): number | undefined | null {
  const raw = cellAt(cells, i);
  const n = parseNumber(raw, issues.decimal); // the file's decimal separator, never a per-cell guess
  if (n === null) {
    if (opts.blank !== undefined) return opts.blank;
    if (opts.required) {
      issues.add("MISSING_VALUE", "error", { row, column });
      return undefined;
    }
    return null;
  }
  if (Number.isNaN(n) || !Number.isFinite(n)) {
    badNumber(raw, row, column, issues);
    return undefined;
  }
  if (opts.quantity && n < 0) {
    issues.add("NEGATIVE_QUANTITY", "error", { row, column, value: raw });
    return undefined;
  }
  return n;
}

/**
 * A money cell that only informs revenue: Southeast Asian exports write `RM 12.90`, `₱1,299.00`,
 * `฿ 450`, `Rp 125.000`, which parseNumber does not know; the currency marker is dropped and an
 * unreadable amount is "unknown" (null), never a reason to drop the units sold.
 */
export function moneyCell(cells: readonly string[], i: number): number | null {
  const raw = cellAt(cells, i)
    .replace(/^(?:RM|Rp|₱|฿|₫|NT\$|S\$|HK\$|MYR|PHP|THB|IDR|VND|SGD|TWD)\s*/i, "")
    .replace(/\s*(?:RM|Rp|₱|฿|₫|MYR|PHP|THB|IDR|VND|SGD|TWD)$/i, "");
  const n = parseNumber(raw);
  return n === null || !Number.isFinite(n) ? null : n;
}

/**
 * A cell that is not a number: DECIMAL_MISMATCH when only the other decimal separator reads it
 * (`19,99` in a file whose numbers use "."), so the buyer learns why; BAD_NUMBER otherwise.
 */
export function badNumber(raw: string, row: number, column: string, issues: IssueCollector): void {
  const other = issues.decimal !== undefined && Number.isFinite(parseNumber(raw) ?? NaN);
  if (other) issues.add("DECIMAL_MISMATCH", "error", { row, column, value: raw, detail: issues.decimal });
  else issues.add("BAD_NUMBER", "error", { row, column, value: raw });
}

/** Currency markers of Southeast Asian marketplace prices → ISO code. */
const MARKERS: [RegExp, string][] = [
  [/^(RM|MYR)\b/i, "MYR"],
  [/^(₱|PHP)/i, "PHP"],
  [/^(฿|THB)/i, "THB"],
  [/^(Rp|IDR)\b/i, "IDR"],
  [/^(₫|VND)|₫$/i, "VND"],
  [/^(S\$|SGD)/i, "SGD"],
  [/^(NT\$|TWD)/i, "TWD"],
];

/**
 * The currency a price cell is written in (`RM 29.90` → MYR), or "" when it carries no marker.
 * @example currencyMarker("RM 29.90") // => "MYR"
 */
export function currencyMarker(raw: string): string {
  const s = raw.trim();
  return MARKERS.find(([re]) => re.test(s))?.[1] ?? "";
}

/** Yes/no cell: 1/0, yes/no, y/n, true/false, 是/否, promo/… ; null = blank; NaN-like = undefined. */
export function parseFlag(raw: string): boolean | null | undefined {
  if (raw === "1") return true; // most flag cells of a large file, without trimming or a list scan
  if (raw === "0") return false;
  const s = raw.trim().toLowerCase();
  if (s === "") return null;
  if (["1", "yes", "y", "true", "t", "是", "有", "x", "✓", "promo", "促销"].includes(s)) return true;
  if (["0", "no", "n", "false", "f", "否", "无", "-"].includes(s)) return false;
  return undefined;
}

/** The SKU of a record, or null with MISSING_SKU; formula-like text is flagged, kept as text. */
export function skuCell(
  cells: string[],
  i: number,
  column: string,
  row: number,
  issues: IssueCollector,
): string | null {
  const sku = cellAt(cells, i);
  if (sku === "") {
    issues.add("MISSING_SKU", "error", { row, column });
    return null;
  }
  issues.checkText(sku, row, column);
  return sku;
}

/** A line's key: its seller SKU, or what stands in for a blank one (see `lineKey`). */
export interface LineKey {
  /** "" when the line has neither (MISSING_SKU was reported). */
  sku: string;
  keyedBy?: "title" | "skuId";
}

/**
 * The SKU a line is counted under: the seller SKU; when that is blank, `fallback` (the product
 * title, or the platform's own SKU id) so the units are not lost — the importer warns once per
 * such key and counts them; when both are blank, "" with MISSING_SKU. Formula-like text is flagged.
 */
export function lineKey(
  sku: string,
  fallback: string,
  keyedBy: "title" | "skuId",
  columns: { sku: string; fallback: string },
  row: number,
  issues: IssueCollector,
): LineKey {
  if (sku !== "") {
    issues.checkText(sku, row, columns.sku);
    return { sku };
  }
  if (fallback !== "") {
    issues.checkText(fallback, row, columns.fallback);
    return { sku: fallback, keyedBy };
  }
  issues.add("MISSING_SKU", "error", { row, column: columns.sku });
  return { sku: "" };
}

/** numberCell options shared by the readers: a required quantity, an optional number. */
export const QUANTITY = { required: true, quantity: true } as const;
export const OPTIONAL = { required: false } as const;
/** Discount columns: blank means no discount. */
export const ZERO_IF_BLANK = { required: false, blank: 0 } as const;

/**
 * Finds a format's columns by alias. `need` lists the required ones (so a message can say which
 * names are accepted); `at(key)` is the index or -1; `name(key)` the header cell as written.
 */
export function columnsOf<A extends Readonly<Record<string, readonly string[]>>>(
  header: readonly string[],
  aliases: A,
  required: readonly (keyof A & string)[],
): {
  at: Record<keyof A & string, number>;
  name: (key: keyof A & string) => string;
  missing: RequiredColumn[];
} {
  type K = keyof A & string;
  const at = {} as Record<K, number>;
  for (const key of Object.keys(aliases) as K[]) at[key] = findColumn(header, aliases[key]);
  return {
    at,
    name: (key) => (at[key] >= 0 ? header[at[key]].trim() : aliases[key][0]),
    missing: required.filter((k) => at[k] < 0).map((k) => ({ name: aliases[k][0], accepted: aliases[k] })),
  };
}

/**
 * A cancelled, refunded or voided order line: excluded from sales and only counted, so it keeps
 * the SKU and the quantity (0 when the quantity is blank or not a positive number) and is not
 * checked further.
 */
export function cancelledLine(cells: string[], skuIndex: number, qtyIndex: number): SalesLine {
  const q = parseNumber(cellAt(cells, qtyIndex));
  return { sku: cellAt(cells, skuIndex), dateRaw: "", units: q && q > 0 ? q : 0, cancelled: true };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * `18 Nov 2024 10:15` (Lazada) → `2024-11-18 10:15`; other text unchanged (the date reader then
 * reports it when it is not a date).
 * @example monthNameDate("18 Nov 2024 10:15") // => "2024-11-18 10:15"
 */
export function monthNameDate(raw: string): string {
  const m = /^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{4})(.*)$/.exec(raw.trim());
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!m || month === 0) return raw;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1].padStart(2, "0")}${m[4]}`;
}

/**
 * Etsy's `MM/DD/YY` (US order, two-digit year of this century) → ISO; other text unchanged.
 * @example usShortDate("11/29/24") // => "2024-11-29"
 */
export function usShortDate(raw: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})(?=$|\s)/.exec(raw.trim());
  return m ? `20${m[3]}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}` : raw;
}
