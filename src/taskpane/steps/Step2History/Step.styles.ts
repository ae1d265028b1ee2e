import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  rejected: {
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  cells: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  // input, Fix and Skip on one baseline, the buttons the same width in every row
  fixRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
  },
  fixButton: { minWidth: "64px" },
  file: { fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
});
