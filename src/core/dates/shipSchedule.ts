import { InputError } from "../errors";
import { reason } from "../reasons";
import { SHIPPING_MODES, SHIPPING_MODE_ZH, ShippingMode, requireMode } from "../shipping";
import { optional, requireInteger, requireObject } from "../validate";
import { dayNumberToIso, isoToDayNumber } from "./isoDate";
import { DEFAULT_INBOUND_LEAD_DAYS } from "./promoCalendar";

/**
 * Default door-to-warehouse transit days per first-leg mode, China → US FBA, including customs
 * and the delivery appointment. Typical forwarder ranges: express 3–7 days, air freight 7–12,
 * sea LCL 35–45 (consolidation and deconsolidation add a week), sea FCL 30–40 (West Coast).
 * The upper-middle of each range; override with your forwarder's figures.
 */
export const DEFAULT_TRANSIT_DAYS: Readonly<Record<ShippingMode, number>> = Object.freeze({
  express: 5,
  air: 10,
  sea_lcl: 40,
  sea_fcl: 35,
});
/** Default buffer days added to transit for check-in and receiving delays (FBA receiving often takes a week). */
export const DEFAULT_BUFFER_DAYS = 7;
/** The seed's rule: plan the first leg at least 30 days before the inbound cutoff (提前30天规划头程). */
export const DEFAULT_FIRST_LEG_PLANNING_DAYS = 30;

/** Inputs of {@link shipByDate}. */
export interface ShipByInput {
  /** Date the stock must be checked in (ISO). */
  inboundCutoff: string;
  mode: ShippingMode;
  /** Transit days; default {@link DEFAULT_TRANSIT_DAYS}[mode]. */
  transitDays?: number | null;
  /** Buffer days; default {@link DEFAULT_BUFFER_DAYS}. */
  bufferDays?: number | null;
}

/**
 * Last day the goods can leave the factory: shipBy = inboundCutoff − (transit + buffer) days.
 * @throws {InputError} not an ISO date; unknown mode; days not whole numbers.
 * @throws {OutOfRangeError} negative days.
 * @example shipByDate({ inboundCutoff: "2025-11-07", mode: "sea_lcl" }) // => "2025-09-21"
 */
export function shipByDate(input: ShipByInput): string {
  requireObject("input", input);
  const cutoff = isoToDayNumber("inboundCutoff", input.inboundCutoff);
  const mode = requireMode("mode", input.mode);
  const transit = optional("transitDays", input.transitDays, DEFAULT_TRANSIT_DAYS[mode], requireInteger);
  const buffer = optional("bufferDays", input.bufferDays, DEFAULT_BUFFER_DAYS, requireInteger);
  // a date out of 0000–9999 can only come from the days: blame them, not the cutoff
  return dayNumberToIso(cutoff - transit - buffer, transit >= buffer ? "transitDays" : "bufferDays");
}

/** Inputs of {@link purchaseOrderDate}. */
export interface PurchaseOrderInput {
  /** Date the goods must be ready to ship (ISO), usually the ship-by date. */
  readyDate: string;
  /** Supplier production lead time in working days. */
  supplierLeadTimeDays: number;
  /** Days the factory does not work (ISO dates), e.g. Chinese New Year closures. */
  holidays?: readonly string[] | null;
}

/**
 * Latest purchase-order date: count `supplierLeadTimeDays` working days back from the ready date,
 * skipping the holidays (a factory closed for Chinese New Year produces nothing those days).
 * With no holidays, PO = readyDate − leadTime.
 * @throws {InputError} not an ISO date (readyDate or a holiday); lead time not a whole number.
 * @throws {OutOfRangeError} negative lead time.
 * @example purchaseOrderDate({ readyDate: "2026-02-25", supplierLeadTimeDays: 20,
 *   holidays: ["2026-02-15", "2026-02-16", "2026-02-17"] }) // => "2026-02-02"
 */
export function purchaseOrderDate(input: PurchaseOrderInput): string {
  requireObject("input", input);
  const ready = isoToDayNumber("readyDate", input.readyDate);
  const lead = requireInteger("supplierLeadTimeDays", input.supplierLeadTimeDays);
  return dayNumberToIso(countBack(ready, lead, holidaySet(input.holidays)));
}

function holidaySet(holidays: readonly string[] | null | undefined): Set<number> {
  const set = new Set<number>();
  if (holidays === undefined || holidays === null) return set;
  if (!Array.isArray(holidays)) throw new InputError("holidays", reason("listOfDates"));
  holidays.forEach((h, i) => set.add(isoToDayNumber(`holidays[${i}]`, h)));
  return set;
}

