/** `Excel.run` (or anything with its shape, such as a test host's `run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Where to write: an open request context (the pane's own `Excel.run`) or a runner. */
export type ExcelTarget = Excel.RequestContext | ExcelRun;

/** Runs `batch` on the target's context, opening one with the runner when given a runner. */
export function withContext<T>(
  target: ExcelTarget,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return typeof target === "function" ? target(batch) : batch(target);
}
