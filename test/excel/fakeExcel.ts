/**
 * A tiny in-memory Excel host for tests and the browser run: exactly the Excel JS API subset that
 * src/excel uses, with the two behaviours that matter most for correctness and limits:
 *
 * - Batching like the real API: setters and methods queue operations; nothing touches the
 *   workbook until `context.sync()`. Reading a property that was not loaded and synced throws
 *   (the real API throws `PropertyNotLoaded`), so a writer that forgets load/sync fails here too.
 * - Counters: `syncCount` and the payload of every request (JSON of the queued arguments, UTF-8
 *   bytes). A request over `maxRequestBytes` (default 5 MB, Excel on the web's cap) is refused
 *   like the real host does (`RequestPayloadSizeLimitExceeded`).
 *
 * Cell entry follows Excel's typed-entry rules, because Office.js `values`/`formulas` setters do:
 * a string starting with `=` becomes a formula (so do `+`, `-` and `@` followed by non-numbers),
 * numeric text becomes a number, `'…` is text without the apostrophe, and any string entered into
 * a cell whose number format is Text (`@`) is kept verbatim. That is what lets the tests prove
 * injection strings end up as text.
 *
 * Several hosts can share one `FakeWorkbookState` (co-authoring): each applies its batch at its
 * own `sync()`, in the order the syncs happen. No jest globals here: the browser test bundles this
 * file with esbuild and installs it with `installFakeOffice`.
 */

export type FakeScalar = number | string | boolean;

export interface FakeCell {
  /** Constant value; for formula cells the fake does not calculate and reports 0. */
  value: FakeScalar | null;
  formula: string | null;
  numberFormat: string;
  /** Font/fill/border properties set through `range.format`. */
  format: Record<string, unknown>;
  /** A note (ExcelApi 1.18 `worksheet.notes`): it moves with its cell, like Excel's. */
  note?: string;
}

export interface FakeChartSeries {
  name: string;
  values: FakeRef | null;
  categories: FakeRef | null;
}

export interface FakeChart {
  id: number;
  name: string;
  type: string;
  title: string;
  series: FakeChartSeries[];
  position: { from: string; to: string } | null;
}

/** A range reference that follows its sheet through renames (like Excel's own references). */
export interface FakeRef {
  sheetId: number;
  address: string;
}

export interface FakeValidation {
  address: string;
  rule: unknown;
  errorAlert: unknown;
  ignoreBlanks: boolean | undefined;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  formula: string | null;
  fillColor: string | null;
  fontColor: string | null;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  /** Column index (0-based) → width in points. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  /** Page setup: print title rows ("$1:$2") and columns ("$A:$A"), orientation, fit-to-pages zoom, print area. */
  print?: { titleRows?: string; titleColumns?: string; orientation?: string; zoom?: unknown; area?: string };
  /** Row index (0-based) → height in points (set through a whole-row range). */
  rowHeights?: Map<number, number>;
  /** Merged ranges, as A1 addresses. */
  merges?: string[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
}

export interface FakeTable {
  id: number;
  name: string;
  sheetId: number;
  address: string;
  hasHeaders: boolean;
  style: string | null;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: FakeName[];
  /** Document settings after `saveAsync` (Office.context.document.settings). */
  settings: Record<string, unknown>;
  activeSheetId: number | null;
  /** What the buyer has selected (tests set it); default A1 of the active sheet. */
  selection?: { sheetId: number; address: string };
  nextId: number;
}

export interface FakeHostOptions {
  /** Refuse a request bigger than this many bytes (Excel on the web: about 5 MB). */
  maxRequestBytes?: number;
  /** 1-based sync number that fails after applying `failAfterOps` of its operations. */
  failOnSync?: number;
  /** How many operations of the failing batch are applied first (real Excel has no rollback). */
  failAfterOps?: number;
}

/** The error shape Office.js rejects `sync()` with. */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses (kept independent of src/excel so a bug there cannot hide a bug here)

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

/** Parses `A1`, `B2:D9`, `A:C`, `3:5` (with optional `$` and sheet prefix) into a 0-based rect. */
export function parseAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").toUpperCase().split(":");
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return { col: m[1] ? colIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROW,
    right: q.col ?? MAX_COL,
  };
}

export function formatAddress(r: Rect): string {
  const tl = `${colLetters(r.left)}${r.top + 1}`;
  const br = `${colLetters(r.right)}${r.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites references to sheet `from` (quoted or not, outside string literals) as `to`. */
function replaceSheetRefs(formula: string, from: string, to: string | null): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${from.replace(/'/g, "''")}'!`;
  const pattern = new RegExp(
    `(^|[^A-Za-z0-9_.'])(${esc(quoted)}|${esc(from)}!)(\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?)?`,
    "g",
  );
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(pattern, (_m, pre: string, _ref: string, addr: string | undefined) =>
            to === null ? `${pre}#REF!${addr ?? ""}` : `${pre}${quoteSheet(to)}!${addr ?? ""}`,
          ),
    )
    .join("");
}

/**
 * Moves a formula `k` rows down like Excel's fill handle: relative row numbers of A1 references
 * change, `$`-rows, names, functions and string literals do not. Written as a scanner (not the
 * writer's regular expression) so the two implementations check each other.
 */
