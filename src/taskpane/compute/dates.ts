/**
 * Calendar arithmetic for the pane: the core's ISO-day functions (src/core/dates), so a date the
 * pane shows is counted exactly like the plan's. Only the yes/no check for a typed date is the
 * pane's own, and it asks the core too.
 */
import { addDays, daysBetween } from "../../core";

export { addDays, daysBetween };

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD` (the core parses it; a value it
 * rejects, such as 2026-02-29, is not a date).
 * @example isIsoDate("2028-02-29") // => true
 */
export function isIsoDate(text: string): boolean {
  try {
    return addDays(text, 0) === text;
  } catch {
    return false;
  }
}
