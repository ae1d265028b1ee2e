import { excelSerialToIso } from "../../../core";
import { Button, Field, Input, ProgressBar, Select, Textarea } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { useI18n } from "../../i18n";
import { economics } from "../../compute/economics";
import { Summary, type Metric } from "../../components/Summary";
import { Blocked } from "../../components/Blocked";
import { Warnings } from "../../components/Warnings";
import { blockerFor } from "../../useWizard";
import { ActualVsForecastChart } from "../../components/ActualVsForecastChart";
import { Explain } from "../../components/Explain";
import { FilePicker } from "../../components/FilePicker";
import type { StepProps } from "../types";
import { useStepStyles } from "../Step.styles";
import { useStyles } from "./Step.styles";
import { useStep } from "./useStep";

/** Step 6: build/rebuild the plan sheet; actuals vs forecast, batch resize, warnings. */
export function Step6Execute({ wizard, host, today, goTo }: StepProps) {
  const { t, num, pct, money, date, shortDate, list } = useI18n();
  const base = useStepStyles();
  const styles = useStyles();
  const s = useStep(wizard, host, today);
  const r = s.result;
  const { forecast: fc, purchase: pur, landed } = wizard.derived;
  const eco = pur && landed ? economics(pur.plan) : null;
  // the window the order covers, as the plan sheet labels it: from the plan date (or, for a far
  // promo, the stock-up's run-in before the inbound cutoff) through the post-promo cover
  const cover = pur?.plan
    ? { from: date(excelSerialToIso(pur.plan.coverStart)), to: date(excelSerialToIso(pur.plan.horizonEnd)) }
    : null;
  const blocker = eco && fc ? null : blockerFor(wizard.draft, wizard.derived, 4);
  const metrics: Metric[] =
    eco && fc
      ? [
          { id: "target", label: t("m_target"), value: num(fc.total) },
          {
            id: "orderUnits",
            label: t("m_orderUnits"),
            value: num(eco.units),
            note: cover ? t("m_orderCover", cover) : undefined,
          },
          { id: "cash", label: t("m_cash"), value: money(eco.cashOut), note: t("m_cashNote") },
          {
            id: "margin",
            label: t("m_margin"),
            value: eco.margin === null ? "–" : money(eco.margin),
            note: eco.margin === null ? t("m_noPrice") : undefined,
            tone: eco.margin !== null && eco.margin < 0 ? "danger" : undefined,
          },
          {
            id: "roi",
            label: t("m_roi"),
            value: eco.roi === null ? "–" : pct(eco.roi),
            note: t("m_roiNote"),
          },
        ]
      : [];
  const resultText = (): string => {
    if (s.status.kind === "done") {
      const o = s.status.outcome;
      if (!o.changed) return t("buildUnchanged");
      const done = t("buildDone", {
        sheets: list([...o.created, ...o.replaced]),
        added: num(o.rowsAdded),
        removed: num(o.rowsRemoved),
        edits: num(o.editsKept),
      });
      const kept =
        o.keptEdits && o.keptEdits.length > 0
          ? `${done} ${t("buildEditsKept", { edits: list(o.keptEdits) })}`
          : done;
      // what the rebuild could not find or found renamed: said, never guessed (src/plan/rebuildReport.ts)
      return [kept, ...(o.rebuildNotices ?? [])].join(" ");
    }
    if (s.status.kind === "cancelled") return t("buildCancelled", { kept: s.status.kept });
    if (s.status.kind === "failed") return t("buildFailed", { reason: s.status.reason });
    return "";
  };
  const intent = s.status.kind === "done" ? "success" : s.status.kind === "cancelled" ? "warning" : "error";
  return (
    <div className={base.root}>
      <Summary title={t("summaryTitle")} metrics={metrics}>
        {blocker && <Blocked blocker={blocker} goTo={goTo} />}
      </Summary>
      <h3 className={styles.h3}>{t("buildTitle")}</h3>
      {s.blockedSteps.length > 0 && (
        <Notice intent="warning">
          {t("buildBlocked", {
            steps: list(s.blockedSteps.map((n) => String(n))),
            n: s.blockedSteps.length,
          })}
        </Notice>
      )}
      <Warnings warnings={wizard.derived.warnings} title={t("buildWarnings")} />
      <Field label={t("buyerName")} hint={t("buyerNameHint")}>
        <Input
          className={base.input}
          value={s.buyerName}
          onChange={(_, d) => s.setBuyerName(d.value)}
          data-testid="buyer-name"
        />
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
      {/* always in the page, so screen readers announce the result when it appears */}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="build-status">
        {s.status.kind !== "idle" && s.status.kind !== "running" && (
          <Notice intent={intent} data-testid="build-result">
            {resultText()}
          </Notice>
        )}
      </div>
      {s.saveError && <Notice intent="error">{t("stateSaveFailed", { reason: s.saveError })}</Notice>}
      {s.knownSkus.length > 1 && (
        <Field label={t("actualsScope")}>
          <Select
            className={base.select}
            select={{ className: base.select }}
            value={s.scope ?? ""}
            onChange={(_, d) => s.setScope(d.value)}
            data-testid="actuals-scope"
          >
            <option value="">{t("allSkus")}</option>
            {s.knownSkus.map((sku) => (
              <option key={sku} value={sku}>
                {sku}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={t("actualsLabel")}
        validationState={s.badLines.length > 0 ? "error" : "none"}
        validationMessage={
          s.badLines.length > 0
            ? t("actualsBadLines", { lines: list(s.badLines.slice(0, 5).map(String)), n: s.badLines.length })
            : undefined
        }
      >
        <Textarea
          className={base.input}
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
      {s.importError && <Notice intent="error">{t(s.importError.key, s.importError.params)}</Notice>}
      {r && (
        <>
          <ActualVsForecastChart
            title={t("chartTitle")}
            forecastLabel={t("chartForecast")}
            actualLabel={t("chartActual")}
            days={r.days}
            formatNumber={(n) => num(n)}
            formatDate={(iso) => date(iso)}
            formatShortDate={(iso) => shortDate(iso)}
          />
          <Explain
            title={t("resizeTitle")}
            lines={[
              {
                id: "ratio",
                text: r.ratio === null ? t("noActuals") : t("ratioLine", { pct: pct(r.ratio) }),
              },
              ...r.outliers.map((o) => ({
                id: `outlier-${o.date}`,
                tone: "warning" as const,
                text: t("outlierLine", {
                  date: date(o.date),
                  actual: num(o.actual),
                  forecast: num(o.forecast),
                  times: num(o.times, 1),
                }),
              })),
              ...(r.ignored
                ? [
                    {
                      id: "future",
                      tone: "warning" as const,
                      text: t("futureActualsLine", {
                        rows: num(r.ignored.rows),
                        today: date(today),
                        first: date(r.ignored.firstDate),
                      }),
                    },
                  ]
                : []),
              ...(r.unknownSkus.length > 0
                ? [
                    {
                      id: "unknown",
                      tone: "warning" as const,
                      text: t("unknownSkusLine", { skus: list(r.unknownSkus) }),
                    },
                  ]
                : []),
              ...(r.ratio === null && r.resized.length === 0 && r.shipped.length === 0
                ? []
                : r.ratio === null
                  ? [{ id: "waiting", text: t("resizeWaiting") }]
                  : []),
              ...r.resized.map((b) => ({
                id: b.mode,
                text: t("resizeLine", {
                  mode: t(`mode_${b.mode}`),
                  planned: num(b.planned),
                  suggested: num(b.suggested),
                }),
              })),
              ...r.shipped.map((b) => ({
                id: `shipped-${b.mode}`,
                text: t("shippedLine", {
                  mode: t(`mode_${b.mode}`),
                  shipBy: date(b.shipBy),
                  planned: num(b.planned),
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
      )}
    </div>
  );
}
