/**
 * A one-SKU plan for the CLI's file and message matrices: 120 days of 10 units of SKU "A" from
 * 2025-02-01 (--today 2025-06-01: without it the plan date is the real date), a promo on
 * 2025-07-08, and a runner that captures stderr.
 */
import { join } from "node:path";
import { main } from "../../src/cli/main";

export const SKU_HEADER =
  "sku,unit_cost,weight_kg,length_cm,width_cm,height_cm,moq,case_pack,lead_time_days,on_hand,selling_price\n";
export const SKU_ROW = "A,5,0.2,10,10,5,100,50,20,10,20\n";
export const SKUS = SKU_HEADER + SKU_ROW;

/** 120 days of sales of "A", then `extra` lines. */
export function sales(extra = ""): string {
  const lines = ["date,sku,units"];
  for (let i = 0; i < 120; i++)
    lines.push(`${new Date(Date.UTC(2025, 1, 1) + i * 86_400_000).toISOString().slice(0, 10)},A,10`);
  return `${lines.join("\n")}\n${extra}`;
}

export const DATES = [
  "--promo-start",
  "2025-07-08",
  "--promo-end",
  "2025-07-11",
  "--inbound-cutoff",
  "2025-06-20",
  "--today",
  "2025-06-01",
];

/**
 * Runs `stockup plan` on `dir`'s sales.csv and skus.csv (or `salesFile`) with `extra` options
 * (and `dates` instead of DATES).
 */
export async function planIn(
  dir: string,
  out: string,
  extra: string[] = [],
  salesFile = join(dir, "sales.csv"),
  dates: string[] = DATES,
): Promise<{ code: number; err: string }> {
  let err = "";
  const code = await main(
    ["plan", "--sales", salesFile, "--skus", join(dir, "skus.csv"), ...dates, "--out", out, ...extra],
    { stdout: (s) => (err += s), stderr: (s) => (err += s) },
  );
  return { code, err };
}
