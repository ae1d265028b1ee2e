import { isIsoDate } from "./dates";

/** One observed day: units sold, of one SKU when the line named it, else of all SKUs. */
export interface ActualDay {
  date: string;
  sku?: string;
  units: number;
}

/**
 * Parse pasted actuals: one `date, units` or `date, sku, units` per line (comma, semicolon, tab).
 * A header line (no date in it) is skipped; other unreadable lines are reported by number.
 */
export function parseActuals(text: string): { days: ActualDay[]; badLines: number[] } {
  const days: ActualDay[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parts = line.split(/[,;\t]/).map((p) => p.trim());
    if (i === 0 && !/\d{4}-\d{2}-\d{2}/.test(line)) return; // header
    const units = Number(parts[parts.length - 1]);
    const ok =
      (parts.length === 2 || parts.length === 3) &&
      isIsoDate(parts[0]) &&
      parts[parts.length - 1] !== "" &&
      Number.isFinite(units) &&
      units >= 0;
    if (!ok) badLines.push(i + 1);
    else days.push(parts.length === 3 ? { date: parts[0], sku: parts[1], units } : { date: parts[0], units });
  });
  return { days, badLines };
}
