/**
 * Calls a registered custom function the way Excel does (through the stubbed `CustomFunctions`
 * registry filled by `associate`) and reports either its value or the Excel error it threw.
 */
import "../../src/functions/functions";

type Registry = Map<string, (...args: unknown[]) => unknown>;

/** What a cell shows: a value, or an Excel error code with its message. */
export type CellOutcome = { value: unknown } | { code: string; message: string };

/** The function registered under `id` (fails the test when missing). */
export function registered(id: string): (...args: unknown[]) => unknown {
  const registry = (CustomFunctions as unknown as { __registry: Registry }).__registry;
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn;
}

/** Evaluates `=STOCKUP.<id>(args…)`; omitted optional arguments must be passed as `null`. */
export function callCell(id: string, ...args: unknown[]): CellOutcome {
  try {
    return { value: registered(id)(...args) };
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw e; // anything else is an unhandled exception: the test must fail
  }
}

/** The value of a call that must succeed. */
export function valueOf(id: string, ...args: unknown[]): unknown {
  const out = callCell(id, ...args);
  if (!("value" in out)) throw new Error(`${id} returned ${out.code}: ${out.message}`);
  return out.value;
}

/** A column range from a list (`null` = blank cell). */
export function column(values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** An Excel error value as it arrives in an input cell. */
export function errorCell(code: CustomFunctions.ErrorCode): CustomFunctions.Error {
  return new CustomFunctions.Error(code);
}
