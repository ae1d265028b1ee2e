import { useCallback } from "react";
import type { LogisticsField, NumericField, PaneDraft, PurchasingField, TargetField } from "../draft";
import { fieldProblem, type Problem, type Wizard } from "../useWizard";
import { costCurrencyOf } from "../compute/purchaseCurrency";

type Section = "targets" | "purchasing" | "logistics";
type FieldOf<S extends Section> = S extends "targets"
  ? TargetField
  : S extends "purchasing"
    ? PurchasingField
    : LogisticsField;

/** Text value, setter and live problem for the numeric fields of one draft section. */
export function useSectionFields<S extends Section>(wizard: Wizard, section: S) {
  const { draft, derived, dispatch } = wizard;
  const set = useCallback(
    (field: FieldOf<S>, value: string) =>
      dispatch({
        type: "patch",
        patch: (d: PaneDraft) => ({
          ...d,
          [section]: { ...d[section], [field]: value },
          // typed here now: no longer the sheet's value
          fromSheet: d.fromSheet?.filter((f) => f !== field),
          // a typed FX is the rate for the costs' currency of now (a file in another one needs its own)
          ...(field === "fxRate" ? { fxFor: costCurrencyOf(d) } : {}),
        }),
      }),
    [dispatch, section],
  );
  const value = (field: FieldOf<S>): string => (draft[section] as Record<string, string>)[field];
  const problem = (field: FieldOf<S>): Problem | undefined =>
    fieldProblem(derived.read.problems[field as NumericField]);
  /** True when the value was read back from the plan sheet after a rebuild. */
  const fromSheet = (field: FieldOf<S>): boolean => draft.fromSheet?.includes(field as NumericField) ?? false;
  return { set, value, problem, fromSheet };
}
