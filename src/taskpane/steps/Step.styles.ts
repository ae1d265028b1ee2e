import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by all steps: one column that fits a ~320 px pane. */
export const useStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "flex-end" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // a numeric column's heading: right-aligned like its numbers, but free to wrap in a narrow pane
  numHead: { textAlign: "right" },
  // a Select as wide as the pane, never wider: a native select is otherwise as wide as its
  // longest option ("Prime Day (2nd Tuesday of July)"), which overflows at 200 % zoom
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  /** Inputs and text areas: Fluent gives them a min-width that overflows a 175 px pane. */
  input: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
