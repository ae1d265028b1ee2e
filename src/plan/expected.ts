/**
 * How each formula cell's `expected` number is computed: by the core where it has the function,
 * by a local twin of the Excel formula where the core refuses the inputs.
 */
import { excelSerialToIso, isoToExcelSerial, purchaseOrderDate, shipByDate } from "../core";
import { num } from "./excelMath";
import type { CellValue } from "./types";

export type Vals = Record<string, CellValue>;
/** Expected number of a formula given the values computed so far (undefined: not computable). */
export type Expect = (v: Vals, s: Vals) => number | string | undefined;

/** The cell value as a number; NaN poisons the expected value (Excel would show #VALUE!). */
export const n = num;
export const finite = (x: number): number | undefined => (Number.isFinite(x) ? x : undefined);

/**
 * The core's number for a formula cell; when the core rejects the inputs (a buyer typed text, or
 * a value the core refuses such as more sold than available), the local twin of the Excel
 * formula decides, so `expected` always describes what the sheet will show.
 */
export function coreOr(core: () => number, local: () => number | undefined): number | undefined {
  try {
    const v = core();
    return Number.isFinite(v) ? v : local();
  } catch {
    return local();
  }
}

/** Ship-by serial via the core's schedule (cutoff − transit − buffer). */
export function coreShipBy(cutoff: CellValue, transit: CellValue, buffer: CellValue): number | undefined {
  return coreOr(
    () =>
      isoToExcelSerial(
        shipByDate({
          inboundCutoff: excelSerialToIso(n(cutoff)),
          mode: "air",
          transitDays: n(transit),
          bufferDays: n(buffer),
        }),
      ),
    () => finite(n(cutoff) - n(buffer) - n(transit)),
  );
}

/** PO serial via the core: ship-by − supplier lead time. */
export function corePoDate(shipBy: CellValue, lead: CellValue): number | undefined {
  return coreOr(
    () =>
      isoToExcelSerial(
        purchaseOrderDate({ readyDate: excelSerialToIso(n(shipBy)), supplierLeadTimeDays: n(lead) }),
      ),
    () => finite(n(shipBy) - n(lead)),
  );
}
