import type { InputCellRef, PlanState, PlanStateTable } from "./types";
import { PLAN_SCHEMA_VERSION } from "./types";
import { unpackInputs, type PackedInputs } from "./packInputs";

/**
 * Parses a stored `PlanState`. Refuses a newer schema (issue 8: never overwrite what we do not
 * understand) and anything that is not a plan state.
 *
 * @throws Error when the text is not a StockUp plan state or has a newer schema version.
 */
export function parsePlanState(text: string): PlanState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error("The stored StockUp plan state is not valid JSON.");
  }
  const s = raw as Partial<PlanState> | null;
  const packed = s?.inputs as unknown;
  if (s && packed && typeof packed === "object" && !Array.isArray(packed)) {
    // stored packed (src/plan/packInputs.ts): the refs back
    try {
      s.inputs = unpackInputs(packed as PackedInputs);
    } catch (e) {
      throw new Error(`The stored StockUp plan state has malformed inputs: ${(e as Error).message}`);
    }
  }
  if (!s || typeof s.schemaVersion !== "number" || !Array.isArray(s.inputs)) {
    throw new Error("The stored StockUp plan state is missing its schema version or inputs.");
  }
  if (s.schemaVersion > PLAN_SCHEMA_VERSION) {
    throw new Error(
      `This plan was written by a newer StockUp (schema ${s.schemaVersion}; this version reads up to ${PLAN_SCHEMA_VERSION}). Update StockUp before rebuilding it.`,
    );
  }
  if (!s.inputs.every(validRef)) {
    throw new Error("The stored StockUp plan state has an input without sheet, address or key.");
  }
  const inputs = s.inputs.map(upgradeDateKey);
  // a malformed table list only costs the SKU matching: those inputs are read by address
  if (s.tables !== undefined && !validTables(s.tables)) {
    const { tables: _ignored, ...rest } = s as PlanState;
    return { ...rest, inputs };
  }
  return { ...(s as PlanState), inputs };
}

function validRef(r: unknown): r is InputCellRef {
  const ref = r as Partial<InputCellRef> | null;
  const k = ref?.key as Partial<Record<string, unknown>> | undefined;
  return (
    !!ref &&
    typeof ref.sheet === "string" &&
    typeof ref.address === "string" &&
    /^\$?[A-Z]{1,3}\$?\d+$/.test(ref.address) &&
    !!k &&
    ((k.kind === "name" && typeof k.name === "string") ||
      (k.kind === "table" && typeof k.sku === "string" && typeof k.column === "string") ||
      (k.kind === "date" && typeof k.date === "string" && typeof k.column === "string") ||
      (k.kind === "daySku" &&
        typeof k.date === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(k.date) &&
        typeof k.sku === "string" &&
        typeof k.column === "string"))
  );
}

/**
 * States written before dates had their own key space stored the monitor's daily actuals as
 * table inputs keyed by an ISO date in column `actual` on the monitor sheet: make them date keys.
 */
function upgradeDateKey(ref: InputCellRef): InputCellRef {
  const k = ref.key;
  if (k.kind !== "table" || k.column !== "actual" || !/^\d{4}-\d{2}-\d{2}$/.test(k.sku)) return ref;
  // the SKU table's own "actual" column sits on the SKU sheet; the monitor's on another
  if (!/monitor|监控/i.test(ref.sheet)) return ref;
  return { ...ref, key: { kind: "date", date: k.sku, column: k.column } };
}

function validTables(tables: unknown): tables is PlanStateTable[] {
  return (
    Array.isArray(tables) &&
    tables.every(
      (t) =>
        t &&
        typeof t.name === "string" &&
        typeof t.sheet === "string" &&
        typeof t.range === "string" &&
        /^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(t.range) &&
        Number.isInteger(t.keyColumn) &&
        t.keyColumn >= 0 &&
        (t.keyKind === undefined ||
          t.keyKind === "sku" ||
          t.keyKind === "date" ||
          (t.keyKind === "daySku" && Number.isInteger(t.skuColumn) && t.skuColumn >= 0)) &&
        (t.headers === undefined ||
          (Array.isArray(t.headers) && t.headers.every((h: unknown) => typeof h === "string"))),
    )
  );
}
