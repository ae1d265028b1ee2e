/**
 * Turns LANDED_COST / LANDED_COST_BREAKDOWN cell arguments into the core's `LandedCostInput`.
 * The optional `rates` argument is a two-column range of name / value pairs; names are the
 * core's rate names in snake_case (case, spaces, dashes and underscores ignored), so every rate
 * the core knows can be overridden from a sheet, and new core rates appear without adapter changes.
 */
import {
  DEFAULT_RATES,
  InputError,
  OutOfRangeError,
  type CategoryFlag,
  type LandedCostInput,
  type LandedCostRates,
  type ShippingMode,
  reason,
} from "../core";
import { type Cell, type RangeArg, isBlank, toChoice, toNumber } from "./coerce";
import { CellErrorInput, errorCodeOf, snakeCase } from "./excelError";
import { message } from "./messages";

/** `mode` words, case-insensitive, with common synonyms and Chinese names. */
export const MODE_CHOICES: Record<string, ShippingMode> = {
  express: "express",
  air: "air",
  sea_lcl: "sea_lcl",
  sea_fcl: "sea_fcl",
  courier: "express",
  lcl: "sea_lcl",
  fcl: "sea_fcl",
  sea: "sea_lcl",
  快递: "express",
  空运: "air",
  海运: "sea_lcl",
  海运拼箱: "sea_lcl",
  拼箱: "sea_lcl",
  海运整柜: "sea_fcl",
  整柜: "sea_fcl",
};

/** Core argument names → LANDED_COST parameter names, for error messages. */
export const LANDED_ARGUMENT_NAMES = {
  unitPrice: "unit_cost",
  unitWeightKg: "unit_weight_kg",
  unitVolumeCbm: "unit_volume_cbm",
  weightKg: "unit_weight_kg",
  volume: "unit_volume_cbm",
  volumetricDivisor: "divisor",
  // duty_rate is a positional argument that the core receives inside `rates`
  "rates.dutyRate": "duty_rate",
  // rows of the rates table the core receives as input fields, named as the table spells them
  fxRate: "rates (fx_rate)",
  sellingPrice: "rates (selling_price)",
  containerType: "rates (container_type)",
  categoryFlags: "rates (category)",
  overseasWarehouseMonths: "rates (overseas_warehouse_months)",
  fba: "rates (fba)",
  fbaStorageMonths: "rates (fba_storage_months)",
  fbaStoredShare: "rates (fba_stored_share)",
};

/** Spelling-insensitive key: lower case without spaces, dashes, dots or underscores. */
function keyOf(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_.-]/g, "");
}

type Setter = (input: LandedCostInput, rates: Partial<LandedCostRates>, value: Cell, name: string) => void;

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  "1": true,
  "0": false,
  是: true,
  否: false,
};

function toBool(value: Cell, name: string): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return toChoice(value, name, BOOLEAN_WORDS);
}

function toFlags(value: Cell, name: string): CategoryFlag[] {
  const words: Record<string, CategoryFlag> = {
    battery: "battery",
    standalone_battery: "standaloneBattery",
    power_bank: "standaloneBattery",
    un3480: "standaloneBattery",
    liquid: "liquid",
    magnetic: "magnetic",
    带电: "battery",
    纯电池: "standaloneBattery",
    充电宝: "standaloneBattery",
    液体: "liquid",
    带磁: "magnetic",
  };
  return cellWords(value).map((w) => toChoice(w, name, words));
}

/** The words of a list typed in one cell: "battery, liquid", "10，11", "10; 11" or "10 11". */
function cellWords(value: Cell): string[] {
  return String(value)
    .split(/[,，;；\s]+/)
    .filter((w) => w !== "");
}

/** The numbers of one cell: a number, or a list of them typed in it ("10,11"; see cellWords). */
function toNumberList(value: Cell, name: string): number[] {
  return typeof value === "number" ? [value] : cellWords(value).map((w) => toNumber(w, name));
}

/**
 * A list of calendar months typed in one cell ("10, 11" or 10). Checked here, not only by the
 * core: the core would name a bad month by its position in the list ("cell 2"), which is no cell.
 */
function toMonths(value: Cell, name: string): number[] {
  const months = toNumberList(value, name);
  for (const m of months) {
    if (!Number.isInteger(m)) throw new InputError(name, reason("wholeMonths", { got: m }));
    if (m < 1 || m > 12) throw new OutOfRangeError(name, reason("month", { got: m }));
  }
  return months;
}

