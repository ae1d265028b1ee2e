import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  headerText: { minWidth: 0, flexGrow: 1 },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  language: { minWidth: "96px", maxWidth: "120px" },
  // wrap instead of scrolling: a scroll container clips the focus ring, and at 200 % zoom the
  // six tabs take two rows rather than hiding some
  tabs: { flexWrap: "wrap", padding: "2px" },
  // icon above its label: six tabs fit one row of a 320 px pane
  tab: {
    minWidth: "0",
    flexGrow: 1,
    flexBasis: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: "2px",
    paddingLeft: "2px",
    paddingRight: "2px",
    fontSize: tokens.fontSizeBase200,
  },
  tabBad: { color: tokens.colorPaletteRedForeground1 },
  stepHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  stepOf: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // min-width 0: Fluent buttons are 96 px wide at least, two of them overflow 175 px (200 % zoom)
  navButton: { minWidth: 0, flexGrow: 1, maxWidth: "160px" },
  nav: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    justifyContent: "space-between",
    position: "sticky",
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  lastBuild: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    flexBasis: "100%",
  },
});
