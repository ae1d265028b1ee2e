/**
 * The core's failure contract. Every public function validates its arguments and throws one of
 * these; adapters (custom functions, pane, CLI) map them to what their user sees:
 *   InputError            → #VALUE!  (wrong type, wrong shape, inconsistent arguments)
 *   OutOfRangeError       → #NUM!    (a number outside its allowed range)
 *   InsufficientDataError → #N/A     (valid input, but too little of it to compute)
 * Nothing else is thrown on purpose.
 */
export class InputError extends Error {
  /** The argument as the caller named it, e.g. `serviceLevel` or `history[3]`. */
  readonly argument: string;
  /** Why it was rejected, in plain words, without the argument name. */
  readonly reason: string;

  constructor(argument: string, reason: string) {
    super(`${argument}: ${reason}`);
    this.name = "InputError";
    this.argument = argument;
    this.reason = reason;
  }
}

/** A number outside its documented range (service level ≥ 1, negative lead time …). */
export class OutOfRangeError extends InputError {
  constructor(argument: string, reason: string) {
    super(argument, reason);
    this.name = "OutOfRangeError";
  }
}

/** The input is well-formed but too short or too sparse to compute a result. */
export class InsufficientDataError extends InputError {
  constructor(argument: string, reason: string) {
    super(argument, reason);
    this.name = "InsufficientDataError";
  }
}
