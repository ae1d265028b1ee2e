/**
 * The currency a supplier's unit cost is written in. A Chinese supplier quotes ¥9.50; read as 9.50
 * in the plan's purchase currency (USD by default) the plan buys at a loss and still orders
 * thousands. So the SKU importer reads the currency of every cost — the `currency` column, or the
 * symbol or code written with the amount (`¥9.50`, `9.5 CNY`, `1.35元`, `$2`, `€ 3,10`) — and a file
 * states one currency for all its costs or none: `fileCostCurrency` decides which.
 *
 * `¥` / `￥` are read as CNY (a SKU master's costs come from suppliers, mostly in China); yen is
 * written JPY or 円. `$` alone is USD (C$, A$, HK$ name the others).
 */

/** Names a buyer writes for a currency (NFKC, lower case, no spaces), by ISO 4217 code. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ...(["cny", "rmb", "¥", "元", "人民币", "rmb¥", "cn¥"].map((n) => [n, "CNY"]) as [string, string][]),
  ...(["usd", "$", "us$", "美元", "美金"].map((n) => [n, "USD"]) as [string, string][]),
  ...(["eur", "€", "欧元"].map((n) => [n, "EUR"]) as [string, string][]),
  ...(["gbp", "£", "英镑"].map((n) => [n, "GBP"]) as [string, string][]),
  ...(["jpy", "円", "日元"].map((n) => [n, "JPY"]) as [string, string][]),
  ...(["hkd", "hk$", "港币", "港元"].map((n) => [n, "HKD"]) as [string, string][]),
  ...(["cad", "c$", "ca$", "加元"].map((n) => [n, "CAD"]) as [string, string][]),
  ...(["aud", "a$", "au$", "澳元"].map((n) => [n, "AUD"]) as [string, string][]),
]);

function normal(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0]/g, "")
    .toLowerCase();
}

/**
 * The ISO code a currency cell or option names (`CNY`, `rmb`, `¥`, `人民币`, `usd`, `$`, `MYR` …),
 * or null when it names none. Any other three letters are taken as an ISO 4217 code.
 * @example currencyCode(" rmb ") // => "CNY"
 * @example currencyCode("dollars") // => null
 */
export function currencyCode(text: string): string | null {
  const n = normal(text);
  const known = CURRENCY_NAMES.get(n);
  if (known) return known;
  return /^[a-z]{3}$/.test(n) ? n.toUpperCase() : null;
}

/**
 * The currency a header names with its column, as `采购价(元)`, `unit cost (RMB)`, `cost_cny` or
 * `USD cost` do: the header, normalised (`normalize`: the importer's header matcher), is one of
 * `aliases` with a currency's name before or after it. Null when it is not.
 * @example headerCurrency("采购价（元）", ["采购价"], normalizeHeader) // => "CNY"
 */
export function headerCurrency(
  header: string,
  aliases: readonly string[],
  normalize: (cell: string) => string,
): string | null {
  const h = normalize(header.normalize("NFKC"));
  for (const alias of aliases) {
    const a = normalize(alias);
    for (const [name, code] of CURRENCY_NAMES) {
      const n = normalize(name);
      if (n !== "" && (h === a + n || h === n + a)) return code;
    }
  }
  return null;
}

/** A currency written before or after an amount: code, symbol or 元. */
const MARKER_BEFORE = /^\(?(us\$|hk\$|ca?\$|au?\$|rmb¥?|cn¥|cny|usd|eur|gbp|jpy|hkd|cad|aud|[$€£¥])/;
const MARKER_AFTER = /(usd|cny|rmb|eur|gbp|jpy|hkd|cad|aud|元|円|[$€£¥])\)?$/;

/**
 * The currency written with an amount (`¥9.50` → CNY, `9.5 CNY` → CNY, `1.35元` → CNY, `$2` → USD),
 * or null when the cell is a bare number. Only the marker: whether the amount is a number is
 * parseNumber's question.
 * @example costMarker("¥9.50") // => "CNY"
 * @example costMarker("0.55") // => null
 */
export function costMarker(raw: string): string | null {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  // bare numbers (most cells): a digit at both ends
  if (first >= 48 && first <= 57 && last >= 48 && last <= 57) return null;
  let n = normal(raw);
  if (n.startsWith("-") || n.startsWith("+")) n = n.slice(1);
  const m = MARKER_BEFORE.exec(n) ?? MARKER_AFTER.exec(n);
  return m ? (CURRENCY_NAMES.get(m[1]) ?? null) : null;
}

/** Rows of a SKU master whose unit cost is in one currency ("" = the row states none). */
export interface CostCurrencyGroup {
  currency: string;
  /** How many imported rows with a unit cost. */
  count: number;
  /** The first few of those rows (file rows, as a spreadsheet numbers them). */
  rows: number[];
}

/** How many rows a group keeps to name in a message. */
export const LISTED_ROWS = 5;

/** The currency of a SKU master's unit costs, as a whole. */
export type FileCostCurrency =
  /** No row states a currency: the costs are in the plan's purchase currency. */
  | { kind: "none" }
  /** Every row with a cost states this currency. */
  | { kind: "one"; currency: string }
  /** Rows disagree (or some state one and others none): a plan cannot buy in two currencies. */
  | { kind: "mixed"; groups: CostCurrencyGroup[]; message: string; messageZh: string };

function rowList(g: CostCurrencyGroup, lang: "en" | "zh"): string {
  const more = g.count > g.rows.length;
  if (lang === "en") {
    const rows = g.rows.join(", ") + (more ? ` … (${g.count} rows)` : "");
    return `${g.count === 1 ? "row" : "rows"} ${rows}`;
  }
  return `第 ${g.rows.join("、")}${more ? ` 等 ${g.count}` : ""} 行`;
}

/**
 * One currency for the file's costs, none, or a refusal naming the rows of each currency.
 * A row that states no currency among rows that do is not assumed to share theirs: a PO signed
 * on 0.55 read as CNY when the supplier meant USD is off sevenfold.
 * @example fileCostCurrency([{ currency: "CNY", count: 2, rows: [2, 3] }]) // => { kind: "one", currency: "CNY" }
 */
export function fileCostCurrency(groups: readonly CostCurrencyGroup[]): FileCostCurrency {
  const stated = groups.filter((g) => g.currency !== "" && g.count > 0);
  if (stated.length === 0) return { kind: "none" };
  const all = groups.filter((g) => g.count > 0);
  if (all.length === 1) return { kind: "one", currency: stated[0].currency };
  // in order of the first row of each group, so the message reads down the file
  const ordered = [...all].sort((a, b) => a.rows[0] - b.rows[0]);
  const part = (g: CostCurrencyGroup, lang: "en" | "zh") =>
    lang === "en"
      ? `${g.currency || "no currency"} on ${rowList(g, "en")}`
      : `${rowList(g, "zh")}${g.currency ? `为 ${g.currency}` : "未注明币种"}`;
  return {
    kind: "mixed",
    groups: ordered,
    message:
      `Unit costs are in more than one currency: ${ordered.map((g) => part(g, "en")).join("; ")}. ` +
      "A plan buys in one currency: write every cost in the same one (a currency column, or ¥ / $ / € with each cost).",
    messageZh:
      `单位成本包含多种币种：${ordered.map((g) => part(g, "zh")).join("；")}。` +
      "一个计划只能用一种币种采购：请把所有成本写成同一币种（用币种列，或在每个成本上写明 ¥ / $ / €）。",
  };
}
