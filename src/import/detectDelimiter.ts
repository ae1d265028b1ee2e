/** Delimiters the importers detect, in order of preference on a tie. */
export const DELIMITERS = [",", "\t", ";"] as const;

/** Lines examined: the header may sit below a title line or two (see `withHeaderSearch`). */
const LINES_EXAMINED = 10;

/**
 * Picks the delimiter of a delimited text file from its first lines: for each of the first 10
 * non-blank lines, the candidate (comma, tab, semicolon) that occurs most often outside double
 * quotes; the line with the highest such count wins (the header is the widest regular line, a
 * title line above it has few or none). No data beyond those lines is scanned.
 * Returns "," when none occurs (a one-column file, or a wrong delimiter the caller reports).
 * @example detectDelimiter("date;sku;units\n2024-01-01;A;3") // => ";"
 * @example detectDelimiter("Sales report\ndate\tsku\tunits\n") // => "\t"
 */
export function detectDelimiter(text: string): string {
  let best = ",";
  let bestCount = 0;
  let lines = 0;
  let i = 0;
  const limit = Math.min(text.length, 256 * 1024);
  while (i < limit && lines < LINES_EXAMINED) {
    const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
    let inQuotes = false;
    let nonBlank = false;
    for (; i < limit; i++) {
      const ch = text[i];
      if (ch === '"') inQuotes = !inQuotes;
      else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
      else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
      if (ch !== " " && ch !== "\t") nonBlank = true;
    }
    i++; // past the line break
    if (!nonBlank) continue;
    lines++;
    for (const d of DELIMITERS) {
      const c = counts.get(d)!;
      if (c > bestCount) {
        best = d;
        bestCount = c;
      }
    }
  }
  return best;
}
