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
import XmlStream from "exceljs/lib/utils/xml-stream";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform";
import CommentsXform from "exceljs/lib/xlsx/xform/comment/comments-xform";
import VmlNotesXform from "exceljs/lib/xlsx/xform/comment/vml-notes-xform";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
import SharedStringsXform from "exceljs/lib/xlsx/xform/strings/shared-strings-xform";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import type { SheetDataBooks, SheetDataXml } from "./sheetDataXml";
import { sharedStringsXml } from "./sharedStringsXml";

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
 * in the same order, into `PackageParts` instead of its JSZip writer. Its `prepareModel` and
 * `addWorksheets` are mirrored below (`prepareModel`, `addWorksheets`) so that a sheet whose
 * `<sheetData>` the writer renders itself (`SheetDataXml`) is numbered and written in exceljs's
 * place. test/cli/xlsxZip.test.ts checks that every part equals what exceljs's own `write`
 * renders, so an exceljs that renders differently fails there, not in a buyer's file.
 */
interface PackageRenderer {
  addContentTypes(zip: PackageParts, model: unknown): Promise<void>;
  addOfficeRels(zip: PackageParts, model: unknown): Promise<void>;
  addWorkbookRels(zip: PackageParts, model: unknown): Promise<void>;
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

/** `Workbook.model` as the renderer reads and fills it. */
interface BookModel {
  [key: string]: unknown;
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  properties: { date1904?: boolean };
  media: unknown;
  worksheets: SheetModel[];
  sharedStrings?: SharedStringsXform;
  styles?: StylesXform;
}

/** A worksheet's model as the renderer reads and fills it. */
interface SheetModel {
  [key: string]: unknown;
  id: number;
  name: string;
  tables: { target?: string; id?: number }[];
  rels?: unknown[];
  comments: unknown[];
  dimensions: unknown;
}

/** Sheets whose `<sheetData>` is rendered by the writer, by sheet name. */
export type OwnSheetData = ReadonlyMap<string, SheetDataXml>;

/**
 * The workbook's parts as exceljs renders them, uncompressed (`writeZip` compresses them), the
 * sheets of `own` with the writer's `<sheetData>` (exceljs's worksheet holds none of their
 * cells). The workbook is spent: its worksheets are removed once their model is taken.
 */
export async function workbookParts(
  wb: ExcelJS.Workbook,
  own: OwnSheetData = new Map(),
): Promise<PackageParts> {
  const x = wb.xlsx as unknown as PackageRenderer;
  const model = wb.model as unknown as BookModel;
  // The model is a copy of every sheet, cell by cell: the workbook's own worksheets (≈150 MB of
  // cell objects at 5,000 SKUs when exceljs holds them) are not needed to render it and are let
  // go before the render, the build's peak (issue 16). The workbook is spent afterwards.
  for (const ws of [...wb.worksheets]) wb.removeWorksheet(ws.id);
  const parts = new PackageParts();
  prepareModel(model, own);
  await x.addContentTypes(parts, model);
  await x.addOfficeRels(parts, model);
  await x.addWorkbookRels(parts, model);
  addWorksheets(parts, model, own);
  addSharedStrings(parts, model, x); // always after worksheets (exceljs's order)
  await x.addDrawings(parts, model);
  await x.addTables(parts, model);
  await Promise.all([x.addThemes(parts, model), x.addStyles(parts, model)]);
  await x.addMedia(parts, model);
  await Promise.all([x.addApp(parts, model), x.addCore(parts, model)]);
  await x.addWorkbook(parts, model);
  return parts;
}

/**
 * exceljs's `XLSX.prepareModel(model, {})`: shared strings, styles, tables and each sheet's
 * preparation, in its order; a sheet of `own` has its `<sheetData>` prepared where exceljs
 * prepares the sheet's rows (after its columns, before its conditional formats), which numbers
 * its strings and styles as exceljs would.
 */
function prepareModel(model: BookModel, own: OwnSheetData): void {
  model.creator = model.creator || "ExcelJS";
  model.lastModifiedBy = model.lastModifiedBy || "ExcelJS";
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  const sharedStrings = (model.sharedStrings = new SharedStringsXform());
  const styles = (model.styles = new StylesXform(true));
  const workbookXform = new WorkbookXform();
  const worksheetXform = new WorksheetXform();
  workbookXform.prepare(model);
  const options: Record<string, unknown> = {
    sharedStrings,
    styles,
    date1904: model.properties.date1904,
    drawingsCount: 0,
    media: model.media,
  };
  options.drawings = model.drawings = [];
  options.commentRefs = model.commentRefs = [];
  let tableCount = 0;
  const tables: unknown[] = (model.tables = []);
  const sheetData = worksheetXform.map.sheetData;
  const prepareRows = sheetData.prepare.bind(sheetData);
  for (const worksheet of model.worksheets) {
    for (const table of worksheet.tables) {
      tableCount++;
      table.target = `table${tableCount}.xml`;
      table.id = tableCount;
      tables.push(table);
    }
    const mine = own.get(worksheet.name);
    sheetData.prepare = (rows, opts) => {
      prepareRows(rows, opts);
      if (mine) {
        const { merges, comments } = opts as Pick<SheetDataBooks, "merges" | "comments">;
        mine.prepare({ sharedStrings, styles, merges, comments });
        worksheet.dimensions = mine.dimensions;
      }
    };
    worksheetXform.prepare(worksheet, options);
  }
}

/** exceljs's `XLSX.addSharedStrings`, plain text rendered by `sharedStringsXml`. */
function addSharedStrings(parts: PackageParts, model: BookModel, x: PackageRenderer): Promise<void> | void {
  const strings = model.sharedStrings;
  if (!strings || !strings.count) return;
  const xml = sharedStringsXml(strings.values, strings.count);
  if (xml === undefined) return x.addSharedStrings(parts, model);
  parts.append(xml, { name: "xl/sharedStrings.xml" });
}

/**
 * Where a sheet of `own` gets its sheetData: a comment exceljs cannot render itself (it escapes
 * every `<` in the text it writes), replaced with the bytes.
 */
const SHEET_DATA = "<!--sheetData-->";

/** exceljs's `XLSX.addWorksheets`, a sheet of `own` with its `<sheetData>` in exceljs's place. */
function addWorksheets(parts: PackageParts, model: BookModel, own: OwnSheetData): void {
  const worksheetXform = new WorksheetXform();
  const relationshipsXform = new RelationshipsXform();
  const commentsXform = new CommentsXform();
  const vmlNotesXform = new VmlNotesXform();
  const sheetData = worksheetXform.map.sheetData;
  const renderRows = sheetData.render.bind(sheetData);
  for (const worksheet of model.worksheets) {
    const mine = own.get(worksheet.name);
    sheetData.render = (stream, rows) => (mine ? stream.writeXml(SHEET_DATA) : renderRows(stream, rows));
    let xmlStream = new XmlStream();
    worksheetXform.render(xmlStream, worksheet);
    const xml = xmlStream.xml;
    const name = `xl/worksheets/sheet${worksheet.id}.xml`;
    if (mine) {
      // the writer's sheetData (UTF-8 bytes) in the place held for it
      const at = xml.indexOf(SHEET_DATA);
      const bytes = [
        Buffer.from(xml.slice(0, at)),
        ...mine.take(),
        Buffer.from(xml.slice(at + SHEET_DATA.length)),
      ];
      parts.append(Buffer.concat(bytes), { name });
    } else parts.append(xml, { name });
    if (worksheet.rels && worksheet.rels.length) {
      xmlStream = new XmlStream();
      relationshipsXform.render(xmlStream, worksheet.rels);
      parts.append(xmlStream.xml, { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
    }
    if (worksheet.comments.length > 0) {
      xmlStream = new XmlStream();
      commentsXform.render(xmlStream, worksheet);
      parts.append(xmlStream.xml, { name: `xl/comments${worksheet.id}.xml` });
      xmlStream = new XmlStream();
      vmlNotesXform.render(xmlStream, worksheet);
      parts.append(xmlStream.xml, { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
    }
  }
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
