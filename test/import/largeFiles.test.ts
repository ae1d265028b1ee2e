/**
 * Size rows of the bad-input matrix: 100k rows and a ≈50 MB file import without a crash and with
 * exact totals. Speed and memory are measured in bench/import.bench.ts (no timed assertions here).
 */
import { importSales } from "../../src/import/importSales";

/**
 * `rows` generic sales records: 200 SKUs × consecutive days, units = (i % 17), every 97th row
 * bad; `noteWidth` pads a free-text column (Shopify and TikTok exports carry long addresses and
 * product names, so real files are wide).
 */
function generate(rows: number, noteWidth = 0): { text: string; units: number; bad: number } {
  const pad = "x".repeat(noteWidth);
  const parts: string[] = ["date,sku,units,promo,price,note"];
  let units = 0;
  let bad = 0;
  const base = Date.UTC(2023, 0, 1);
  const dayCache: string[] = [];
  for (let i = 0; i < rows; i++) {
    const d = Math.floor(i / 200);
    const day = (dayCache[d] ??= new Date(base + d * 86_400_000).toISOString().slice(0, 10));
    const u = i % 17;
    if (i % 97 === 0) {
      parts.push(`${day},SKU-${i % 200},n/a,0,9.99,row ${i}`);
      bad++;
    } else {
      parts.push(
        `${day},SKU-${i % 200},${u},${i % 7 === 0 ? 1 : 0},9.99,padding text for realistic width ${i}${pad}`,
      );
      units += u;
    }
  }
  return { text: parts.join("\n"), units, bad };
}

describe("importSales on large files", () => {
  it("imports 100k rows with exact totals and one issue per bad row", () => {
    const { text, units, bad } = generate(100_000);
    const r = importSales(text, { maxIssues: 100_000 });
    expect(r.rows.reduce((s, x) => s + x.units, 0)).toBe(units);
    expect([r.meta.sourceRows, r.meta.issueCounts.BAD_NUMBER, r.issues.length]).toEqual([100_000, bad, bad]);
    expect(r.rows).toHaveLength(100_000 - bad); // 200 SKUs × 500 days, one record per SKU-day, bad ones left out
  });

  it("imports a ≈50 MB file and caps the stored issues", () => {
    const { text, units, bad } = generate(110_000, 400); // 110k rows × ≈470 bytes
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(45_000_000);
    const r = importSales(bytes);
    expect(r.rows.reduce((s, x) => s + x.units, 0)).toBe(units);
    expect([r.meta.issueCounts.BAD_NUMBER, r.issues.length, r.meta.issuesTruncated]).toEqual([
      bad,
      1000,
      true,
    ]);
  });
});
