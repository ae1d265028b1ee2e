export { addDays, daysBetween, isoToDayNumber, dayNumberToIso } from "./isoDate";
export {
  isoToExcelSerial,
  excelSerialToIso,
  excelSerialToUtcMs,
  utcMsToExcelSerial,
  MAX_EXCEL_SERIAL,
} from "./excelSerial";
export {
  shipByDate,
  purchaseOrderDate,
  shipSchedule,
  DEFAULT_TRANSIT_DAYS,
  DEFAULT_BUFFER_DAYS,
  DEFAULT_FIRST_LEG_PLANNING_DAYS,
} from "./shipSchedule";
export type {
  ShipByInput,
  PurchaseOrderInput,
  ScheduleWarningCode,
  ScheduleWarning,
  ShipScheduleInput,
  ModeSchedule,
  ShipSchedule,
} from "./shipSchedule";
export {
  PROMO_EVENT_IDS,
  DATED_PROMO_EVENTS,
  DEFAULT_REGISTRATION_LEAD_DAYS,
  DEFAULT_INBOUND_LEAD_DAYS,
  promoEventOf,
  isDatedPromoEvent,
  promoWindow,
  promoDatesOf,
  nextPromoDates,
} from "./promoCalendar";
export type { PromoEventId, DatedPromoEvent, PromoDates } from "./promoCalendar";
