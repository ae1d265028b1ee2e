/**
 * Under jest there is no Office runtime, so `CustomFunctions` does not exist. This stub mirrors
 * the shape the adapters use: an Error subclass carrying `code` and `message`, plus the
 * `ErrorCode` enum values as Excel reports them.
 */
class StubCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const registry = new Map<string, unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StubCustomFunctionsError,
  ErrorCode,
  associate(id: string | Record<string, unknown>, fn?: unknown) {
    if (typeof id === "string") registry.set(id.toUpperCase(), fn);
    else for (const [k, v] of Object.entries(id)) registry.set(k.toUpperCase(), v);
  },
  /** Test-only: look up what the functions module registered. */
  __registry: registry,
};
