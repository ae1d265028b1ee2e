/**
 * Sales history importer: generic CSV, Amazon "All Orders" report, TikTok Shop order export and
 * Shopify orders export → daily units per SKU.
 *
 * Standard contract (the bundled sample data and the CLI write exactly this header):
 *
 *     date,sku,units,promo,price
 *     2024-11-01,SKU-A,12,0,19.99
 *
 * `date` ISO (also accepted: YYYY/MM/DD, MM/DD/YYYY or DD/MM/YYYY decided for the whole column,
 * Excel serials, timestamps with a zone → the calendar date as written); `units` ≥ 0; `promo`
 * 1/0 (yes/no, 是/否); `price` the unit selling price. Headers match case-insensitively with
 * English and Chinese aliases (日期, SKU, 销量/数量, 促销, 单价 — see `SALES_ALIASES`).
 *
 * Decisions (documented here because buyers will ask):
 * - Several lines for the same SKU and day are summed (orders of one day; a daily sheet split
 *   by channel). An exact repeat of a whole imported record is a duplicate (DUPLICATE_ROW) and
 *   counted once; a repeat of a rejected record is rejected again, with its own issue.
 * - A day is a promo day when at least half of its units sold under a promotion (a day with zero
 *   units: when any of its lines is flagged).
 * - `revenue` is the sum of line revenues, given only when every line of the day had a price;
 *   `price` is revenue ÷ priced units (the average unit price actually paid). Both are rounded
 *   to 6 decimals (binary floating-point noise, not cents: some currencies use 3 decimals).
 * - Cancelled / refunded / voided lines are excluded and counted in `meta.cancelledLines`.
 * - Negative units are returns, not sales: NEGATIVE_QUANTITY, row not imported.
 * - Dates after `asOf` (an argument, never the clock) are FUTURE_DATE, row not imported.
 */
import { isoToDayNumber, InputError } from "../core";
import { DailyTotals, noAmounts, type LineAmounts } from "./dailyTotals";
import { plainSalesReader } from "./plainSalesLine";
import {
  decideDateOrder,
  readDateToken,
  resolveDateToken,
  type DateOrderEvidence,
  type DateToken,
} from "./parseDate";
import { withHeaderSearch, type PreambleSink } from "./findHeader";
import { ImportFile, importDelimited } from "./importSteps";
import { hashCells31, isBlankRecord, type TableSink } from "./readTable";
import { bindSalesFormat, cellAt, type BoundFormat, type SalesFormat, type SalesLine } from "./salesFormats";
import { reportCollapses, SkuKeys } from "./skuKey";
import { checkTimeZone } from "./formats/marketplaceTime";
import { SalesLineBook, type SalesLineNotes } from "./salesLineBook";
import { DAY_PROMO, DAY_PROMO_INFO, DAY_ROW, emptySku, SalesHistory, type SkuHistory } from "./salesHistory";
import type {
  DateOrder,
  DetectedEncoding,
  ImportInput,
  ImportMetaBase,
  ImportOptionsBase,
  ImportResult,
} from "./types";

import type { SalesRow } from "./types";
import { MAX_UNITS_PER_LINE } from "./unitLimits";

export type { SalesRow };

export interface SalesImportOptions extends ImportOptionsBase {
  /** Last date that may have sales (ISO). Later dates are FUTURE_DATE. Never read from the clock. */
  asOf?: string;
  /**
   * Latest plausible date (ISO), when `asOf` is not known: later dates are DATE_OUT_OF_RANGE (a
   * mistyped year, 2062 for 2026), not sales. Dates before 2000 always are (`EARLIEST_SALE`).
   */
  latest?: string;
  /** Day/month order when no date in the column decides it. @defaultvalue "MDY" */
  dateOrder?: DateOrder;
  /** Skip format detection. */
  format?: SalesFormat;
  /**
   * IANA time zone of the marketplace (`America/Los_Angeles`) for files stamped in UTC (Amazon):
   * overrides the zone of the file's sales channel or currency.
   */
  timeZone?: string;
  /** The day a report without a date column covers (Amazon Business Report for one day), ISO. */
  reportDate?: string;
}