export function moveDown(formula: string, k: number): string {
  let out = "";
  let i = 0;
  const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_.]/.test(c);
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const end = formula.indexOf(c, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    if (isWord(c) || c === "$") {
      let j = i;
      while (j < formula.length && (isWord(formula[j]) || formula[j] === "$")) j++;
      const word = formula.slice(i, j);
      const m = /^(\$?[A-Z]{1,3})(\$?)(\d+)$/.exec(word);
      const prev = out[out.length - 1];
      const call = formula[j] === "(";
      out += m && !call && prev !== "." && m[2] === "" ? `${m[1]}${Number(m[3]) + k}` : word;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Workbook state

export function createWorkbook(sheetNames: string[] = ["Sheet1"]): FakeWorkbookState {
  const wb: FakeWorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    settings: {},
    activeSheetId: null,
    nextId: 1,
  };
  for (const n of sheetNames) wb.sheets.push(newSheet(wb, n));
  wb.activeSheetId = wb.sheets[0]?.id ?? null;
  return wb;
}

function newSheet(wb: FakeWorkbookState, name: string): FakeSheet {
  return {
    id: wb.nextId++,
    name,
    visibility: "Visible",
    cells: new Map(),
    columnWidths: new Map(),
    freeze: null,
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
}

const key = (row: number, col: number) => `${row},${col}`;

function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  let c = sheet.cells.get(key(row, col));
  if (!c) {
    c = { value: null, formula: null, numberFormat: "General", format: {} };
    sheet.cells.set(key(row, col), c);
  }
  return c;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel's typed-entry rules, which the Office.js `values` and `formulas` setters follow. */
function enter(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell unchanged
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  const s = String(input);
  cell.formula = null;
  if (s === "") {
    cell.value = null;
  } else if (cell.numberFormat === "@") {
    cell.value = s; // Text format: stored exactly as typed
  } else if (s.startsWith("'")) {
    cell.value = s.slice(1); // apostrophe prefix: text, apostrophe not part of the value
  } else if (s.startsWith("=") && s.length > 1) {
    cell.formula = s;
    cell.value = 0;
  } else if (NUMERIC.test(s)) {
    cell.value = Number(s);
  } else if (/^[+\-@]/.test(s) && s.length > 1) {
    // Excel turns "+A1", "-A1", "@SUM(A1)" into formulas
    cell.formula = s.startsWith("=") ? s : `=${s.startsWith("@") ? s.slice(1) : s}`;
    cell.value = 0;
  } else if (/^(true|false)$/i.test(s)) {
    cell.value = s.toUpperCase() === "TRUE";
  } else {
    cell.value = s;
  }
}

// ---------------------------------------------------------------------------------------------
// Request machinery

type Op = { apply: () => void };

function notLoaded(prop: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Rough size of one action in the real protocol besides its arguments (ids, names). */
const ACTION_OVERHEAD_BYTES = 40;

function argBytes(args: unknown[]): number {
  return (
    ACTION_OVERHEAD_BYTES +
    utf8Bytes(JSON.stringify(args, (_k, v: unknown) => (v instanceof FakeClientObject ? "<ref>" : v)) ?? "")
  );
}

abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}

  protected read(prop: string): unknown {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop);
  }

  /** `load("a,b")`, `load(["a"])` or `load({ a: true })`; values are captured at sync. */
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string"
        ? props.split(",").map((p) => p.trim())
        : Array.isArray(props)
          ? props
          : props
            ? Object.keys(props)
            : [];
    this.context.queue([`load`, list], () => {
      for (const p of list) this.loaded.set(p, this.snapshot(p));
    });
    return this;
  }

  /** The current value of a loadable property, read while the batch is applied. */
  protected abstract snapshot(prop: string): unknown;
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private ops: Op[] = [];
  private pendingBytes = 0;
  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
  }

  get state(): FakeWorkbookState {
    return this.host.state;
  }

  queue(args: unknown[], apply: () => void): void {
    this.pendingBytes += argBytes(args);
    this.ops.push({ apply });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    const bytes = this.pendingBytes;
    this.ops = [];
    this.pendingBytes = 0;
    const host = this.host;
    host.syncCount++;
    host.requestBytes.push(bytes);
    await Promise.resolve();
    if (bytes > host.maxRequestBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${bytes} bytes) is too large.`,
      );
    }
    const failing = host.options.failOnSync === host.syncCount;
    const limit = failing ? (host.options.failAfterOps ?? Math.floor(ops.length / 2)) : ops.length;
    for (let i = 0; i < limit; i++) ops[i].apply();
    if (failing) throw new FakeOfficeError("GeneralException", `Injected failure in sync ${host.syncCount}`);
  }
}

export class FakeHost {
  syncCount = 0;
  /** Payload of every request in bytes, in sync order. */
  readonly requestBytes: number[] = [];
  readonly maxRequestBytes: number;
  constructor(
    readonly state: FakeWorkbookState,
    readonly options: FakeHostOptions = {},
  ) {
    this.maxRequestBytes = options.maxRequestBytes ?? 5 * 1024 * 1024;
  }

  /** `Excel.run`: a fresh context per batch function; leftover queued work is synced at the end. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if ((ctx as unknown as { ops: Op[] }).ops.length > 0) await ctx.sync();
    return result;
  }

  /** `Excel.run` with the real API's type, for code under test. */
  readonly excelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    this.run((ctx) => batch(ctx as unknown as Excel.RequestContext));

  get maxRequest(): number {
    return this.requestBytes.reduce((m, b) => Math.max(m, b), 0);
  }

  get totalBytes(): number {
    return this.requestBytes.reduce((s, b) => s + b, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// API objects

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }

  /** The selection (`state.selection`, default A1 of the active sheet). */
  getSelectedRange(): FakeRange {
    const state = () => this.context.state;
    const ws = new FakeWorksheet(this.context, () => state().selection?.sheetId ?? state().activeSheetId);
    return new FakeRange(this.context, ws, () => parseAddress(state().selection?.address ?? "A1"));
  }
}

/**
 * A loadable collection (`worksheets`, `tables`, `names`): `load("items/name")` queues one snapshot
 * of the items, each capturing the listed properties at sync, as Excel's collections do.
 */
abstract class FakeItemCollection<T extends { capture(list: string[]): void }> extends FakeClientObject {
  private itemsValue: T[] | null = null;

  get items(): T[] {
    if (!this.itemsValue) notLoaded("items");
    return this.itemsValue;
  }

  protected snapshot(): unknown {
    return undefined;
  }

  /** The queue tag of a load (what the sync counters record). */
  protected abstract readonly loadTag: string;

  /** The current items, created while the batch is applied. */
  protected abstract currentItems(): T[];

  override load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof props === "string" ? props.split(",").map((p) => p.trim().replace(/^items\//, "")) : [];
    this.context.queue([this.loadTag, list], () => {
      this.itemsValue = this.currentItems();
      for (const item of this.itemsValue) item.capture(list);
    });
    return this;
  }
}

class FakeWorksheetCollection extends FakeItemCollection<FakeWorksheet> {
  protected readonly loadTag = "load";

  protected currentItems(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => new FakeWorksheet(this.context, () => s.id));
  }

  add(name?: string): FakeWorksheet {
    let id: number | null = null;
    const ws = new FakeWorksheet(this.context, () => {
      if (id === null) throw new FakeOfficeError("ItemNotFound", "sheet was not added");
      return id;
    });
    this.context.queue(["worksheets.add", name], () => {
      const wb = this.context.state;
      const n = name ?? `Sheet${wb.nextId}`;
      if (wb.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${n} already exists.`);
      }
      if (n.length > 31 || /[\\/?*[\]:]/.test(n))
        throw new FakeOfficeError("InvalidArgument", `bad sheet name ${n}`);
      const s = newSheet(wb, n);
      wb.sheets.push(s);
      id = s.id;
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, byName(this.context, name, false));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, byName(this.context, name, true));
    this.context.queue(["getItemOrNullObject", name], () => ws.resolveNull());
    return ws;
  }
}

