import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import {
  importSales,
  type SalesImportMeta,
  type SalesImportOptions,
  type SalesRow as ImportedSale,
} from "../import/importSales";
import type { SalesHistory } from "../import/salesHistory";
import { importSkus, type SkuImportMeta, type SkuRow as ImportedSku } from "../import/importSkus";
import { findUnknownSkus } from "../import/checkSkus";
import type { ImportIssue, ImportResult } from "../import/types";
import { ISSUE_MESSAGES } from "../import/messages";
import { fileCostCurrency } from "../import/costCurrency";
import { cellName } from "../plan/settings";
import { inputId } from "../plan/readOverrides";
import { decidePurchaseCurrency, planCurrencyInputs, type CurrencyOptions } from "../plan/purchaseCurrency";
import type { HistoryWarning } from "../import/historyWarnings";
import { sniffFile } from "../import/sniffFile";
import { importSalesXlsx, importSkusXlsx } from "../import/xlsx";
import { liveSample, localIsoDate } from "../import/sample";
import { buildPlanWithWarnings } from "../plan/buildPlan";
import { releaseStage } from "./stageMemory";
import { actualsToDate } from "../plan/sheets/monitorActuals";
import {
  addDays,
  isDatedPromoEvent,
  isoToExcelSerial,
  nextPromoDates,
  promoEventOf,
  type PromoDates,
  InputError,
} from "../core";
import type { PlanInput, PromoEvent } from "../plan/input";
import type { ReadOverrides } from "../plan/readOverrides";
import type { RebuildReport } from "../plan/rebuildReport";
import type { PlanModel } from "../plan/types";
import { printHistoryWarnings, printSalesSummary } from "./importSummary";
import type { CliIo } from "./cliIo";
import { cliText, terminalSafe, type CliLang } from "./messages";
import { checkOutput } from "./outputFile";
import { textInNumbers } from "./textInNumbers";
import { removeOnSignal } from "./signals";
import { finishRebuild, readPlanEdits, type PlanEdits } from "./readPlanOverrides";
import { tempPlanPath, writePlanXlsx, type BaseWorkbook } from "./xlsxWriter";

export type { CliIo } from "./cliIo";

const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Exit codes: 0 done, 1 unexpected error, 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;
/** How many issues per file the CLI prints before "… and N more". */
const MAX_PRINTED_ISSUES = 20;

/** A failure the user can fix: printed as is, exit code 2. */
class BadInput extends Error {}

