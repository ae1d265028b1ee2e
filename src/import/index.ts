/**
 * Public API of the importers (pure: no Office, DOM or Node imports; text or bytes in).
 * The .xlsx readers live in `./xlsx` and are not re-exported here, so the task pane bundle does
 * not pull in exceljs; the CLI imports `src/import/xlsx` (`importSalesFile`, `importSkusFile`).
 *
 * Standard files (the bundled sample data and the CLI use exactly these headers):
 *   sales  `date,sku,units,promo,price`
 *   SKUs   `sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,battery,liquid,magnetic,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel`
 * Also recognised from the header (`SALES_FORMATS`, readers in ./formats/): Amazon All Orders,
 * Orders, Fulfilled Shipments, FBA Customer Shipment Sales and Business Report; TikTok Shop
 * (en/zh/ja); Shopify; Etsy Sold Order Items; WooCommerce; Shopee; Lazada; Chinese and English
 * column aliases of the generic file, a few title lines above the header.
 *
 * Every importer returns `{ rows, issues, meta }` and never throws on bad content:
 *   const sales = importSales(bytes, { asOf: "2024-11-30" });
 *   const skus = importSkus(skuBytes);
 *   const issues = [...sales.issues, ...skus.issues, ...findUnknownSkus(sales.rows, skus.rows)];
 *   // show issues (issue.message / issue.messageZh, or formatIssueMessage(issue.code, issue, lang)
 *   //   + formatIssueLocation(issue, lang) for the order, product and editor line of a bad row);
 *   // rows with an `error` issue were left out, the buyer fixes the file or accepts the skip.
 *   const series = toDailySeries(sales.rows); // → forecastPromo input; origin = series.lastObserved
 *   const warnings = historyWarnings({ series, planDate, promoStart, promoEnd, skus: skus.rows });
 * Writers must write `meta.formulaLikeCells` (and any imported text) as text, never as formulas.
 */
// sales history
export { importSales, createSalesSink } from "./importSales";
export type {
  SalesRow,
  SalesImportOptions,
  SalesImportMeta,
  SalesImportResult,
  SalesSink,
} from "./importSales";
export { detectSalesFormat, SALES_ALIASES } from "./salesFormats";
export type { SalesFormat, FormatOptions } from "./salesFormats";
export type { SalesLineNotes, KeyedLines } from "./salesLineBook";
export { toCompactDailySeries, toDailySeries } from "./toDailySeries";
export { SalesHistory, salesHistoryOf } from "./salesHistory";
export type { SalesInput, SkuHistory } from "./salesHistory";
export type { CompactDailySeries, DailySeries, DailySeriesOptions, UnobservedPeriod } from "./toDailySeries";
export { historyWarnings, formatHistoryWarning, HISTORY_WARNING_MESSAGES } from "./historyWarnings";
export type { HistoryWarning, HistoryWarningCode, HistoryWarningInput } from "./historyWarnings";
// SKU master
export { importSkus, createSkuSink, SKU_ALIASES } from "./importSkus";
export type { SkuRow, SkuImportMeta, SkuSink, Channel } from "./importSkus";
export { parseChannel } from "./importSkus";
export { findUnknownSkus } from "./checkSkus";
// shared
export { ISSUE_MESSAGES, FORMAT_LABELS, formatIssueMessage, formatIssueLocation } from "./messages";
export type { MessageParams, IssueLocation } from "./messages";
export { isFormulaLike } from "./formulaText";
export { decodeText } from "./decode";
export { sniffFile } from "./sniffFile";
export type { FileKind } from "./sniffFile";
export { detectDelimiter } from "./detectDelimiter";
export { parseNumber } from "./parseNumber";
export { readDateToken, decideDateOrder, excelSerialToIso } from "./parseDate";
export type * from "./types";
