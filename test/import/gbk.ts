/**
 * A GBK encoder for tests. Node ships a GBK *decoder* (WHATWG Encoding) but no encoder, so the
 * reverse table is built from the decoder: every two-byte GBK code (lead 0x81–0xFE, trail
 * 0x40–0xFE except 0x7F) decoded once. ASCII passes through as one byte.
 */
let table: Map<string, [number, number]> | null = null;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gbk");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** Encodes `text` as GBK bytes; throws on a character GBK cannot represent. */
export function encodeGbk(text: string): Uint8Array {
  const t = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = t.get(ch);
    if (!pair) throw new Error(`not encodable in GBK: ${ch}`);
    out.push(pair[0], pair[1]);
  }
  return Uint8Array.from(out);
}