/** Binds a proxy to a sheet the first time the batch uses it (later renames keep the binding). */
function byName(ctx: FakeContext, name: string, nullable: boolean): () => number | null {
  let id: number | null | undefined;
  return () => {
    if (id === undefined || (id !== null && !ctx.state.sheets.some((s) => s.id === id))) {
      const s = ctx.state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s && !nullable)
        throw new FakeOfficeError("ItemNotFound", `The requested sheet ${name} does not exist.`);
      id = s ? s.id : null;
    }
    return id;
  };
}

/** `worksheet.notes` (ExcelApi 1.18): listed (`load("items/content")`), by address, counted, added. */
class FakeNoteCollection {
  private list: FakeNote[] | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  /** Queues the list of the sheet's notes (in row, then column order) with their content. */
  load(_props?: string): this {
    this.context.queue(["notes.load"], () => {
      const cells = [...this.worksheet.sheet().cells.entries()].filter(([, c]) => c.note !== undefined);
      this.list = cells.map(([k]) => {
        const [row, col] = k.split(",").map(Number);
        const n = new FakeNote(
          this.context,
          this.worksheet,
          formatAddress({ top: row, bottom: row, left: col, right: col }),
        );
        n.resolveNull();
        n.capture(["content"]);
        return n;
      });
    });
    return this;
  }

  get items(): FakeNote[] {
    if (!this.list) notLoaded("items");
    return this.list;
  }

  getItemOrNullObject(address: string): FakeNote {
    const n = new FakeNote(this.context, this.worksheet, address);
    this.context.queue(["notes.getItemOrNullObject", address], () => n.resolveNull());
    return n;
  }

  getCount(): { value: number } {
    const result = { value: NaN };
    this.context.queue(["notes.getCount"], () => {
      result.value = [...this.worksheet.sheet().cells.values()].filter((c) => c.note !== undefined).length;
    });
    return result;
  }

  add(cell: FakeRange | string, content: string): void {
    this.context.queue(["notes.add", content], () => {
      const r = typeof cell === "string" ? parseAddress(cell) : cell.rect();
      if (r.top !== r.bottom || r.left !== r.right) throw new FakeOfficeError("InvalidArgument", "one cell");
      const c = cellAt(this.worksheet.sheet(), r.top, r.left);
      if (c.note !== undefined) throw new FakeOfficeError("InvalidArgument", "The cell already has a note.");
      c.note = content;
    });
  }
}

class FakeNote extends FakeClientObject {
  private nullValue: boolean | undefined;
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly address: string,
  ) {
    super(context);
  }
  private cell(): FakeCell | undefined {
    const r = parseAddress(this.address);
    return this.worksheet.sheet().cells.get(key(r.top, r.left));
  }
  resolveNull(): void {
    this.nullValue = this.cell()?.note === undefined;
  }
  get isNullObject(): boolean {
    if (this.nullValue === undefined) notLoaded("isNullObject");
    return this.nullValue;
  }
  protected snapshot(prop: string): unknown {
    if (this.nullValue === true) return undefined; // a null object loads nothing, like Excel
    if (prop === "content") return this.cell()?.note;
    throw new FakeOfficeError("InvalidArgument", `fake note cannot load ${prop}`);
  }
  get content(): string {
    return this.read("content") as string;
  }
  capture(list: string[]): void {
    for (const p of list) this.loaded.set(p, this.snapshot(p));
  }
  /** The note's cell. */
  getLocation(): FakeRange {
    return this.worksheet.getRange(this.address);
  }
}

class FakeWorksheet extends FakeClientObject {
  readonly notes: FakeNoteCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  private nullResolved: boolean | undefined;

  constructor(
    context: FakeContext,
    private readonly sheetId: () => number | null,
  ) {
    super(context);
    this.notes = new FakeNoteCollection(context, this);
    this.tables = new FakeTableCollection(context, this);
    this.charts = new FakeChartCollection(context, this);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayout(context, this);
  }

  /** The live sheet; throws like the real API when it no longer exists. */
  sheet(): FakeSheet {
    const id = this.sheetId();
    const s = this.context.state.sheets.find((x) => x.id === id);
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested worksheet does not exist.");
    return s;
  }

  resolveNull(): void {
    this.nullResolved = this.sheetId() === null;
  }

  get isNullObject(): boolean {
    if (this.nullResolved === undefined) notLoaded("isNullObject");
    return this.nullResolved;
  }

  capture(list: string[]): void {
    for (const p of list) this.loaded.set(p, this.snapshot(p));
  }

  protected snapshot(prop: string): unknown {
    if (this.nullResolved === true) return undefined; // a null object loads nothing, like Excel
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "position") return this.context.state.sheets.indexOf(s);
    if (prop === "id") return String(s.id);
    throw new FakeOfficeError("InvalidArgument", `fake worksheet cannot load ${prop}`);
  }

  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.context.queue(["name", v], () => {
      const s = this.sheet();
      const wb = this.context.state;
      if (wb.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("InvalidArgument", `A sheet named ${v} already exists.`);
      }
      const old = s.name;
      s.name = v;
      renameEverywhere(wb, old, v);
    });
  }

  get visibility(): string {
    return this.read("visibility") as string;
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.context.queue(["visibility", v], () => {
      const s = this.sheet();
      if (
        v !== "Visible" &&
        this.context.state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0
      ) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      s.visibility = v;
    });
  }

  get position(): number {
    return this.read("position") as number;
  }
  set position(p: number) {
    this.context.queue(["position", p], () => {
      const wb = this.context.state;
      const s = this.sheet();
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(Math.max(0, Math.min(p, wb.sheets.length)), 0, s);
    });
  }

  delete(): void {
    this.context.queue(["delete"], () => {
      const wb = this.context.state;
      const s = this.sheet();
      const visibleLeft = wb.sheets.filter((x) => x !== s && x.visibility === "Visible").length;
      if (visibleLeft === 0)
        throw new FakeOfficeError("InvalidOperation", "Cannot delete the last visible sheet.");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
      renameEverywhere(wb, s.name, null);
      if (wb.activeSheetId === s.id)
        wb.activeSheetId = wb.sheets.find((x) => x.visibility === "Visible")?.id ?? null;
    });
  }

  activate(): void {
    this.context.queue(["activate"], () => {
      this.context.state.activeSheetId = this.sheet().id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this, () => parseAddress(address ?? "A1:XFD1048576"));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    let rect: Rect | null = null;
    const r = new FakeRange(this.context, this, () => {
      if (!rect) throw new FakeOfficeError("ItemNotFound", "The used range is empty.");
      return rect;
    });
    this.context.queue(["getUsedRangeOrNullObject", valuesOnly], () => {
      const s = this.sheet();
      for (const [k, c] of s.cells) {
        if (valuesOnly && c.value === null && c.formula === null) continue;
        const [row, col] = k.split(",").map(Number);
        rect = rect
          ? {
              top: Math.min(rect.top, row),
              left: Math.min(rect.left, col),
              bottom: Math.max(rect.bottom, row),
              right: Math.max(rect.right, col),
            }
          : { top: row, left: col, bottom: row, right: col };
      }
      r.setNull(rect === null);
    });
    return r;
  }
}

