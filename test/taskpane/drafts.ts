import { defaultDraft, type PaneDraft } from "../../src/taskpane/draft";
import { addDays } from "../../src/taskpane/compute/dates";

/**
 * A hand-checkable draft: BFCM 2026 (27–30 Nov, 4 days; inbound cutoff 6 Nov), one SKU "A" that
 * sold exactly 10 units a day for the 28 days before 2026-09-15, no SKU master (MOQ 1, pack 1).
 */
export function flatDraft(step: number, patch: (d: PaneDraft) => PaneDraft = (d) => d): PaneDraft {
  const d = defaultDraft({
    event: "bfcm",
    registrationDeadline: "2026-10-13",
    inboundCutoff: "2026-11-06",
    promoStart: "2026-11-27",
    promoEnd: "2026-11-30",
  });
  const rows = Array.from({ length: 28 }, (_, i) => ({
    sku: "A",
    date: addDays("2026-08-18", i),
    units: 10,
  }));
  return patch({
    ...d,
    step,
    history: { source: "selection", label: "selection", rows, skus: [], rejected: [] },
  });
}
