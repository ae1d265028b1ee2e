/**
 * Plain lines of the generic sales file, read in place (issue 16 scale): a line whose cells are
 * all plain — an ISO date already imported, a printable SKU, plain numbers, a 1/0 flag — goes
 * straight into the day totals, without its cells array, their strings and a `SalesLine`. The
 * record path's checks would all pass on such a line and its totals would be the same, so the
 * result is the record path's; anything else returns false before any state changes and takes
 * the record path. test/import/plainLines.test.ts checks both paths agree on generated files.
 */
import type { LineAmounts } from "./dailyTotals";
import type { PlainColumns } from "./formats/types";
import { plainNumberIn } from "./parseNumber";
import { PlainLine } from "./plainLine";
import type { TableSink } from "./readTable";

/** What the reader needs from the sales importer (the importer's state stays there). */
export interface PlainSalesImporter {
  /** The generic file's columns once its header is bound and its first data line read, else undefined. */
  plainColumns(): PlainColumns | undefined;
  /** Cells in the header (a line with another count gets the FIELD_COUNT warning there). */
  width(): number;
  /** The file's numbers use a decimal point (decided once per file). */
  point: boolean;
  /** Units one line may hold. */
  maxUnits: number;
  /** The day of a date cell the record path already imported, else undefined. */
  knownDay(raw: string): number | undefined;
  /** The SKU key of a raw SKU (the record path's next call for a line this far). */
  skuKey(raw: string, row: number): string;
  /** Counts the record and adds its amounts to the SKU-day (`hash` = its `hashCells31`). */
  add(sku: string, day: number, amounts: LineAmounts, hash: number, row: number): void;
}

/** The sink's `plainRow` for a sales importer. */
export function plainSalesReader(importer: PlainSalesImporter): NonNullable<TableSink["plainRow"]> {
  const scan = new PlainLine();
  let lastDate = "\n"; // no cell of a plain line holds a line break
  let lastDay = 0;
  const amounts: LineAmounts = { units: 0, promo: undefined, revenue: undefined, price: undefined };
  const { point, maxUnits } = importer;

  /** An optional number cell: null when absent or empty, undefined when not plain. */
  const optionalNumber = (col: number): number | null | undefined => {
    if (col < 0) return null;
    const from = scan.from(col);
    const to = scan.to(col);
    return from === to ? null : plainNumberIn(scan.text, from, to, point);
  };

  return (text, start, end, row, delimiter) => {
    const cols = importer.plainColumns();
    if (cols === undefined || delimiter.length !== 1) return false;
    if (!scan.scan(text, start, end, delimiter.charCodeAt(0)) || scan.cells !== importer.width())
      return false;
    const units = plainNumberIn(text, scan.from(cols.units), scan.to(cols.units), point);
    if (units === undefined || !(units >= 0 && units <= maxUnits)) return false;
    const price = optionalNumber(cols.price);
    const revenue = optionalNumber(cols.revenue);
    if (price === undefined || revenue === undefined) return false;
    let promo: 0 | 1 | undefined;
    if (cols.promo >= 0) {
      if (scan.cellIs(cols.promo, "1")) promo = 1;
      else if (scan.cellIs(cols.promo, "0")) promo = 0;
      else return false;
    }
    // the previous line's date again (a daily file lists a day's SKUs together), else any known
    let day: number | undefined = lastDay;
    if (!scan.cellIs(cols.date, lastDate)) {
      const raw = scan.cell(cols.date);
      day = importer.knownDay(raw);
      if (day === undefined) return false;
      lastDate = raw;
      lastDay = day;
    }
    const from = scan.from(cols.sku);
    const to = scan.to(cols.sku);
    if (to <= from || !plainSkuEnds(text.charCodeAt(from), text.charCodeAt(to - 1))) return false;
    const sku = importer.skuKey(text.slice(from, to), row);
    if (sku === "") return false; // (MISSING_SKU on the record path; the key is idempotent)
    amounts.units = units;
    amounts.promo = promo;
    amounts.price = price ?? undefined;
    amounts.revenue = revenue ?? (price === null ? undefined : price * units);
    importer.add(sku, day, amounts, scan.hash, row);
    return true;
  };
}

/**
 * True when a SKU cell with these first and last characters reads as it is: nothing for `cellAt`
 * to trim (space or no-break space first, whitespace last) and not formula-like (`= + - @`, tab,
 * CR first: FORMULA_TEXT). Other SKUs take the record path.
 */
function plainSkuEnds(first: number, last: number): boolean {
  return (
    first > 32 &&
    first !== 0xa0 &&
    first !== 0x3d && // =
    first !== 0x2b && // +
    first !== 0x2d && // -
    first !== 0x40 && // @
    last > 32 &&
    last < 127
  );
}
