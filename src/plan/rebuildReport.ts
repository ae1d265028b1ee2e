/*
 * What a rebuild tells the buyer: which edits it kept (named as the sheet names them: "Service
 * level 97.0 %", "On hand of SKU-X 120"), which inputs it could not find and why, and which plan
 * sheets it found under a new name. Data for the pane and the CLI, with ready lines in en-US and
 * zh-CN. Pure: both writers call it after the build.
 */
import { fillMessage, type Locale } from "../core";
import { keptEdits, keptEditText, type KeptEdit } from "./keptEdits";
import type { LostInput, LostReason } from "./locateInputs";
import type { ReadOverrides } from "./readOverrides";
import type { PlanModel } from "./types";

/** Inputs that could not be found for the same reason and subject. */
export interface NotFoundGroup {
  reason: LostReason;
  /** The defined name, column header, table, sheet, or the SKU/date of a deleted row. */
  subject: string;
  /** How many inputs. */
  count: number;
  /** How many of them kept the edit remembered from the last build. */
  remembered: number;
}

export interface RebuildReport {
  kept: KeptEdit[];
  notFound: NotFoundGroup[];
  /** Plan sheets found under a name the buyer gave them: `from` (the name now) → `to` (rebuilt as). */
  renamedSheets: { from: string; to: string }[];
  /** Notes on inputs carried along, and notes on other plan cells that could not be (CLI). */
  notes: { kept: number; notKept: number };
  /** The report as lines a buyer reads, in both languages (the kept edits first, when any). */
  lines: Record<Locale, string[]>;
  /** The same lines without the kept-edits one: what could not be found, renamed sheets, notes. */
  notices: Record<Locale, string[]>;
}

/** How many kept edits a line lists before "and N more". */
const LISTED = 12;

/** Lost inputs grouped by reason and subject, in first-seen order. */
export function notFoundGroups(lost: readonly LostInput[]): NotFoundGroup[] {
  const groups = new Map<string, NotFoundGroup>();
  for (const l of lost) {
    const id = `${l.reason}\u0000${l.subject}`;
    const g = groups.get(id) ?? { reason: l.reason, subject: l.subject, count: 0, remembered: 0 };
    g.count++;
    if (l.remembered) g.remembered++;
    groups.set(id, g);
  }
  return [...groups.values()];
}

const WHY: Record<LostReason, Record<Locale, string>> = {
  name: {
    "en-US": "the input named {s} (its cell was deleted, or the name was)",
    "zh-CN": "名为 {s} 的输入项（其单元格或名称已被删除）",
  },
  table: {
    "en-US": "the inputs of table {s} (the table was deleted or converted to a range)",
    "zh-CN": "表格 {s} 中的输入项（表格已被删除或转换为普通区域）",
  },
  column: {
    "en-US": 'the column "{s}" (renamed or deleted)',
    "zh-CN": "“{s}”列（已被重命名或删除）",
  },
  keyColumn: {
    "en-US": 'the rows of column "{s}" (the column that names each row was renamed or deleted)',
    "zh-CN": "以“{s}”列标识的各行（该列已被重命名或删除）",
  },
  sheet: {
    "en-US": "the inputs on sheet {s} (the sheet was deleted)",
    "zh-CN": "工作表 {s} 上的输入项（工作表已被删除）",
  },
  row: {
    "en-US": "the edits in the deleted row {s}",
    "zh-CN": "已删除行 {s} 中的修改",
  },
};

/**
 * The rebuild report: kept edits, inputs not found, renamed plan sheets, and the lines to show.
 * @example
 * rebuildReport(model, { inputs: { ServiceLevel: 0.97 }, table: { "SKU-X": { onHand: 120 } } }, [], new Map())
 *   .lines["en-US"][0]
 * // => "Kept 2 of your edits: Service level 97 %, On hand of SKU-X 120."
 */
