import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  used: { fontWeight: tokens.fontWeightSemibold },
});
