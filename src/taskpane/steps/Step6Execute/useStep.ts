import { readFileBytes } from "../../data/readFile";
import { useCallback, useMemo, useRef, useState } from "react";
import { parseActuals } from "../../compute/plan";
import { monitor, type MonitorResult } from "../../compute/monitor";
import { toPlanInput } from "../../compute/toPlanInput";
import { importHistoryFile } from "../../data/importHistory";
import { decodeText } from "../../../import";
import type { BuildOutcome, PaneHost } from "../../host";
import { useI18n } from "../../i18n";
import type { Problem, Wizard } from "../../useWizard";
import { withSheetSettings } from "../../compute/sheetSettings";

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
  const { locale, numberLocale } = useI18n();
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
      const input = toPlanInput(
        draft,
        derived.read.values,
        today,
        locale,
        by || "StockUp pane",
        numberLocale,
      );
      const outcome = await host.buildPlan(input, {
        signal: controller.signal,
        builtBy: by,
        onProgress: (fraction) => setStatus({ kind: "running", fraction }),
      });
      setStatus({ kind: "done", outcome });
      const next = withSheetSettings(
        { ...draft, lastBuild: { by, at: new Date().toISOString() } },
        outcome.sheetSettings ?? {},
      );
      dispatch({ type: "replace", draft: next });
      setSaveError(await save(next));
    } catch (e) {
      if (isAbort(e, controller.signal)) setStatus({ kind: "cancelled", kept: reasonOf(e, locale) });
      else setStatus({ kind: "failed", reason: reasonOf(e, locale) });
    } finally {
      abort.current = null;
    }
  }, [host, draft, derived.read.values, today, locale, numberLocale, dispatch, save, buyerName]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const setActuals = useCallback(
    (actualsText: string) =>
      dispatch({ type: "patch", patch: (d) => ({ ...d, monitor: { ...d.monitor, actualsText } }) }),
    [dispatch],
  );
  /** The SKU that lines without a SKU belong to; "" = all SKUs. */
  const setScope = useCallback(
    (sku: string) =>
      dispatch({
        type: "patch",
        patch: (d) => ({ ...d, monitor: { actualsText: d.monitor.actualsText, ...(sku ? { sku } : {}) } }),
      }),
    [dispatch],
  );
  const fcSkus = derived.forecast?.skus;
  const knownSkus = useMemo(() => fcSkus?.map((f) => f.sku) ?? [], [fcSkus]);
  const importActuals = useCallback(
    async (file: File) => {
      try {
        const bytes = await readFileBytes(file);
        const result = importHistoryFile(bytes, "9999-12-31");
        if (result.rows.length === 0) {
          // a `date,units` file (no SKU column) is what the label asks for: read it as typed lines
          const { text } = decodeText(bytes);
          const plain = parseActuals(text, { numberLocale, knownSkus });
          if (plain.days.length > 0 && plain.badLines.length === 0) {
            setImportError(null);
            setActuals(text.trim());
            return;
          }
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
    [setActuals, locale, numberLocale, knownSkus],
  );

  const parsed = parseActuals(draft.monitor.actualsText, { numberLocale, knownSkus });
  const scope = draft.monitor.sku && knownSkus.includes(draft.monitor.sku) ? draft.monitor.sku : undefined;
  const fc = derived.forecast;
  let result: MonitorResult | null = null;
  if (fc && derived.purchase && derived.landed) {
    result = monitor(draft, fc, derived.purchase, derived.landed, parsed.days, {
      today,
      sku: scope,
    });
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
    scope,
    setScope,
    knownSkus,
    importActuals,
    badLines: parsed.badLines,
    result,
    lastBuild: draft.lastBuild,
  };
}
