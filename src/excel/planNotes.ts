/**
 * The buyer's notes on StockUp's sheets across a rebuild in Excel (issue 16: "buyer-added sheets
 * and notes are never deleted"). The rebuild replaces the plan sheets, so a note on one would go
 * with it: a note on an input moves with its input (found by identity, like the input's value),
 * as the CLI does; notes on other plan cells, which the plan rewrites, are counted for the report.
 * Excel's notes API is ExcelApi 1.18: on an older Excel the pane does not ask for this.
 */
import type { PlanModel } from "../plan/types";
import { inputId } from "../plan/readOverrides";
import type { ResolvedInputs } from "../plan/locateInputs";

/**
 * The notes on plan sheets, by where they are now: the notes on inputs (text by `inputId`) and
 * how many others. Two syncs when there are notes (their list, then their cells), one when there
 * are none. The requests grow with the notes, not with the inputs (125,000 at 5,000 SKUs).
 */
export async function readPlanNotes(
  context: Excel.RequestContext,
  sync: () => Promise<void>,
  inputs: ResolvedInputs,
  planSheets: Iterable<string>,
): Promise<{ onInputs: Map<string, string>; others: number }> {
  const lists = [...planSheets].map((sheet) => ({
    sheet,
    notes: context.workbook.worksheets.getItem(sheet).notes.load("items/content"),
  }));
  await sync();
  const found = lists.flatMap(({ sheet, notes }) =>
    notes.items.map((note) => ({ sheet, note, cell: note.getLocation().load("address") })),
  );
  const onInputs = new Map<string, string>();
  if (found.length === 0) return { onInputs, others: 0 };
  await sync();
  // an input's cell now (where its value was read), by sheet and address
  const inputAt = new Map<string, string>();
  inputs.at.forEach((at, i) => {
    if (at) inputAt.set(`${at.sheet}\u0000${at.address}`, inputId(inputs.refs[i].key));
  });
  let others = 0;
  for (const { sheet, note, cell } of found) {
    // Range.address is sheet-qualified ('My sheet'!C3): the sheet is known, keep the cell
    const address = cell.address.slice(cell.address.lastIndexOf("!") + 1).replace(/\$/g, "");
    const id = inputAt.get(`${sheet}\u0000${address}`);
    if (id === undefined) others++;
    else onInputs.set(id, note.content);
  }
  return { onInputs, others };
}

/**
 * Queues the notes on the inputs of the rebuilt sheets: `sheets[i]` is model sheet i in the
 * workbook (the staged sheet, renamed in the same batch).
 * @returns how many notes were queued
 */
export function queueNotesOnInputs(
  model: PlanModel,
  sheets: readonly Excel.Worksheet[],
  notes: ReadonlyMap<string, string>,
): number {
  let n = 0;
  if (notes.size === 0) return n;
  model.sheets.forEach((s, i) => {
    for (const cell of s.cells) {
      if (cell.kind !== "input" || !cell.key) continue;
      const content = notes.get(inputId(cell.key));
      if (content === undefined) continue;
      sheets[i].notes.add(sheets[i].getRange(cell.address), content);
      n++;
    }
  });
  return n;
}