interface SalesImportMetaBase extends ImportMetaBase {
  format: SalesFormat | null;
  /** Order used for slash dates, or null when the column has none. */
  dateOrder: DateOrder | null;
  /** Order lines read into the daily totals. */
  importedLines: number;
  /** Cancelled / refunded / voided lines excluded, and their units. */
  cancelledLines: number;
  cancelledUnits: number;
  /** Column-description records skipped (TikTok exports). */
  descriptionRows: number;
  skuCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Everything the sales import reports besides its rows (see SalesLineNotes for the line notes). */
export type SalesImportMeta = SalesImportMetaBase & SalesLineNotes;

/**
 * The sales import: `history` holds the daily totals in flat arrays (what the plan reads); `rows`
 * lists them as `SalesRow` objects, made only when first read (3.65 M objects at 5,000 SKUs × 730
 * days, issue 16 scale).
 */
export type SalesImportResult = ImportResult<SalesRow, SalesImportMeta> & { history: SalesHistory };

/** Sales dated before this are a mistyped year (1924 for 2024), not history (issue 16 #6). */
export const EARLIEST_SALE = "2000-01-01";

/** Money to 6 decimals: drops binary noise (10 × 19.99 = 199.89999999999998) for any currency. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A slash-dated SKU-day (`03/04/2024`) until the column's day/month order is decided. */
interface Bucket {
  sku: string;
  token?: DateToken;
  units: number;
  promoUnits: number;
  lines: number;
  promoLines: number;
  hasPromoInfo: boolean;
  revenue: number;
  pricedUnits: number;
  pricedLines: number;
  listedPrice?: number;
  /** The date cell as first written (for messages). */
  raw?: string;
  /** Hash and row of the bucket's first record, then of later ones: duplicate detection. */
  h0: number;
  r0: number;
  seen?: Map<number, number>;
  /** Rows of this bucket, kept only when its date may still be rejected at the end. */
  rows?: number[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Distinct date cells remembered at once (see `readToken`). */
const TOKEN_CACHE_SIZE = 4096;

/** The SKU column's name as the header writes it (for issues about the SKU). */
const skuColumn = (bound: BoundFormat): string => bound.skuColumn;

/**
 * Options are the caller's, not the file's: a wrong one is a programming error and throws,
 * unlike bad file content, which only ever becomes issues.
 * @throws InputError when `asOf` is not a valid ISO date (`maxIssues` is checked by IssueCollector).
 */
function validateOptions(options: SalesImportOptions): void {
  for (const key of ["asOf", "reportDate", "latest"] as const) {
    const v = options[key];
    if (v !== undefined && (!ISO_DATE.test(v) || readDateToken(v) === null)) {
      throw new InputError(key, `must be an ISO date YYYY-MM-DD, got "${v}"`);
    }
  }
  if (options.timeZone !== undefined) checkTimeZone("timeZone", options.timeZone);
}

/** A streaming sales importer: feed it a header and records, then `finish`. */
export interface SalesSink extends TableSink {
  finish(encoding: DetectedEncoding, delimiter: string): SalesImportResult;
  /** The file is not a table (an image, an archive, a legacy .xls): one file-level error. */
  notText(label: string): void;
}

/**
 * Creates the streaming sales importer behind `importSales` (the xlsx reader feeds it too).
 * @example
 * const sink = createSalesSink({ asOf: "2024-12-31" });
 * sink.header(["date", "sku", "units"], 1); sink.row(["2024-11-11", "A", "3"], 2);
 * sink.finish("text", ",").rows // => [{ sku: "A", date: "2024-11-11", units: 3 }]
 */
export function createSalesSink(options: SalesImportOptions = {}, textLines = false): SalesSink {
  validateOptions(options);
  const file = new ImportFile(options.maxIssues, false); // duplicates are checked per SKU-day in addLine
  const { issues, gate } = file;
  const book = new SalesLineBook(issues, textLines);
  const formatOptions = { timeZone: options.timeZone, reportDate: options.reportDate };
  issues.decimal = options.decimal; // every number cell of the file reads with it (issue 16 #5)
  /** SKU-days of ISO-like dates (nearly every file). */
  const totals = new DailyTotals();
  /** SKU-days of slash dates, keyed by SKU and the date as written, until the order is decided. */
  const buckets = new Map<string, Bucket>();
  const dayOf = (token: DateToken & { kind: "ymd" }): number =>
    (token.day ??= isoToDayNumber("date", token.iso));
  const tokenCache = new Map<string, DateToken | null>();
  const skuKeys = new SkuKeys();
  const evidence: DateOrderEvidence = { mdyOnly: 0, dmyOnly: 0, ambiguous: 0 };
  const asOf = options.asOf;
  const latest = options.latest;
  let bound: BoundFormat | null = null;
  let headerOk = false;
  let importedLines = 0;
  let cancelledLines = 0;
  let cancelledUnits = 0;
  let descriptionRows = 0;
  let anySlash = false;

  let lastRaw = "";
  let lastToken: DateToken | null = null;
  const readToken = (raw: string): DateToken | null => {
    // daily sheets list every SKU of a day together: the previous record's date, no hashing
    if (raw === lastRaw && raw !== "") return lastToken;
    let t = tokenCache.get(raw);
    if (t === undefined) {
      t = readDateToken(raw);
      // Daily files repeat a few hundred date cells; order exports carry a timestamp per line,
      // all distinct: bound the cache so it never grows with the file.
      if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
      tokenCache.set(raw, t);
    }
    lastRaw = raw;
    lastToken = t;
    return t;
  };

  // The file's last line, and its day once the header says which column holds dates: with the
  // first imported day, the span the day arrays are sized for (DailyTotals.expectSpan).
  let lastCells: string[] | null = null;
  let lastDay: number | null = null;
  /** Date cells already read as a plausible ISO-like day (the plain-line path's dates). */
  const goodDays = new Map<string, number>();
  /** Adds a line dated `day` (hash = its record's `hashCells31`). */
  const addDay = (sku: string, day: number, amounts: LineAmounts, hash: number, row: number): void => {
    if (lastDay !== null) {
      totals.expectSpan(day, lastDay);
      lastDay = null;
    }
    // An exact repeat of a record has the same SKU and date cell, so it lands on this SKU-day.
    const first = totals.add(sku, day, amounts, hash, row);
    if (first >= 0) gate.duplicate(row, first);
    else importedLines++;
  };
  const addLine = (line: SalesLine, token: DateToken, row: number, cells: string[]): void => {
    const h = hashCells31(cells); // compared within one SKU-day only
    if (token.kind === "ymd") {
      const day = dayOf(token);
      if (goodDays.size >= TOKEN_CACHE_SIZE) goodDays.clear();
      goodDays.set(line.dateRaw, day);
      addDay(line.sku, day, line, h, row);
      return;
    }
    const key = `${line.sku}\u0001${token.a}/${token.b}/${token.y}`;
    let b = buckets.get(key);
    if (b) {
      const first = b.h0 === h ? b.r0 : b.seen?.get(h);
      if (first !== undefined) {
        gate.duplicate(row, first);
        return;
      }
      (b.seen ??= new Map()).set(h, row);
    } else {
      b = { h0: h, r0: row, sku: line.sku, ...noAmounts() };
      // A slash date only one order can read, or one that may lie after asOf, can still be
      // rejected once the column's order is known: keep its rows to report them one by one.
      anySlash = true;
      b.token = token;
      b.raw = line.dateRaw;
      const mayBeFuture =
        asOf !== undefined &&
        [resolveDateToken(token, "MDY"), resolveDateToken(token, "DMY")].some((d) => d !== null && d > asOf);
      if (token.mdy !== token.dmy || mayBeFuture) b.rows = [];
      if (token.mdy && !token.dmy) evidence.mdyOnly++;
      else if (token.dmy && !token.mdy) evidence.dmyOnly++;
      else if (token.a !== token.b) evidence.ambiguous++;
      buckets.set(key, b);
    }
    b.rows?.push(row);
    b.units += line.units;
    b.lines++;
    if (line.promo !== undefined) {
      b.hasPromoInfo = true;
      if (line.promo === 1) {
        b.promoUnits += line.units;
        b.promoLines++;
      }
    }
    if (line.revenue !== undefined) {
      b.revenue += line.revenue;
      b.pricedUnits += line.units;
      b.pricedLines++;
    }
    if (line.price !== undefined) b.listedPrice = line.price;
    importedLines++;
  };

  let awaitingFirstData = true;
  const inner: PreambleSink = {
    preamble: (row) => file.preamble(row),
    header(cells, row) {
      if (!file.takeHeader(cells, row)) return;
      bound = bindSalesFormat(file.header, options.format, formatOptions);
      if (bound.refusal) {
        issues.add(bound.refusal.code, "error", { row: 0, detail: bound.format });
        return;
      }
      if (bound.missing.length === 0) {
        headerOk = true;
        const at = file.header.indexOf(bound.dateColumn);
        const token = lastCells && at >= 0 ? readDateToken(cellAt(lastCells, at)) : null;
        if (token?.kind === "ymd") lastDay = dayOf(token);
        lastCells = null;
        return;
      }
      file.headerMismatch(row, bound.missing, bound.format);
    },
    row(cells, row) {
      file.anyRecord = true;
      if (!headerOk || !bound) {
        if (!isBlankRecord(cells)) gate.sourceRows++;
        return;
      }
      const first = awaitingFirstData && !isBlankRecord(cells);
      if (first) awaitingFirstData = false;
      if (first && bound.isDescriptionRow?.(cells)) {
        descriptionRows++;
        return;
      }
      if (!gate.admit(cells, row)) return;
      const line = bound.read(cells, row, issues);
      lastLine = line;
      if (!line) return;
      if (line.cancelled) {
        cancelledLines++;
        cancelledUnits += line.units;
        return;
      }
      line.sku = skuKeys.key(line.sku, row); // compared with the master's canonical keys
      if (line.sku === "") {
        issues.add("MISSING_SKU", "error", { row, column: skuColumn(bound) });
        return;
      }
      if (line.dateRaw === "") {
        issues.add("MISSING_VALUE", "error", { row, column: bound.dateColumn });
        return;
      }
      const token = readToken(line.dateRaw);
      if (!token) {
        issues.add("BAD_DATE", "error", { row, column: bound.dateColumn, value: line.dateRaw });
        return;
      }
      const implausible =
        token.kind === "ymd"
          ? token.iso < EARLIEST_SALE || (latest !== undefined && token.iso > latest)
          : token.y < 2000 || (latest !== undefined && token.y > Number(latest.slice(0, 4)));
      if (implausible) {
        // a mistyped year moved the plan date decades or switched the forecast method (issue 16 #6)
        issues.add("DATE_OUT_OF_RANGE", "error", {
          row,
          column: bound.dateColumn,
          value: line.dateRaw,
          detail: latest ? `${EARLIEST_SALE} … ${latest}` : `≥ ${EARLIEST_SALE}`,
        });
        return;
      }
      if (token.kind === "ymd" && asOf !== undefined && token.iso > asOf) {
        issues.add("FUTURE_DATE", "error", {
          row,
          column: bound.dateColumn,
          value: line.dateRaw,
          detail: asOf,
        });
        return;
      }
      // a quantity no SKU sells in a day (1e308 summed to Infinity, and the forecast failed on
      // "history[729]" without naming a file, row or SKU): rejected here, with all three (#14)
      if (
        !(line.units <= MAX_UNITS_PER_LINE) ||
        (line.revenue !== undefined && !Number.isFinite(line.revenue))
      ) {
        issues.add("OUT_OF_RANGE", "error", {
          row,
          column: "units",
          value: String(line.units),
          detail: `SKU ${line.sku}: ≤ ${MAX_UNITS_PER_LINE.toLocaleString("en-US")}`,
        });
        return;
      }
      addLine(line, token, row, cells);
    },
    malformed: (row, detail) => file.malformed(row, detail),
  };
  // The line book hears every record around `inner`: editor lines, order/product in messages,
  // lines keyed by title or id, units of rejected lines, currencies.
  let lastLine: SalesLine | null = null;
  const noted: PreambleSink = {
    ...inner,
    header(cells, row) {
      book.skip(cells);
      inner.header(cells, row);
    },
    row(cells, row) {
      if (!headerOk || !bound) {
        book.skip(cells);
        inner.row(cells, row);
        return;
      }
      lastLine = null;
      book.begin(cells, row, bound);
      inner.row(cells, row);
      book.end(cells, row, bound, lastLine);
    },
  };
  const search = withHeaderSearch(
    noted,
    (cells) =>
      bindSalesFormat(
        cells.map((c) => c.trim()),
        options.format,
        formatOptions,
      ).missing.length === 0,
  );
  const sink = file.sink(search, (encoding, delimiter) => {
    tokenCache.clear();
    reportCollapses(skuKeys, issues, bound ? skuColumn(bound) : "sku");
    const column = bound?.dateColumn ?? "date";
    let dateOrder: DateOrder | null = null;
    if (anySlash) {
      const decided = decideDateOrder(evidence, options.dateOrder ?? "MDY");
      dateOrder = decided.order;
      if (decided.ambiguous && options.dateOrder === undefined) {
        issues.add("AMBIGUOUS_DATE_ORDER", "warning", {
          row: 0,
          column,
          detail: dateOrder === "MDY" ? "MM/DD/YYYY" : "DD/MM/YYYY",
        });
      }
    }
    // Slash-dated SKU-days resolve now that the column's order is known, and join the ISO-dated
    // ones (two spellings of one day, `2024-01-13` and `01/13/2024`, merge here).
    for (const b of buckets.values()) {
      const iso = resolveDateToken(b.token!, dateOrder ?? "MDY");
      const raw = b.raw ?? "";
      if (iso === null) {
        for (const r of b.rows ?? []) {
          issues.add("BAD_DATE", "error", {
            row: r,
            column,
            value: raw,
            detail: dateOrder === "MDY" ? " as MM/DD/YYYY" : " as DD/MM/YYYY",
          });
        }
        continue;
      }
      if (asOf !== undefined && iso > asOf) {
        for (const r of b.rows ?? []) {
          issues.add("FUTURE_DATE", "error", { row: r, column, value: raw, detail: asOf });
        }
        continue;
      }
      totals.addTotal(b.sku, { ...b, day: isoToDayNumber("date", iso) });
    }
    buckets.clear();
    // Sorted by SKU, each SKU's days in flat arrays (no object per SKU-day: issue 16 scale).
    const skus = [...totals.skus()].sort();
    const perSku: SkuHistory[] = [];
    for (const sku of skus) {
      const span = totals.span(sku);
      if (!span) continue;
      const h = emptySku(sku, span.first, span.last - span.first + 1);
      perSku.push(h);
      totals.eachDay(sku, (d) => {
        const i = d.day - span.first;
        h.units[i] = d.units;
        let flags = DAY_ROW;
        if (d.hasPromoInfo) {
          flags |= DAY_PROMO_INFO;
          // promo day = at least half the units sold on promo (zero-unit day: any promo line)
          if (d.units > 0 ? d.promoUnits * 2 >= d.units : d.promoLines > 0) flags |= DAY_PROMO;
        }
        h.flags[i] = flags;
        if (d.pricedLines === d.lines) h.revenue[i] = round6(d.revenue);
        if (d.pricedUnits > 0) h.price[i] = round6(d.revenue / d.pricedUnits);
        else if (d.listedPrice !== undefined) h.price[i] = d.listedPrice;
      });
    }
    const history = new SalesHistory(perSku);
    file.closeIssues(headerOk);
    const result: SalesImportResult = {
      history,
      rows: [],
      issues: issues.issues,
      meta: {
        ...file.metaBase(encoding, delimiter),
        format: bound ? (bound as BoundFormat).format : null,
        dateOrder,
        importedLines,
        cancelledLines,
        cancelledUnits,
        descriptionRows,
        skuCount: skus.length,
        firstDate: history.firstDate,
        lastDate: history.lastDate,
        ...book.notes(),
      },
    };
    // the rows only when asked for: the plan reads `history` (no object per SKU-day)
    let rows: SalesRow[] | null = null;
    Object.defineProperty(result, "rows", {
      enumerable: true,
      configurable: true,
      get: () => (rows ??= history.rows()),
      set: (v: SalesRow[]) => (rows = v),
    });
    return result;
  });
  sink.lastLine = (cells) => (lastCells = cells);

  // plain lines of the generic file, read in place (see plainSalesLine.ts)
  sink.plainRow = plainSalesReader({
    plainColumns: () => (headerOk && !awaitingFirstData ? bound?.plainColumns : undefined),
    width: () => file.header.length,
    point: issues.decimal !== ",",
    maxUnits: MAX_UNITS_PER_LINE,
    knownDay: (raw) => goodDays.get(raw),
    skuKey: (raw, row) => skuKeys.key(raw, row),
    add(sku, day, amounts, hash, row) {
      file.anyRecord = true;
      gate.sourceRows++;
      addDay(sku, day, amounts, hash, row);
    },
  });
  return sink;
}

/**
 * Imports a sales history file (text or bytes; CSV, TSV or semicolon-separated; UTF-8 ± BOM or
 * GBK) into daily units per SKU, with one issue per bad row. Never throws on bad content.
 * @throws InputError for a bad option: `asOf` not an ISO date, `maxIssues` not a whole number ≥ 0.
 * @example
 * importSales("date,sku,units\n2024-11-11,A,3\n2024-11-11,A,2\n").rows
 * // => [{ sku: "A", date: "2024-11-11", units: 5 }]
 */
export function importSales(input: ImportInput, options: SalesImportOptions = {}): SalesImportResult {
  return importDelimited(input, options, (o) => createSalesSink(o, true)); // text: editor lines
}
