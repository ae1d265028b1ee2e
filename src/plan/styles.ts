/**
 * How plan cells look: the style roles cells carry and the one table of fonts and fills both
 * writers render them with (Office.js in src/excel, exceljs in src/cli).
 */

/** Visual roles. Writers map them to fonts/fills with `PLAN_STYLES`. */
export type StyleKey =
  | "title"
  | "section"
  | "header"
  | "label"
  | "input"
  | "computed"
  | "value"
  | "warning"
  | "note"
  | "late"
  | "risk"
  | "overstock";

/** How a writer renders a style key (ARGB colours without '#'). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fillColor?: string;
  /** Thin border around the cell. */
  border?: boolean;
}

/** The one place colours live, so both writers render the same sheet. */
export const PLAN_STYLES: Readonly<Record<StyleKey, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "FF1F3864" },
  section: { bold: true, fontSize: 12, fontColor: "FFFFFFFF", fillColor: "FF2F5597" },
  header: { bold: true, fillColor: "FFD9E1F2", border: true },
  label: {},
  // inputs are the cells a buyer types in: the classic light-yellow "input" fill
  input: { fillColor: "FFFFF2CC", fontColor: "FF1F3864", border: true },
  computed: { fontColor: "FF000000" },
  value: { fontColor: "FF404040" },
  warning: { bold: true, fontColor: "FF9C0006", fillColor: "FFFFC7CE" },
  note: { italic: true, fontColor: "FF7F7F7F" },
  late: { fontColor: "FF9C0006", fillColor: "FFFFC7CE" },
  // orange, not the inputs' yellow: a risk must not look like a cell to type in
  risk: { fontColor: "FF833C0B", fillColor: "FFF8CBAD" },
  overstock: { fontColor: "FF1F4E79", fillColor: "FFDDEBF7" },
};
