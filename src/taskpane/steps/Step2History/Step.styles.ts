import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  rejected: {
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  fixRow: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-end", flexWrap: "wrap" },
  fixInput: { width: "120px" },
  file: { fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
});
