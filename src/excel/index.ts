/**
 * The Office.js side of StockUp: writes a PlanModel into the open workbook and keeps the plan
 * state there. The task pane calls these; nothing here imports React.
 */
// writing the plan
export { writePlan, STAGING_SHEET_PREFIX, STAGING_STATE_SHEET, WRITER_REQUIREMENT } from "./writePlan";
export type { PlanBuilder, WritePlanOptions, WritePlanProgress, WritePlanReport } from "./writePlan";
// plan state stored in the workbook
export {
  loadPlanState,
  savePlanState,
  STATE_SHEET_NAME,
  LEGACY_STATE_SHEET_NAME,
  WORKBOOK_STATE_VERSION,
  upgradeWorkbookState,
  decodeWorkbookState,
  encodeWorkbookState,
} from "./planState";
export type { WorkbookPlanState, StoredTable } from "./planState";
// buyer edits in the plan's named inputs, read without building (the pane on open)
export { readNamedInputEdits } from "./namedInputs";
// errors and messages (en-US + zh-CN)
export { WorkbookError } from "./workbookError";
export type { KeptReport } from "./workbookError";
export { EXCEL_MESSAGES, formatExcelMessage } from "./messages";
export type { ExcelMessageCode } from "./messages";
// targets and limits
export type { ExcelRun, ExcelTarget } from "./excelTarget";
export { DEFAULT_MAX_REQUEST_BYTES } from "./payload";
