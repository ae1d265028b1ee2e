import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { defaultDraft, type PaneDraft } from "./draft";
import type { FieldProblem } from "./compute/fields";
import { isIsoDate } from "./compute/dates";
import { nextPromoDates } from "./compute/promoCalendar";
import { readDraft, type ReadDraft } from "./compute/readDraft";
import { withSheetSettings } from "./compute/sheetSettings";
import {
  forecastPromo,
  landedCost,
  purchase,
  type ForecastResult,
  type LandedCost,
  type PurchaseResult,
} from "./compute/plan";
import { planWarnings, type HistoryWarning } from "./compute/warnings";
import type { Locale } from "../core";
import { useI18n, type MessageKey } from "./i18n";
import type { PaneHost } from "./host";
import { FIELDS_BY_STEP } from "./stepFields";

/** A reason to show on a field: message key + parameters. */
export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type DateField = "registrationDeadline" | "inboundCutoff" | "promoStart" | "promoEnd";

export interface Derived {
  read: ReadDraft;
  dateProblems: Partial<Record<DateField, Problem>>;
  /** null until history is loaded and the numbers it needs parse. */
  forecast: ForecastResult | null;
  purchase: PurchaseResult | null;
  landed: LandedCost | null;
  /** Steps (0-based) with a field problem. */
  stepsWithErrors: number[];
  /** What the plan is missing and will assume (no SKU master, no promo flags, stale history). */
  warnings: HistoryWarning[];
}

export type Action =
  { type: "replace"; draft: PaneDraft } | { type: "patch"; patch: (d: PaneDraft) => PaneDraft };

function reducer(state: PaneDraft, action: Action): PaneDraft {
  return action.type === "replace" ? action.draft : action.patch(state);
}

/** Date checks: each a real date, deadlines before the start, end not before the start. */
export function checkDates(promo: PaneDraft["promo"]): Partial<Record<DateField, Problem>> {
  const out: Partial<Record<DateField, Problem>> = {};
  for (const f of ["registrationDeadline", "inboundCutoff", "promoStart", "promoEnd"] as const) {
    if (!isIsoDate(promo[f])) out[f] = { key: "dateInvalid" };
  }
  if (!out.promoStart) {
    for (const f of ["registrationDeadline", "inboundCutoff"] as const) {
      if (!out[f] && promo[f] >= promo.promoStart)
        out[f] = { key: "dateAfterStart", params: { date: promo.promoStart } };
    }
    if (!out.promoEnd && promo.promoEnd < promo.promoStart)
      out.promoEnd = { key: "dateEndBeforeStart", params: { date: promo.promoStart } };
  }
  return out;
}

/**
 * Why a step's numbers cannot be shown, most basic first: a date of step 1, no history, or the
 * first invalid field of a step the numbers depend on (steps are 0-based here; the pane shows
 * "Fix Service level in step 4"). `upTo` is the last step whose inputs the numbers need.
 */
export type Blocker = { kind: "history" } | { kind: "field"; field: MessageKey; step: number };

export function blockerFor(draft: PaneDraft, derived: Derived, upTo: number): Blocker | null {
  const dateField = (Object.keys(derived.dateProblems) as DateField[])[0];
  if (dateField) return { kind: "field", field: dateField, step: 0 };
  if (draft.history.rows.length === 0) return { kind: "history" };
  for (let step = 2; step <= upTo; step++) {
    const field = (FIELDS_BY_STEP[step] ?? []).find((f) => derived.read.problems[f]);
    if (field) return { kind: "field", field, step };
  }
  return null;
}

/** A draft saved before a field existed (the FX field): that field at its default. */
function withNewFields(saved: PaneDraft, fresh: PaneDraft): PaneDraft {
  return { ...saved, logistics: { ...fresh.logistics, ...saved.logistics } };
}

