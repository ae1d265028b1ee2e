import { useCallback, useState, type ComponentType } from "react";
import {
  CalendarLtr20Regular,
  Cart20Regular,
  DataTrending20Regular,
  History20Regular,
  Target20Regular,
  VehicleShip20Regular,
} from "@fluentui/react-icons";
import {
  Button,
  FluentProvider,
  mergeClasses,
  Select,
  Spinner,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { Notice } from "./components/Notice";
import { formatLocaleFor, I18nProvider, PANE_LOCALES, useI18n, type MessageKey } from "./i18n";
import type { Locale } from "../core";
import type { PaneHost } from "./host";
import { useWizard } from "./useWizard";
import { useAppStyles } from "./App.styles";
import type { StepProps } from "./steps/types";
import { Step1Promo } from "./steps/Step1Promo/Step";
import { Step2History } from "./steps/Step2History/Step";
import { Step3Targets } from "./steps/Step3Targets/Step";
import { Step4Purchasing } from "./steps/Step4Purchasing/Step";
import { Step5Logistics } from "./steps/Step5Logistics/Step";
import { Step6Execute } from "./steps/Step6Execute/Step";

/** The six steps: heading, short tab label, tab icon, component. */
const STEPS: readonly {
  title: MessageKey;
  tab: MessageKey;
  Icon: ComponentType;
  Component: ComponentType<StepProps>;
}[] = [
  { title: "step1Title", tab: "tab1", Icon: CalendarLtr20Regular, Component: Step1Promo },
  { title: "step2Title", tab: "tab2", Icon: History20Regular, Component: Step2History },
  { title: "step3Title", tab: "tab3", Icon: Target20Regular, Component: Step3Targets },
  { title: "step4Title", tab: "tab4", Icon: Cart20Regular, Component: Step4Purchasing },
  { title: "step5Title", tab: "tab5", Icon: VehicleShip20Regular, Component: Step5Logistics },
  { title: "step6Title", tab: "tab6", Icon: DataTrending20Regular, Component: Step6Execute },
];

export interface AppProps {
  host: PaneHost;
  /** Starting language (Office.context.displayLanguage mapped by `localeFor`). */
  initialLocale: Locale;
  /** Office theme is dark (Office.context.officeTheme); the pane follows it. @defaultvalue false */
  dark?: boolean;
  /** ISO date of today; passed in so tests and screenshots are reproducible. */
  today: string;
  /** Office's display language (e.g. de-DE): numbers and dates are typed and shown its way. */
  displayLanguage?: string;
}

function Wizard({
  host,
  today,
  locale,
  setLocale,
}: AppProps & { locale: Locale; setLocale(l: Locale): void }) {
  const { t, dateTime } = useI18n();
  const styles = useAppStyles();
  const wizard = useWizard(host, today);
  const { draft, derived, setStep, save } = wizard;
  const [saveError, setSaveError] = useState<string | null>(null);
  /** Rejected rows the buyer was told about when leaving step 2 (Next again goes on). */
  const [warnedRejected, setWarnedRejected] = useState(false);
  const step = Math.min(Math.max(0, draft.step), STEPS.length - 1);
  const pendingRejected = draft.history.rejected.length;
  const go = useCallback(
    async (next: number) => {
      setStep(next);
      setSaveError(await save({ ...draft, step: next }));
    },
    [setStep, save, draft],
  );
  /** Next: leaving step 2 with rejected rows first says they will be left out. */
  const onNext = () => {
    if (step === 1 && pendingRejected > 0 && !warnedRejected) {
      setWarnedRejected(true);
      return;
    }
    setWarnedRejected(false);
    void go(step + 1);
  };
  const { Component } = STEPS[step];
  const goTo = useCallback((n: number) => void go(n), [go]);
  if (!wizard.loaded) return <Spinner className={styles.root} label={t("loading")} />;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <p className={styles.subtitle}>{t("appSubtitle")}</p>
        </div>
        <Select
          className={styles.language}
          aria-label={t("language")}
          value={locale}
          onChange={(_, d) => setLocale(d.value as Locale)}
          size="small"
          data-testid="language"
        >
          {PANE_LOCALES.map((l) => (
            <option key={l} value={l}>
              {l === "en-US" ? "English" : "中文"}
            </option>
          ))}
        </Select>
        <p className={styles.lastBuild} data-testid="last-build">
          {draft.lastBuild
            ? t("lastBuild", { by: draft.lastBuild.by || t("unknownUser"), at: dateTime(draft.lastBuild.at) })
            : t("neverBuilt")}
        </p>
      </header>
      {wizard.loadError && (
        <Notice intent="warning">{t("stateLoadFailed", { reason: wizard.loadError })}</Notice>
      )}
      {saveError && <Notice intent="error">{t("stateSaveFailed", { reason: saveError })}</Notice>}
      <nav aria-label={t("stepsLabel")}>
        <TabList
          className={styles.tabs}
          selectedValue={String(step)}
          onTabSelect={(_, d) => void go(Number(d.value))}
          size="small"
        >
          {STEPS.map((s, i) => {
            const bad = derived.stepsWithErrors.includes(i) || (i === 1 && pendingRejected > 0);
            return (
              <Tab
                key={s.title}
                value={String(i)}
                className={mergeClasses(styles.tab, bad && styles.tabBad)}
                aria-label={`${i + 1}. ${t(s.title)}${bad ? ` (${t("stepHasErrors")})` : ""}`}
                title={t(s.title)}
                icon={<s.Icon />}
                data-testid={`tab-${i + 1}`}
              >
                {t(s.tab)}
              </Tab>
            );
          })}
        </TabList>
      </nav>
      <main className={styles.main} aria-labelledby="stockup-step-heading">
        <div>
          <span className={styles.stepOf}>{t("stepOf", { n: step + 1 })}</span>
          <h2 id="stockup-step-heading" className={styles.stepHeading}>
            {t(STEPS[step].title)}
          </h2>
        </div>
        <Component wizard={wizard} host={host} today={today} goTo={goTo} />
        {/* announces the step the buyer moved to (the build result has its own live region) */}
        <div className={styles.srOnly} role="status" aria-live="polite" data-testid="step-status">
          {t("statusStep", { n: step + 1, title: t(STEPS[step].title) })}
        </div>
        {warnedRejected && step === 1 && pendingRejected > 0 && (
          <Notice intent="warning" data-testid="rejected-pending">
            {t("rejectedPending", { n: pendingRejected })}
          </Notice>
        )}
      </main>
      <footer className={styles.nav}>
        <Button
          className={styles.navButton}
          disabled={step === 0}
          onClick={() => void go(step - 1)}
          data-testid="back"
        >
          {t("back")}
        </Button>
        <Button appearance="primary" disabled={step === STEPS.length - 1} onClick={onNext} data-testid="next">
          {t("next")}
        </Button>
      </footer>
    </div>
  );
}

/** The task pane: one FluentProvider (light/dark per Office), language context, the wizard. */
export function App(props: AppProps) {
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} lang={locale}>
      <I18nProvider locale={locale} numberLocale={formatLocaleFor(locale, props.displayLanguage)}>
        <Wizard {...props} locale={locale} setLocale={setLocale} />
      </I18nProvider>
    </FluentProvider>
  );
}