function countBack(ready: number, workingDays: number, holidays: Set<number>): number {
  // the earliest the answer can be: checks the range before a loop of a billion days
  dayNumberToIso(ready - workingDays - holidays.size, "supplierLeadTimeDays");
  if (holidays.size === 0) return ready - workingDays;
  let day = ready;
  let counted = 0;
  // a holiday list longer than the lead time cannot stall this: each step moves one day back
  while (counted < workingDays) {
    day--;
    if (!holidays.has(day)) counted++;
  }
  return day;
}

/** Stable warning codes of {@link shipSchedule}. */
export type ScheduleWarningCode =
  | "promo_started"
  | "cutoff_passed"
  | "cutoff_assumed"
  | "first_leg_rule"
  | "ship_by_passed"
  | "order_by_passed";

export interface ScheduleWarning {
  code: ScheduleWarningCode;
  /** The mode it concerns, or null for the whole schedule. */
  mode: ShippingMode | null;
  message: string;
  messageZh: string;
}

/** Inputs of {@link shipSchedule}. All dates ISO 'YYYY-MM-DD'. */
export interface ShipScheduleInput {
  /** First promo day. */
  promoStart: string;
  /** Last promo day (≥ promoStart). */
  promoEnd: string;
  /** Inbound (check-in) cutoff (≤ promoStart); default promoStart − {@link DEFAULT_INBOUND_LEAD_DAYS} (the promo calendar's rule). */
  inboundCutoff?: string | null;
  /** The planning date; the core never reads the clock. */
  today: string;
  /** Supplier production lead time in working days. */
  supplierLeadTimeDays: number;
  /** Modes to plan; default all four. */
  modes?: readonly ShippingMode[] | null;
  /** Transit days per mode; missing modes use {@link DEFAULT_TRANSIT_DAYS}. */
  transitDays?: Partial<Record<ShippingMode, number>> | null;
  /** Buffer days; default {@link DEFAULT_BUFFER_DAYS}. */
  bufferDays?: number | null;
  /** Factory closure days (ISO). */
  holidays?: readonly string[] | null;
  /** Days before the cutoff the first leg should be planned; default {@link DEFAULT_FIRST_LEG_PLANNING_DAYS}. */
  firstLegPlanningDays?: number | null;
}

/** One mode's dates. */
export interface ModeSchedule {
  mode: ShippingMode;
  transitDays: number;
  /** Last day to hand the goods to the carrier. */
  shipByDate: string;
  /** Last day to place the purchase order. */
  purchaseOrderDate: string;
  /** shipByDate − today (negative when passed). */
  daysLeftToShip: number;
  /** purchaseOrderDate − today (negative when passed). */
  daysLeftToOrder: number;
  /** True when the purchase-order date has not passed: this mode can still make the cutoff. */
  feasible: boolean;
}

/** What {@link shipSchedule} returns. */
export interface ShipSchedule {
  inboundCutoff: string;
  /** inboundCutoff − today. */
  daysToCutoff: number;
  /** promoStart − today. */
  daysToPromo: number;
  /** One entry per requested mode, in the order given. */
  modes: ModeSchedule[];
  /** The cheapest feasible mode (slowest first: sea_fcl, sea_lcl, air, express), or null. */
  slowestFeasibleMode: ShippingMode | null;
  warnings: ScheduleWarning[];
}

/**
 * The stock-up timeline (seed step 1 and 5): per mode, ship-by = cutoff − transit − buffer and
 * purchase-order date = ship-by − supplier lead time (working days, skipping holidays); days left
 * from `today`; warnings when a date has passed or the seed's 30-day first-leg rule is broken.
 * @throws {InputError} a date is not ISO; promoEnd before promoStart; inboundCutoff after
 *   promoStart; unknown mode; day counts not whole numbers.
 * @throws {OutOfRangeError} negative day counts.
 * @example shipSchedule({ promoStart: "2025-11-28", promoEnd: "2025-12-01", inboundCutoff:
 *   "2025-11-07", today: "2025-08-01", supplierLeadTimeDays: 25 }).modes[2].shipByDate // => "2025-09-21"
 */
