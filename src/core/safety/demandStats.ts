import { InputError, InsufficientDataError } from "../errors";
import { reason } from "../reasons";
import { requireObject } from "../validate";

/** One period of demand history: a number of units, or `null`/`undefined` for "not observed". */
export type DemandObservation = number | null | undefined;

/** Inputs of {@link demandStats}. */
export interface DemandStatsInput {
  /** Units sold per period (usually per day). `null`/`undefined` = blank cell = not observed. */
  history: readonly DemandObservation[];
  /** Optional flags, same length as `history`: true marks a censored period (stock-out, closed). */
  censored?: readonly boolean[] | null;
}

/** What {@link demandStats} returns. */
export interface DemandStats {
  /** Mean demand per period d̄ over the observed periods. */
  mean: number;
  /** Sample standard deviation σd (Bessel's n − 1) over the observed periods. */
  stdDev: number;
  /** Number of observed periods used. */
  observed: number;
  /** Number of periods ignored (blank or censored). */
  ignored: number;
}

/**
 * Mean d̄ and standard deviation σd of per-period demand from a history, ignoring periods that
 * were not observed (blank) or censored (a stock-out day sold what was on the shelf, not what was
 * demanded, and would pull both figures down).
 *
 * σd uses the sample formula √(Σ(x − x̄)² / (n − 1)) (Bessel's correction, R's `sd`).
 * @throws {InputError} history is not a list, an entry is negative/NaN/non-number, or censored has
 *   a different length.
 * @throws {InsufficientDataError} fewer than 2 observed periods.
 * @example demandStats({ history: [2, 4, null, 6] }) // => { mean: 4, stdDev: 2, observed: 3, ignored: 1 }
 */
export function demandStats(input: DemandStatsInput): DemandStats {
  requireObject("input", input);
  const { history, censored } = input;
  requireHistoryShape(history, censored);
  // Welford's one-pass update: numerically stable, no second pass over long histories
  let n = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < history.length; i++) {
    const x = history[i];
    if (x === null || x === undefined || (censored && censored[i])) continue;
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new InputError(`history[${i}]`, reason("finiteOrBlank", { got: String(x) }));
    }
    if (x < 0) throw new InputError(`history[${i}]`, reason("negativeDemand", { got: x }));
    n++;
    const delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }
  if (n < 2) {
    throw new InsufficientDataError("history", reason("needsObserved", { min: 2, count: n }));
  }
  return { mean, stdDev: Math.sqrt(m2 / (n - 1)), observed: n, ignored: history.length - n };
}

/**
 * A demand history is a list and its censored flags, when given, are a list with one flag per
 * period: the shape `demandStats` and the empirical safety stock both read.
 * @throws {InputError} naming `history` or `censored`
 */
export function requireHistoryShape(history: unknown, censored: unknown): void {
  if (!Array.isArray(history)) throw new InputError("history", reason("listOfNumbers"));
  if (censored === undefined || censored === null) return;
  if (!Array.isArray(censored)) throw new InputError("censored", reason("listOfBooleans"));
  if (censored.length !== history.length) {
    throw new InputError(
      "censored",
      reason("entriesMismatch", { count: censored.length, other: "history", otherCount: history.length }),
    );
  }
}
