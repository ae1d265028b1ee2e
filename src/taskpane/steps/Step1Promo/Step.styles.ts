import { makeStyles } from "@fluentui/react-components";

export const useStyles = makeStyles({
  dates: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", columnGap: "8px" },
});
