/** Delimiters the importers detect, in order of preference on a tie. */
export const DELIMITERS = [",", "\t", ";"] as const;

/**
 * Picks the delimiter of a delimited text file from its first line (the header): the candidate
 * (comma, tab, semicolon) that occurs most often outside double quotes. Headers are the most
 * regular line of an export, so one line is enough and no data is scanned.
 * Returns "," when none occurs (a one-column file, or a wrong delimiter the caller reports).
 * @example detectDelimiter("date;sku;units\n2024-01-01;A;3") // => ";"
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  const limit = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const c = counts.get(d)!;
    if (c > bestCount) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}
