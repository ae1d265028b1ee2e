import { readFileBytes } from "../../data/readFile";
import { useCallback, useEffect, useState } from "react";
import type { HistorySource, PaneDraft, RejectedRow } from "../../draft";
import type { PaneHost } from "../../host";
import {
  fixRejected,
  importHistoryFile,
  importHistoryGrid,
  importSkuFile,
  type FileIssue,
  type HistoryImport,
} from "../../data/importHistory";
import type { Problem, Wizard } from "../../useWizard";
import { seriesBySku } from "../../compute/plan";
import type { FileCostCurrency } from "../../../import/costCurrency";

/** Biggest file the pane reads in memory; larger exports belong in a workbook table. */
export const MAX_FILE_MB = 50;

/**
 * TOP 20 % SKUs by units (seed step 2: the few SKUs that carry most of the sales), at least one.
 * @example topSkus(rows).skus // => ["SU-GLASS-IP15", …]
 */
export function topSkus(rows: PaneDraft["history"]["rows"]): { skus: string[]; share: number } {
  const totals = [...seriesBySku(rows)].map(([sku, list]) => ({
    sku,
    units: list.reduce((s, r) => s + r.units, 0),
  }));
  totals.sort((a, b) => b.units - a.units || (a.sku < b.sku ? -1 : 1));
  const all = totals.reduce((s, x) => s + x.units, 0);
  const top = totals.slice(0, Math.max(1, Math.ceil(totals.length * 0.2)));
  return { skus: top.map((x) => x.sku), share: all > 0 ? top.reduce((s, x) => s + x.units, 0) / all : 0 };
}

/** The history with the master's cost currency (the plan's purchase currency; none = the default). */
function withCostCurrency(h: PaneDraft["history"], c: FileCostCurrency): PaneDraft["history"] {
  const { costCurrency: _old, ...rest } = h;
  return c.kind === "one" ? { ...rest, costCurrency: c.currency } : rest;
}

/** Step 2 state: load history from one of four sources, fix or skip rejected rows. */
export function useStep(wizard: Wizard, host: PaneHost, today: string) {
  const { draft, dispatch } = wizard;
  const [error, setError] = useState<Problem | null>(null);
  const [fileIssues, setFileIssues] = useState<FileIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [tables, setTables] = useState<string[] | null>(null);
  const [table, setTable] = useState("");
  const [source, setSource] = useState<HistorySource>(draft.history.source ?? "sample");
  const [skuNote, setSkuNote] = useState<{ skus: number; rejected: number } | null>(null);

  useEffect(() => {
    if (source !== "table" || tables !== null) return;
    // an answer that arrives after the buyer left the table source (or the step) is dropped
    let live = true;
    host.listTables().then(
      (names) => {
        if (!live) return;
        setTables(names);
        setTable((cur) => cur || names[0] || "");
      },
      (e: unknown) => {
        if (!live) return;
        setError({
          key: "historyReadFailed",
          params: { reason: e instanceof Error ? e.message : String(e) },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [source, tables, host]);

  const apply = useCallback(
    (result: HistoryImport, src: HistorySource, label: string, extra?: (d: PaneDraft) => PaneDraft) => {
      setFileIssues(result.fileIssues);
      setError(null);
      // a file that failed replaces the preview too: the error must not sit above the previous
      // file's rows as if they were this file's (the previous file itself is untouched on disk)
      dispatch({
        type: "patch",
        patch: (d) => {
          const next = {
            ...d,
            history: { ...d.history, source: src, label, rows: result.rows, rejected: result.rejected },
          };
          return extra ? extra(next) : next;
        },
      });
    },
    [dispatch],
  );

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError({ key: "historyReadFailed", params: { reason: e instanceof Error ? e.message : String(e) } });
    } finally {
      setBusy(false);
    }
  }, []);

  const loadSample = useCallback(
    () =>
      run(async () => {
        const sample = await host.loadSample(today);
        const master = importSkuFile(sample.skus);
        const skus = master.skus;
        apply(importHistoryFile(sample.sales, today), "sample", "sample", (d) => ({
          ...d,
          promo: sample.promo,
          history: withCostCurrency({ ...d.history, skus }, master.costCurrency),
        }));
        setSkuNote({ skus: skus.length, rejected: 0 });
      }),
    [run, apply, host, today],
  );
  const readSelection = useCallback(
    () =>
      run(async () => apply(importHistoryGrid(await host.readSelection(), today), "selection", "selection")),
    [run, apply, host, today],
  );
  const readTable = useCallback(
    () => run(async () => apply(importHistoryGrid(await host.readTable(table), today), "table", table)),
    [run, apply, host, table, today],
  );
  const readFile = useCallback(
    (file: File) =>
      run(async () => {
        if (file.size > MAX_FILE_MB * 1024 * 1024) {
          setError({ key: "fileTooBig", params: { mb: MAX_FILE_MB } });
          return;
        }
        apply(importHistoryFile(await readFileBytes(file), today), "file", file.name);
      }),
    [run, apply, today],
  );
  const readSkuFile = useCallback(
    (file: File) =>
      run(async () => {
        if (file.size > MAX_FILE_MB * 1024 * 1024) {
          setError({ key: "fileTooBig", params: { mb: MAX_FILE_MB } });
          return;
        }
        const result = importSkuFile(await readFileBytes(file));
        setFileIssues(result.fileIssues);
        if (result.skus.length > 0)
          dispatch({
            type: "patch",
            patch: (d) => ({
              ...d,
              history: withCostCurrency({ ...d.history, skus: result.skus }, result.costCurrency),
            }),
          });
        setSkuNote({ skus: result.skus.length, rejected: result.rejected });
      }),
    [run, dispatch],
  );

  /** Re-check a rejected row with its bad cell corrected; on success its units join the rows. */
  const fixRow = useCallback(
    (rejected: RejectedRow, value: string) =>
      dispatch({
        type: "patch",
        patch: (d) => {
          const out = fixRejected(rejected, value, today);
          const others = d.history.rejected.filter((r) => r !== rejected);
          const history =
            "rows" in out
              ? { ...d.history, rows: [...d.history.rows, ...out.rows], rejected: others }
              : { ...d.history, rejected: [...others, out.rejected].sort((a, b) => a.row - b.row) };
          return { ...d, history };
        },
      }),
    [dispatch, today],
  );
  const skipRow = useCallback(
    (rejected: RejectedRow) =>
      dispatch({
        type: "patch",
        patch: (d) => ({
          ...d,
          history: { ...d.history, rejected: d.history.rejected.filter((r) => r !== rejected) },
        }),
      }),
    [dispatch],
  );

  const rows = draft.history.rows;
  let from = "";
  let to = "";
  for (const r of rows) {
    if (from === "" || r.date < from) from = r.date;
    if (to === "" || r.date > to) to = r.date;
  }
  return {
    history: draft.history,
    source,
    setSource,
    error,
    fileIssues,
    busy,
    tables,
    table,
    setTable,
    loadSample,
    readSelection,
    readTable,
    readFile,
    readSkuFile,
    skuNote,
    fixRow,
    skipRow,
    summary:
      rows.length > 0
        ? { rows: rows.length, skus: seriesBySku(rows).size, from, to, top: topSkus(rows) }
        : null,
  };
}