/** Every name the `rates` table accepts, with how it sets the input (built from the core's defaults). */
function buildSetters(): Map<string, { name: string; set: Setter }> {
  const setters = new Map<string, { name: string; set: Setter }>();
  const add = (name: string, set: Setter) => setters.set(keyOf(name), { name, set });
  for (const [key, def] of Object.entries(DEFAULT_RATES) as [keyof LandedCostRates, unknown][]) {
    const name = snakeCase(key);
    const r = (rates: Partial<LandedCostRates>) => rates as Record<string, unknown>;
    if (typeof def === "number") add(name, (_i, rates, v) => (r(rates)[key] = toNumber(v, name)));
    else if (typeof def === "boolean") add(name, (_i, rates, v) => (r(rates)[key] = toBool(v, name)));
    else if (typeof def === "string") {
      add(name, (_i, rates, v) => (r(rates)[key] = toChoice(v, name, { fob: "FOB", cif: "CIF" })));
    } else if (key === "seaFclRatePerContainer" || key === "containerCapacityCbm") {
      // Per-container figures: one name per container, e.g. sea_fcl_rate_per_container_40hq.
      for (const c of Object.keys(def as object)) {
        add(`${name}_${c.toLowerCase()}`, (_i, rates, v) => {
          const current = (rates[key] ?? DEFAULT_RATES[key]) as Record<string, number>;
          r(rates)[key] = { ...current, [c]: toNumber(v, `${name}_${c.toLowerCase()}`) };
        });
      }
    }
    // categoryRules is a nested policy table, not a rate: buyers set `category` instead.
  }
  add("fx_rate", (i, _r, v) => (i.fxRate = toNumber(v, "fx_rate")));
  add("selling_price", (i, _r, v) => (i.sellingPrice = toNumber(v, "selling_price")));
  add("container_type", (i, _r, v) => {
    i.containerType = toChoice(v, "container_type", { "20gp": "20GP", "40gp": "40GP", "40hq": "40HQ" });
  });
  add("category", (i, _r, v) => (i.categoryFlags = toFlags(v, "category")));
  add(
    "overseas_warehouse_months",
    (i, _r, v) => (i.overseasWarehouseMonths = toNumber(v, "overseas_warehouse_months")),
  );
  add("fba", (i, _r, v) => (i.fba = toBool(v, "fba")));
  add("fba_storage_months", (i, _r, v) => (i.fbaStorageMonths = toMonths(v, "fbaStorageMonths")));
  // one share for every month, or one per month of fba_storage_months ("0.28,0.55"), as the plan
  // gives each batch (Amazon charges a month on its average daily volume)
  add("fba_stored_share", (i, _r, v) => {
    const shares = toNumberList(v, "fba_stored_share");
    i.fbaStoredShare = shares.length === 1 ? shares[0] : shares;
  });
  return setters;
}

const SETTERS = buildSetters();

/** Every name accepted in the `rates` table, in snake_case (for help text and tests). */
export const RATE_NAMES: readonly string[] = [...SETTERS.values()].map((s) => s.name);

/** How many unknown rate names a message lists before "and N more". */
const SHOWN_UNKNOWN_NAMES = 5;

/** Reads the rates table into name/value rows, accepting a 2-row table laid out sideways. */
function rateRows(value: RangeArg): Cell[][] {
  if (!Array.isArray(value)) throw new InputError("rates", message("ratesShape", { columns: 1 }));
  let rows = value as Cell[][];
  const columns = rows[0]?.length ?? 0;
  if (columns !== 2 && rows.length === 2 && columns > 2) {
    rows = rows[0].map((_, c) => [rows[0][c], rows[1][c]]);
  } else if (columns !== 2) {
    throw new InputError("rates", message("ratesShape", { columns }));
  }
  return rows;
}

/**
 * Applies a `rates` table to a landed-cost input. Blank rows and blank values are skipped (the
 * default stays); every unknown name is reported at once.
 * @throws InputError unknown names, a name given twice, a value of the wrong type
 * @throws CellErrorInput an error value in the table
 */
export function applyRatesTable(input: LandedCostInput, value: RangeArg): void {
  if (value === null || value === undefined) return;
  const rates: Partial<LandedCostRates> = { ...(input.rates ?? {}) };
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const [rawName, rawValue] of rateRows(value)) {
    const nameCode = errorCodeOf(rawName) ?? errorCodeOf(rawValue);
    if (nameCode) throw new CellErrorInput("rates", nameCode, message("errorValue", { code: nameCode }));
    if (isBlank(rawName) && isBlank(rawValue)) continue;
    const name = String(rawName ?? "").trim();
    const setter = SETTERS.get(keyOf(name));
    if (!setter) {
      unknown.push(name === "" ? "(blank)" : name);
      continue;
    }
    if (seen.has(setter.name)) throw new InputError("rates", message("duplicateRate", { name: setter.name }));
    seen.add(setter.name);
    if (isBlank(rawValue)) continue;
    setter.set(input, rates, rawValue, setter.name);
  }
  if (unknown.length > 0) {
    // name the first few (each cut to a readable length): a million typos must not make a
    // million-name message
    const names = unknown
      .slice(0, SHOWN_UNKNOWN_NAMES)
      .map((n) => (n.length > 40 ? `${n.slice(0, 39)}…` : n));
    throw new InputError(
      "rates",
      message("unknownRates", { names: names.join(", "), more: unknown.length - names.length }),
    );
  }
  input.rates = rates;
}

/**
 * Builds the core input from LANDED_COST's arguments.
 * @throws InputError / OutOfRangeError bad arguments (the core checks ranges)
 */
export function landedCells(
  unitCost: RangeArg,
  quantity: RangeArg,
  mode: RangeArg,
  unitWeightKg: RangeArg,
  unitVolumeCbm: RangeArg,
  dutyRate: RangeArg,
  rates: RangeArg,
): LandedCostInput {
  const duty = toNumber(dutyRate, "duty_rate");
  const input: LandedCostInput = {
    unitPrice: toNumber(unitCost, "unit_cost"),
    quantity: toNumber(quantity, "quantity"),
    mode: toChoice(mode, "mode", MODE_CHOICES),
    unitWeightKg: toNumber(unitWeightKg, "unit_weight_kg"),
    unitVolumeCbm: toNumber(unitVolumeCbm, "unit_volume_cbm"),
    rates: { dutyRate: duty },
  };
  applyRatesTable(input, rates);
  if (input.rates?.dutyRate !== duty) {
    throw new InputError("rates", message("duplicateRate", { name: "duty_rate" }));
  }
  return input;
}