/** Sheet renamed (`to` a name) or deleted (`to` null): references follow, or become #REF!. */
function renameEverywhere(wb: FakeWorkbookState, from: string, to: string | null): void {
  for (const n of wb.names) n.formula = replaceSheetRefs(n.formula, from, to);
  for (const s of wb.sheets) {
    for (const c of s.cells.values()) if (c.formula) c.formula = replaceSheetRefs(c.formula, from, to);
    for (const cf of s.conditionalFormats)
      if (cf.formula) cf.formula = replaceSheetRefs(cf.formula, from, to);
  }
}

/** Worksheet.pageLayout: what the plan sets for printing (queued like every write). */
class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  private set(key: "titleRows" | "titleColumns" | "orientation" | "zoom" | "area", value: unknown): void {
    this.context.queue(["pageLayout", key, value], () => {
      const sheet = this.ws.sheet();
      sheet.print = { ...sheet.print, [key]: value };
    });
  }
  setPrintTitleRows(rows: string): void {
    this.set("titleRows", rows);
  }
  setPrintTitleColumns(columns: string): void {
    this.set("titleColumns", columns);
  }
  setPrintArea(area: string): void {
    this.set("area", area);
  }
  set orientation(v: string) {
    this.set("orientation", v);
  }
  set zoom(v: unknown) {
    this.set("zoom", v);
  }
}

