import {} from "@fluentui/react-components";
import { Notice } from "./Notice";
import { useI18n } from "../i18n";
import type { HistoryWarning } from "../compute/warnings";

/**
 * One MessageBar per gap in the plan's inputs (the importer's history warnings), each naming
 * what is missing and what the plan assumes instead, in the pane's language.
 */
export function Warnings({ warnings, title }: { warnings: readonly HistoryWarning[]; title?: string }) {
  const { t, locale, date } = useI18n();
  // the importer writes ISO dates; the pane shows every date in its one style
  const text = (w: HistoryWarning) =>
    (locale === "zh-CN" ? w.messageZh : w.message).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => date(iso));
  if (warnings.length === 0) return null;
  return (
    <div data-testid="warnings" role="group" aria-label={title ?? t("warningsTitle")}>
      {title && <p>{title}</p>}
      {warnings.map((w, i) => (
        <Notice key={`${w.code}-${w.sku ?? ""}-${i}`} intent="warning" data-warning={w.code}>
          {text(w)}
        </Notice>
      ))}
    </div>
  );
}
