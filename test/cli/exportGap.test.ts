/**
 * The buyer's read: a sales file with 25 days missing for every SKU (a month's download left
 * out) was read as 25 days of zero sales, so normal-day spreads tripled and orders moved. Now
 * those days are not observed: the plan's figures stay near the full file's, and the CLI warns
 * once naming the dates (en, zh).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT_OK, preparePlan, sampleDir } from "../../src/cli/main";
import { skuCell } from "../plan/fixtures";

describe("a stretch missing from the whole sales file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "stockup-gap-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function plan(sales: string, lang = "en") {
    writeFileSync(join(dir, "sales.csv"), sales);
    let err = "";
    const r = await preparePlan(
      [
        ...["plan", "--sales", join(dir, "sales.csv"), "--skus", join(sampleDir(), "skus.csv")],
        ...["--event", "bfcm", "--today", "2026-09-15", "--lang", lang, "--out", join(dir, "p.xlsx")],
      ],
      { stdout: () => undefined, stderr: (s) => (err += s) },
    );
    expect(r.code).toBe(EXIT_OK);
    const m = r.model!;
    const figure = (sku: string, key: string) => {
      const c = skuCell(m, sku, key);
      return (c.kind === "formula" ? c.expected : c.value) as number;
    };
    return { err, skus: m.sheets[1].tables[0].rowKeys, figure };
  }

  it("keeps each SKU's normal-day SD within 10 % of the full file's and warns once", async () => {
    // the bundled sample as written (history to 2026-09-14), without 2026-07-01..07-25
    const full = readFileSync(join(sampleDir(), "sales.csv"), "utf8");
    const cut = full
      .split("\n")
      .filter((l) => !(l >= "2026-07-01" && l < "2026-07-26"))
      .join("\n");
    const a = await plan(full);
    const b = await plan(cut);
    expect(a.err).not.toContain("No SKU has any sales row");
    for (const sku of a.skus) {
      const sd = a.figure(sku, "dailySd");
      // read as zeros, GLASS's SD was 11.18 → 31.3 (×2.8)
      const change = Math.abs(b.figure(sku, "dailySd") - sd) / sd;
      expect([sku, change < 0.1]).toEqual([sku, true]);
    }
    // the buyer's SKU: SD 11.18 both ways, the same order
    expect(a.figure("SU-GLASS-IP15", "dailySd")).toBeCloseTo(11.18, 2);
    expect(b.figure("SU-GLASS-IP15", "dailySd")).toBeCloseTo(11.17, 2);
    expect(b.figure("SU-GLASS-IP15", "orderQty")).toBe(a.figure("SU-GLASS-IP15", "orderQty"));
    expect(b.err.match(/No SKU has any sales row/g)).toHaveLength(1);
    expect(b.err).toContain(
      "warning: No SKU has any sales row from 2026-07-01 to 2026-07-25, inside the file's dates: 25 days read as a missing export (or a closed shop), not as zero sales",
    );
    const zh = await plan(cut, "zh");
    expect(zh.err).toContain("警告：销售文件中 2026-07-01 至 2026-07-25 没有任何 SKU 的记录");
  }, 120_000);
});
