import type { DetectedEncoding, ImportInput } from "./types";

/** Decoded text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/**
 * Turns file bytes into text, detecting the encoding:
 * 1. a UTF-8 BOM (EF BB BF) → UTF-8, BOM dropped; a UTF-16LE BOM (FF FE) → UTF-16LE, a
 *    UTF-16BE BOM (FE FF) → UTF-16BE; UTF-16 without a BOM by its zero bytes (`utf16WithoutBom`);
 * 2. otherwise strict UTF-8 (`fatal: true`) — valid UTF-8 is almost never valid by accident;
 * 3. if that fails, GBK (decoded as GB18030 by the WHATWG Encoding Standard, a superset), the
 *    default of Chinese ERPs and of Excel "Save as CSV" on Chinese Windows.
 * Strings are returned as they are (minus a leading U+FEFF). Decoding is one pass over the
 * bytes, plus a second only when the strict UTF-8 pass fails.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // => { text: "a", encoding: "utf-8-bom" }
 */
export function decodeText(input: ImportInput): DecodedText {
  if (typeof input === "string") {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: "text" };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: the only other encoding Chinese sellers' tools produce in practice is GBK.
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}

/**
 * UTF-16 without a BOM (issue 16 #13: read as garbled "one column"): CSV text is mostly ASCII,
 * which UTF-16 stores as a zero byte and the character — zeros at odd offsets for little-endian,
 * at even offsets for big-endian. UTF-8 and GBK text has no zero bytes at all. Decided on the
 * first 4 KB: at least a third of the byte pairs carry the zero on one side and none on the other.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd * 3 >= pairs && even === 0) return "utf-16le";
  if (even * 3 >= pairs && odd === 0) return "utf-16be";
  return null;
}
