/**
 * What the CLI tells the buyer after reading the sales file and before building: lines skipped by
 * --skip-bad-rows with their units, lines kept under a title or a platform id, the currency, the
 * time zone Amazon's UTC order times were dated in, and
 * the history warnings (stale or short history, no promo flags, SKU master gaps, dates passed).
 */
import type { SalesImportMeta } from "../import/importSales";
import type { HistoryWarning } from "../import/historyWarnings";
import type { CliIo } from "./cliIo";
import type { CliLang, cliText } from "./messages";

/** How many history warnings are printed before "… and N more". */
const MAX_WARNINGS = 20;

export function printSalesSummary(
  io: CliIo,
  t: ReturnType<typeof cliText>,
  file: string,
  meta: SalesImportMeta,
  skipBad: boolean,
): void {
  if (skipBad && meta.rejectedRows > 0) {
    io.stderr(`${t("skipped", { file, lines: meta.rejectedRows, units: meta.rejectedUnits })}\n`);
  }
  for (const key of ["keyedByTitle", "keyedBySkuId"] as const) {
    const k = meta[key];
    if (k.lines > 0) io.stderr(`${t(key, { file, lines: k.lines, units: k.units, keys: k.keys })}\n`);
  }
  if (meta.currencies.length === 1) io.stderr(`${t("currency", { file, currencies: meta.currencies[0] })}\n`);
  if (meta.currencies.length > 1) {
    io.stderr(`${t("mixedCurrencies", { file, currencies: meta.currencies.join(", ") })}\n`);
  }
  // Amazon's UTC stamps: which zone decided each order's date (a wrong one shifts evening orders)
  if (meta.timeZones.length > 0) io.stderr(`${t("timeZone", { file, zones: meta.timeZones.join(", ") })}\n`);
}

export function printHistoryWarnings(
  io: CliIo,
  t: ReturnType<typeof cliText>,
  lang: CliLang,
  warnings: readonly HistoryWarning[],
): void {
  for (const w of warnings.slice(0, MAX_WARNINGS)) {
    io.stderr(`${t("warning", { message: lang === "zh" ? w.messageZh : w.message })}\n`);
  }
  if (warnings.length > MAX_WARNINGS) {
    io.stderr(
      `${t("moreIssues", { file: "", count: warnings.length - MAX_WARNINGS }).replace(/^[:：]\s*/, "")}\n`,
    );
  }
}
