import { InputError } from "../../core";
/**
 * Marketplace-local dates. Amazon flat files stamp times in UTC (`2024-07-17T05:12:45+00:00`);
 * Seller Central counts a day in the marketplace's own time zone (US: Pacific), so an order placed
 * at 22:00 in Seattle belongs to the Pacific date, not to the next UTC day. A timestamp with an
 * explicit offset is converted to the marketplace's zone with `Intl.DateTimeFormat` (IANA zone
 * data shipped with every browser and Node, daylight saving included); one without a zone is
 * already local and keeps its date as written.
 */

/** Amazon sales channels (the `sales-channel` column) → the zone Seller Central reports in. */
export const SALES_CHANNEL_ZONES: Readonly<Record<string, string>> = {
  "amazon.com": "America/Los_Angeles",
  "amazon.ca": "America/Los_Angeles",
  "amazon.com.mx": "America/Mexico_City",
  "amazon.com.br": "America/Sao_Paulo",
  "amazon.co.uk": "Europe/London",
  "amazon.ie": "Europe/Dublin",
  "amazon.de": "Europe/Berlin",
  "amazon.fr": "Europe/Paris",
  "amazon.it": "Europe/Rome",
  "amazon.es": "Europe/Madrid",
  "amazon.nl": "Europe/Amsterdam",
  "amazon.se": "Europe/Stockholm",
  "amazon.pl": "Europe/Warsaw",
  "amazon.com.be": "Europe/Brussels",
  "amazon.com.tr": "Europe/Istanbul",
  "amazon.ae": "Asia/Dubai",
  "amazon.sa": "Asia/Riyadh",
  "amazon.eg": "Africa/Cairo",
  "amazon.in": "Asia/Kolkata",
  "amazon.co.jp": "Asia/Tokyo",
  "amazon.sg": "Asia/Singapore",
  "amazon.com.au": "Australia/Sydney",
};

/**
 * When a file names no sales channel (FBA Customer Shipment Sales, multi-channel orders), its
 * currency points to the marketplace: USD → US (Pacific), GBP → UK, EUR → Germany's zone (every
 * euro Amazon marketplace is on Central European Time), JPY → Japan, …
 */
export const CURRENCY_ZONES: Readonly<Record<string, string>> = {
  USD: "America/Los_Angeles",
  CAD: "America/Los_Angeles",
  MXN: "America/Mexico_City",
  BRL: "America/Sao_Paulo",
  GBP: "Europe/London",
  EUR: "Europe/Berlin",
  SEK: "Europe/Stockholm",
  PLN: "Europe/Warsaw",
  TRY: "Europe/Istanbul",
  AED: "Asia/Dubai",
  SAR: "Asia/Riyadh",
  EGP: "Africa/Cairo",
  INR: "Asia/Kolkata",
  JPY: "Asia/Tokyo",
  SGD: "Asia/Singapore",
  AUD: "Australia/Sydney",
};

/** The zone of an Amazon sales channel cell (`Amazon.com`, `amazon.co.uk`), or undefined. */
export function zoneOfChannel(channel: string): string | undefined {
  return SALES_CHANNEL_ZONES[
    channel
      .trim()
      .toLowerCase()
      .replace(/^www\./, "")
  ];
}

/**
 * Checks an IANA zone name (`America/Los_Angeles`).
 * @throws InputError naming `argument` when the runtime does not know the zone.
 */
export function checkTimeZone(argument: string, zone: string): string {
  try {
    Intl.DateTimeFormat("en-US", { timeZone: zone }).format(0);
  } catch {
    throw new InputError(argument, `is not an IANA time zone such as America/Los_Angeles, got "${zone}"`);
  }
  return zone;
}

const STAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Dates per zone and quarter hour: order exports repeat close timestamps; bounded. */
const memo = new Map<string, string>();
const MEMO_SIZE = 8192;
const QUARTER_HOUR_MS = 900_000;

/**
 * The calendar date in `zone` of a timestamp with an explicit offset, as ISO; null when the text
 * carries no zone (then its written date is already local) or is not a timestamp.
 * @example localDate("2024-07-17T05:12:45+00:00", "America/Los_Angeles") // => "2024-07-16"
 * @example localDate("2024-07-16 22:15:00", "America/Los_Angeles") // => null (no zone: as written)
 */
export function localDate(raw: string, zone: string): string | null {
  const m = STAMP.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  let offsetMin = 0;
  if (/^[+-]/.test(z)) {
    const digits = z.replace(":", "");
    offsetMin = (z[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +(s ?? 0)) - offsetMin * 60_000;
  // Zone offsets are whole quarter hours, so every instant of a quarter hour has one local date.
  const key = `${zone}|${Math.floor(ms / QUARTER_HOUR_MS)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(zone, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) parts[p.type] = p.value;
  const iso = `${parts.year}-${parts.month}-${parts.day}`;
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, iso);
  return iso;
}
