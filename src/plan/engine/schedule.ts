/**
 * Which modes can still deliver (DESIGN.md "Feasible modes"): a PO placed on the plan date is
 * sellable lead time + transit + check-in buffer days later; the latest PO date that still makes
 * the inbound cutoff is cutoff − buffer − transit − lead time. A mode whose latest PO date is
 * before the plan date is not an option, nor is a mode that refuses the SKU's special goods (the
 * core's rule: `refusingFlags`, e.g. a power bank by air or express).
 */
import { refusingFlags, type CategoryFlag } from "../../core";
import type { PlanSettings } from "../settings";
import { CORE_MODE, PLAN_MODES, type ModeOption, type PlanMode } from "./types";

export function transitDays(mode: PlanMode, s: PlanSettings): number {
  return mode === "sea" ? s.transitDaysSea : mode === "air" ? s.transitDaysAir : s.transitDaysExpress;
}

/**
 * @param planDate serial; @param cutoff serial (inbound cutoff)
 * @example modeOptions(0, 66, 15, { transitDaysSea: 35, inboundBufferDays: 7, … }, [])[0]
 * // => { mode: "sea", transitDays: 35, earliest: 57, latestPoDate: 9, feasible: true, refusedBy: [] }
 */
export function modeOptions(
  planDate: number,
  cutoff: number,
  leadTimeDays: number,
  s: PlanSettings,
  flags: readonly CategoryFlag[],
): ModeOption[] {
  return PLAN_MODES.map((mode) => {
    const transit = transitDays(mode, s);
    const latestPoDate = cutoff - s.inboundBufferDays - transit - leadTimeDays;
    return {
      mode,
      transitDays: transit,
      earliest: leadTimeDays + transit + s.inboundBufferDays,
      latestPoDate,
      feasible: latestPoDate >= planDate,
      refusedBy: refusingFlags(CORE_MODE[mode], flags),
    };
  });
}
