import { Link } from "@fluentui/react-components";
import { Notice } from "./Notice";
import { useI18n } from "../i18n";
import type { Blocker } from "../useWizard";

export interface BlockedProps {
  blocker: Blocker;
  /** Open a step (0-based); the link is left out when absent. */
  goTo?(step: number): void;
}

/**
 * Why a step's numbers are not shown and where to fix it: "Fix “Service level (%)” in step 4 to
 * see these numbers." with a link to that step, or "Load sales history in step 2".
 */
export function Blocked({ blocker, goTo }: BlockedProps) {
  const { t } = useI18n();
  const step = blocker.kind === "history" ? 1 : blocker.step;
  return (
    <Notice intent="info" data-testid="blocked">
      {blocker.kind === "history"
        ? t("needHistory")
        : t("fixErrorsFirst", { field: t(blocker.field), step: step + 1 })}{" "}
      {goTo && (
        <Link as="button" onClick={() => goTo(step)} data-testid="blocked-go">
          {t("goToStep", { n: step + 1 })}
        </Link>
      )}
    </Notice>
  );
}
