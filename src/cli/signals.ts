/**
 * Removes files when the CLI is interrupted (Ctrl-C = SIGINT, a kill = SIGTERM, a closed terminal
 * = SIGHUP), then exits with the conventional 128 + signal number (issue 16 #11: an interrupted
 * write left `.plan.xlsx.PID.tmp` behind).
 */
import { rmSync } from "node:fs";

/** The process surface used here, injectable so tests do not signal the test runner. */
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
}

const SIGNALS: readonly [NodeJS.Signals, number][] = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];

/**
 * Until the returned function is called, a signal removes `files` (those that exist) and exits.
 * @example const release = removeOnSignal([".plan.xlsx.42.tmp"]); await write(); release();
 */
export function removeOnSignal(files: readonly string[], target: SignalTarget = process): () => void {
  const handlers = SIGNALS.map(([signal, code]) => {
    const handler = (): void => {
      for (const f of files) rmSync(f, { force: true });
      target.exit(code);
    };
    target.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) target.off(signal, handler);
  };
}
