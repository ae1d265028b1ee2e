/**
 * One canonical form for SKU keys, used wherever SKUs are compared: sales ↔ SKU master ↔ the
 * plan's SKU table read back on a rebuild. Two spellings a buyer cannot tell apart on screen
 * must be one SKU (issue 16 #3: a zero-width space in an export made a SKU's forecast 0, a
 * leading ideographic space made a rebuild copy one SKU's on-hand onto another).
 */
import type { IssueCollector } from "./issueCollector";
import { SkuOrderMap } from "./skuOrderMap";

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
  private readonly spellings = new SkuOrderMap<string>();
  private readonly firstSpelling = new Map<string, string>();
  /** The row of the lookup in progress (for the collapse report of a new spelling). */
  private row = 0;

  /** The canonical key of `raw` (row = the source row, for the collapse report). */
  key(raw: string, row: number): string {
    this.row = row;
    return this.spellings.get(raw, this.newSpelling);
  }

  /** A spelling seen for the first time: its key, and whether it collapses into an earlier one. */
  private readonly newSpelling = (raw: string): string => {
    const key = canonicalSku(raw);
    const first = this.firstSpelling.get(key);
    if (first === undefined) this.firstSpelling.set(key, raw);
    else this.collapses.push({ sku: key, first, other: raw, row: this.row });
    return key;
  };
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
