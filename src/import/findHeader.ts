import type { TableSink } from "./readTable";
import { isBlankRecord } from "./readTable";

/** How many records above the header are searched (title lines of ERP reports, notes). */
export const MAX_PREAMBLE_ROWS = 10;

/** A sink that also hears about records skipped above the header. */
export interface PreambleSink extends TableSink {
  preamble(row: number): void;
}

/**
 * Wraps a sink so the header may sit below a few title lines (Chinese ERP reports often start
 * with "销售报表" and a date range). Records are held back (at most `MAX_PREAMBLE_ROWS`) until
 * one is accepted as the header; the ones above it are passed to `sink.preamble`. When none is
 * accepted, the first non-blank record is the header after all (so the sink reports what is
 * missing) and the held records are replayed in order. `flush` must be called after the last
 * record.
 */
export function withHeaderSearch(
  sink: PreambleSink,
  accepts: (cells: string[]) => boolean,
): TableSink & { flush(): void } {
  let found = false;
  const held: { cells: string[] | null; row: number; detail?: string }[] = [];

  const giveUp = (): void => {
    found = true;
    let headerSent = false;
    for (const h of held) {
      if (h.cells === null) sink.malformed(h.row, h.detail ?? "");
      else if (!headerSent) {
        sink.header(h.cells, h.row);
        headerSent = true;
      } else sink.row(h.cells, h.row);
    }
    held.length = 0;
  };

  const offer = (cells: string[], row: number): void => {
    if (found) {
      sink.row(cells, row);
      return;
    }
    if (held.length === 0 && isBlankRecord(cells)) return; // blank lines above everything
    if (accepts(cells)) {
      found = true;
      for (const h of held) sink.preamble(h.row);
      held.length = 0;
      sink.header(cells, row);
      return;
    }
    held.push({ cells, row });
    if (held.length >= MAX_PREAMBLE_ROWS) giveUp();
  };

  return {
    header: offer,
    row: offer,
    malformed(row, detail) {
      if (found) sink.malformed(row, detail);
      else held.push({ cells: null, row, detail });
    },
    flush() {
      if (!found) giveUp();
    },
  };
}
