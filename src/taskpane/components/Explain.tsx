import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface ExplainProps {
  /** Heading of the computed block. */
  title: string;
  /** One line per number: what it is and how it was computed. */
  lines: readonly { id: string; text: ReactNode; tone?: "warning" | "normal" }[];
}

const useStyles = makeStyles({
  root: {
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  line: { fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

/** "What was computed": a titled list, one number explained per line. */
export function Explain({ title, lines }: ExplainProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <ul className={styles.list}>
        {lines.map((l) => (
          <li key={l.id} className={l.tone === "warning" ? `${styles.line} ${styles.warning}` : styles.line}>
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
