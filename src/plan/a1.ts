/**
 * A1 addresses: the one module for column letters, cell and range addresses and sheet-qualified
 * references, used by the plan builder, both writers (src/excel, src/cli) and the rebuild's
 * read-back. Addresses in a PlanModel are upper-case A1 without `$` (src/plan/types.ts); Excel's
 * own limits are 1,048,576 rows × 16,384 columns (XFD). Pure: no Office, no Node.
 */

/** A 0-based, inclusive rectangle of cells. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Column letters → 0-based index (bijective base 26: A=0, Z=25, AA=26).
 * @throws Error when the letters are not A–Z
 * @example
 * columnIndex("AA") // => 26
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * 0-based column index → letters.
 * @example
 * colLetter(27) // => "AB"
 */
export function colLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * `B4` or `A30:P42` (optionally with `$`) → rectangle.
 * @throws Error when the text is not an A1 cell or range
 * @example
 * parseRange("B4:C5") // => { top: 3, left: 1, bottom: 4, right: 2 }
 */
export function parseRange(address: string): CellRect {
  // the common case, a plain `B4` or `A30:P42`, read without a regex or new strings (the writers
  // and the rebuild read hundreds of thousands of addresses at 5,000 SKUs, issue 16)
  if (!address.includes("$")) {
    const colon = address.indexOf(":");
    const a = scanCell(address, 0, colon < 0 ? address.length : colon, 7);
    const b = colon < 0 ? a : scanCell(address, colon + 1, address.length, 7);
    if (a && b && address.indexOf(":", colon + 1) < 0) {
      return {
        top: Math.min(a.row, b.row) - 1,
        left: Math.min(a.col, b.col) - 1,
        bottom: Math.max(a.row, b.row) - 1,
        right: Math.max(a.col, b.col) - 1,
      };
    }
  }
  const parts = address.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) throw new Error(`not an A1 range: ${address}`);
  const cells = parts.map((p) => {
    const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(p);
    if (!m) throw new Error(`not an A1 range: ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  });
  const a = cells[0];
  const b = cells[1] ?? a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Rectangle → `B4` or `B4:C5`. */
export function formatRange(r: CellRect): string {
  const tl = `${colLetter(r.left)}${r.top + 1}`;
  const br = `${colLetter(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** Sheet name as it must appear in a formula: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Absolute reference with sheet, the form Excel stores for defined names.
 * @example
 * absoluteReference("Plan 1", "B4") // => "'Plan 1'!$B$4"
 */
export function absoluteReference(sheet: string, address: string): string {
  const abs = formatRange(parseRange(address))
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheetName(sheet)}!${abs}`;
}

/**
 * Splits `'Monitor'!$A$5:$A$35` into sheet and address.
 * @throws Error when there is no sheet part
 * @example
 * splitReference("'Monitor'!$A$5:$A$35") // => { sheet: "Monitor", address: "A5:A35" }
 */
export function splitReference(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) throw new Error(`reference without a sheet: ${ref}`);
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
}

/**
 * Parses an A1 cell address (no sheet, `$` allowed) into a 1-based row and column.
 * @throws Error when the text is not an A1 cell address
 * @example parseA1("AB12") // => { row: 12, col: 28 }
 */
export function parseA1(address: string): { row: number; col: number } {
  const cell = scanCell(address, 0, address.length, Infinity);
  if (!cell) throw new Error(`"${address}" is not an A1 cell address`);
  return cell;
}

/**
 * `text[from, to)` as `$?letters$?digits` (1–3 letters A–Z in either case, 1 to `maxDigits`
 * digits) → 1-based row and column, or null: `parseA1`'s rule, read character by character.
 */
function scanCell(
  text: string,
  from: number,
  to: number,
  maxDigits: number,
): { row: number; col: number } | null {
  let i = from;
  if (text.charCodeAt(i) === 36) i++; // $
  const lettersFrom = i;
  let col = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i) & ~32; // a–z → A–Z (and nothing else into A–Z)
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  if (i - lettersFrom < 1 || i - lettersFrom > 3) return null;
  if (text.charCodeAt(i) === 36 && i < to) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > maxDigits) return null;
  // past 15 digits the sum may round differently from Number's parse of the text
  return { row: digits > 15 ? Number(text.slice(digitsFrom, to)) : row, col };
}

/** The A1 address of a 1-based row and column. @example toA1(12, 28) // => "AB12" */
export function toA1(row: number, col: number): string {
  return `${colLetter(col - 1)}${row}`;
}

/**
 * Splits `'My ''x'' sheet'!$B$5` (optionally with a leading `=`) into sheet and A1 address.
 * @returns null for anything else (#REF!, several areas, a constant, an external link)
 * @example parseSheetRef("='StockUp Plan'!$B$5") // => { sheet: "StockUp Plan", address: "B5" }
 */
export function parseSheetRef(text: string): { sheet: string; address: string } | null {
  const t = text.trim().replace(/^=/, "");
  let sheet: string;
  let rest: string;
  if (t.startsWith("'")) {
    let i = 1;
    sheet = "";
    for (;;) {
      if (i >= t.length) return null;
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += t[i++];
    }
    if (t[i + 1] !== "!") return null;
    rest = t.slice(i + 2);
  } else {
    const bang = t.lastIndexOf("!");
    if (bang <= 0) return null;
    sheet = t.slice(0, bang);
    if (/[[\]'",()]/.test(sheet)) return null;
    rest = t.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(rest);
  if (!m) return null;
  const a = `${m[1].toUpperCase()}${m[2]}`;
  return { sheet, address: m[3] ? `${a}:${m[3].toUpperCase()}${m[4]}` : a };
}

/** 1-based bounds of an A1 range (sheet prefix and `$` allowed). */
export function rangeBounds(range: string): { top: number; left: number; bottom: number; right: number } {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = bare.replace(/\$/g, "").split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}
