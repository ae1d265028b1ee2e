import { useCallback, useState, type ComponentType } from "react";
import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Tab,
  TabList,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { I18nProvider, PANE_LOCALES, useI18n, type MessageKey, type PaneLocale } from "./i18n";
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

const STEPS: readonly { title: MessageKey; Component: ComponentType<StepProps> }[] = [
  { title: "step1Title", Component: Step1Promo },
  { title: "step2Title", Component: Step2History },
  { title: "step3Title", Component: Step3Targets },
  { title: "step4Title", Component: Step4Purchasing },
  { title: "step5Title", Component: Step5Logistics },
  { title: "step6Title", Component: Step6Execute },
];

export interface AppProps {
  host: PaneHost;
  /** Starting language (Office.context.displayLanguage mapped by `localeFor`). */
  initialLocale: PaneLocale;
  /** Office theme is dark (Office.context.officeTheme); the pane follows it. @defaultvalue false */
  dark?: boolean;
  /** ISO date of today; passed in so tests and screenshots are reproducible. */
  today: string;
}

function Wizard({
  host,
  today,
  locale,
  setLocale,
}: AppProps & { locale: PaneLocale; setLocale(l: PaneLocale): void }) {
  const { t, date } = useI18n();
  const styles = useAppStyles();
  const wizard = useWizard(host, today);
  const { draft, derived, setStep, save } = wizard;
  const [saveError, setSaveError] = useState<string | null>(null);
  const step = Math.min(Math.max(0, draft.step), STEPS.length - 1);
  const go = useCallback(
    async (next: number) => {
      setStep(next);
      setSaveError(await save({ ...draft, step: next }));
    },
    [setStep, save, draft],
  );
  const { Component } = STEPS[step];
  if (!wizard.loaded) return <Spinner className={styles.root} label={t("loading")} />;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <p className={styles.subtitle}>{t("appSubtitle")}</p>
        </div>
        <Select
          className={styles.language}
          aria-label={t("language")}
          value={locale}
          onChange={(_, d) => setLocale(d.value as PaneLocale)}
          size="small"
          data-testid="language"
        >
          {PANE_LOCALES.map((l) => (
            <option key={l} value={l}>
              {l === "en-US" ? "English" : "中文"}
            </option>
          ))}
        </Select>
      </header>
      <p className={styles.lastBuild} data-testid="last-build">
        {draft.lastBuild
          ? t("lastBuild", {
              by: draft.lastBuild.by || t("unknownUser"),
              at: `${date(draft.lastBuild.at.slice(0, 10))} ${draft.lastBuild.at.slice(11, 16)} UTC`,
            })
          : t("neverBuilt")}
      </p>
      {wizard.loadError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("stateLoadFailed", { reason: wizard.loadError })}</MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{t("stateSaveFailed", { reason: saveError })}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        className={styles.tabs}
        aria-label={t("stepsLabel")}
        selectedValue={String(step)}
        onTabSelect={(_, d) => void go(Number(d.value))}
        size="small"
      >
        {STEPS.map((s, i) => {
          const bad = derived.stepsWithErrors.includes(i);
          return (
            <Tab
              key={s.title}
              value={String(i)}
              className={styles.tab}
              aria-label={`${i + 1}. ${t(s.title)}${bad ? ` (${t("stepHasErrors")})` : ""}`}
              title={t(s.title)}
            >
              <Badge
                size="small"
                appearance={i === step ? "filled" : "tint"}
                color={bad ? "danger" : i < step ? "success" : "brand"}
                aria-hidden
              >
                {i + 1}
              </Badge>
            </Tab>
          );
        })}
      </TabList>
      <div>
        <span className={styles.stepOf}>{t("stepOf", { n: step + 1 })}</span>
        <h2 className={styles.stepHeading}>{t(STEPS[step].title)}</h2>
      </div>
      <main>
        <Component wizard={wizard} host={host} today={today} />
      </main>
      <nav className={styles.nav} aria-label={t("stepsLabel")}>
        <Button disabled={step === 0} onClick={() => void go(step - 1)} data-testid="back">
          {t("back")}
        </Button>
        <Button
          appearance="primary"
          disabled={step === STEPS.length - 1}
          onClick={() => void go(step + 1)}
          data-testid="next"
        >
          {t("next")}
        </Button>
      </nav>
    </div>
  );
}

/** The task pane: one FluentProvider (light/dark per Office), language context, the wizard. */
export function App(props: AppProps) {
  const [locale, setLocale] = useState<PaneLocale>(props.initialLocale);
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} lang={locale}>
      <I18nProvider locale={locale}>
        <Wizard {...props} locale={locale} setLocale={setLocale} />
      </I18nProvider>
    </FluentProvider>
  );
}
