import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  method: { color: tokens.colorNeutralForeground3 },
});
