import { quoteSheetName } from "./a1";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Rewrites references to other sheets in an en-US formula, e.g. `='Plan'!B4*2` → `=Tmp!B4*2`,
 * leaving string literals ("…" with "" escapes) untouched. The writer builds into staging sheets
 * and renames them at the end; Excel then rewrites these references back to the final names, as
 * it does for any sheet rename.
 *
 * @param renames old sheet name → new sheet name
 * @example
 * renameSheetReferences("=Plan!B4+'Plan'!C4", new Map([["Plan", "Tmp 1"]])) // => "='Tmp 1'!B4+'Tmp 1'!C4"
 */
export function renameSheetReferences(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0 || !formula.includes("!")) return formula;
  const alternatives: string[] = [];
  for (const from of renames.keys()) {
    alternatives.push(escapeRegExp(`'${from.replace(/'/g, "''")}'!`));
    if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from)) alternatives.push(escapeRegExp(`${from}!`));
  }
  // a sheet prefix must not be the tail of a longer name (MyPlan! is not Plan!)
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.'])(${alternatives.join("|")})`, "g");
  const lookup = new Map<string, string>();
  for (const [from, to] of renames) {
    lookup.set(`'${from.replace(/'/g, "''")}'!`, to);
    lookup.set(`${from}!`, to);
  }
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            pattern,
            (_m, pre: string, ref: string) => `${pre}${quoteSheetName(lookup.get(ref) ?? "")}!`,
          ),
    )
    .join("");
}
