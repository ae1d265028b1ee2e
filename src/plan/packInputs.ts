import type { CellValue, InputCellRef } from "./types";
import { columnIndex, colLetter, parseA1 } from "./a1";

/*
 * The stored state lists every input cell (a 5,000-SKU plan has ~125,000); in the add-in it
 * travels in the same requests as the plan, and the CLI writes it into the .xlsx. As plain JSON
 * objects that is ~130 bytes per input (20 MB at 5,000 SKUs, half the CLI's write time, issue 16
 * scale); packed column by column it is ~10 bytes: cells of one table column share sheet, column
 * letter and key, their rows are consecutive and their SKUs follow the table order. Both writers
 * store it packed; `parsePlanState` reads either form.
 */

/** Consecutive integers as [start, count]; anything else as the list itself. */
type PackedInts = { from: number; count: number } | number[];

function packInts(values: readonly number[]): PackedInts {
  const consecutive = values.every((v, i) => v === values[0] + i);
  return consecutive && values.length > 1 ? { from: values[0], count: values.length } : [...values];
}

function unpackInts(p: PackedInts): number[] {
  return Array.isArray(p) ? p : Array.from({ length: p.count }, (_, i) => p.from + i);
}

interface PackedGroup {
  /** Sheet index into `sheets`. */
  s: number;
  /** Column letters. */
  c: string;
  /** Table column key, or null for named single inputs. */
  k: string | null;
  /**
   * 1 when the keys are dates (a date-keyed table such as the monitor), not SKUs; 2 when they are
   * day + SKU pairs, each written as the ISO date followed by the SKU's index into `skus`.
   */
  d?: 1 | 2;
  rows: PackedInts;
  /** Named inputs: names; table inputs: SKU indexes into `skus`. */
  keys: string[] | PackedInts;
  written: CellValue[];
  /** Positions (in this group) of inputs that hold buyer overrides. */
  overridden: number[];
  /** Position (in this group) → the buyer's formula kept in that input. */
  f?: Record<string, string>;
}

export interface PackedInputs {
  sheets: string[];
  skus: string[];
  groups: PackedGroup[];
}

/**
 * Packs input refs by (sheet, column letter, key column).
 * @example
 * unpackInputs(packInputs(refs)) // => refs in (sheet, column, row) order
 */
export function packInputs(refs: readonly InputCellRef[]): PackedInputs {
  const sheets: string[] = [];
  const skus: string[] = [];
  const skuIndex = new Map<string, number>();
  type Entry = { g: PackedGroup; kind: string; rows: number[]; keys: (string | number)[] };
  // the groups in the order first met, and by sheet, then column index: a column holds one or
  // two (key column, kind), so no key text is made and hashed for each of 125,000 inputs
  const groups: Entry[] = [];
  const bySheet = new Map<string, Entry[][]>();
  const indexOf = (sku: string): number => {
    let i = skuIndex.get(sku);
    if (i === undefined) {
      i = skus.length;
      skus.push(sku);
      skuIndex.set(sku, i);
    }
    return i;
  };
  // column letters by index, made once (125,000 inputs at 5,000 SKUs sit in a few dozen columns)
  const letters: string[] = [];
  let sheet: string | undefined;
  let columns: Entry[][] = [];
  for (const ref of refs) {
    if (ref.sheet !== sheet) {
      sheet = ref.sheet;
      if (!sheets.includes(sheet)) sheets.push(sheet);
      columns = bySheet.get(sheet) ?? [];
      bySheet.set(sheet, columns);
    }
    const { row, col } = parseA1(ref.address);
    const k = ref.key.kind === "name" ? null : ref.key.column;
    const kind = ref.key.kind;
    const inColumn = (columns[col] ??= []);
    let entry = inColumn.find((e) => e.g.k === k && e.kind === kind);
    if (!entry) {
      const g: PackedGroup = {
        s: sheets.indexOf(sheet),
        c: (letters[col] ??= colLetter(col - 1)),
        k,
        rows: [],
        keys: [],
        written: [],
        overridden: [],
        ...(kind === "date" ? { d: 1 as const } : kind === "daySku" ? { d: 2 as const } : {}),
      };
      entry = { g, kind, rows: [], keys: [] };
      inColumn.push(entry);
      groups.push(entry);
    }
    if (ref.key.kind === "name" || ref.key.kind === "date") {
      entry.keys.push(ref.key.kind === "name" ? ref.key.name : ref.key.date);
    } else if (ref.key.kind === "daySku") {
      entry.keys.push(`${ref.key.date}${indexOf(ref.key.sku)}`);
    } else {
      entry.keys.push(indexOf(ref.key.sku));
    }
    if (ref.overridden) entry.g.overridden.push(entry.rows.length);
    if (ref.formula) (entry.g.f ??= {})[String(entry.rows.length)] = ref.formula;
    entry.rows.push(row);
    entry.g.written.push(ref.written);
  }
  return {
    sheets,
    skus,
    groups: groups.map(({ g, rows, keys }) => ({
      ...g,
      rows: packInts(rows),
      keys: g.k === null || g.d ? (keys as string[]) : packInts(keys as number[]),
    })),
  };
}

/**
 * The refs back, in sheet, row, column order (the order `inputCells` gives for a model whose
 * cells are listed row by row).
 * @throws Error when the packed data is inconsistent (lengths differ)
 */
export function unpackInputs(p: PackedInputs): InputCellRef[] {
  const out: { ref: InputCellRef; s: number; row: number; col: number }[] = [];
  for (const g of p.groups) {
    const col = columnIndex(g.c);
    const rows = unpackInts(g.rows);
    const keys = g.k === null || g.d ? (g.keys as string[]) : unpackInts(g.keys as PackedInts);
    if (keys.length !== rows.length || g.written.length !== rows.length) {
      throw new Error(
        `packed inputs of column ${g.c}: ${rows.length} rows, ${keys.length} keys, ${g.written.length} values`,
      );
    }
    const overridden = new Set(g.overridden);
    rows.forEach((row, i) => {
      const k = keys[i];
      const ref: InputCellRef = {
        sheet: p.sheets[g.s],
        address: `${g.c}${row}`,
        key:
          g.k === null
            ? { kind: "name", name: String(k) }
            : g.d === 2
              ? {
                  kind: "daySku",
                  date: String(k).slice(0, 10),
                  sku: p.skus[Number(String(k).slice(10))],
                  column: g.k,
                }
              : g.d
                ? { kind: "date", date: String(k), column: g.k }
                : { kind: "table", sku: p.skus[Number(k)], column: g.k },
        written: g.written[i] ?? null,
        overridden: overridden.has(i),
      };
      const f = g.f?.[String(i)];
      if (typeof f === "string") ref.formula = f;
      out.push({ ref, s: g.s, row, col });
    });
  }
  return out.sort((a, b) => a.s - b.s || a.row - b.row || a.col - b.col).map((o) => o.ref);
}