class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  freezeRows(count = 1): void {
    this.context.queue(["freezeRows", count], () => {
      this.ws.sheet().freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.context.queue(["freezeColumns", count], () => {
      this.ws.sheet().freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(range: string | FakeRange): void {
    this.context.queue(["freezeAt", range], () => {
      const r = typeof range === "string" ? parseAddress(range) : range.rect();
      if (r.top !== 0 || r.left !== 0)
        throw new FakeOfficeError("InvalidArgument", "freezeAt needs a range at A1");
      this.ws.sheet().freeze = { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
  unfreeze(): void {
    this.context.queue(["unfreeze"], () => {
      this.ws.sheet().freeze = null;
    });
  }
}

class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  private nullValue: boolean | undefined;

  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    readonly rect: () => Rect,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.dataValidation = new FakeDataValidation(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }

  setNull(v: boolean): void {
    this.nullValue = v;
  }

  /** Range.merge: recorded on the sheet (queued like every write). */
  merge(across = false): void {
    this.context.queue(["merge", across], () => {
      const s = this.worksheet.sheet();
      (s.merges ??= []).push(formatAddress(this.rect()));
    });
  }

  get isNullObject(): boolean {
    if (this.nullValue === undefined) notLoaded("isNullObject");
    return this.nullValue;
  }

  private matrix<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const r = this.rect();
    const s = this.worksheet.sheet();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(s.cells.get(key(row, col))));
      out.push(line);
    }
    return out;
  }

  protected snapshot(prop: string): unknown {
    if (this.nullValue === true) return undefined; // a null object loads nothing, like Excel
    switch (prop) {
      case "values":
        return this.matrix((c) => c?.value ?? "");
      case "formulas":
        return this.matrix((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return this.matrix((c) => c?.numberFormat ?? "General");
      case "address":
        return `${quoteSheet(this.worksheet.sheet().name)}!${formatAddress(this.rect())}`;
      case "rowCount":
        return this.rect().bottom - this.rect().top + 1;
      default:
        throw new FakeOfficeError("InvalidArgument", `fake range cannot load ${prop}`);
    }
  }

  private write(prop: string, data: unknown[][], each: (cell: FakeCell, v: unknown) => void): void {
    this.context.queue([prop, data], () => {
      const r = this.rect();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (
        !Array.isArray(data) ||
        data.length !== rows ||
        data.some((line) => !Array.isArray(line) || line.length !== cols)
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${formatAddress(r)}).`,
        );
      }
      const s = this.worksheet.sheet();
      data.forEach((line, i) => line.forEach((v, j) => each(cellAt(s, r.top + i, r.left + j), v)));
    });
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  set values(data: unknown[][]) {
    this.write("values", data, enter);
  }

  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  set formulas(data: unknown[][]) {
    this.write("formulas", data, enter);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  set numberFormat(data: unknown[][]) {
    this.write("numberFormat", data, (c, v) => {
      c.numberFormat = String(v);
    });
  }

  get address(): string {
    return this.read("address") as string;
  }

  get rowCount(): number {
    return this.read("rowCount") as number;
  }

  /** `Range.getRow(index)`: the 0-based row of this range (resolved at sync, like Excel). */
  getRow(index: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const r = this.rect();
      if (index < 0 || r.top + index > r.bottom)
        throw new FakeOfficeError("InvalidArgument", `row ${index} is outside the range`);
      return { ...r, top: r.top + index, bottom: r.top + index };
    });
  }

  /** `Range.getColumn(index)`: the 0-based column of this range (resolved at sync, like Excel). */
  getColumn(index: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const r = this.rect();
      if (index < 0 || r.left + index > r.right)
        throw new FakeOfficeError("InvalidArgument", `column ${index} is outside the range`);
      return { ...r, left: r.left + index, right: r.left + index };
    });
  }

  clear(): void {
    this.context.queue(["clear"], () => {
      const r = this.rect();
      const s = this.worksheet.sheet();
      for (const k of [...s.cells.keys()]) {
        const [row, col] = k.split(",").map(Number);
        if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) s.cells.delete(k);
      }
    });
  }

  /**
   * `Range.autoFill(destination, type)` (ExcelApi 1.9), vertical only: the destination starts
   * with this range and has its columns. FillCopy/FillDefault copy content (formulas moved down
   * like the fill handle) and formats; FillFormats copies number formats and formats only. The
   * fake never makes series (FillDefault on numbers would in Excel): the writer only fills formulas.
   */
  autoFill(destination: string, type: "FillCopy" | "FillDefault" | "FillFormats" = "FillDefault"): void {
    this.context.queue(["autoFill", destination, type], () => {
      const src = this.rect();
      const dst = parseAddress(destination);
      if (
        dst.top !== src.top ||
        dst.left !== src.left ||
        dst.right !== src.right ||
        dst.bottom < src.bottom
      ) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `autoFill: ${destination} must extend the source downwards`,
        );
      }
      const s = this.worksheet.sheet();
      const height = src.bottom - src.top + 1;
      for (let row = src.bottom + 1; row <= dst.bottom; row++) {
        const from = src.top + ((row - src.top) % height);
        for (let col = src.left; col <= src.right; col++) {
          const a = s.cells.get(key(from, col));
          const b = cellAt(s, row, col);
          b.numberFormat = a?.numberFormat ?? "General";
          b.format = { ...(a?.format ?? {}) };
          if (type === "FillFormats") continue;
          b.value = a?.value ?? null;
          b.formula = a?.formula ? moveDown(a.formula, row - from) : null;
        }
      }
    });
  }

  /** Applies a format property to every cell of the range (at sync). */
  setFormat(path: string, value: unknown): void {
    this.context.queue([path, value], () => {
      const r = this.rect();
      const s = this.worksheet.sheet();
      if (path === "columnWidth") {
        for (let col = r.left; col <= r.right; col++) s.columnWidths.set(col, Number(value));
        return;
      }
      if (path === "rowHeight") {
        s.rowHeights ??= new Map();
        for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, Number(value));
        return;
      }
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) cellAt(s, row, col).format[path] = value;
      }
    });
  }
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): { style: string } };
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
  ) {
    const setter = (prefix: string, props: string[]) => {
      const o: Record<string, unknown> = {};
      for (const p of props) {
        Object.defineProperty(o, p, {
          get: () => notLoaded(`${prefix}.${p}`),
          set: (v: unknown) => range.setFormat(`${prefix}.${p}`, v),
        });
      }
      return o;
    };
    this.font = setter("font", ["bold", "italic", "size", "color"]);
    this.fill = setter("fill", ["color"]);
    this.borders = { getItem: (edge: string) => setter(`border.${edge}`, ["style"]) as { style: string } };
    void context;
  }
  set columnWidth(v: number) {
    this.range.setFormat("columnWidth", v);
  }
  set rowHeight(v: number) {
    this.range.setFormat("rowHeight", v);
  }
  set wrapText(v: boolean) {
    this.range.setFormat("wrapText", v);
  }
  set verticalAlignment(v: string) {
    this.range.setFormat("verticalAlignment", v);
  }
  get columnWidth(): number {
    return notLoaded("columnWidth");
  }
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private entry(): FakeValidation {
    const s = this.range.worksheet.sheet();
    const address = formatAddress(this.range.rect());
    let v = s.validations.find((x) => x.address === address);
    if (!v) {
      v = { address, rule: null, errorAlert: null, ignoreBlanks: undefined };
      s.validations.push(v);
    }
    return v;
  }
  set rule(rule: unknown) {
    this.context.queue(["dataValidation.rule", rule], () => {
      const s = this.range.worksheet.sheet();
      const mine = this.range.rect();
      // a new rule replaces any validation it overlaps, as in Excel
      s.validations = s.validations.filter(
        (x) => !overlaps(parseAddress(x.address), mine) || x.address === formatAddress(mine),
      );
      this.entry().rule = rule;
    });
  }
  set errorAlert(alert: unknown) {
    this.context.queue(["dataValidation.errorAlert", alert], () => {
      this.entry().errorAlert = alert;
    });
  }
  set ignoreBlanks(v: boolean) {
    this.context.queue(["dataValidation.ignoreBlanks", v], () => {
      this.entry().ignoreBlanks = v;
    });
  }
  clear(): void {
    this.context.queue(["dataValidation.clear"], () => {
      const s = this.range.worksheet.sheet();
      s.validations = s.validations.filter((x) => !overlaps(parseAddress(x.address), this.range.rect()));
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  add(type: string) {
    const cf: FakeConditionalFormat = { address: "", type, formula: null, fillColor: null, fontColor: null };
    this.context.queue(["conditionalFormats.add", type], () => {
      cf.address = formatAddress(this.range.rect());
      this.range.worksheet.sheet().conditionalFormats.push(cf);
    });
    const q = (name: string, v: unknown, f: () => void) => this.context.queue([name, v], f);
    return {
      custom: {
        rule: {
          set formula(v: string) {
            q("rule.formula", v, () => (cf.formula = v));
          },
        },
        format: {
          fill: {
            set color(v: string) {
              q("fill.color", v, () => (cf.fillColor = v));
            },
          },
          font: {
            set color(v: string) {
              q("font.color", v, () => (cf.fontColor = v));
            },
          },
        },
      },
    };
  }
  clearAll(): void {
    this.context.queue(["conditionalFormats.clearAll"], () => {
      const s = this.range.worksheet.sheet();
      s.conditionalFormats = s.conditionalFormats.filter(
        (x) => !overlaps(parseAddress(x.address), this.range.rect()),
      );
    });
  }
}

class FakeTableCollection extends FakeItemCollection<FakeTableProxy> {
  protected readonly loadTag = "tables.load";
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet | null,
  ) {
    super(context);
  }
  protected currentItems(): FakeTableProxy[] {
    const sheetId = this.ws ? this.ws.sheet().id : null;
    return this.context.state.tables
      .filter((t) => sheetId === null || t.sheetId === sheetId)
      .map((t) => new FakeTableProxy(this.context, () => t));
  }
  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    let table: FakeTable | null = null;
    this.context.queue(["tables.add", address, hasHeaders], () => {
      const wb = this.context.state;
      const ws = this.ws ?? null;
      if (!ws) throw new FakeOfficeError("InvalidArgument", "fake: add tables through worksheet.tables");
      const sheet = ws.sheet();
      const rect = typeof address === "string" ? parseAddress(address) : address.rect();
      if (wb.tables.some((t) => t.sheetId === sheet.id && overlaps(parseAddress(t.address), rect))) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      let n = 1;
      while (wb.tables.some((t) => t.name === `Table${n}`)) n++;
      table = {
        id: wb.nextId++,
        name: `Table${n}`,
        sheetId: sheet.id,
        address: formatAddress(rect),
        hasHeaders,
        style: null,
      };
      wb.tables.push(table);
    });
    return new FakeTableProxy(this.context, () => {
      if (!table) throw new FakeOfficeError("ItemNotFound", "table was not added");
      return table;
    });
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => {
      const t = this.context.state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `table ${name}`);
      return t;
    });
  }
}

class FakeTableProxy extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly table: () => FakeTable,
  ) {
    super(context);
  }
  capture(list: string[]): void {
    for (const p of list) this.loaded.set(p, this.snapshot(p));
  }
  protected snapshot(prop: string): unknown {
    const t = this.table();
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    throw new FakeOfficeError("InvalidArgument", `fake table cannot load ${prop}`);
  }
  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.context.queue(["table.name", v], () => {
      const t = this.table();
      const wb = this.context.state;
      if (
        wb.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()) ||
        wb.names.some((n) => n.name.toLowerCase() === v.toLowerCase())
      ) {
        throw new FakeOfficeError("InvalidArgument", `The name ${v} is already used.`);
      }
      t.name = v;
    });
  }
  /** The sheet the table is on. */
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.table().sheetId);
  }
  /** Header and body. */
  getRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => parseAddress(this.table().address));
  }
  /** The header row (the first row of a table with headers). */
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const t = this.table();
      if (!t.hasHeaders) throw new FakeOfficeError("ItemNotFound", `table ${t.name} has no header row`);
      const r = parseAddress(t.address);
      return { ...r, bottom: r.top };
    });
  }
  /** The body without the header row (the table's current size, after rows were added/deleted). */
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const t = this.table();
      const r = parseAddress(t.address);
      return { ...r, top: t.hasHeaders ? r.top + 1 : r.top };
    });
  }
  set style(v: string) {
    this.context.queue(["table.style", v], () => {
      this.table().style = v;
    });
  }
  resize(address: string): void {
    this.context.queue(["table.resize", address], () => {
      this.table().address = formatAddress(parseAddress(address));
    });
  }
  delete(): void {
    this.context.queue(["table.delete"], () => {
      const t = this.table();
      this.context.state.tables = this.context.state.tables.filter((x) => x !== t);
    });
  }
}

class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy?: string) {
    const chart: FakeChart = { id: 0, name: "", type, title: "", series: [], position: null };
    const ctx = this.context;
    ctx.queue(["charts.add", type, source, seriesBy], () => {
      const s = this.ws.sheet();
      chart.id = ctx.state.nextId++;
      chart.name = `Chart ${chart.id}`;
      chart.series.push({ name: "Series1", values: toRef(source), categories: null });
      s.charts.push(chart);
    });
    const seriesProxy = (get: () => FakeChartSeries) => ({
      set name(v: string) {
        ctx.queue(["series.name", v], () => (get().name = v));
      },
      setValues(r: FakeRange) {
        ctx.queue(["series.setValues", r], () => (get().values = toRef(r)));
      },
      setXAxisValues(r: FakeRange) {
        ctx.queue(["series.setXAxisValues", r], () => (get().categories = toRef(r)));
      },
    });
    return {
      set name(v: string) {
        ctx.queue(["chart.name", v], () => (chart.name = v));
      },
      title: {
        set text(v: string) {
          ctx.queue(["chart.title", v], () => (chart.title = v));
        },
      },
      setPosition(from: string, to: string) {
        ctx.queue(["chart.setPosition", from, to], () => (chart.position = { from, to }));
      },
      series: {
        getItemAt(i: number) {
          return seriesProxy(() => {
            const s = chart.series[i];
            if (!s) throw new FakeOfficeError("ItemNotFound", `series ${i}`);
            return s;
          });
        },
        add(name: string) {
          const entry: FakeChartSeries = { name, values: null, categories: null };
          ctx.queue(["series.add", name], () => chart.series.push(entry));
          return seriesProxy(() => entry);
        },
      },
    };
  }
}

function toRef(r: FakeRange): FakeRef {
  return { sheetId: r.worksheet.sheet().id, address: formatAddress(r.rect()) };
}

class FakeNamedItemCollection extends FakeItemCollection<FakeNamedItem> {
  protected readonly loadTag = "names.load";
  protected currentItems(): FakeNamedItem[] {
    return this.context.state.names.map((n) => new FakeNamedItem(this.context, n.name));
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this.context.queue(["names.add", name, reference, comment], () => {
      const wb = this.context.state;
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`);
      }
      const formula =
        typeof reference === "string"
          ? reference.startsWith("=")
            ? reference
            : `=${reference}`
          : `=${quoteSheet(reference.worksheet.sheet().name)}!${absolute(formatAddress(reference.rect()))}`;
      wb.names.push({ name, formula, comment: comment ?? "" });
    });
    return new FakeNamedItem(this.context, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const n = new FakeNamedItem(this.context, name);
    this.context.queue(["names.getItemOrNullObject", name], () => n.resolveNull());
    return n;
  }
}

function absolute(address: string): string {
  return address
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** A name's formula as a reference to one sheet's range (`='Plan'!$B$5`, `=Sheet1!$A$1:$B$2`), else null. */
function rangeRef(formula: string): { sheet: string; address: string } | null {
  const m = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
    formula,
  );
  return m ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] } : null;
}

/**
 * NamedItem.type as Excel reports it: "Range" for a reference, "Error" once its sheet is deleted
 * (`=#REF!$B$5`), the constant's type otherwise. Formulas other than these are not evaluated here.
 */
function nameType(formula: string): string {
  if (rangeRef(formula)) return "Range";
  const body = formula.replace(/^=/, "");
  if (body.startsWith("#")) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^"(?:[^"]|"")*"$/.test(body)) return "String";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (Number.isFinite(Number(body))) return "Double";
  throw new FakeOfficeError("InvalidArgument", `fake name cannot evaluate ${formula}`);
}

class FakeNamedItem extends FakeClientObject {
  private nullValue: boolean | undefined;
  constructor(
    context: FakeContext,
    private readonly itemName: string,
  ) {
    super(context);
  }
  private item(): FakeName {
    const n = this.context.state.names.find((x) => x.name.toLowerCase() === this.itemName.toLowerCase());
    if (!n) throw new FakeOfficeError("ItemNotFound", `The name ${this.itemName} does not exist.`);
    return n;
  }
  resolveNull(): void {
    this.nullValue = !this.context.state.names.some(
      (x) => x.name.toLowerCase() === this.itemName.toLowerCase(),
    );
  }
  get isNullObject(): boolean {
    if (this.nullValue === undefined) notLoaded("isNullObject");
    return this.nullValue;
  }
  capture(list: string[]): void {
    for (const p of list) this.loaded.set(p, this.snapshot(p));
  }
  protected snapshot(prop: string): unknown {
    if (this.nullValue === true) return undefined; // a null object loads nothing, like Excel
    if (prop === "name") return this.item().name;
    if (prop === "formula") return this.item().formula;
    if (prop === "type") return nameType(this.item().formula);
    throw new FakeOfficeError("InvalidArgument", `fake name cannot load ${prop}`);
  }
  get type(): string {
    return this.read("type") as string;
  }
  /** The sheet and cells the name refers to now, when the batch runs. */
  private target(): { sheetId: number; rect: Rect } {
    const n = this.item(); // ItemNotFound for a name that does not exist, as getItem(…) does
    const ref = rangeRef(n.formula);
    const sheet =
      ref && this.context.state.sheets.find((x) => x.name.toLowerCase() === ref.sheet.toLowerCase());
    // Office.js: "Throws an error if the named item's type is not a range" (a constant, #REF!)
    if (!ref || !sheet) throw new FakeOfficeError("InvalidArgument", `The name ${n.name} is not a range.`);
    return { sheetId: sheet.id, rect: parseAddress(ref.address) };
  }
  /**
   * NamedItem.getRange() (ExcelApi 1.1): the range the name refers to, resolved when the batch
   * runs (so it follows inserted rows and renamed sheets like the name itself); the sync fails
   * when the name is missing or not a range.
   */
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      new FakeWorksheet(this.context, () => this.target().sheetId),
      () => this.target().rect,
    );
  }
  get name(): string {
    return this.read("name") as string;
  }
  get formula(): string {
    return this.read("formula") as string;
  }
  set formula(v: string) {
    this.context.queue(["name.formula", v], () => {
      this.item().formula = v;
    });
  }
  delete(): void {
    this.context.queue(["name.delete", this.itemName], () => {
      const n = this.item();
      this.context.state.names = this.context.state.names.filter((x) => x !== n);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Inspection helpers for tests

export function sheetByName(wb: FakeWorkbookState, name: string): FakeSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} (have ${wb.sheets.map((x) => x.name).join(", ")})`);
  return s;
}

/** The cell at an A1 address, or undefined when it was never written. */
export function cellOf(wb: FakeWorkbookState, sheet: string, address: string): FakeCell | undefined {
  const r = parseAddress(address);
  return sheetByName(wb, sheet).cells.get(key(r.top, r.left));
}

/** A buyer typing `input` into a cell (Excel's entry rules, as in the UI). */
export function typeInto(
  wb: FakeWorkbookState,
  sheet: string,
  address: string,
  input: FakeScalar | null,
): void {
  const r = parseAddress(address);
  const cell = cellAt(sheetByName(wb, sheet), r.top, r.left);
  if (input === null) {
    cell.value = null;
    cell.formula = null;
  } else enter(cell, input);
}

/** A chart reference as text, e.g. `'Monitor'!A5:A35` (follows renames; `#REF!` once deleted). */
export function refText(wb: FakeWorkbookState, ref: FakeRef | null): string {
  if (!ref) return "";
  const s = wb.sheets.find((x) => x.id === ref.sheetId);
  return s ? `${quoteSheet(s.name)}!${ref.address}` : "#REF!";
}

/**
 * A deep, comparable copy of the whole workbook (Maps turned into sorted entries), without the
 * fake's internal id counter (ids used by a failed batch are not part of the workbook).
 */
function tableByName(
  wb: FakeWorkbookState,
  name: string,
): { table: FakeTable; sheet: FakeSheet; body: Rect } {
  const table = wb.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const sheet = wb.sheets.find((x) => x.id === table.sheetId);
  if (!sheet) throw new Error(`table ${name} has no sheet`);
  const r = parseAddress(table.address);
  return { table, sheet, body: { ...r, top: table.hasHeaders ? r.top + 1 : r.top } };
}

/**
 * A buyer sorting a table (Data ▸ Sort): body row `order[i]` moves to body row i, constants and
 * formulas alike; a moved formula's relative rows are re-adjusted (a table's per-row formula
 * `=MAX(0,D5-C5)` reads the same after the sort, a buyer's formula in an input moves with its SKU).
 */
export function sortTableRows(wb: FakeWorkbookState, tableName: string, order: readonly number[]): void {
  const { sheet, body } = tableByName(wb, tableName);
  const height = body.bottom - body.top + 1;
  if (order.length !== height || [...order].sort((a, b) => a - b).some((v, i) => v !== i))
    throw new Error(`order must be a permutation of 0..${height - 1}`);
  for (let col = body.left; col <= body.right; col++) {
    const before = order.map((from) => sheet.cells.get(key(body.top + from, col)));
    before.forEach((c, i) => {
      const at = key(body.top + i, col);
      // a moved formula is re-adjusted to its new row, as Excel does
      const formula = c?.formula ? moveDown(c.formula, i - order[i]) : null;
      if (c) sheet.cells.set(at, { ...c, formula, format: { ...c.format } });
      else sheet.cells.delete(at);
    });
  }
}

/**
 * A buyer deleting body row `row` of a table (Delete ▸ Table Rows): the cells below move up one
 * row within the table's columns and the table shrinks by one row. Formula cells moved up keep
 * their text re-adjusted (a row's formula reads the same row).
 */
export function deleteTableRow(wb: FakeWorkbookState, tableName: string, row: number): void {
  const { table, sheet, body } = tableByName(wb, tableName);
  const at = body.top + row;
  if (at > body.bottom) throw new Error(`table ${tableName} has no body row ${row}`);
  for (let col = body.left; col <= body.right; col++) {
    for (let r = at; r <= body.bottom; r++) {
      const below = r < body.bottom ? sheet.cells.get(key(r + 1, col)) : undefined;
      if (below)
        sheet.cells.set(key(r, col), {
          ...below,
          format: { ...below.format },
          formula: below.formula ? moveDown(below.formula, -1) : null,
        });
      else sheet.cells.delete(key(r, col));
    }
  }
  const full = parseAddress(table.address);
  table.address = formatAddress({ ...full, bottom: full.bottom - 1 });
}

/**
 * A buyer inserting an empty body row at `row` of a table (Insert ▸ Table Rows Above): the cells
 * from there down move one row down within the table's columns and the table grows by one row.
 */
export function insertTableRow(wb: FakeWorkbookState, tableName: string, row: number): void {
  const { table, sheet, body } = tableByName(wb, tableName);
  const at = body.top + row;
  if (at > body.bottom + 1) throw new Error(`table ${tableName} has no body row ${row}`);
  for (let col = body.left; col <= body.right; col++) {
    for (let r = body.bottom; r >= at; r--) {
      const c = sheet.cells.get(key(r, col));
      if (c)
        sheet.cells.set(key(r + 1, col), {
          ...c,
          format: { ...c.format },
          formula: c.formula ? moveDown(c.formula, 1) : null,
        });
      else sheet.cells.delete(key(r + 1, col));
    }
    sheet.cells.delete(key(at, col));
  }
  const full = parseAddress(table.address);
  table.address = formatAddress({ ...full, bottom: full.bottom + 1 });
}

/**
 * Excel's reference update when rows or columns are inserted (`count` > 0) before 0-based index
 * `at`, or deleted (`count` < 0) from `at` on: references after move, ranges spanning an
 * insertion grow, ranges losing part of themselves shrink, and a range entirely deleted becomes
 * null (#REF!).
 */
function shiftRect(r: Rect, axis: "row" | "col", at: number, count: number): Rect | null {
  const [lo, hi] = axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
  const out = { ...r };
  if (count > 0) {
    if (r[lo] >= at) out[lo] += count;
    if (r[hi] >= at) out[hi] += count;
    return out;
  }
  const n = -count;
  const end = at + n; // first index after the deleted band
  if (r[lo] >= at && r[hi] < end) return null;
  out[lo] = r[lo] < at ? r[lo] : r[lo] >= end ? r[lo] - n : at;
  out[hi] = r[hi] < at ? r[hi] : r[hi] >= end ? r[hi] - n : at - 1;
  return out;
}

const REF =
  /((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])/g;

/** Rewrites A1 references to `sheet` in a formula (`host` = the formula's own sheet). */
function shiftFormula(formula: string, host: string, sheet: string, move: (r: Rect) => Rect | null): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (m, prefix: string | undefined, address: string, offset: number) => {
            const before = part[offset - 1];
            if (before && /[A-Za-z0-9_.]/.test(before)) return m;
            const target = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : host;
            if (target !== sheet) return m;
            const r = move(parseAddress(address));
            if (!r) return `${prefix ?? ""}#REF!`;
            const abs = address.includes("$");
            const text = formatAddress(r);
            return `${prefix ?? ""}${abs ? absolute(text) : text}`;
          }),
    )
    .join("");
}

