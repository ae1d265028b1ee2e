/**
 * The pane's promo calendar is the core's (src/core/dates/promoCalendar.ts: date rules, deadline
 * rules, names). The event picker offers the events with a date rule, plus `custom` where the
 * buyer types every date.
 */
import { DATED_PROMO_EVENTS, type DatedPromoEvent } from "../../core";

export {
  DEFAULT_INBOUND_LEAD_DAYS,
  DEFAULT_REGISTRATION_LEAD_DAYS,
  nextPromoDates,
  promoWindow,
  type PromoDates,
} from "../../core";

/** The promotions the wizard offers by name; `custom` means the buyer types every date. */
export type PromoEventId = DatedPromoEvent | "custom";

export const PROMO_EVENT_IDS: readonly PromoEventId[] = [...DATED_PROMO_EVENTS, "custom"];
