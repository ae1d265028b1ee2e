import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useI18n, type MessageKey } from "../i18n";
import type { Problem } from "../useWizard";

export interface NumberFieldProps {
  /** Message key of the label; also the input's test id. */
  label: MessageKey;
  value: string;
  onChange(value: string): void;
  problem?: Problem | null;
  /** Secondary text under the field when it is valid. */
  hint?: string;
  /** The value was read back from the plan sheet (a colleague typed it there): say so. */
  fromSheet?: boolean;
}

// width 100 % and no min-width: Fluent inputs otherwise overflow a narrow pane
const useStyles = makeStyles({ input: { width: "100%", minWidth: 0, boxSizing: "border-box" } });

/** A numeric input in a Fluent Field: label, live validation reason, hint. */
export function NumberField({ label, value, onChange, problem, hint, fromSheet }: NumberFieldProps) {
  const { t, num } = useI18n();
  const styles = useStyles();
  // a limit reads as the buyer's numbers do: "at most 100,000", not "at most 100000"
  const params = problem?.params
    ? Object.fromEntries(
        Object.entries(problem.params).map(([k, v]) => [k, typeof v === "number" ? num(v, 4) : v]),
      )
    : undefined;
  return (
    <Field
      label={t(label)}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? t(problem.key, params) : undefined}
      hint={
        problem
          ? undefined
          : [fromSheet ? t("fromSheet") : "", hint ?? ""].filter(Boolean).join(" · ") || undefined
      }
    >
      <Input
        className={styles.input}
        inputMode="decimal"
        value={value}
        data-testid={label}
        onChange={(_, d) => onChange(d.value)}
      />
    </Field>
  );
}
