/** Units one line may hold: more is a typo or an overflow, and sums past it lose precision. */
export const MAX_UNITS_PER_LINE = 1e9;

/**
 * A line's units as far as they can be counted: a value the importer refuses for being out of
 * range (negative, past MAX_UNITS_PER_LINE, 1e308) counts 0, so a summary of skipped lines does
 * not tell the buyer it skipped "1e+308 units".
 */
export const countableUnits = (units: number): number =>
  units >= 0 && units <= MAX_UNITS_PER_LINE ? units : 0;
