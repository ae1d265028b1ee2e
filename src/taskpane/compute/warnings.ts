import { historyWarnings, type HistoryWarning } from "../../import/historyWarnings";
import { toDailySeries } from "../../import/toDailySeries";
import type { PaneDraft } from "../draft";
import { isIsoDate } from "./dates";

export type { HistoryWarning } from "../../import/historyWarnings";

/**
 * What the plan is missing and will assume (stale or short history, no promo flags, no or partial
 * SKU master, promo or cutoffs already past): the importer's `historyWarnings` over the draft's
 * history, so the pane, the CLI and the sheet say the same. Dates that are not valid yet (the
 * buyer is typing) are left out rather than failing the whole list.
 */
export function planWarnings(draft: PaneDraft, today: string): HistoryWarning[] {
  const p = draft.promo;
  const iso = (d: string) => (isIsoDate(d) ? d : undefined);
  try {
    const rows = draft.history.rows.map((r) => ({
      ...r,
      promo: r.promo === undefined ? undefined : r.promo ? (1 as const) : (0 as const),
    }));
    const series = rows.length > 0 ? toDailySeries(rows) : [];
    return historyWarnings({
      series,
      planDate: today,
      promoStart: iso(p.promoStart),
      promoEnd: iso(p.promoEnd),
      registrationDeadline: iso(p.registrationDeadline),
      inboundCutoff: iso(p.inboundCutoff),
      // the master's channel is free text here; the warnings do not read it
      skus: draft.history.skus.map(({ channel: _channel, ...m }) => m),
    });
  } catch {
    return [];
  }
}
