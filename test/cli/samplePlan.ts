/** Shared by the `plan --sample` tests: run the CLI in-process, read a named cell back. */
import { join } from "node:path";
import { excelSerialToIso } from "../../src/core/dates/excelSerial";
import { preparePlan } from "../../src/cli/main";
import type { PlanModel } from "../../src/plan/types";

/** The value of a named cell; dates are written as Excel serials and read back as ISO. */
export const named = (model: PlanModel, name: string) => {
  const n = model.names.find((x) => x.name === name)!;
  const v = model.sheets.find((s) => s.name === n.sheet)!.cells.find((c) => c.address === n.address)!.value;
  return typeof v === "number" ? excelSerialToIso(v) : v;
};

/** `stockup plan --sample …extra --out dir/plan.xlsx`, with what it printed on stderr. */
export async function planSample(dir: string, extra: string[]) {
  let err = "";
  const r = await preparePlan(["plan", "--sample", ...extra, "--out", join(dir, "plan.xlsx")], {
    stdout: () => undefined,
    stderr: (s) => (err += s),
  });
  return { ...r, err };
}
