import { Field, Input, Select } from "@fluentui/react-components";
import { PROMO_EVENT_IDS, type PromoEventId } from "../../compute/promoCalendar";
import { useI18n } from "../../i18n";
import { Explain, type ExplainProps } from "../../components/Explain";
import { Summary, type Metric } from "../../components/Summary";
import { Details } from "../../components/Details";
import { Blocked } from "../../components/Blocked";
import type { DateField } from "../../useWizard";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

const DATE_FIELDS: readonly DateField[] = ["registrationDeadline", "inboundCutoff", "promoStart", "promoEnd"];
/** The seed's rule: plan the first leg at least 30 days before the inbound cutoff. */
const FIRST_LEG_DAYS = 30;

/** Step 1: which promotion, its deadlines and window; latest ship-by and PO dates per mode. */
export function Step1Promo({ wizard, today }: StepProps) {
  const { t, date, num } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, today);
  const leadSource = t(s.lead.source === "master" ? "leadFromMaster" : "leadFromDefault");
  const metrics: Metric[] = [];
  if (s.daysToCutoff !== null) {
    metrics.push({
      id: "daysToCutoff",
      label: t("m_daysToCutoff"),
      value: num(s.daysToCutoff),
      note: date(s.promo.inboundCutoff),
      tone: s.daysToCutoff < 0 ? "danger" : s.daysToCutoff < FIRST_LEG_DAYS ? "warning" : undefined,
    });
    for (const d of s.dates) {
      const first = s.firstPo[d.mode];
      metrics.push(
        first
          ? {
              id: `poBy-${d.mode}`,
              label: t("m_firstPoMode", { mode: t(`mode_${d.mode}`) }),
              value: date(first),
              note: t("m_firstPoNote", { poBy: date(d.poBy) }),
              tone: first < today ? "danger" : undefined,
            }
          : {
              id: `poBy-${d.mode}`,
              label: t("m_poBy", { mode: t(`mode_${d.mode}`) }),
              value: date(d.poBy),
              note: t("m_poByNote", { shipBy: date(d.shipBy) }),
              tone: d.poBy < today ? "danger" : undefined,
            },
      );
    }
  }
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
            lead: num(s.lead.longest),
          }),
  }));
  if (s.daysToCutoff !== null) {
    lines.unshift({
      id: "cutoff",
      tone: s.daysToCutoff < FIRST_LEG_DAYS ? "warning" : undefined,
      text: t(s.daysToCutoff < FIRST_LEG_DAYS ? "cutoffTooClose" : "daysToCutoff", {
        days: num(s.daysToCutoff),
      }),
    });
  }
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {s.blocker && <Blocked blocker={s.blocker} />}
        {s.dates.length > 0 && (
          <p className={base.muted}>{t("m_leadNote", { lead: num(s.lead.longest), source: leadSource })}</p>
        )}
      </Summary>
      <Field label={t("eventLabel")} hint={t("eventHint")}>
        <Select
          className={base.select}
          select={{ className: base.select }}
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
              hint={p || !s.promo[f] ? undefined : date(s.promo[f])}
            >
              {/* a text field, not type="date": Chromium's date input is four tab stops (month, day,
                  year, picker) and shows the OS's date order; the hint shows the date in words */}
              <Input
                className={base.input}
                placeholder="YYYY-MM-DD"
                inputMode="numeric"
                value={s.promo[f]}
                data-testid={f}
                onChange={(_, d) => s.setDate(f, d.value)}
              />
            </Field>
          );
        })}
      </div>
      {lines.length > 0 && (
        <Details id="step1-modes" title={t("shipDatesTitle")}>
          <Explain title={t("shipDatesTitle")} lines={lines} />
        </Details>
      )}
    </div>
  );
}