/**
 * A buyer inserting (`count` > 0) or deleting (`count` < 0) whole rows or columns of a sheet, as
 * Excel does it: cells move, and every reference follows — formulas on all sheets, defined
 * names, tables (a column inserted inside a table gets the header `Column1`), validations and
 * conditional formats. A deleted cell's references become #REF!.
 * @param at 1-based row number or column letters where the insertion/deletion starts
 */
function shiftSheet(
  wb: FakeWorkbookState,
  sheetName: string,
  axis: "row" | "col",
  at: number,
  count: number,
): void {
  const sheet = sheetByName(wb, sheetName);
  const move = (r: Rect) => shiftRect(r, axis, at, count);
  const moved = new Map<string, FakeCell>();
  for (const [k, c] of sheet.cells) {
    const [row, col] = k.split(",").map(Number);
    const r = move({ top: row, left: col, bottom: row, right: col });
    if (r) moved.set(key(r.top, r.left), c);
  }
  sheet.cells = moved;
  for (const s of wb.sheets) {
    for (const c of s.cells.values())
      if (c.formula) c.formula = shiftFormula(c.formula, s.name, sheetName, move);
    for (const cf of s.conditionalFormats)
      if (cf.formula) cf.formula = shiftFormula(cf.formula, s.name, sheetName, move);
  }
  for (const n of wb.names) n.formula = shiftFormula(n.formula, "", sheetName, move);
  for (const t of [...wb.tables]) {
    if (t.sheetId !== sheet.id) continue;
    const before = parseAddress(t.address);
    const r = move(before);
    if (!r) {
      wb.tables = wb.tables.filter((x) => x !== t);
      continue;
    }
    t.address = formatAddress(r);
    if (axis === "col" && count > 0 && at > before.left && at <= before.right && t.hasHeaders) {
      for (let c = at; c < at + count; c++) cellAt(sheet, r.top, c).value = `Column${c - at + 1}`;
    }
  }
  sheet.validations = sheet.validations.flatMap((v) => {
    const r = move(parseAddress(v.address));
    return r ? [{ ...v, address: formatAddress(r) }] : [];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const r = move(parseAddress(cf.address));
    return r ? [{ ...cf, address: formatAddress(r) }] : [];
  });
}