/** The bundled sample folder, found upwards from this file (src/cli in tests, build/cli/cli when built). */
export function sampleDir(): string {
  for (let d = __dirname, i = 0; i < 6; d = dirname(d), i++) {
    const candidate = join(d, "assets", "sample");
    if (existsSync(join(candidate, "settings.json"))) return candidate;
  }
  throw new Error("the bundled sample data (assets/sample) is missing");
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns the exit code.
 * @example await main(["plan", "--sample", "--out", "plan.xlsx"]) // => 0
 */
export async function main(argv: string[], rawIo: CliIo = defaultIo): Promise<number> {
  // everything printed may quote file data: no terminal control sequence gets through (#14)
  const io: CliIo = {
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  const r = await preparePlan(argv, io);
  if (r.code !== EXIT_OK || !r.model || !r.out) return r.code;
  const t = cliText(r.lang);
  // counted before the write: the writer takes the model out of `r` to free it (issue 16 peak)
  let cells = 0;
  let formulas = 0;
  for (const sheet of r.model.sheets) {
    cells += sheet.cells.length;
    for (const c of sheet.cells) if (c.kind === "formula") formulas++;
  }
  const skus = r.model.meta.forecastMethods.length;
  try {
    io.stderr(`[4/5] ${t("stepWrite", { file: r.out })}\n`);
    releaseStage(cells); // the forecasts' working arrays
    await writePlanXlsx(r, r.out, r.base);
  } catch (e) {
    // the checks before the build make this rare (disk full, the file locked meanwhile): name
    // the output file and the system's reason, not the temporary file beside it
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.stderr(`${t("cannotWrite", { file: r.out, reason })}\n`);
    return EXIT_UNEXPECTED;
  }
  io.stderr(`[5/5] ${t("done", { file: r.out, skus, formulas })}\n`);
  return EXIT_OK;
}

/** What `preparePlan` found: the model and where to write it, or an exit code. */
export interface PreparedPlan {
  code: number;
  lang: CliLang;
  model?: PlanModel;
  out?: string;
  /** The existing plan at `out` to rebuild into (its buyer sheets are kept). */
  base?: BaseWorkbook;
  /** What the rebuild kept and could not find (absent for a first build). */
  report?: RebuildReport;
}

/**
 * Parses the arguments, imports the files, reads back the buyer's edits from an existing --out
 * and builds the model, without writing anything (the tests use it to get the expected values).
 */
export async function preparePlan(argv: string[], io: CliIo = defaultIo): Promise<PreparedPlan> {
  let lang: CliLang = argv.includes("zh") && argv[argv.indexOf("zh") - 1] === "--lang" ? "zh" : "en";
  let t = cliText(lang);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sales: { type: "string" },
        skus: { type: "string" },
        actuals: { type: "string" },
        "promo-start": { type: "string" },
        "promo-end": { type: "string" },
        "inbound-cutoff": { type: "string" },
        "registration-deadline": { type: "string" },
        event: { type: "string" },
        today: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
        sample: { type: "boolean" },
        "skip-bad-rows": { type: "boolean" },
        force: { type: "boolean" },
        sheet: { type: "string" },
        decimal: { type: "string" },
        "time-zone": { type: "string" },
        "report-date": { type: "string" },
        "purchase-currency": { type: "string" },
        fx: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] };
    if (values.lang !== undefined) {
      if (values.lang !== "en" && values.lang !== "zh")
        throw new BadInput(t("badLang", { value: String(values.lang) }));
      lang = values.lang;
      t = cliText(lang);
    }
    if (values.help || positionals.length === 0) {
      io.stdout(`${t("help")}\n`);
      return { code: positionals.length === 0 && !values.help ? EXIT_BAD_INPUT : EXIT_OK, lang };
    }
    if (positionals[0] !== "plan" || positionals.length > 1) {
      throw new BadInput(t("unknownCommand", { cmd: positionals.join(" ") }));
    }
    const str = (name: string): string | undefined => values[name] as string | undefined;
    const need = (name: string): string => {
      const v = str(name);
      if (!v) throw new BadInput(t("missingOption", { name }));
      return v;
    };
    const date = (name: string, v: string): string => {
      try {
        isoToExcelSerial(v);
      } catch {
        throw new BadInput(t("badDate", { name, value: v }));
      }
      return v;
    };
    const out = need("out");
    const progress = (step: number, total: number, text: string) => io.stderr(`[${step}/${total}] ${text}\n`);
    const steps = 5;

    // ---- inputs: sample or files ----
    let salesFile: string;
    let skusFile: string;
    let actualsFile = str("actuals");
    let fileSettings: Record<string, string> = {};
    // the sample's texts, moved to today's calendar (src/import/sample.ts); files are read as given
    const memory = new Map<string, string>();
    if (values.sample) {
      const dir = sampleDir();
      salesFile = join(dir, "sales.csv");
      skusFile = join(dir, "skus.csv");
      const read = (name: string) => readFileSync(join(dir, name), "utf8");
      const today = str("today") ?? localIsoDate(new Date());
      const live = liveSample(
        {
          sales: read("sales.csv"),
          skus: read("skus.csv"),
          actuals: read("actuals.csv"),
          settings: read("settings.json"),
        },
        date("today", today),
        // a typed promo start re-derives the sample's other dates (none contradicts it)
        str("promo-start") === undefined ? undefined : date("promo-start", str("promo-start")!),
      );
      memory.set(salesFile, live.sales).set(skusFile, live.skus);
      // the live promo is ahead, so the sample has no actuals yet (src/import/sample.ts)
      if (actualsFile === undefined && live.actualsRows > 0)
        memory.set((actualsFile = join(dir, "actuals.csv")), live.actuals);
      // a typed promo start is not Black Friday any more: the plan names no event it is not for
      fileSettings = {
        ...live.promo,
        ...(live.promoFrom === "typed" && { event: "custom" }),
        today: live.today,
      };
      // the dates the sample uses, so the buyer knows what the plan is for
      const shownDates = { ...live.promo, today: live.today, days: String(live.minDaysAhead) };
      io.stderr(`${t(live.promoFrom === "typed" ? "sampleDatesTyped" : "sampleDates", shownDates)}\n`);
    } else {
      salesFile = need("sales");
      skusFile = need("skus");
    }
    // the output path is checked before anything is read or built (issue 16 #9, #12)
    const outState = checkOutput(out, [salesFile, skusFile, ...(actualsFile ? [actualsFile] : [])]);
    if (typeof outState !== "string") throw new BadInput(t(outState.key, outState.vars));
    if (outState === "other" && !values.force) throw new BadInput(t("notAPlan", { file: out }));
    const pick = (name: string, key: string): string | undefined => str(name) ?? fileSettings[key];
    const todayRaw = pick("today", "today");
    const eventRaw = pick("event", "event") ?? "custom";
    const event: PromoEvent = promoEventOf(eventRaw) ?? "custom";
    // `--event bfcm` (any event with a date rule) without --promo-start stands for the event's next
    // window: the dates not typed come from the core's promo calendar once today is known. Typed
    // dates are checked now, before any file is read.
    const fromCalendar = isDatedPromoEvent(event) && pick("promo-start", "promoStart") === undefined;
    const typedDate = (name: string, key: string): string | undefined => {
      const v = pick(name, key);
      if (v !== undefined) return date(name, v);
      return fromCalendar ? undefined : date(name, need(name));
    };
    const startTyped = typedDate("promo-start", "promoStart");
    const endTyped = typedDate("promo-end", "promoEnd");
    const inboundTyped = typedDate("inbound-cutoff", "inboundCutoff");
    const regRaw = pick("registration-deadline", "registrationDeadline");
    const regTyped = regRaw ? date("registration-deadline", regRaw) : undefined;

    // --sheet: a tab name, or its 1-based position when all digits (for the .xlsx sales file)
    const sheetRaw = str("sheet");
    const sheet = sheetRaw === undefined ? undefined : /^\d+$/.test(sheetRaw) ? Number(sheetRaw) : sheetRaw;
    const decimalRaw = str("decimal");
    if (decimalRaw !== undefined && decimalRaw !== "." && decimalRaw !== ",")
      throw new BadInput(t("badDecimal", { value: decimalRaw }));
    const read = { decimal: decimalRaw as "." | "," | undefined };
    const zone = { timeZone: str("time-zone"), reportDate: str("report-date") };
    progress(1, steps, t("stepRead", { file: shown(salesFile) }));
    // The plan date is today (DESIGN.md) unless --today sets it: the machine's local calendar date,
    // so a stale export is planned as stale (warned, forecast from its last observed day) instead
    // of being read as if it ended yesterday. A sale may be dated one day past the local date (a
    // marketplace east of the buyer is already there); later ones are FUTURE_DATE with their row,
    // and a sale years ahead is a mistyped year, not history (issue 16 #6).
    const clockToday = localIsoDate(new Date());
    const asOf = todayRaw ?? addDays(clockToday, 1);
    const latest = todayRaw ? undefined : addDays(clockToday, MAX_DAYS_AHEAD);
    const sales = await readImport(salesFile, "sales", asOf, t, {
      ...read,
      ...zone,
      latest,
      sheet,
      text: memory.get(salesFile),
    });
    progress(2, steps, t("stepRead", { file: shown(skusFile) }));
    const skus = await readImport(skusFile, "skus", undefined, t, { ...read, text: memory.get(skusFile) });
    const actuals = actualsFile
      ? await readImport(actualsFile, "sales", undefined, t, {
          ...read,
          ...zone,
          text: memory.get(actualsFile),
        })
      : undefined;
    const skipBad = values["skip-bad-rows"] === true;
    for (const [file, r] of [
      [salesFile, sales],
      [skusFile, skus],
      ...(actuals && actualsFile ? [[actualsFile, actuals] as const] : []),
    ] as const) {
      reportIssues(file, r.issues, lang, io, t, skipBad);
      // (a sales file's history counts its SKU-days without making a row object of each)
      if ((r.history?.rowCount ?? r.rows.length) === 0) throw new BadInput(t("noRows", { file }));
    }
    if (sales.meta && "keyedByTitle" in sales.meta) printSalesSummary(io, t, salesFile, sales.meta, skipBad);
    const salesHistory = sales.history as SalesHistory;
    // sales of SKUs missing from the master stay out of the plan: say which
    reportIssues(salesFile, findUnknownSkus(salesHistory, skus.rows as ImportedSku[]), lang, io, t, skipBad);
    const lastSale = salesHistory.lastDate ?? "";
    // a sale dated tomorrow (see asOf) moves the plan date to the marketplace's today
    const today = todayRaw ? date("today", todayRaw) : lastSale > clockToday ? lastSale : clockToday;
    const calendar = fromCalendar ? nextPromoDates(event, today) : undefined;
    const promoStart = startTyped ?? (calendar as PromoDates).promoStart;
    const promoEnd = endTyped ?? (calendar as PromoDates).promoEnd;
    const inboundCutoff = inboundTyped ?? (calendar as PromoDates).inboundCutoff;
    const registrationDeadline = regTyped ?? calendar?.registrationDeadline ?? inboundCutoff;
    if (calendar) {
      io.stderr(
        `${t("eventDates", { event: eventRaw, promoStart, promoEnd, inboundCutoff, registrationDeadline })}\n`,
      );
    }
    checkPromoDates(
      {
        today,
        promoStart,
        promoEnd,
        inboundCutoff,
        registrationDeadline: regTyped ?? calendar?.registrationDeadline,
      },
      t,
      // where an untyped promo start came from, to say so when a typed deadline is after it
      str("promo-start") !== undefined
        ? undefined
        : values.sample
          ? "sample"
          : calendar
            ? "calendar"
            : undefined,
    );

    // ---- keep the buyer's edits (and own sheets) from an existing plan ----
    let overrides: ReadOverrides | undefined;
    let edits: PlanEdits | null = null;
    if (outState === "workbook") {
      try {
        edits = await readPlanEdits(out);
      } catch (e) {
        if (!values.force) throw new BadInput(t("badPlanState", { file: out, reason: (e as Error).message }));
      }
      if (edits === null && !values.force) throw new BadInput(t("notAPlan", { file: out }));
      if (edits) {
        overrides = edits.overrides;
        const cells = (rows: Record<string, Record<string, unknown>>) =>
          Object.values(rows).reduce((a, r) => a + Object.keys(r).length, 0);
        const count =
          Object.keys(overrides.inputs).length +
          cells(overrides.table) +
          cells(overrides.dates ?? {}) +
          cells(overrides.daySkus ?? {});
        io.stderr(`      ${t("stepKeep", { count, file: out })}\n`);
        const typed = textInNumbers(edits.state, overrides);
        for (const x of typed.slice(0, MAX_PRINTED_ISSUES))
          io.stderr(`${t("textInNumber", { file: out, ...x, text: x.text.slice(0, 60) })}\n`);
        if (typed.length > MAX_PRINTED_ISSUES)
          io.stderr(`${t("moreIssues", { file: out, count: typed.length - MAX_PRINTED_ISSUES })}\n`);
      }
    }

    // the currency of the unit costs and the FX: never a CNY cost read as USD (./purchaseCurrency)
    const currency = purchaseCurrencyOf(
      skusFile,
      skus.meta as SkuImportMeta | undefined,
      skus.rows as ImportedSku[],
      { currency: str("purchase-currency"), fx: str("fx") },
      edits,
      lang,
      t,
      io,
    );

    progress(3, steps, t("stepBuild", { count: skus.rows.length }));
    releaseStage(salesHistory.rowCount); // the file, its text and the import's day arrays
    const input: PlanInput = {
      settings: {
        event,
        ...(event === "custom" ? { eventName: eventRaw } : {}),
        registrationDeadline,
        inboundCutoff,
        promoStart,
        promoEnd,
        locale: lang === "zh" ? "zh-CN" : "en-US",
        ...currency,
      },
      today,
      skus: skus.rows as ImportedSku[],
      sales: salesHistory,
      actuals: actuals?.rows as ImportedSale[] | undefined,
      builtBy: "StockUp CLI",
    };
    let model: PlanModel;
    // stale or short history, no promo flags, SKU master gaps, dates already passed: the plan's
    // own warnings (the ones its sheet shows), from the daily series it forecast from
    let warnings: HistoryWarning[];
    try {
      ({ model, warnings } = buildPlanWithWarnings(input, overrides));
    } catch (e) {
      if (e instanceof InputError)
        throw new BadInput(t("badInput", { argument: e.argument, reason: e.reason }));
      throw e;
    }
    printHistoryWarnings(io, t, lang, warnings);
    // actuals dated after the plan date are left out of the monitor (the plan sheet says so too)
    const future =
      actualsFile && actuals ? actualsToDate(actuals.rows as ImportedSale[], today).ignored : null;
    if (future)
      io.stderr(
        `${t("futureActuals", { file: shown(actualsFile!), rows: future.rows, today, first: future.firstDate })}\n`,
      );
    if (!edits) return { code: EXIT_OK, lang, model, out };
    // which edits were kept, which inputs could not be found, which renamed sheets were found
    // (the plan sheets the buyer renamed keep the buyer's names: write the model it returns)
    const rebuilt = finishRebuild(model, edits);
    for (const line of rebuilt.report.lines[lang === "zh" ? "zh-CN" : "en-US"]) io.stderr(`      ${line}\n`);
    return { code: EXIT_OK, lang, model: rebuilt.model, out, base: rebuilt.base, report: rebuilt.report };
  } catch (e) {
    if (e instanceof BadInput) {
      io.stderr(`${e.message}\n`);
      return { code: EXIT_BAD_INPUT, lang };
    }
    // parseArgs rejects unknown options and missing values with a TypeError carrying a code
    const code = (e as { code?: string }).code;
    if (code && code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${t("badOption", { detail: (e as Error).message })}\n`);
      return { code: EXIT_BAD_INPUT, lang };
    }
    io.stderr(`${t("unexpected", { message: (e as Error).stack ?? String(e) })}\n`);
    return { code: EXIT_UNEXPECTED, lang };
  }
}

/**
 * The purchase currency and FX the plan is built with (decidePurchaseCurrency), printed when the
 * plan converts; the buyer's typed inputs it replaces leave the overrides (said on stderr).
 * @throws BadInput naming the file and the option to pass (mixed currencies, no FX, a conflict)
 */
function purchaseCurrencyOf(
  file: string,
  meta: SkuImportMeta | undefined,
  rows: readonly ImportedSku[],
  options: CurrencyOptions,
  edits: PlanEdits | null,
  lang: CliLang,
  t: ReturnType<typeof cliText>,
  io: CliIo,
): { purchaseCurrency: string; fxRate: number } {
  const costs = fileCostCurrency(meta?.costCurrencies ?? []);
  const d = decidePurchaseCurrency(
    costs,
    options,
    edits ? planCurrencyInputs(edits.state, edits.overrides) : undefined,
  );
  if (!d.ok) {
    if (costs.kind === "mixed")
      throw new BadInput(
        t("mixedCostCurrency", { file, message: lang === "zh" ? costs.messageZh : costs.message }),
      );
    throw new BadInput(t(d.key, { file, ...d.vars }));
  }
  for (const r of d.replaced) {
    // the decided value is written instead, as StockUp's (a later rebuild reads it as written)
    delete edits!.overrides.inputs[r.name];
    if (edits!.overrides.formulas) delete edits!.overrides.formulas[inputId({ kind: "name", name: r.name })];
    const reason =
      r.name === cellName("fxRate") && options.fx !== undefined
        ? t("reasonFxOption")
        : t("reasonNewCurrency", { purchase: d.purchaseCurrency });
    const input = t(r.name === cellName("fxRate") ? "inputFxRate" : "inputPurchaseCurrency");
    io.stderr(
      `${t("replacedInput", { file: shown(file), input, was: String(r.was), now: r.now, reason })}\n`,
    );
  }
  if (d.purchaseCurrency !== d.saleCurrency) {
    const from = (s: string, option: string) =>
      s === "file"
        ? t("fromFile")
        : s === "option"
          ? t("fromOption", { option })
          : s === "plan"
            ? t("fromPlan")
            : t("fromDefault");
    // a worked example on the first SKU with a cost, so the buyer can check the rate's direction
    const cost = rows.find((r) => r.unitCost !== undefined)?.unitCost;
    if (cost !== undefined)
      io.stderr(
        `${t("purchaseCurrency", {
          purchase: d.purchaseCurrency,
          sale: d.saleCurrency,
          fx: d.fxRate,
          currencyFrom: from(d.currencyFrom, "--purchase-currency"),
          fxFrom: from(d.fxFrom, "--fx"),
          cost: Number.isInteger(Math.round(cost * 1e6) / 1e4) ? cost.toFixed(2) : String(cost),
          converted: Number((cost * d.fxRate).toFixed(4)),
        })}\n`,
      );
  }
  return { purchaseCurrency: d.purchaseCurrency, fxRate: d.fxRate };
}

/** How far ahead of the plan date a promo (or, without --today, a sale) may lie: two years. */
const MAX_DAYS_AHEAD = 730;

/**
 * The promo dates against each other and the plan date, as the pane checks them (issue 16 #6):
 * deadlines before the promo starts, the promo not over by the plan date nor years after it.
 * @throws BadInput naming the option and the date it must respect
 */
function checkPromoDates(
  d: {
    today: string;
    promoStart: string;
    promoEnd: string;
    inboundCutoff: string;
    registrationDeadline?: string;
  },
  t: ReturnType<typeof cliText>,
  startFrom?: "sample" | "calendar",
): void {
  for (const [name, value] of [
    ["inbound-cutoff", d.inboundCutoff],
    ["registration-deadline", d.registrationDeadline],
  ] as const) {
    if (value === undefined || value < d.promoStart) continue;
    if (!startFrom) throw new BadInput(t("deadlineAfterPromo", { name, value, start: d.promoStart }));
    const source = t(startFrom === "sample" ? "sourceSample" : "sourceCalendar");
    throw new BadInput(t("deadlineAfterDefaultPromo", { name, value, start: d.promoStart, source }));
  }
  // a plan date inside the promo is how a buyer monitors it (actuals count up to the plan date)
  if (d.promoEnd < d.today)
    throw new BadInput(t("promoBeforeToday", { start: d.promoStart, today: d.today }));
  const last = addDays(d.today, MAX_DAYS_AHEAD);
  if (d.promoStart > last)
    throw new BadInput(t("promoTooFar", { start: d.promoStart, today: d.today, last }));
}

type AnyImport = ImportResult<ImportedSale | ImportedSku, never> & {
  rows: (ImportedSale | ImportedSku)[];
  /** The sales import's daily totals (absent for the SKU master). */
  history?: SalesHistory;
};

async function readImport(
  file: string,
  kind: "sales" | "skus",
  asOf: string | undefined,
  t: ReturnType<typeof cliText>,
  how: {
    sheet?: number | string;
    decimal?: "." | ",";
    /** The file's text when it is already in memory (the bundled sample moved to today). */
    text?: string;
    /** Sales: the marketplace's time zone and the day a dateless report covers. */
    timeZone?: string;
    reportDate?: string;
    /** Sales without --today: the latest plausible date (a later one is a mistyped year). */
    latest?: string;
  } = {},
): Promise<Pick<AnyImport, "rows" | "issues" | "history"> & { meta?: SalesImportMeta | SkuImportMeta }> {
  const salesOptions: SalesImportOptions = {
    asOf,
    decimal: how.decimal,
    timeZone: how.timeZone,
    reportDate: how.reportDate,
    latest: how.latest,
  };
  // the bundled sample, already read and moved to today's calendar
  if (how.text !== undefined) return readText(how.text, kind, salesOptions, t);
  let head: Buffer;
  try {
    // the first 64 KB tell the file's kind; an .xlsx is then streamed from disk, not loaded whole
    const fd = openSync(file, "r");
    try {
      head = Buffer.alloc(64 * 1024);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new BadInput(
      t("cannotRead", { file, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }),
    );
  }
  try {
    if (sniffFile(head) === "xlsx" || (sniffFile(head) === "zip" && statSync(file).size > head.length)) {
      // a large zip's directory lies past the first 64 KB: let the workbook reader decide
      const whole = sniffFile(head) === "xlsx" ? null : readFileSync(file);
      if (whole && sniffFile(whole) !== "xlsx") return readText(whole, kind, salesOptions, t);
      return kind === "sales"
        ? await importSalesXlsx(file, { ...salesOptions, sheet: how.sheet })
        : await importSkusXlsx(file, { sheet: how.sheet, decimal: how.decimal });
    }
  } catch (e) {
    if (e instanceof InputError)
      throw new BadInput(t("badInput", { argument: e.argument, reason: e.reason }));
    throw new BadInput(t("cannotRead", { file, reason: (e as Error).message }));
  }
  return readText(readFileSync(file), kind, salesOptions, t);
}

/** Delimited text (or a file that is not a table: the importers say what it is). */
function readText(
  content: Buffer | string,
  kind: "sales" | "skus",
  salesOptions: SalesImportOptions,
  t: ReturnType<typeof cliText>,
): Pick<AnyImport, "rows" | "issues" | "history"> & { meta?: SalesImportMeta | SkuImportMeta } {
  const input =
    typeof content === "string"
      ? content
      : new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
  try {
    return kind === "sales"
      ? importSales(input, salesOptions)
      : importSkus(input, { decimal: salesOptions.decimal });
  } catch (e) {
    // a bad --time-zone or --report-date
    if (e instanceof InputError)
      throw new BadInput(t("badInput", { argument: e.argument, reason: e.reason }));
    throw e;
  }
}

function reportIssues(
  file: string,
  issues: ImportIssue[],
  lang: CliLang,
  io: CliIo,
  t: ReturnType<typeof cliText>,
  skipBad: boolean,
): void {
  const shown = issues.filter((i) => i.severity !== "info");
  shown.slice(0, MAX_PRINTED_ISSUES).forEach((i) => {
    // the message names the row and the column itself where its template has them ("Row 101:
    // units "1O" is not a number."): the prefix adds only what the message does not say
    const template = ISSUE_MESSAGES[i.code][lang];
    const column =
      i.column && !template.includes("{column}")
        ? lang === "zh"
          ? `，列“${i.column}”`
          : `, column "${i.column}"`
        : "";
    const message = lang === "zh" ? i.messageZh : i.message;
    // row 0 = the whole file (or, for unknown SKUs, no single source row)
    const withRow = i.row > 0 && !template.includes("{row}");
    io.stderr(
      `${withRow ? t("issue", { file, row: i.row, column, message }) : t("issueFile", { file, message })}\n`,
    );
  });
  if (shown.length > MAX_PRINTED_ISSUES)
    io.stderr(`${t("moreIssues", { file, count: shown.length - MAX_PRINTED_ISSUES })}\n`);
  const errors = new Set(issues.filter((i) => i.severity === "error").map((i) => i.row));
  if (errors.size > 0 && !skipBad) throw new BadInput(t("badRows", { file, count: errors.size }));
}

/** A path as the user should see it: relative to the working directory when that is shorter. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.length < file.length ? rel : file;
}

/** Entry point for bin/stockup.js. */
export function run(): void {
  const argv = process.argv.slice(2);
  const out = argv[argv.indexOf("--out") + 1];
  // Ctrl-C or a kill while writing must not leave the temporary plan beside the output (#11)
  const release = argv.includes("--out") && out ? removeOnSignal([tempPlanPath(out)]) : () => undefined;
  void main(argv).then((code) => {
    release();
    process.exitCode = code;
  });
}
