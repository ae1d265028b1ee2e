import { readFileBytes } from "../../data/readFile";
import { useCallback, useRef, useState } from "react";
import { monitor, parseActuals, type MonitorResult } from "../../compute/plan";
import { toPlanInput } from "../../compute/toPlanInput";
import { importHistoryFile } from "../../data/importHistory";
import type { BuildOutcome, PaneHost } from "../../host";
import { useI18n } from "../../i18n";
import type { Problem, Wizard } from "../../useWizard";

export type BuildStatus =
  | { kind: "idle" }
  | { kind: "running"; fraction: number }
  | { kind: "done"; outcome: BuildOutcome }
  | { kind: "cancelled"; kept: string }
  | { kind: "failed"; reason: string };

/** Text of an error in the buyer's language: WorkbookError carries both, others their message. */
function reasonOf(e: unknown, locale: "en-US" | "zh-CN"): string {
  const localized = (e as { messages?: Record<string, string> } | null)?.messages?.[locale];
  if (typeof localized === "string") return localized;
  return e instanceof Error ? e.message : String(e);
}

function isAbort(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (e instanceof Error && e.name === "AbortError");
}

/** Step 6 state: build with progress and cancel, actuals → chart, resize and warnings. */
export function useStep(wizard: Wizard, host: PaneHost, today: string) {
  const { locale } = useI18n();
  const { draft, derived, dispatch, save } = wizard;
  const [status, setStatus] = useState<BuildStatus>({ kind: "idle" });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [importError, setImportError] = useState<Problem | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [buyerName, setBuyerName] = useState(() => host.userName() ?? "");

  const blockedSteps = derived.stepsWithErrors.map((s) => s + 1);
  const canBuild = blockedSteps.length === 0 && draft.history.rows.length > 0 && status.kind !== "running";

  const build = useCallback(async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "running", fraction: 0 });
    const by = buyerName.trim();
    if (by) host.rememberUserName(by);
    try {
      const input = toPlanInput(draft, derived.read.values, today, locale, by || "StockUp pane");
      const outcome = await host.buildPlan(input, {
        signal: controller.signal,
        builtBy: by,
        onProgress: (fraction) => setStatus({ kind: "running", fraction }),
      });
      setStatus({ kind: "done", outcome });
      const next = { ...draft, lastBuild: { by, at: new Date().toISOString() } };
      dispatch({ type: "replace", draft: next });
      setSaveError(await save(next));
    } catch (e) {
      if (isAbort(e, controller.signal)) setStatus({ kind: "cancelled", kept: reasonOf(e, locale) });
      else setStatus({ kind: "failed", reason: reasonOf(e, locale) });
    } finally {
      abort.current = null;
    }
  }, [host, draft, derived.read.values, today, locale, dispatch, save, buyerName]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const setActuals = useCallback(
    (actualsText: string) => dispatch({ type: "patch", patch: (d) => ({ ...d, monitor: { actualsText } }) }),
    [dispatch],
  );
  const importActuals = useCallback(
    async (file: File) => {
      try {
        const result = importHistoryFile(await readFileBytes(file), "9999-12-31");
        if (result.rows.length === 0) {
          setImportError({
            key: "historyReadFailed",
            params: {
              reason:
                (locale === "zh-CN" ? result.fileIssues[0]?.messageZh : result.fileIssues[0]?.message) ??
                file.name,
            },
          });
          return;
        }
        setImportError(null);
        setActuals(result.rows.map((r) => `${r.date}, ${r.sku}, ${r.units}`).join("\n"));
      } catch (e) {
        setImportError({
          key: "historyReadFailed",
          params: { reason: e instanceof Error ? e.message : String(e) },
        });
      }
    },
    [setActuals, locale],
  );

  const parsed = parseActuals(draft.monitor.actualsText);
  let result: MonitorResult | null = null;
  if (derived.forecast && derived.purchase && derived.landed) {
    result = monitor(draft, derived.forecast, derived.purchase, derived.landed, parsed.days);
  }
  return {
    status,
    buyerName,
    setBuyerName,
    build,
    cancel,
    canBuild,
    blockedSteps,
    saveError,
    importError,
    actualsText: draft.monitor.actualsText,
    setActuals,
    importActuals,
    badLines: parsed.badLines,
    result,
    lastBuild: draft.lastBuild,
  };
}
