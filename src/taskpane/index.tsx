import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFor } from "./i18n";
import { createOfficeHost } from "./officeHost";
import type { ExcelRun } from "../excel";

/**
 * Task-pane entry (webpack `taskpane`): renders once, after Office.onReady, into #container of
 * taskpane.html. Language follows Office's display language; the theme follows Office's when it
 * reports one (dark body background → webDarkTheme).
 */
function isDark(): boolean {
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const hex = bg.replace("#", "");
  // relative luminance (ITU-R BT.709 weights) below one half = a dark theme
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function today(): string {
  const d = new Date();
  // the buyer's local calendar date, not UTC: deadlines are read in the buyer's day
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// the promise form: works with every Office.js version and with the test hosts
void Office.onReady().then(() => {
  const container = document.getElementById("container");
  if (!container) return;
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined; // storage blocked (private mode, policy): the name is simply not remembered
  }
  const host = createOfficeHost({
    run: Excel.run as unknown as ExcelRun,
    storage,
    notesApi: Office.context.requirements.isSetSupported("ExcelApi", "1.18"),
  });
  createRoot(container).render(
    <App
      host={host}
      initialLocale={localeFor(Office.context.displayLanguage)}
      dark={isDark()}
      today={today()}
      displayLanguage={Office.context.displayLanguage}
    />,
  );
});
