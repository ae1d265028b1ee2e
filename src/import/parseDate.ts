import { excelSerialToIso } from "../core";
import type { DateOrder } from "./types";

/**
 * A date cell read without deciding day/month order yet:
 * - `ymd`: unambiguous (ISO `2024-11-11`, `2024/11/11`, `2024年11月11日`, `20241111`, an Excel
 *   serial), already an ISO date;
 * - `slash`: `a/b/yyyy` (also `-` or `.`), MM/DD or DD/MM, decided for the whole column by
 *   `decideDateOrder`. `mdy` / `dmy` say which readings are valid calendar dates.
 */
export type DateToken =
  | {
      kind: "ymd";
      iso: string;
      /** Day number (days since 1970-01-01), filled in by whoever needs it. */ day?: number;
    }
  | { kind: "slash"; a: number; b: number; y: number; mdy: boolean; dmy: boolean };

/** Excel serial range accepted as a date: 1954-10-03 … 2119-01-10, so quantities are not dates. */
export const EXCEL_SERIAL_MIN = 20000;
export const EXCEL_SERIAL_MAX = 80000;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO `YYYY-MM-DD` for a valid y/m/d, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate(); // day 0 of next month = last day of m
  if (d > dim) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** ISO date of an Excel 1900-system serial: the core's one conversion (1900 leap-day quirk included). */
export { excelSerialToIso };

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?=$|[T\s,])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=$|[T\s,])/;
const SERIAL = /^\d{5}(\.\d+)?$/;

/**
 * Reads the calendar date of a cell. A time and zone after the date (`2024-07-16T23:30:00-07:00`,
 * `11/11/2024 10:23:45 AM`, `2024-11-29 10:15:32 -0500`) are ignored: the buyer's report day is
 * the local date as written, not the UTC date. Returns null when the text is not a valid date.
 * @example readDateToken("2024-07-16T23:30:00-07:00") // => { kind: "ymd", iso: "2024-07-16" }
 * @example readDateToken("45607") // => { kind: "ymd", iso: "2024-11-11" }
 */
export function readDateToken(raw: string): DateToken | null {
  const s = raw.trim();
  let m = YMD.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { kind: "ymd", iso } : null;
  }
  if (SERIAL.test(s)) {
    const n = Number(s);
    if (n < EXCEL_SERIAL_MIN || n > EXCEL_SERIAL_MAX) return null;
    return { kind: "ymd", iso: excelSerialToIso(n) };
  }
  m = SLASH.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const mdy = isoDate(y, a, b) !== null;
    const dmy = isoDate(y, b, a) !== null;
    return mdy || dmy ? { kind: "slash", a, b, y, mdy, dmy } : null;
  }
  return null;
}

/** ISO date of a token under `order`, or null when the token is not a date in that order. */
export function resolveDateToken(token: DateToken, order: DateOrder): string | null {
  if (token.kind === "ymd") return token.iso;
  return order === "MDY" ? isoDate(token.y, token.a, token.b) : isoDate(token.y, token.b, token.a);
}

/** Evidence for the day/month order of one column: tokens only one order can read. */
export interface DateOrderEvidence {
  mdyOnly: number;
  dmyOnly: number;
  /** Slash tokens both orders read, with different results (a ≠ b). */
  ambiguous: number;
}

/**
 * Decides MM/DD vs DD/MM for a whole column: the order that reads more of its dates (`13/11`
 * can only be DD/MM, `11/13` only MM/DD). When no date decides it, `fallback` is used and
 * `ambiguous` is true so the caller can warn.
 * @example decideDateOrder({ mdyOnly: 0, dmyOnly: 4, ambiguous: 9 }, "MDY") // => { order: "DMY", ambiguous: false }
 */
export function decideDateOrder(
  evidence: DateOrderEvidence,
  fallback: DateOrder,
): { order: DateOrder; ambiguous: boolean } {
  if (evidence.mdyOnly > evidence.dmyOnly) return { order: "MDY", ambiguous: false };
  if (evidence.dmyOnly > evidence.mdyOnly) return { order: "DMY", ambiguous: false };
  return { order: fallback, ambiguous: evidence.ambiguous > 0 || evidence.mdyOnly > 0 };
}
