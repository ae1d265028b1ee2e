import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  file: { fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
  h3: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
});
