/**
 * What the per-mode SKU columns share: the mode's word in setting names (`TransitDaysSea`), its
 * header key prefix (`colSeaUnits`), the row's batch by that mode and the mode's transit days.
 */
import type { PlanMode } from "../engine/types";
import type { RowContext } from "./skuColumnTypes";

/** The mode's word in the plan sheet's setting names, e.g. `TransitDaysSea`. */
export const MODE = { sea: "Sea", air: "Air", express: "Express" } as const;
/** The mode's header key prefix, e.g. `colSea` + `Units`. */
export const H = { sea: "colSea", air: "colAir", express: "colExpress" } as const;

export const batch = (x: RowContext, m: PlanMode) => x.p.batches.find((b) => b.mode === m)!;

export const transit = (x: RowContext, m: PlanMode) =>
  m === "sea"
    ? x.fig.settings.transitDaysSea
    : m === "air"
      ? x.fig.settings.transitDaysAir
      : x.fig.settings.transitDaysExpress;
