import { OutOfRangeError } from "../errors";
import { reason } from "../reasons";
import { requireNonNegative, requireObject } from "../validate";

/** Inputs of {@link daysOfCover}. */
export interface DaysOfCoverInput {
  /** Units on hand (plus on order, if you count them). */
  onHandUnits: number;
  /** Expected demand per day. */
  dailyDemand: number;
}

/**
 * Days of cover = on hand / daily demand: how long stock lasts at the expected rate.
 * @throws {InputError} a field is not a finite number.
 * @throws {OutOfRangeError} a negative field; dailyDemand 0 (cover would be unlimited).
 * @example daysOfCover({ onHandUnits: 600, dailyDemand: 40 }) // => 15
 */
export function daysOfCover(input: DaysOfCoverInput): number {
  requireObject("input", input);
  const onHand = requireNonNegative("onHandUnits", input.onHandUnits);
  const demand = requireNonNegative("dailyDemand", input.dailyDemand);
  if (demand === 0) throw new OutOfRangeError("dailyDemand", reason("noDemand"));
  return onHand / demand;
}
