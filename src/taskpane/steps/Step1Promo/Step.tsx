import { Field, Input, Select } from "@fluentui/react-components";
import { PROMO_EVENT_IDS, type PromoEventId } from "../../compute/promoCalendar";
import { useI18n } from "../../i18n";
import { Explain, type ExplainProps } from "../../components/Explain";
import type { DateField } from "../../useWizard";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const DATE_FIELDS: readonly DateField[] = ["registrationDeadline", "inboundCutoff", "promoStart", "promoEnd"];

/** Step 1: which promotion, its deadlines and window; latest ship-by and PO dates per mode. */
export function Step1Promo({ wizard, today }: StepProps) {
  const { t, date, num } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, today);
  const lines: ExplainProps["lines"][number][] = s.dates.map((d) => ({
    id: d.mode as string,
    tone: d.poBy < today ? ("warning" as const) : undefined,
    text:
      d.poBy < today
        ? t("shipByLate", { mode: t(`mode_${d.mode}`), poBy: date(d.poBy) })
        : t("shipByLine", { mode: t(`mode_${d.mode}`), shipBy: date(d.shipBy), poBy: date(d.poBy) }) +
          t("sentenceEnd") +
          t("shipByExplain", {
            buffer: num(d.bufferDays),
            transit: num(d.transitDays),
            lead: num(s.leadDays),
          }),
  }));
  if (s.daysToCutoff !== null) {
    lines.unshift({
      id: "cutoff",
      tone: s.daysToCutoff < 30 ? "warning" : undefined,
      text: t(s.daysToCutoff < 30 ? "cutoffTooClose" : "daysToCutoff", { days: num(s.daysToCutoff) }),
    });
  }
  return (
    <div className={base.root}>
      <Field label={t("eventLabel")} hint={t("eventHint")}>
        <Select
          value={s.promo.event}
          onChange={(_, d) => s.setEvent(d.value as PromoEventId)}
          data-testid="event"
        >
          {PROMO_EVENT_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`event_${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.dates}>
        {DATE_FIELDS.map((f) => {
          const p = s.problems[f];
          return (
            <Field
              key={f}
              label={t(f)}
              validationState={p ? "error" : "none"}
              validationMessage={p ? t(p.key, p.params) : undefined}
            >
              <Input
                type="date"
                value={s.promo[f]}
                data-testid={f}
                onChange={(_, d) => s.setDate(f, d.value)}
              />
            </Field>
          );
        })}
      </div>
      {lines.length > 0 && <Explain title={t("shipDatesTitle")} lines={lines} />}
    </div>
  );
}
