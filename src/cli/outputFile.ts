/**
 * Checks on the CLI's `--out` file, made before anything is read or built (issue 16 #9, #12): a
 * build of 5,000 SKUs must not run for a minute to fail on a read-only folder, and a plan must
 * never be written over the sales history it was built from, `--force` or not.
 */
import { accessSync, constants, existsSync, openSync, closeSync, readSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { CliMessageKey } from "./messages";

/** A problem with the output path: the message key and its values. */
export interface OutputProblem {
  key: CliMessageKey;
  vars: Record<string, string>;
}

/** What exists at the output path now. */
export type OutputState = "absent" | "workbook" | "other";

const sameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino; // a hard link or another spelling of the same path
  } catch {
    return false;
  }
};

/** Lock files Excel (`~$plan.xlsx`) and LibreOffice (`.~lock.plan.xlsx#`) keep beside an open file. */
export function lockFileOf(out: string): string | null {
  const dir = dirname(resolve(out));
  const name = basename(out);
  for (const lock of [`~$${name}`, `.~lock.${name}#`]) if (existsSync(join(dir, lock))) return lock;
  return null;
}

/**
 * Checks `out` before the build. Returns the first problem, or what is there now (absent, a zip
 * that may be a plan, or some other file that only `--force` may replace).
 * @example checkOutput("plan.csv", ["sales.csv"]) // => { key: "outNotXlsx", vars: { file: "plan.csv" } }
 */
export function checkOutput(out: string, inputs: readonly string[]): OutputProblem | OutputState {
  const vars = { file: out };
  const input = inputs.find((f) => sameFile(f, out));
  if (input !== undefined) return { key: "outIsInput", vars: { file: out, input } };
  if (extname(out).toLowerCase() !== ".xlsx") return { key: "outNotXlsx", vars };
  const dir = dirname(resolve(out));
  if (!existsSync(dir)) return { key: "outNoFolder", vars: { file: out, dir } };
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return { key: "outFolderReadOnly", vars: { file: out, dir } };
  }
  if (!existsSync(out)) return "absent";
  if (statSync(out).isDirectory()) return { key: "outIsFolder", vars };
  const lock = lockFileOf(out);
  if (lock) return { key: "outLocked", vars: { file: out, lock } };
  let fd: number;
  try {
    fd = openSync(out, "r+"); // read-only, or locked by another program (Windows: EBUSY)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return { key: code === "EBUSY" ? "outLocked" : "outReadOnly", vars: { file: out, lock: code } };
  }
  try {
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n === 4 && head.readUInt32LE(0) === 0x04034b50 ? "workbook" : "other"; // "PK\3\4"
  } finally {
    closeSync(fd);
  }
}
