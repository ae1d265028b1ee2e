import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Textarea,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import { ActualVsForecastChart } from "../../components/ActualVsForecastChart";
import { Explain } from "../../components/Explain";
import { FilePicker } from "../../components/FilePicker";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

/** Step 6: build/rebuild the plan sheet; actuals vs forecast, batch resize, warnings. */
export function Step6Execute({ wizard, host, today }: StepProps) {
  const { t, num, pct, locale } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, host, today);
  const r = s.result;
  return (
    <div className={base.root}>
      <h3 className={styles.h3}>{t("buildTitle")}</h3>
      {s.blockedSteps.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("buildBlocked", { steps: s.blockedSteps.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("buyerName")} hint={t("buyerNameHint")}>
        <Input value={s.buyerName} onChange={(_, d) => s.setBuyerName(d.value)} data-testid="buyer-name" />
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!s.canBuild}
          onClick={() => void s.build()}
          data-testid="build"
        >
          {t(s.lastBuild ? "rebuildPlan" : "buildPlan")}
        </Button>
        {s.status.kind === "running" && (
          <Button onClick={s.cancel} data-testid="cancel">
            {t("cancel")}
          </Button>
        )}
      </div>
      {s.status.kind === "running" && (
        <Field label={t("buildProgress")} validationState="none">
          <ProgressBar value={s.status.fraction} max={1} aria-label={t("buildProgress")} />
        </Field>
      )}
      {s.status.kind === "done" && (
        <MessageBar intent="success" data-testid="build-result">
          <MessageBarBody>
            {s.status.outcome.changed
              ? t("buildDone", {
                  sheets: [...s.status.outcome.created, ...s.status.outcome.replaced].join(
                    locale === "zh-CN" ? "、" : ", ",
                  ),
                  added: num(s.status.outcome.rowsAdded),
                  removed: num(s.status.outcome.rowsRemoved),
                  edits: num(s.status.outcome.editsKept),
                })
              : t("buildUnchanged")}
          </MessageBarBody>
        </MessageBar>
      )}
      {s.status.kind === "cancelled" && (
        <MessageBar intent="warning" data-testid="build-result">
          <MessageBarBody>{t("buildCancelled", { kept: s.status.kept })}</MessageBarBody>
        </MessageBar>
      )}
      {s.status.kind === "failed" && (
        <MessageBar intent="error" data-testid="build-result">
          <MessageBarBody>{t("buildFailed", { reason: s.status.reason })}</MessageBarBody>
        </MessageBar>
      )}
      {s.saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{t("stateSaveFailed", { reason: s.saveError })}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={t("actualsLabel")}
        validationState={s.badLines.length > 0 ? "error" : "none"}
        validationMessage={
          s.badLines.length > 0
            ? t("actualsBadLines", { lines: s.badLines.slice(0, 5).join(", ") })
            : undefined
        }
      >
        <Textarea
          value={s.actualsText}
          onChange={(_, d) => s.setActuals(d.value)}
          resize="vertical"
          data-testid="actuals"
        />
      </Field>
      <FilePicker
        label={t("actualsFile")}
        buttonText={t("chooseFile")}
        noFileText={t("noFile")}
        accept=".csv,.tsv,.txt,text/csv"
        testId="actuals-file"
        onFile={(file) => void s.importActuals(file)}
      />
      {s.importError && (
        <MessageBar intent="error">
          <MessageBarBody>{t(s.importError.key, s.importError.params)}</MessageBarBody>
        </MessageBar>
      )}
      {r ? (
        <>
          <ActualVsForecastChart
            title={t("chartTitle")}
            forecastLabel={t("chartForecast")}
            actualLabel={t("chartActual")}
            days={r.days}
            formatNumber={(n) => num(n)}
          />
          <Explain
            title={t("resizeTitle")}
            lines={[
              {
                id: "ratio",
                text: r.ratio === null ? t("noActuals") : t("ratioLine", { pct: pct(r.ratio) }),
              },
              ...r.resized.map((b) => ({
                id: b.mode,
                text: t("resizeLine", {
                  mode: t(`mode_${b.mode}`),
                  planned: num(b.planned),
                  suggested: num(b.suggested),
                }),
              })),
              ...(r.stockOutRisk
                ? [{ id: "stockout", tone: "warning" as const, text: t("warnStockOut") }]
                : []),
              ...(r.longTermStorageRisk
                ? [
                    {
                      id: "longterm",
                      tone: "warning" as const,
                      text: t("warnLongTerm", {
                        days: Number.isFinite(r.leftoverDays) ? num(r.leftoverDays) : "∞",
                      }),
                    },
                  ]
                : []),
              ...(!r.stockOutRisk && !r.longTermStorageRisk ? [{ id: "ok", text: t("noWarnings") }] : []),
            ]}
          />
        </>
      ) : (
        <p className={base.muted}>{t("needHistory")}</p>
      )}
    </div>
  );
}
