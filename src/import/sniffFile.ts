/** What kind of file some bytes are, from their first bytes (no file name needed). */
export type FileKind = "xlsx" | "xls" | "text";

/**
 * Tells an .xlsx (a ZIP: `PK\x03\x04`) or a legacy .xls (OLE2: `D0 CF 11 E0`) from delimited
 * text, so the pane can say "open and save as .xlsx or CSV" instead of importing binary noise,
 * and the CLI can route .xlsx to the exceljs reader.
 * @example sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // => "xlsx"
 */
export function sniffFile(input: Uint8Array | ArrayBuffer): FileKind {
  const b = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return "xlsx";
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return "xls";
  return "text";
}
