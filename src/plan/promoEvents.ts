/** Promotions StockUp knows by name; `custom` lets the buyer type any event. */
export type PromoEvent = "primeDay" | "bfcm" | "double11" | "double12" | "tiktok" | "custom";
export const PROMO_EVENTS = ["primeDay", "bfcm", "double11", "double12", "tiktok", "custom"] as const;
