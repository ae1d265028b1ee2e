/**
 * The value of a plain decimal — `^-?\d{1,15}(\.\d{1,15})?$`, the point only when `point` — or
 * undefined for anything else. Most cells of a large export are plain; a character scan reads
 * them without a regular expression, and an integer without `Number` (15 digits are exact).
 */
function plainValue(raw: string, point: boolean): number | undefined {
  return plainNumberIn(raw, 0, raw.length, point);
}

/**
 * `plainValue` of `text.slice(from, to)`, without making the slice: the sales import's plain-line
 * path reads number cells in place (issue 16 scale).
 * @example plainNumberIn("a,12.5,b", 2, 6, true) // => 12.5
 */
export function plainNumberIn(text: string, from: number, to: number, point: boolean): number | undefined {
  let i = text.charCodeAt(from) === 45 && from < to ? from + 1 : from; // "-"
  let int = 0;
  const start = i;
  while (i < to) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
    i++;
  }
  const digits = i - start;
  if (digits < 1 || digits > 15) return undefined;
  const negative = start > from;
  if (i === to) return negative ? -int : int;
  if (!point || text.charCodeAt(i) !== 46) return undefined; // "."
  const frac = to - i - 1;
  if (frac < 1 || frac > 15) return undefined;
  let all = int;
  for (let j = i + 1; j < to; j++) {
    const c = text.charCodeAt(j) - 48;
    if (c < 0 || c > 9) return undefined;
    all = all * 10 + c;
  }
  // Up to 15 digits in all, the digits as an integer and 10^frac are exact doubles, and one
  // division rounds once: exactly the double `Number` reads (Clinger's fast path). Longer ones
  // are left to `Number`.
  if (digits + frac > 15) return Number(text.slice(from, to));
  const v = all / POW10[frac];
  return negative ? -v : v;
}

/** 10^0 … 10^15, exact doubles. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The decimal separator of a file's numbers, decided once per file (issue 16 #5: one
 * semicolon file read `0,125` kg as 125 and `19,99` as 19.99, cell by cell). `undefined` keeps
 * the per-cell guess for callers that have no file (a single value typed by the buyer).
 */
export type DecimalSeparator = "." | ",";

/**
 * The file's decimal separator: the buyer's choice, else the delimiter's convention — a
 * semicolon-separated file comes from a decimal-comma locale (that is why Excel uses `;` there),
 * a comma- or tab-separated file and an .xlsx use the decimal point.
 * @example decimalFor(";") // => ","
 */
export function decimalFor(delimiter: string, chosen?: DecimalSeparator): DecimalSeparator {
  return chosen ?? (delimiter === ";" ? "," : ".");
}

/**
 * Reads a number the way exports write them: `12.5`, `1,234.50`, `1.234,50` (European),
 * `12,5`, `$12.99`, `US$ 12`, `¥89`, `€ 9,90`, `CNY 30`, `(12.00)` (accounting negative), `1e3`.
 * Returns `null` for a blank cell and `NaN` for text that is not a number, so the caller can
 * tell "missing" from "bad" and report each differently.
 * With `decimal` given, every cell is read with that separator and the other one can only group
 * thousands (`1.250` is 1.25 with ".", 1250 with ","); a cell only the other separator can
 * read (`19,99` with ".") is NaN, so it is reported instead of guessed.
 * @example parseNumber("1,234.50") // => 1234.5
 * @example parseNumber("9,90 €") // => 9.9
 * @example parseNumber("2,500", ",") // => 2.5
 * @example parseNumber("abc") // => NaN
 */
export function parseNumber(raw: string, decimal?: DecimalSeparator): number | null {
  // Fast path: plain decimals are most cells of a large export.
  const plain = plainValue(raw, decimal !== ",");
  if (plain !== undefined) return plain;
  let s = raw.trim();
  if (s === "") return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // Currency symbols and ISO codes around the amount carry no value for quantities and prices.
  s = s
    .replace(/^(US\$|USD|CNY|RMB|EUR|GBP|JPY|CAD|AUD)\s*/i, "")
    .replace(/\s*(USD|CNY|RMB|EUR|GBP|JPY|CAD|AUD|元)$/i, "")
    .replace(/^[$€£¥￥]\s*/, "")
    .replace(/\s*[$€£¥￥]$/, "")
    .replace(/[\s\u00a0]/g, "");
  let sign = "";
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1);
    s = s.replace(/^[$€£¥￥]/, "");
  }
  if (decimal !== undefined) {
    const n = withDecimal(s, decimal);
    return negative ? -Number(sign + n) : Number(sign + n);
  }
  let normal: string;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
    normal = s.replace(/,/g, ""); // 1,234.5
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s))
    normal = s.replace(/\./g, "").replace(",", "."); // 1.234,5
  else if (/^\d+,\d+$/.test(s))
    normal = s.replace(",", "."); // 12,5 (decimal comma)
  else if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) normal = s;
  else return NaN;
  const n = Number(sign + normal);
  return negative ? -n : n;
}

/** Digits with `decimal` as separator and the other as thousands grouping → JS number text, or "NaN". */
function withDecimal(s: string, decimal: DecimalSeparator): string {
  const group = decimal === "." ? "," : ".";
  const g = group === "." ? "\\." : ",";
  const d = decimal === "." ? "\\." : ",";
  // a first group of 0 is not a thousands grouping: "0,125" is a decimal comma, never 125
  const grouped = new RegExp(`^[1-9]\\d{0,2}(${g}\\d{3})+(${d}\\d+)?$`);
  const plain = new RegExp(`^(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`);
  if (grouped.test(s)) return s.split(group).join("").replace(decimal, ".");
  if (plain.test(s)) return s.replace(decimal, ".");
  return "NaN";
}
