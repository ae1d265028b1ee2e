/**
 * The parts of exceljs 4.4's renderer (lib/, MIT) the CLI's write uses directly (`xlsxZip.ts`,
 * `sheetDataXml.ts`): its package ships types for the public API only. Only what is called is
 * declared; test/cli/xlsxZip.test.ts and test/cli/sheetDataXml.test.ts check that the parts
 * rendered through them equal exceljs's own.
 */

/** A worksheet, workbook or part model as exceljs's renderer takes it (`Workbook.model`). */
type ExcelJsModel = Record<string, unknown>;

declare module "exceljs/lib/utils/xml-stream" {
  class XmlStream {
    /** The document so far, every open node closed. */
    readonly xml: string;
    /** Appends already-encoded XML as the open node's content. */
    writeXml(xml: string): void;
  }
  export = XmlStream;
}

declare module "exceljs/lib/doc/note" {
  /** A cell's note; `model` is the comment as a cell model carries it. */
  class Note {
    constructor(note: unknown);
    readonly model: object;
  }
  export = Note;
}

declare module "exceljs/lib/doc/range" {
  /** A rectangle of cells; `expand` grows it as a worksheet's dimensions do. */
  class Range {
    expand(top: number, left: number, bottom: number, right: number): void;
  }
  export = Range;
}

declare module "exceljs/lib/xlsx/xform/strings/shared-strings-xform" {
  class SharedStringsXform {
    /** The string's index in the shared strings (added on first sight); counts the reference. */
    add(value: string): number;
    /** The strings (or rich texts) by index. */
    readonly values: readonly unknown[];
    /** The references counted. */
    readonly count: number;
  }
  export = SharedStringsXform;
}

declare module "exceljs/lib/xlsx/xform/style/styles-xform" {
  class StylesXform {
    constructor(initialise?: boolean);
    /** The cell style's id (`s`): one per distinct style object, the same for an object seen before. */
    addStyleModel(style: object, cellType?: number): number;
    static Mock: new () => StylesXform;
  }
  export = StylesXform;
}

declare module "exceljs/lib/xlsx/xform/book/workbook-xform" {
  class WorkbookXform {
    prepare(model: ExcelJsModel): void;
  }
  export = WorkbookXform;
}

declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  interface ChildXform {
    prepare(model: unknown, options: object): void;
    render(xmlStream: XmlStream, model: unknown): void;
  }
  class WorksheetXform {
    map: { sheetData: ChildXform } & Record<string, ChildXform>;
    prepare(model: ExcelJsModel, options: object): void;
    render(xmlStream: XmlStream, model: ExcelJsModel): void;
  }
  export = WorksheetXform;
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class RelationshipsXform {
    render(xmlStream: XmlStream, model: unknown): void;
  }
  export = RelationshipsXform;
}

declare module "exceljs/lib/xlsx/xform/comment/comments-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class CommentsXform {
    render(xmlStream: XmlStream, model: unknown): void;
  }
  export = CommentsXform;
}

declare module "exceljs/lib/xlsx/xform/comment/vml-notes-xform" {
  import type XmlStream from "exceljs/lib/utils/xml-stream";
  class VmlNotesXform {
    render(xmlStream: XmlStream, model: unknown): void;
  }
  export = VmlNotesXform;
}
