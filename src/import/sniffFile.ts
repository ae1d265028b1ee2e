/**
 * What kind of file some bytes are, from their first bytes (no file name needed): an .xlsx (a
 * ZIP holding `xl/workbook.xml`), another ZIP, a legacy .xls (OLE2), an image, a PDF, or text.
 * The importers turn anything but text and .xlsx into one clear file-level issue naming the
 * type (issue 16 #13: a PNG renamed .csv read as "one column", a ZIP without a workbook as "The
 * file is empty").
 * @example sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // => "zip"
 */
export type FileKind = "xlsx" | "zip" | "xls" | "image" | "pdf" | "text";

/** Bytes at the start of each binary type, and the name a message shows for it. */
const MAGIC: readonly [bytes: readonly number[], kind: FileKind, label: string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], "xls", "XLS (97–2003 workbook)"],
  [[0x89, 0x50, 0x4e, 0x47], "image", "PNG"],
  [[0xff, 0xd8, 0xff], "image", "JPEG"],
  [[0x47, 0x49, 0x46, 0x38], "image", "GIF"],
  [[0x42, 0x4d], "image", "BMP"],
  [[0x25, 0x50, 0x44, 0x46], "pdf", "PDF"],
  [[0x1f, 0x8b], "zip", "GZIP"],
  [[0x37, 0x7a, 0xbc, 0xaf], "zip", "7Z"],
  [[0x52, 0x61, 0x72, 0x21], "zip", "RAR"],
];

const startsWith = (b: Uint8Array, m: readonly number[]): boolean =>
  b.length >= m.length && m.every((x, i) => b[i] === x);

/** The kind and a language-neutral type name ("PNG", "ZIP", "XLS (97–2003 workbook)") for messages. */
export function describeFile(input: Uint8Array | ArrayBuffer): { kind: FileKind; label: string } {
  const b = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(b);
    if (names.includes("xl/workbook.xml")) return { kind: "xlsx", label: "XLSX" };
    if (names.some((n) => n.startsWith("word/"))) return { kind: "zip", label: "DOCX (Word)" };
    if (names.includes("content.xml")) return { kind: "zip", label: "ODS/ODT (OpenDocument)" };
    return { kind: "zip", label: "ZIP" };
  }
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && b[8] === 0x57 && b[9] === 0x45)
    return { kind: "image", label: "WEBP" };
  for (const [m, kind, label] of MAGIC) if (startsWith(b, m)) return { kind, label };
  return { kind: "text", label: "text" };
}

/**
 * The file kind alone.
 * @example sniffFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // => "xls"
 */
export function sniffFile(input: Uint8Array | ArrayBuffer): FileKind {
  return describeFile(input).kind;
}

/**
 * Entry names of a ZIP from its central directory (found through the end-of-central-directory
 * record in the last 64 KB), so a workbook is told from any other archive without unpacking.
 * A damaged archive gives what could be read (possibly nothing).
 */
export function zipEntryNames(b: Uint8Array): string[] {
  const u32 = (o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
  const u16 = (o: number): number => b[o] | (b[o + 1] << 8);
  let eocd = -1;
  for (let o = b.length - 22; o >= Math.max(0, b.length - 22 - 0xffff); o--) {
    if (u32(o) === 0x06054b50) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = u16(eocd + 10);
  let o = u32(eocd + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count && o + 46 <= b.length && u32(o) === 0x02014b50; k++) {
    const n = u16(o + 28);
    names.push(decoder.decode(b.subarray(o + 46, o + 46 + n)));
    o += 46 + n + u16(o + 30) + u16(o + 32);
  }
  return names;
}
