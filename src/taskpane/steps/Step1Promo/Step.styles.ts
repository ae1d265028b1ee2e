import { makeStyles } from "@fluentui/react-components";

export const useStyles = makeStyles({
  dates: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(140px, 100%), 1fr))",
    columnGap: "8px",
  },
});