/** Everything the steps show, computed from the draft (pure; memoised by the hook). */
export function derive(draft: PaneDraft, today: string, numberLocale = "en-US"): Derived {
  const read = readDraft(draft, numberLocale);
  const dateProblems = checkDates(draft.promo);
  const v = read.values;
  const stepsWithErrors: number[] = [];
  if (Object.keys(dateProblems).length > 0) stepsWithErrors.push(0);
  for (const [step, fields] of Object.entries(FIELDS_BY_STEP)) {
    if (fields.some((f) => read.problems[f])) stepsWithErrors.push(Number(step));
  }
  const datesOk = !stepsWithErrors.includes(0);
  const hasHistory = draft.history.rows.length > 0;
  const forecast =
    datesOk && hasHistory && !stepsWithErrors.includes(2) ? forecastPromo(draft, v, today) : null;
  const pur = forecast && !stepsWithErrors.includes(3) ? purchase(draft, v, forecast) : null;
  const landed = pur && !stepsWithErrors.includes(4) ? landedCost(draft, v, pur) : null;
  const warnings = planWarnings(draft, today);
  return { read, dateProblems, forecast, purchase: pur, landed, stepsWithErrors, warnings };
}

/** Turn a field-parser problem into a displayable one. */
export function fieldProblem(p: FieldProblem | undefined): Problem | undefined {
  return p ? { key: p.key, params: p.params } : undefined;
}

export interface Wizard {
  draft: PaneDraft;
  derived: Derived;
  dispatch: (a: Action) => void;
  setStep(step: number): void;
  /** Saves the draft in the workbook; resolves to an error message key on failure. */
  save(next?: PaneDraft): Promise<string | null>;
  loadError: string | null;
  loaded: boolean;
}

/** An error's text in the pane's language: its `messages[locale]` when it has one (WorkbookError). */
export function localizedReason(e: unknown, locale: Locale): string {
  const localized = (e as { messages?: Record<string, unknown> } | null)?.messages?.[locale];
  if (typeof localized === "string") return localized;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Wizard state: starts from defaults (BFCM, the next one that still allows registration), then
 * replaces them with the draft saved in the workbook, so a colleague continues where the last
 * buyer stopped, and with the settings typed in the plan sheet since its last build (marked
 * "from the plan sheet"), so the pane previews what a rebuild will use.
 */
export function useWizard(host: PaneHost, today: string): Wizard {
  const [draft, dispatch] = useReducer(reducer, undefined, () =>
    defaultDraft({ event: "bfcm", ...nextPromoDates("bfcm", today) }),
  );
  const { locale, numberLocale } = useI18n();
  // the error itself, so its text follows a later language switch
  const [loadFailure, setLoadFailure] = useState<unknown>(null);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // settings the buyer typed in the plan sheet since its last build win over the saved draft,
    // as the next rebuild keeps them; if they cannot be read the rebuild still reads and reports them
    const fromSheet = host.readSheetSettings().catch(() => ({}));
    host.loadDraft().then(
      async (saved) => {
        const fields = await fromSheet;
        if (!live) return;
        dispatch({
          type: "patch",
          patch: (d) => withSheetSettings(saved && saved.version === 1 ? withNewFields(saved, d) : d, fields),
        });
        setLoaded(true);
      },
      (e: unknown) => {
        if (!live) return;
        setLoadFailure(e ?? new Error(String(e)));
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [host]);
  const derived = useMemo(() => derive(draft, today, numberLocale), [draft, today, numberLocale]);
  const setStep = useCallback(
    (step: number) => dispatch({ type: "patch", patch: (d) => ({ ...d, step }) }),
    [],
  );
  const save = useCallback(
    async (next?: PaneDraft) => {
      try {
        await host.saveDraft(next ?? draft);
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    [host, draft],
  );
  const loadError = loadFailure === null ? null : localizedReason(loadFailure, locale);
  return { draft, derived, dispatch, setStep, save, loadError, loaded };
}
