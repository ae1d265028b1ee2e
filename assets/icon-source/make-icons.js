#!/usr/bin/env node
/**
 * Draws the StockUp icon (a blue tile with three rising stock boxes and an up arrow) at every
 * size the manifest and the store ask for, as PNG, with no image library: shapes are evaluated
 * per pixel with 4×4 supersampling and encoded with node:zlib. Re-run after changing the design:
 *   node assets/icon-source/make-icons.js
 */
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { deflateSync } = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [15, 108, 189]; // Fluent "brand" blue
const WHITE = [255, 255, 255];

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
function colorAt(u, v) {
  if (!inRoundRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.18)) return null;
  const boxes = [
    [0.16, 0.6, 0.36, 0.84],
    [0.4, 0.46, 0.6, 0.84],
    [0.64, 0.3, 0.84, 0.84],
  ];
  for (const [x0, y0, x1, y1] of boxes) if (inRoundRect(u, v, x0, y0, x1, y1, 0.03)) return WHITE;
  // Up arrow over the first two boxes: a shaft and a triangular head.
  const inShaft = Math.abs(u - v * -1 - 0.62) < 0.045 && u > 0.2 && u < 0.5 && v > 0.16;
  const inHead = u > 0.42 && v < 0.34 && v > 0.12 && u < 0.62 && u - 0.42 > (v - 0.12) * 0.9;
  if (inShaft || inHead) return WHITE;
  return BRAND;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = colorAt((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const s of SIZES) writeFileSync(join(__dirname, "..", `icon-${s}.png`), png(s));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
