import { overridesFromContents } from "../plan/readOverrides";
import type { CellContent } from "../plan/locateInputs";
import type { CellValue, InputCellRef } from "../plan/types";
import { withContext, type ExcelTarget } from "./excelTarget";
import { content } from "./inputReadback";
import { LEGACY_STATE_SHEET_NAME, queueStateRead, STATE_SHEET_NAME, stateFromRange } from "./planState";

/**
 * What the buyer typed into the plan's named single inputs since the last build, read without
 * building: the pane calls it when it opens on an existing plan, so its fields show what the
 * next rebuild will keep (the rebuild's own rule, `overridesFromContents`: a value or formula
 * that differs from what StockUp wrote, or an edit kept from an earlier rebuild).
 *
 * Each input is found by its defined name, so a row the buyer inserted above it does not matter.
 * A name that is gone or no longer a range (its sheet deleted: `=#REF!$B$5`) is left out; its
 * `type` is checked before `getRange()`, which throws for a name that is not a range.
 * Three syncs whatever the number of inputs: sheets, then state and names, then the cells.
 *
 * @param names the defined names to read (e.g. `GrowthRate`); others in the state are ignored
 * @returns name → the value in the sheet, only for inputs the buyer changed
 * @throws WorkbookError newerState / corruptState when the stored state cannot be read
 */
export async function readNamedInputEdits(
  target: ExcelTarget,
  names: readonly string[],
): Promise<Record<string, CellValue>> {
  return withContext(target, async (context) => {
    const sheets = context.workbook.worksheets;
    const own = sheets.getItemOrNullObject(STATE_SHEET_NAME);
    const legacy = sheets.getItemOrNullObject(LEGACY_STATE_SHEET_NAME);
    await context.sync();
    // our state, or else the CLI's (a plan built by the CLI and opened in Excel)
    const stateSheet = !own.isNullObject
      ? STATE_SHEET_NAME
      : !legacy.isNullObject
        ? LEGACY_STATE_SHEET_NAME
        : null;
    if (stateSheet === null) return {};
    const used = queueStateRead(context, stateSheet);
    const wanted = new Set(names);
    const items = names.map((name) => ({
      name,
      item: context.workbook.names.getItemOrNullObject(name).load("type"),
    }));
    await context.sync();
    const refs = (stateFromRange(used).state?.plan.inputs ?? []).filter(
      (r): r is InputCellRef & { key: { kind: "name"; name: string } } =>
        r.key.kind === "name" && wanted.has(r.key.name),
    );
    const found = refs.flatMap((ref) => {
      const n = items.find((x) => x.name === ref.key.name)?.item;
      if (!n || n.isNullObject || n.type !== "Range") return [];
      return [{ ref, range: n.getRange().load("values,formulas") }];
    });
    if (found.length === 0) return {};
    await context.sync();
    const contents: CellContent[] = found.map(({ range }) =>
      content(range.values[0]?.[0], range.formulas[0]?.[0]),
    );
    return overridesFromContents(
      found.map((f) => f.ref),
      contents,
    ).inputs;
  });
}