/** Insert ▸ Sheet Rows: `count` empty rows above 1-based row `row`. */
export function insertRows(wb: FakeWorkbookState, sheet: string, row: number, count = 1): void {
  shiftSheet(wb, sheet, "row", row - 1, count);
}

/** Delete ▸ Sheet Rows: `count` rows from 1-based row `row` down. */
export function deleteRows(wb: FakeWorkbookState, sheet: string, row: number, count = 1): void {
  shiftSheet(wb, sheet, "row", row - 1, -count);
}

/** Insert ▸ Sheet Columns: `count` empty columns left of column `column` (letters). */
export function insertColumns(wb: FakeWorkbookState, sheet: string, column: string, count = 1): void {
  shiftSheet(wb, sheet, "col", colIndex(column), count);
}

/** Delete ▸ Sheet Columns: `count` columns from column `column` (letters) rightwards. */
export function deleteColumns(wb: FakeWorkbookState, sheet: string, column: string, count = 1): void {
  shiftSheet(wb, sheet, "col", colIndex(column), -count);
}

/** A buyer renaming a sheet (double-click the tab): formulas, names and charts follow. */
export function renameSheet(wb: FakeWorkbookState, from: string, to: string): void {
  const s = sheetByName(wb, from);
  s.name = to;
  renameEverywhere(wb, from, to);
}

