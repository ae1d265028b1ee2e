/**
 * The shapes every sales format shares: a format's name, the line it reads from a record, and a
 * format bound to one header. Here rather than in salesFormats.ts (the registry of formats), so
 * the platform readers in this folder and the registry that lists them do not import each other.
 */
import type { IssueCollector } from "../issueCollector";
import type { IssueCode } from "../types";

/** A column a format needs, with every header name it accepts for it (the first is its own name). */
export interface RequiredColumn {
  name: string;
  accepted: readonly string[];
}

/** Sales file layouts the importer understands. */
export type SalesFormat =
  | "generic"
  | "amazon"
  | "amazon-orders"
  | "amazon-shipments"
  | "amazon-fba-shipments"
  | "amazon-business-report"
  | "tiktok"
  | "shopify"
  | "etsy"
  | "etsy-orders"
  | "woocommerce"
  | "shopee"
  | "lazada";

/** One sales line read from a record, before daily aggregation. */
export interface SalesLine {
  sku: string;
  /** Raw date cell (or an ISO date the format already made marketplace-local); parsed later so
   * the day/month order is decided for the whole column. */
  dateRaw: string;
  units: number;
  /** Revenue of the line when known (line total, not unit price). */
  revenue?: number;
  /** Listed unit price (generic files), kept so zero-unit days still carry a price. */
  price?: number;
  /** 1 = sold under a promotion, 0 = not, undefined = the file does not say. */
  promo?: 0 | 1;
  /** Cancelled, refunded or voided: excluded from sales and counted in meta. */
  cancelled?: boolean;
  /**
   * The line had no seller SKU and is keyed by something else: its product / variant title, or
   * the platform's own SKU id. The importer warns once per key and counts these units.
   */
  keyedBy?: "title" | "skuId";
  /** The IANA zone a UTC timestamp was dated in (Amazon: the marketplace's), noted per file. */
  zone?: string;
}

/** Reads one record into a line; reports its own issues; null = rejected (issues say why). */
export type LineReader = (cells: string[], row: number, issues: IssueCollector) => SalesLine | null;

/** Caller options some formats need. */
export interface FormatOptions {
  /** IANA zone for UTC timestamps (Amazon), overriding the sales channel and the currency. */
  timeZone?: string;
  /** The day a dateless report covers (Amazon Business Report downloaded for one day), ISO. */
  reportDate?: string;
}

/** A format bound to one header: its date column name and a record reader. */
export interface BoundFormat {
  format: SalesFormat;
  dateColumn: string;
  /** The SKU column as the header names it (for issues about the SKU). */
  skuColumn: string;
  /** The column a line is keyed by when its seller SKU is blank (`SalesLine.keyedBy`). */
  fallbackColumn?: string;
  /** Required columns not found, with the names accepted for each (empty when the header fits). */
  missing: RequiredColumn[];
  read: LineReader;
  /** The file is recognised but cannot give daily units per SKU: refused with this issue. */
  refusal?: { code: IssueCode };
  /** The order id and product of a record, so a message about it can name them. */
  context?: (cells: string[]) => { orderId?: string; product?: string };
  /** The units a record says it holds (for the count of skipped units), or null. */
  units?: (cells: string[]) => number | null;
  /** The record's currency code, when the file has a currency column. */
  currency?: (cells: string[]) => string;
  /** True for a record that only describes the columns (TikTok exports have one after the header). */
  isDescriptionRow?: (cells: string[]) => boolean;
  /**
   * The generic file's columns by position (−1 = absent), for reading plain lines in place
   * (importSales's plain-line path): only a format whose `read` is that simple sets it.
   */
  plainColumns?: PlainColumns;
}

/** Positions of the generic file's columns (−1 = absent). */
export interface PlainColumns {
  date: number;
  sku: number;
  units: number;
  promo: number;
  price: number;
  revenue: number;
}
