/**
 * The part of archiver 5 (a dependency of exceljs, MIT) the CLI uses to write .xlsx zips with
 * Node's own zlib (`xlsxZip.ts`); the package ships no types.
 */
declare module "archiver" {
  interface ZipOptions {
    /** Passed to zlib: `level` 0–9. */
    zlib?: { level?: number };
  }
  interface EntryData {
    /** The entry's path in the archive. */
    name: string;
    date?: Date;
  }
  interface Archiver {
    append(source: Buffer | string, data: EntryData): this;
    /** Resolves when the archive is complete; wait for the destination's `close` as well. */
    finalize(): Promise<void>;
    on(event: "error" | "warning", listener: (error: Error) => void): this;
    pipe<T extends NodeJS.WritableStream>(destination: T): T;
  }
  function archiver(format: "zip", options?: ZipOptions): Archiver;
  export = archiver;
}
