import { useCallback } from "react";
import { nextPromoDates, type PromoEventId } from "../../compute/promoCalendar";
import { daysBetween } from "../../compute/dates";
import { excelSerialToIso } from "../../../core";
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
 * Step 1 state: event choice fills the dates; ship-by/PO per mode. The latest PO dates use the
 * longest lead time of the plan's SKUs (master first, step-4 default where the master has none);
 * once a plan is computed, the summary shows its own first PO per mode (the plan sheet's and
 * step 4's date), which is earlier when a batch must arrive before the cutoff.
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
  // the plan's own first PO per mode (engine/totals firstPoDates), as the plan sheet's section 1
  // shows it; "" where the plan orders nothing by the mode (or there is no plan yet)
  const planFirstPo = derived.forecast?.plan?.totals.firstPo;
  const firstPo = Object.fromEntries(
    dates.map((d) => {
      const serial = planFirstPo?.[d.mode] ?? null;
      return [d.mode, serial === null ? "" : excelSerialToIso(serial)];
    }),
  ) as Record<string, string>;
  return {
    firstPo,
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
