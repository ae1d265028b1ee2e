import { useCallback } from "react";
import { nextPromoDates, type PromoEventId } from "../../compute/promoCalendar";
import { daysBetween } from "../../compute/dates";
import { shipDates } from "../../compute/plan";
import type { DateField, Wizard } from "../../useWizard";

/** Step 1 state: event choice fills the dates; ship-by/PO per mode from the other steps' inputs. */
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
        patch: (d) => ({ ...d, promo: { ...d.promo, event: "custom", [field]: value } }),
      }),
    [dispatch],
  );
  const datesOk = Object.keys(derived.dateProblems).length === 0;
  const dates = datesOk ? shipDates(draft, derived.read.values) : [];
  const daysToCutoff = datesOk ? daysBetween(today, draft.promo.inboundCutoff) : null;
  return {
    promo: draft.promo,
    problems: derived.dateProblems,
    setEvent,
    setDate,
    dates,
    daysToCutoff,
    leadDays: derived.read.values.supplierLeadDays,
  };
}
