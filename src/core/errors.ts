/**
 * The core's failure contract. Every public function validates its arguments and throws one of
 * these; adapters (custom functions, pane, CLI) map them to what their user sees:
 *   InputError            → #VALUE!  (wrong type, wrong shape, inconsistent arguments)
 *   OutOfRangeError       → #VALUE!  (a number outside its allowed range; #VALUE! because Excel
 *                                      shows no message on #NUM!, and the message is the help)
 *   OverflowError         → #NUM!    (inputs so large the result is not a finite number, like
 *                                      Excel's own =1E308*10)
 *   InsufficientDataError → #N/A     (valid input, but too little of it to compute)
 * Nothing else is thrown on purpose.
 */
import { reasonText, type CodedReason } from "./reasons";

export class InputError extends Error {
  /** The argument as the caller named it, e.g. `serviceLevel` or `history[3]`. */
  readonly argument: string;
  /** Why it was rejected, in plain English words, without the argument name. */
  readonly reason: string;
  /**
   * The reason as a code and its values (./reasons.ts), so an adapter can write it in the buyer's
   * language from the one table. Absent for a reason given as plain text.
   */
  readonly coded?: CodedReason;

  constructor(argument: string, reason: string | CodedReason) {
    const text = typeof reason === "string" ? reason : reasonText(reason, "en-US");
    super(`${argument}: ${text}`);
    this.name = "InputError";
    this.argument = argument;
    this.reason = text;
    if (typeof reason !== "string") this.coded = reason;
  }
}

/** A number outside its documented range (service level ≥ 1, negative lead time …). */
export class OutOfRangeError extends InputError {
  constructor(argument: string, reason: string | CodedReason) {
    super(argument, reason);
    this.name = "OutOfRangeError";
  }
}

/** The input is well-formed but too short or too sparse to compute a result. */
export class InsufficientDataError extends InputError {
  constructor(argument: string, reason: string | CodedReason) {
    super(argument, reason);
    this.name = "InsufficientDataError";
  }
}

/**
 * The inputs are valid one by one, but the result (or a sum on the way) overflows to ±Infinity
 * or NaN. Thrown instead of returning a non-finite number, so no NaN ever reaches a cell.
 */
export class OverflowError extends OutOfRangeError {
  constructor(argument: string, reason: string | CodedReason) {
    super(argument, reason);
    this.name = "OverflowError";
  }
}
