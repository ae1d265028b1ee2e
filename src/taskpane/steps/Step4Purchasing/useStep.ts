import { useCallback } from "react";
import { excelSerialToIso } from "../../../core";
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
    /**
     * The plan's earliest PO date over all modes (engine/totals firstPoDates, as the plan sheet
     * shows it); "" when nothing is ordered. A SKU without an order has no PO date and is skipped.
     */
    firstPo: firstPoOf(derived.purchase?.plan?.totals.firstPo),
  };
}

function firstPoOf(byMode: Record<string, number | null> | undefined): string {
  const dates = Object.values(byMode ?? {}).filter((d): d is number => d !== null);
  return dates.length ? excelSerialToIso(Math.min(...dates)) : "";
}