export function snapshotWorkbook(wb: FakeWorkbookState): unknown {
  return JSON.parse(
    JSON.stringify({ ...wb, nextId: undefined }, (_k, v: unknown) =>
      v instanceof Map ? [...v.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) : v,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Office / Excel globals for the browser run

export interface InstallOptions extends FakeHostOptions {
  displayLanguage?: string;
  /** The newest ExcelApi set the fake Excel reports ("1.x"); default "1.18". */
  excelApi?: string;
}

/**
 * Defines `Office` (onReady, context.displayLanguage, context.requirements, context.document.settings) and `Excel`
 * (run and the enums src/excel uses) on `target`, backed by `workbook`. Returns the host so the
 * caller can read its counters.
 */
export function installFakeOffice(
  target: Record<string, unknown>,
  workbook: FakeWorkbookState,
  options: InstallOptions = {},
): FakeHost {
  const host = new FakeHost(workbook, options);
  const pending: Record<string, unknown> = { ...workbook.settings };
  target.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      // the fake implements ExcelApi up to 1.18 (notes); `excelApi` plays an older Excel
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" &&
          Number(version.split(".")[1]) <= Number((options.excelApi ?? "1.18").split(".")[1]),
      },
      document: {
        settings: {
          get: (name: string) => (name in pending ? pending[name] : null),
          set: (name: string, value: unknown) => {
            pending[name] = value;
          },
          remove: (name: string) => {
            delete pending[name];
          },
          saveAsync: (cb?: (r: { status: string }) => void) => {
            workbook.settings = { ...pending };
            cb?.({ status: "succeeded" });
          },
        },
      },
    },
  };
  target.Excel = {
    run: <T>(batch: (ctx: FakeContext) => Promise<T>) => host.run(batch),
    ConditionalFormatType: { custom: "Custom" },
    ChartType: { line: "Line" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    DataValidationOperator: {
      between: "Between",
      greaterThanOrEqualTo: "GreaterThanOrEqualTo",
      lessThanOrEqualTo: "LessThanOrEqualTo",
    },
    ErrorCodes: { itemNotFound: "ItemNotFound", generalException: "GeneralException" },
  };
  return host;
}
