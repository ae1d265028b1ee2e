/**
 * The .xlsx package as the file: exceljs renders the parts into a zip without compressing them
 * (`workbookParts`), the writer patches what exceljs cannot write (`tableFormulas.ts`), and
 * `writeZip` deflates every part with Node's own zlib on the way to disk. exceljs compresses with
 * JSZip's JavaScript deflate at its default level: ≈1 s of a 5,000-SKU plan's write, where zlib
 * at the same level takes ≈0.3 s for a file of the same size (issue 16 scale).
 */
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import archiver from "archiver";
import type ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * The workbook's parts as exceljs renders them, in a zip read back with JSZip, uncompressed
 * (`writeZip` compresses them). Written into a plain sink rather than `writeBuffer`, whose
 * buffer stream copies the bytes twice (37 MB of parts at 5,000 SKUs).
 */
export async function workbookParts(wb: ExcelJS.Workbook): Promise<JSZip> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve);
    sink.on("error", reject);
  });
  await wb.xlsx.write(sink, { zip: { compression: "STORE" } });
  await finished;
  return JSZip.loadAsync(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
}

/** zlib's default level: the size JSZip's default gave (≈4.4 MB at 5,000 SKUs). */
const LEVEL = 6;

/**
 * Writes every file of `zip` (in its order, with its dates) to `file`, deflated.
 * @throws the stream's or archiver's error (disk full, no permission)
 */
export async function writeZip(zip: JSZip, file: string): Promise<void> {
  const archive = archiver("zip", { zlib: { level: LEVEL } });
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.on("close", resolve);
    out.on("error", reject);
    archive.on("error", reject);
  });
  archive.pipe(out);
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // a zip read from a Buffer gives its stored parts as Buffers without a copy (as Uint8Arrays
    // JSZip copies them byte by byte)
    archive.append(await entry.async("nodebuffer"), { name: entry.name, date: entry.date });
  }
  await archive.finalize();
  await closed;
}
