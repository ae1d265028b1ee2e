/**
 * Everything the Office.js writer can tell a buyer, in en-US and zh-CN. The pane shows
 * `error.messages[locale]` (see `WorkbookError`); placeholders are `{name}`.
 */
import { fillMessage, type Locale } from "../core";
export type ExcelMessageCode =
  | "newerState"
  | "corruptState"
  | "cancelled"
  | "writeFailed"
  | "swapFailed"
  | "concurrentEdit"
  | "nameTaken"
  | "invalidModel";

export const EXCEL_MESSAGES: Readonly<Record<ExcelMessageCode, Readonly<Record<Locale, string>>>> = {
  newerState: {
    "en-US":
      "This workbook's plan was saved by a newer StockUp (state version {found}; this version reads up to {supported}). Update StockUp before rebuilding; nothing was changed.",
    "zh-CN":
      "此工作簿中的备货计划由更新版本的 StockUp 保存（状态版本 {found}，当前版本最高支持 {supported}）。请先更新 StockUp 再重建；工作簿未做任何修改。",
  },
  corruptState: {
    "en-US": "The saved StockUp plan state in this workbook cannot be read ({detail}). Nothing was changed.",
    "zh-CN": "无法读取此工作簿中保存的 StockUp 计划状态（{detail}）。工作簿未做任何修改。",
  },
  cancelled: {
    "en-US": "The plan build was cancelled. The workbook is as it was before.",
    "zh-CN": "已取消生成计划。工作簿保持原样。",
  },
  writeFailed: {
    "en-US": "Excel refused part of the plan ({detail}). The workbook is as it was before.",
    "zh-CN": "Excel 拒绝写入部分计划（{detail}）。工作簿保持原样。",
  },
  swapFailed: {
    "en-US":
      "Excel failed while putting the new plan in place ({detail}). Kept: {kept}. Run the build again to finish; your inputs are safe.",
    "zh-CN":
      "Excel 在替换为新计划时出错（{detail}）。已保留：{kept}。请重新生成以完成；您输入的数据不会丢失。",
  },
  concurrentEdit: {
    "en-US":
      "A colleague changed plan inputs while the plan was being built ({count} cells). The workbook is as it was; build again to include their edits.",
    "zh-CN":
      "生成计划期间同事修改了计划输入（{count} 个单元格）。工作簿保持原样；请重新生成以包含他们的修改。",
  },
  nameTaken: {
    "en-US":
      "The name {name} is already used by something StockUp did not create. Rename it and build again.",
    "zh-CN": "名称 {name} 已被非 StockUp 创建的对象占用。请重命名后重新生成。",
  },
  invalidModel: {
    "en-US": "The plan cannot be written: {detail}.",
    "zh-CN": "无法写入计划：{detail}。",
  },
};

/**
 * Fills a message's placeholders.
 * @example
 * formatExcelMessage("cancelled", "zh-CN") // => "已取消生成计划。工作簿保持原样。"
 */
export function formatExcelMessage(
  code: ExcelMessageCode,
  locale: Locale,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fillMessage(EXCEL_MESSAGES[code][locale], params);
}
