import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

export interface Metric {
  id: string;
  label: string;
  value: string;
  /** A short line under the value: where it comes from or what it means. */
  note?: string;
  tone?: "warning" | "danger" | "good";
}

export interface SummaryProps {
  /** Heading read by screen readers and shown small above the numbers. */
  title: string;
  metrics: readonly Metric[];
  /** Messages under the numbers (warnings, why something is missing). */
  children?: ReactNode;
  testId?: string;
}

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  grid: {
    display: "grid",
    // two columns in a 320 px pane, one at 200 % zoom
    gridTemplateColumns: "repeat(auto-fit, minmax(min(128px, 100%), 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
  },
  metric: { margin: 0, minWidth: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  note: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, margin: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1 },
  good: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * The card at the top of a step: the few numbers the buyer decides on, large, with a note each;
 * warnings and reasons below them. The per-SKU detail lives further down, folded.
 */
export function Summary({ title, metrics, children, testId }: SummaryProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.root} aria-labelledby={id} data-testid={testId ?? "summary"}>
      <h3 id={id} className={styles.title}>
        {title}
      </h3>
      {metrics.length > 0 && (
        <dl className={styles.grid}>
          {metrics.map((m) => (
            <div key={m.id} className={styles.metric} data-metric={m.id}>
              <dt className={styles.label}>{m.label}</dt>
              <dd className={mergeClasses(styles.value, m.tone && styles[m.tone])}>{m.value}</dd>
              {m.note && <dd className={styles.note}>{m.note}</dd>}
            </div>
          ))}
        </dl>
      )}
      {children}
    </section>
  );
}
