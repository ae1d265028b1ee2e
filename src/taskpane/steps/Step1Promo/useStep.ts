import { useCallback } from "react";
import { nextPromoDates, type PromoEventId } from "../../compute/promoCalendar";
import { daysBetween } from "../../compute/dates";
import { shipDates } from "../../compute/plan";
import { leadTimes } from "../../compute/leadTime";
import { blockerFor, type DateField, type Wizard } from "../../useWizard";

/**
 * A date as typed, in ISO when it is clearly year-month-day with other separators or no zero
 * padding (2026/11/27, 2026.11.7); anything else as typed, for the field check to explain.
 * @example isoTyped("2026/11/7") // => "2026-11-07"
 */
export function isoTyped(text: string): string {
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(text);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : text;
}

/**
 * Step 1 state: event choice fills the dates; ship-by/PO per mode. The PO dates use the longest
 * lead time of the plan's SKUs (master first, step-4 default where the master has none), the
 * same rule as step 4's PO column, so both steps show the same first PO date.
 */
export function useStep(wizard: Wizard, today: string) {
  const { draft, derived, dispatch } = wizard;
  const setEvent = useCallback(
    (event: PromoEventId) =>
      dispatch({
        type: "patch",
        patch: (d) => ({
          ...d,
          promo: event === "custom" ? { ...d.promo, event } : { event, ...nextPromoDates(event, today) },
        }),
      }),
    [dispatch, today],
  );
  const setDate = useCallback(
    (field: DateField, value: string) =>
      dispatch({
        type: "patch",
        patch: (d) => ({ ...d, promo: { ...d.promo, event: "custom", [field]: isoTyped(value) } }),
      }),
    [dispatch],
  );
  const datesOk = Object.keys(derived.dateProblems).length === 0;
  const lead = leadTimes(draft, derived.read.values.supplierLeadDays);
  const dates = datesOk ? shipDates(draft, { ...derived.read.values, supplierLeadDays: lead.longest }) : [];
  const daysToCutoff = datesOk ? daysBetween(today, draft.promo.inboundCutoff) : null;
  return {
    promo: draft.promo,
    problems: derived.dateProblems,
    blocker: datesOk ? null : blockerFor(draft, derived, 0),
    setEvent,
    setDate,
    dates,
    daysToCutoff,
    lead,
  };
}
