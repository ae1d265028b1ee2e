/**
 * Promotions StockUp knows by name; `custom` lets the buyer type any event. The list is the core's
 * promo calendar (src/core/dates/promoCalendar.ts), which also holds each event's date rule.
 */
import { PROMO_EVENT_IDS, type PromoEventId } from "../core";

export type PromoEvent = PromoEventId;
export const PROMO_EVENTS = PROMO_EVENT_IDS;
