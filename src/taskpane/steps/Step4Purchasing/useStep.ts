import { useCallback } from "react";
import type { SafetyMethod } from "../../draft";
import { useSectionFields } from "../fieldsHook";
import type { Wizard } from "../../useWizard";

/** Step 4 state: service level, method, rule %, lead time, deposit → order quantities and cash. */
export function useStep(wizard: Wizard) {
  const fields = useSectionFields(wizard, "purchasing");
  const { dispatch, draft, derived } = wizard;
  const setMethod = useCallback(
    (method: SafetyMethod) =>
      dispatch({ type: "patch", patch: (d) => ({ ...d, purchasing: { ...d.purchasing, method } }) }),
    [dispatch],
  );
  const v = derived.read.values;
  return {
    fields,
    method: draft.purchasing.method,
    setMethod,
    result: derived.purchase,
    forecast: derived.forecast,
    rulePct: v.ruleOfThumbPct,
    /** Earliest PO date over the SKUs (each SKU's own supplier lead time). */
    firstPo: (derived.purchase?.skus ?? []).reduce(
      (min, p) => (min === "" || p.poDate < min ? p.poDate : min),
      "",
    ),
  };
}