export function shipSchedule(input: ShipScheduleInput): ShipSchedule {
  requireObject("input", input);
  const start = isoToDayNumber("promoStart", input.promoStart);
  const end = isoToDayNumber("promoEnd", input.promoEnd);
  if (end < start)
    throw new InputError(
      "promoEnd",
      reason("isBefore", { other: "promoStart", value: input.promoEnd, otherValue: input.promoStart }),
    );
  const today = isoToDayNumber("today", input.today);
  const warnings: ScheduleWarning[] = [];
  let cutoff: number;
  if (input.inboundCutoff === undefined || input.inboundCutoff === null) {
    cutoff = start - DEFAULT_INBOUND_LEAD_DAYS;
    warnings.push({
      code: "cutoff_assumed",
      mode: null,
      message: `No inbound cutoff given: assumed ${DEFAULT_INBOUND_LEAD_DAYS} days before the promo. Check the platform calendar.`,
      messageZh: `未填写入仓截止日：按大促前 ${DEFAULT_INBOUND_LEAD_DAYS} 天估算，请核对平台日历。`,
    });
  } else {
    cutoff = isoToDayNumber("inboundCutoff", input.inboundCutoff);
    if (cutoff > start) {
      throw new InputError(
        "inboundCutoff",
        reason("isAfter", { other: "promoStart", value: input.inboundCutoff, otherValue: input.promoStart }),
      );
    }
  }
  const lead = requireInteger("supplierLeadTimeDays", input.supplierLeadTimeDays);
  const buffer = optional("bufferDays", input.bufferDays, DEFAULT_BUFFER_DAYS, requireInteger);
  const planning = optional(
    "firstLegPlanningDays",
    input.firstLegPlanningDays,
    DEFAULT_FIRST_LEG_PLANNING_DAYS,
    requireInteger,
  );
  const holidays = holidaySet(input.holidays);
  let modes: ShippingMode[] = [...SHIPPING_MODES];
  if (input.modes !== undefined && input.modes !== null) {
    if (!Array.isArray(input.modes) || input.modes.length === 0) {
      throw new InputError("modes", reason("nonEmptyListOf", { choices: SHIPPING_MODES.join(", ") }));
    }
    modes = input.modes.map((m, i) => requireMode(`modes[${i}]`, m));
  }
  const transitGiven = input.transitDays ?? {};
  if (typeof transitGiven !== "object") throw new InputError("transitDays", reason("daysPerMode"));

  if (today > start) {
    warnings.push({
      code: "promo_started",
      mode: null,
      message: "The promo has already started.",
      messageZh: "大促已经开始。",
    });
  } else if (today > cutoff) {
    warnings.push({
      code: "cutoff_passed",
      mode: null,
      message: "The inbound cutoff has passed: stock arriving now misses the promo.",
      messageZh: "入仓截止日已过：现在发货将赶不上大促。",
    });
  } else if (cutoff - today < planning) {
    warnings.push({
      code: "first_leg_rule",
      mode: null,
      message: `Only ${cutoff - today} days to the inbound cutoff: plan the first leg at least ${planning} days ahead.`,
      messageZh: `距入仓截止仅剩 ${cutoff - today} 天：头程应至少提前 ${planning} 天规划。`,
    });
  }

  const out: ModeSchedule[] = modes.map((mode) => {
    const transit = optional(
      `transitDays.${mode}`,
      transitGiven[mode],
      DEFAULT_TRANSIT_DAYS[mode],
      requireInteger,
    );
    const shipBy = cutoff - transit - buffer;
    const po = countBack(shipBy, lead, holidays);
    if (shipBy < today) {
      warnings.push({
        code: "ship_by_passed",
        mode,
        message: `The ship-by date for ${mode} (${dayNumberToIso(shipBy)}) has passed.`,
        messageZh: `${SHIPPING_MODE_ZH[mode]}的最晚发货日（${dayNumberToIso(shipBy)}）已过。`,
      });
    } else if (po < today) {
      warnings.push({
        code: "order_by_passed",
        mode,
        message: `The purchase-order date for ${mode} (${dayNumberToIso(po)}) has passed: production must be faster than ${lead} days.`,
        messageZh: `${SHIPPING_MODE_ZH[mode]}的最晚下单日（${dayNumberToIso(po)}）已过：需要供应商在 ${lead} 天内交货。`,
      });
    }
    return {
      mode,
      transitDays: transit,
      shipByDate: dayNumberToIso(shipBy),
      purchaseOrderDate: dayNumberToIso(po),
      daysLeftToShip: shipBy - today,
      daysLeftToOrder: po - today,
      feasible: po >= today,
    };
  });
  const bySlowness: ShippingMode[] = ["sea_fcl", "sea_lcl", "air", "express"];
  const slowest = bySlowness.find((m) => out.some((s) => s.mode === m && s.feasible)) ?? null;
  return {
    inboundCutoff: dayNumberToIso(cutoff),
    daysToCutoff: cutoff - today,
    daysToPromo: start - today,
    modes: out,
    slowestFeasibleMode: slowest,
    warnings,
  };
}
