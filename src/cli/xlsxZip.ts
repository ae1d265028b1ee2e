/**
 * The .xlsx package as the file: exceljs renders the parts (`workbookParts`), the writer patches
 * what exceljs cannot write (`tableFormulas.ts`), and `writeZip` deflates every part with Node's
 * own zlib on the way to disk. exceljs would pack the parts with JSZip: its JavaScript deflate
 * (≈1 s of a 5,000-SKU plan's write, where zlib at the same level takes ≈0.3 s), and even
 * uncompressed a zip of 37 MB built, CRC-checked and read back (≈0.5 s and ≈100 MB more at the
 * build's peak) (issue 16 scale).
 */
import { createWriteStream } from "node:fs";
import archiver from "archiver";
import type ExcelJS from "exceljs";

/** The package's parts in the order exceljs rendered them: XML text, or bytes (media). */
export class PackageParts {
  private readonly parts = new Map<string, string | Buffer>();

  /** exceljs's zip writer interface: one rendered part. */
  append(data: string | Buffer | Uint8Array, options: { name: string; base64?: boolean }): void {
    if (options.base64) this.parts.set(options.name, Buffer.from(String(data), "base64"));
    else
      this.parts.set(
        options.name,
        typeof data === "string" || Buffer.isBuffer(data) ? data : Buffer.from(data),
      );
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** A part as text (the XML parts). */
  text(name: string): string {
    const data = this.parts.get(name);
    if (data === undefined) throw new Error(`the package has no part ${name}`);
    return typeof data === "string" ? data : data.toString("utf8");
  }

  /** Replaces a part's text, in its place. */
  set(name: string, text: string): void {
    this.parts.set(name, text);
  }

  entries(): IterableIterator<[string, string | Buffer]> {
    return this.parts.entries();
  }
}

/**
 * exceljs 4.4's package renderer, `XLSX.write` step by step (lib/xlsx/xlsx.js): the same steps
 * in the same order, into `PackageParts` instead of its JSZip writer. test/cli/xlsxZip.test.ts
 * checks that every part equals what exceljs's own `write` renders, so an exceljs that renders
 * differently fails there, not in a buyer's file.
 */
interface PackageRenderer {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PackageParts, model: unknown): Promise<void>;
  addOfficeRels(zip: PackageParts, model: unknown): Promise<void>;
  addWorkbookRels(zip: PackageParts, model: unknown): Promise<void>;
  addWorksheets(zip: PackageParts, model: unknown): Promise<void>;
  addSharedStrings(zip: PackageParts, model: unknown): Promise<void>;
  addDrawings(zip: PackageParts, model: unknown): Promise<void>;
  addTables(zip: PackageParts, model: unknown): Promise<void>;
  addThemes(zip: PackageParts, model: unknown): Promise<void>;
  addStyles(zip: PackageParts, model: unknown): Promise<void>;
  addMedia(zip: PackageParts, model: unknown): Promise<void>;
  addApp(zip: PackageParts, model: unknown): Promise<void>;
  addCore(zip: PackageParts, model: unknown): Promise<void>;
  addWorkbook(zip: PackageParts, model: unknown): Promise<void>;
}

/**
 * The workbook's parts as exceljs renders them, uncompressed (`writeZip` compresses them). The
 * workbook is spent: its worksheets are removed once their model is taken.
 */
export async function workbookParts(wb: ExcelJS.Workbook): Promise<PackageParts> {
  const x = wb.xlsx as unknown as PackageRenderer;
  const { model } = wb;
  // The model is a copy of every sheet, cell by cell: the workbook's own worksheets (≈150 MB of
  // cell objects at 5,000 SKUs) are not needed to render it and are let go before the render,
  // the build's peak (issue 16). The workbook is spent afterwards.
  for (const ws of [...wb.worksheets]) wb.removeWorksheet(ws.id);
  const parts = new PackageParts();
  x.prepareModel(model, {});
  await x.addContentTypes(parts, model);
  await x.addOfficeRels(parts, model);
  await x.addWorkbookRels(parts, model);
  await x.addWorksheets(parts, model);
  await x.addSharedStrings(parts, model); // always after worksheets (exceljs's order)
  await x.addDrawings(parts, model);
  await x.addTables(parts, model);
  await Promise.all([x.addThemes(parts, model), x.addStyles(parts, model)]);
  await x.addMedia(parts, model);
  await Promise.all([x.addApp(parts, model), x.addCore(parts, model)]);
  await x.addWorkbook(parts, model);
  return parts;
}

/** zlib's default level: the size JSZip's default gave (≈4.4 MB at 5,000 SKUs). */
const LEVEL = 6;

/**
 * Writes every part (in their order) to `file`, deflated.
 * @throws the stream's or archiver's error (disk full, no permission)
 */
export async function writeZip(parts: PackageParts, file: string): Promise<void> {
  const archive = archiver("zip", { zlib: { level: LEVEL } });
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.on("close", resolve);
    out.on("error", reject);
    archive.on("error", reject);
  });
  archive.pipe(out);
  const date = new Date();
  for (const [name, data] of parts.entries()) archive.append(data, { name, date });
  await archive.finalize();
  await closed;
}
