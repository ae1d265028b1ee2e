/**
 * What the sales importer notes about each record besides its units, so a buyer can find and fix
 * a bad line and knows what was assumed: the line a text editor shows it on (quoted notes that
 * span lines push later records down), its order and product (named in its issues), lines keyed
 * by a product title or a platform SKU id instead of a seller SKU (one warning per key, units
 * counted), the units of rejected lines (what `--skip-bad-rows` leaves out), the currencies.
 */
import type { IssueCollector } from "./issueCollector";
import type { IssueLocation } from "./messages";
import type { BoundFormat, SalesLine } from "./salesFormats";
import { countableUnits } from "./unitLimits";

/** Lines keyed by something other than a seller SKU, and their units. */
export interface KeyedLines {
  lines: number;
  units: number;
  /** Distinct keys (titles or ids). */
  keys: number;
}

/** The book's part of the sales import's `meta`. */
export interface SalesLineNotes {
  /** Lines without a seller SKU kept under their product title (Shopify, Etsy, WooCommerce, Shopee). */
  keyedByTitle: KeyedLines;
  /** Lines without a seller SKU kept under the platform's SKU id (TikTok SKU ID, Lazada SKU). */
  keyedBySkuId: KeyedLines;
  /** Units on rejected lines (not imported), as far as the line said: skipped with --skip-bad-rows. */
  rejectedUnits: number;
  /** Currency codes seen in the file's currency column, sorted (empty when it has none). */
  currencies: string[];
  /** Time zones UTC timestamps were dated in (Amazon: the marketplace's), sorted; empty when none. */
  timeZones: string[];
}

export class SalesLineBook {
  /** Line breaks inside the records read so far (quoted multi-line cells). */
  private extraLines = 0;
  private readonly keyed = {
    title: { lines: 0, units: 0, keys: new Set<string>() },
    skuId: { lines: 0, units: 0, keys: new Set<string>() },
  };
  private readonly currencies = new Set<string>();
  private rejectedUnits = 0;
  private lastCurrency = "";
  private readonly zones = new Set<string>();
  private lastZone = "";
  /** The record being read (what `locate` reads when one of its cells has an issue). */
  private cells: string[] = [];
  private bound: BoundFormat | null = null;
  private line: number | undefined = undefined;
  /**
   * One issue context for every record, its row moved along: most records have no issue, so the
   * order, product and line are looked up only in `locate` (no object or closure per record).
   */
  private readonly context = {
    row: 0,
    locate: (): IssueLocation => ({
      ...this.bound?.context?.(this.cells),
      ...(this.line !== undefined ? { line: this.line } : {}),
    }),
  };

  /** @param editorLines true for text files (an .xlsx has rows, not lines). */
  constructor(
    private readonly issues: IssueCollector,
    private readonly editorLines: boolean,
  ) {}

  /** Counts a record's line breaks (header, title lines: any record before the data too). */
  skip(cells: readonly string[]): void {
    if (this.editorLines) this.extraLines += lineBreaks(cells);
  }

  /** A data record is about to be read: its issues will name its order, product and line. */
  begin(cells: string[], row: number, bound: BoundFormat): void {
    this.line = this.editorLines ? row + this.extraLines : undefined;
    this.cells = cells;
    this.bound = bound;
    this.context.row = row;
    this.issues.context = this.context;
    if (this.editorLines) this.extraLines += lineBreaks(cells);
    const currency = bound.currency?.(cells);
    if (currency && currency !== this.lastCurrency) {
      this.lastCurrency = currency;
      this.currencies.add(currency.toUpperCase());
    }
  }

  /** The record's line was read (null = rejected by the reader); `imported` = it reached the totals. */
  end(cells: string[], row: number, bound: BoundFormat, line: SalesLine | null): void {
    if (line?.zone && line.zone !== this.lastZone) this.zones.add((this.lastZone = line.zone));
    if (line && !line.cancelled && this.issues.isRejected(row))
      this.rejectedUnits += countableUnits(line.units);
    else if (!line && this.issues.isRejected(row))
      this.rejectedUnits += countableUnits(bound.units?.(cells) ?? 0);
    else if (line?.keyedBy && !line.cancelled) {
      const k = this.keyed[line.keyedBy];
      k.lines++;
      k.units += line.units;
      if (!k.keys.has(line.sku)) {
        k.keys.add(line.sku);
        this.issues.add(line.keyedBy === "title" ? "SKU_FROM_TITLE" : "SKU_FROM_ID", "warning", {
          row,
          column: bound.fallbackColumn ?? "",
          value: line.sku,
          detail: bound.skuColumn,
        });
      }
    }
    this.issues.context = null;
  }

  notes(): SalesLineNotes {
    const out = (k: { lines: number; units: number; keys: Set<string> }): KeyedLines => ({
      lines: k.lines,
      units: k.units,
      keys: k.keys.size,
    });
    return {
      keyedByTitle: out(this.keyed.title),
      keyedBySkuId: out(this.keyed.skuId),
      rejectedUnits: this.rejectedUnits,
      currencies: [...this.currencies].sort(),
      timeZones: [...this.zones].sort(),
    };
  }
}

/** Line breaks inside a record's cells (CRLF counts once). */
function lineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    for (let i = c.indexOf("\n"); i >= 0; i = c.indexOf("\n", i + 1)) n++;
  }
  return n;
}
