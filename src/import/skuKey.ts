/**
 * One canonical form for SKU keys, used wherever SKUs are compared: sales ↔ SKU master ↔ the
 * plan's SKU table read back on a rebuild. Two spellings a buyer cannot tell apart on screen
 * must be one SKU (issue 16 #3: a zero-width space in an export made a SKU's forecast 0, a
 * leading ideographic space made a rebuild copy one SKU's on-hand onto another).
 */
import type { IssueCollector } from "./issueCollector";

/**
 * Characters that render as nothing: zero-width space / non-joiner / joiner (U+200B–U+200D),
 * LRM/RLM (U+200E/F), bidi embeddings and isolates (U+202A–U+202E, U+2066–U+2069), word joiner
 * and invisible operators (U+2060–U+2064), BOM / zero-width no-break space (U+FEFF), soft hyphen
 * (U+00AD), Mongolian vowel separator (U+180E), and C0/C1 controls (a tab or CR pasted in).
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Hyphen (U+2010) and non-breaking hyphen (U+2011; NFKC turns it into U+2010) read as "-". */
const HYPHENS = /[\u2010\u2011]/g;
/** Printable ASCII with no blank at either end: nothing to normalise (nearly every SKU). */
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * The key a SKU is compared by: Unicode NFKC (full-width `ＳＫＵ－１` → `SKU-1`, ideographic and
 * no-break spaces → space), invisible characters removed, (non-breaking) hyphens → `-`, blanks
 * at both ends trimmed. Letter case is kept: marketplaces treat `sku-1` and `SKU-1` as two SKUs.
 * @example canonicalSku("\u3000SKU\u20111\u200b") // => "SKU-1"
 * @example canonicalSku("ＳＫＵ－１") // => "SKU-1"
 */
export function canonicalSku(raw: string): string {
  if (PLAIN.test(raw)) return raw;
  return raw.normalize("NFKC").replace(INVISIBLE, "").replace(HYPHENS, "-").trim();
}

/** Two raw spellings that became one SKU key: the first seen and a later one. */
export interface SkuCollapse {
  sku: string;
  first: string;
  other: string;
  /** Source row of the later spelling. */
  row: number;
}

/**
 * Canonicalises the SKUs of one file and notices when two different raw spellings collapse
 * into one key (reported once per extra spelling, so the buyer sees both names). Memory grows
 * with distinct spellings (a few thousand), not rows.
 * @example
 * const keys = new SkuKeys(); keys.key("A", 2); keys.key("A\u200b", 3);
 * keys.collapses // => [{ sku: "A", first: "A", other: "A\u200b", row: 3 }]
 */
export class SkuKeys {
  readonly collapses: SkuCollapse[] = [];
  private readonly spellings = new Map<string, Spelling>();
  private readonly firstSpelling = new Map<string, string>();
  private last: Spelling | undefined;

  /** The canonical key of `raw` (row = the source row, for the collapse report). */
  key(raw: string, row: number): string {
    // Exports repeat one order of SKUs: a SKU's lines together (the previous record's SKU), or
    // every SKU of a day in the same order as the day before (the SKU that followed the previous
    // record's SKU last time). Both are checked by comparing text, without hashing the cell.
    const last = this.last;
    if (last !== undefined) {
      if (raw === last.raw) return last.key;
      const next = last.next;
      if (next !== undefined && raw === next.raw) {
        this.last = next;
        return next.key;
      }
    }
    let s = this.spellings.get(raw);
    if (s === undefined) {
      s = { raw, key: canonicalSku(raw) };
      this.spellings.set(raw, s);
      const first = this.firstSpelling.get(s.key);
      if (first === undefined) this.firstSpelling.set(s.key, raw);
      else this.collapses.push({ sku: s.key, first, other: raw, row });
    }
    if (last !== undefined) last.next = s;
    this.last = s;
    return s.key;
  }
}

/** A raw SKU spelling, its key, and the spelling that followed it last time. */
interface Spelling {
  raw: string;
  key: string;
  next?: Spelling;
}

/**
 * A spelling shown in a message: invisible characters made visible as `<U+200B>`, so "SKU-1"
 * and "SKU-1<U+200B>" do not look identical in the warning that names both.
 * @example visibleSku("A\u200b") // => "A<U+200B>"
 */
export function visibleSku(raw: string): string {
  return raw.replace(
    /[\u0000-\u001f\u007f-\u00a0\u00ad\u180e\u2000-\u200f\u2010\u2011\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]/g,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

/**
 * Reports each collapse as a SKU_SPELLINGS warning naming both spellings (invisible characters
 * shown as `<U+…>`), on the row of the later spelling.
 */
export function reportCollapses(keys: SkuKeys, issues: IssueCollector, column: string): void {
  for (const c of keys.collapses) {
    issues.add("SKU_SPELLINGS", "warning", {
      row: c.row,
      column,
      value: visibleSku(c.other),
      detail: visibleSku(c.first),
    });
  }
}
