/**
 * Text a buyer typed into a number input of the plan .xlsx (issue 16 #14: "15 days" in a lead
 * time became 17 `#VALUE!` cells after a rebuild, exit 0, no word). The rebuild keeps what the
 * buyer typed; this finds such inputs so the CLI can say which cell, what text and why.
 */
import type { ReadOverrides } from "../plan/readOverrides";
import type { CellValue, InputKey, PlanState } from "../plan/types";
import { daySkuId } from "../plan/overrides";

/** One number input that now holds text. */
export interface TextInNumber {
  sheet: string;
  address: string;
  /** What the input is: a name (`LeadTimeDays`), `SKU-1 / onHand`, or `2025-11-28 / actual`. */
  input: string;
  text: string;
}

const own = (o: object | undefined, k: string): boolean => o !== undefined && Object.hasOwn(o, k);

/** The buyer's value of one input in the overrides, or undefined when it was not edited. */
function overrideOf(o: ReadOverrides, key: InputKey): CellValue | undefined {
  if (key.kind === "name") return own(o.inputs, key.name) ? o.inputs[key.name] : undefined;
  const rows = key.kind === "table" ? o.table : key.kind === "daySku" ? o.daySkus : o.dates;
  const id = key.kind === "table" ? key.sku : key.kind === "daySku" ? daySkuId(key.date, key.sku) : key.date;
  const row = rows && own(rows, id) ? rows[id] : undefined;
  return row && own(row, key.column) ? row[key.column] : undefined;
}

/**
 * Inputs StockUp wrote a number into whose edited value is text that is not a number.
 * @example textInNumbers(state, { inputs: { LeadTimeDays: "15 days" }, table: {}, dates: {} })
 * // => [{ sheet: "StockUp Plan", address: "C9", input: "LeadTimeDays", text: "15 days" }]
 */
export function textInNumbers(state: PlanState, overrides: ReadOverrides): TextInNumber[] {
  const out: TextInNumber[] = [];
  for (const ref of state.inputs) {
    if (typeof ref.written !== "number") continue;
    const v = overrideOf(overrides, ref.key);
    if (typeof v !== "string" || v.trim() === "" || Number.isFinite(Number(v))) continue;
    const input =
      ref.key.kind === "name"
        ? ref.key.name
        : `${ref.key.kind === "table" ? ref.key.sku : ref.key.kind === "daySku" ? `${ref.key.date} ${ref.key.sku}` : ref.key.date} / ${ref.key.column}`;
    out.push({ sheet: ref.sheet, address: ref.address, input, text: v });
  }
  return out;
}
