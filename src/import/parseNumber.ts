const PLAIN = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Reads a number the way exports write them: `12.5`, `1,234.50`, `1.234,50` (European),
 * `12,5`, `$12.99`, `US$ 12`, `¥89`, `€ 9,90`, `CNY 30`, `(12.00)` (accounting negative), `1e3`.
 * Returns `null` for a blank cell and `NaN` for text that is not a number, so the caller can
 * tell "missing" from "bad" and report each differently.
 * @example parseNumber("1,234.50") // => 1234.5
 * @example parseNumber("9,90 €") // => 9.9
 * @example parseNumber("abc") // => NaN
 */
export function parseNumber(raw: string): number | null {
  // Fast path: plain decimals are most cells of a large export.
  if (PLAIN.test(raw)) return Number(raw);
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
