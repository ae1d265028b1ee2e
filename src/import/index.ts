/**
 * Public API of the importers (pure: no Office, DOM or Node imports; text or bytes in).
 * The .xlsx readers live in `./xlsx` and are not re-exported here, so the task pane bundle does
 * not pull in exceljs; the CLI imports `src/import/xlsx` directly.
 */
// sales history
export { importSales, createSalesSink } from "./importSales";
export type { SalesRow, SalesImportOptions, SalesImportMeta, SalesSink } from "./importSales";
export { detectSalesFormat, SALES_ALIASES } from "./salesFormats";
export type { SalesFormat } from "./salesFormats";
export { toDailySeries } from "./toDailySeries";
export type { DailySeries, DailySeriesOptions } from "./toDailySeries";
// SKU master
export { importSkus, createSkuSink, SKU_ALIASES } from "./importSkus";
export type { SkuRow, SkuImportMeta, SkuSink, Channel } from "./importSkus";
export { findUnknownSkus } from "./checkSkus";
// shared
export { ISSUE_MESSAGES, formatIssueMessage } from "./messages";
export type { MessageParams } from "./messages";
export { isFormulaLike } from "./formulaText";
export { decodeText } from "./decode";
export { sniffFile } from "./sniffFile";
export type { FileKind } from "./sniffFile";
export { detectDelimiter } from "./detectDelimiter";
export { parseNumber } from "./parseNumber";
export { readDateToken, decideDateOrder, excelSerialToIso } from "./parseDate";
export type * from "./types";
