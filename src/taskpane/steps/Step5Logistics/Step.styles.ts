import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  group: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: "none", margin: 0, padding: 0 },
});
