import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  group: {
    display: "grid",
    // min(…, 100%): one column when the pane is narrower than one field (200 % zoom)
    gridTemplateColumns: "repeat(auto-fill, minmax(min(200px, 100%), 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: "none", margin: 0, padding: 0 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
});
