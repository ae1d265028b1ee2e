import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStepStyles } from "../steps/Step.styles";

const useStyles = makeStyles({
  // the table scrolls inside its own box at 200 % zoom instead of widening the whole pane;
  // focusable so a keyboard user can scroll it (WCAG 2.1.1, axe scrollable-region-focusable)
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** A data table labelled `label`, in a keyboard-scrollable box when wider than the pane. */
export function ScrollTable({
  label,
  caption,
  children,
}: {
  label: string;
  caption?: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  const base = useStepStyles();
  return (
    <div className={styles.scroll} role="group" aria-label={label} tabIndex={0}>
      <table className={base.table} aria-label={label}>
        {caption}
        {children}
      </table>
    </div>
  );
}