export function rebuildReport(
  model: PlanModel,
  overrides: ReadOverrides,
  lost: readonly LostInput[],
  renamed: ReadonlyMap<string, string>,
  notes: { kept: number; notKept: number } = { kept: 0, notKept: 0 },
): RebuildReport {
  const kept = keptEdits(model, overrides);
  const keptZh = keptEdits(model, overrides, "zh-CN");
  const notFound = notFoundGroups(lost);
  const modelSheets = new Set(model.sheets.map((s) => s.name));
  // (the model has the buyer's names for the sheets renamed: `withSheetNames`)
  const renamedSheets = [...renamed]
    .filter(([stored, now]) => modelSheets.has(now) || modelSheets.has(stored))
    .map(([stored, now]) => ({ from: now, to: modelSheets.has(now) ? now : stored }));
  const en: string[] = [];
  const zh: string[] = [];
  if (kept.length > 0) {
    const more = kept.length - LISTED;
    const item = (e: KeptEdit, zhText: boolean) => keptEditText(e, zhText ? "zh-CN" : "en-US");
    en.push(
      `Kept ${kept.length} of your edits: ${kept
        .slice(0, LISTED)
        .map((e) => item(e, false))
        .join(", ")}${more > 0 ? ` and ${more} more` : ""}.`,
    );
    zh.push(
      `已保留您的 ${kept.length} 处修改：${keptZh
        .slice(0, LISTED)
        .map((e) => item(e, true))
        .join("、")}${more > 0 ? ` 等（另有 ${more} 处）` : ""}。`,
    );
  }
  for (const g of notFound) {
    const whatEn = fillMessage(WHY[g.reason]["en-US"], { s: g.subject });
    const whatZh = fillMessage(WHY[g.reason]["zh-CN"], { s: g.subject });
    if (g.reason === "row") {
      en.push(`Not kept: ${whatEn}.`);
      zh.push(`未保留：${whatZh}。`);
      continue;
    }
    const keptEn =
      g.remembered > 0
        ? ` ${g.remembered} edit(s) kept as they were at the last build; changes made since could not be read.`
        : " Any change you made there could not be read; the plan uses StockUp's values.";
    const keptZh =
      g.remembered > 0
        ? `已按上次生成时的值保留 ${g.remembered} 处修改；之后的改动无法读取。`
        : "您在其中的改动无法读取；计划使用 StockUp 的数值。";
    en.push(`Could not find ${whatEn}: ${g.count} input(s).${keptEn}`);
    zh.push(`找不到${whatZh}：共 ${g.count} 个输入项。${keptZh}`);
  }
  for (const r of renamedSheets) {
    if (r.to === r.from) {
      en.push(
        `Found the plan sheet you renamed "${r.from}" and rebuilt it under your name; your edits on it are kept.`,
      );
      zh.push(`已找到您重命名为“${r.from}”的计划工作表，并沿用您的名称重新生成；其中的修改已保留。`);
      continue;
    }
    en.push(
      `Found the plan sheet you renamed "${r.from}" and rebuilt it as "${r.to}"; your edits on it are kept.`,
    );
    zh.push(`已找到您重命名为“${r.from}”的计划工作表，并以“${r.to}”重新生成；其中的修改已保留。`);
  }
  if (notes.kept > 0) {
    en.push(`Kept ${notes.kept} note(s) on inputs with their inputs.`);
    zh.push(`已保留输入项上的 ${notes.kept} 条批注（随输入项一起保留）。`);
  }
  if (notes.notKept > 0) {
    en.push(
      `Could not keep ${notes.notKept} note(s) on plan cells that are not inputs: the plan rewrites those cells. Put notes on inputs or on a sheet of your own.`,
    );
    zh.push(
      `无法保留计划中非输入单元格上的 ${notes.notKept} 条批注：这些单元格会被重新生成。请把批注放在输入项或您自己的工作表上。`,
    );
  }
  const skip = kept.length > 0 ? 1 : 0;
  return {
    kept,
    notFound,
    renamedSheets,
    notes,
    lines: { "en-US": en, "zh-CN": zh },
    notices: { "en-US": en.slice(skip), "zh-CN": zh.slice(skip) },
  };
}
