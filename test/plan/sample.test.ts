import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importSales } from "../../src/import/importSales";
import { importSkus } from "../../src/import/importSkus";
import { generateSample } from "./makeSample";

const DIR = join(__dirname, "..", "..", "assets", "sample");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");

describe("generateSample", () => {
  const generated = generateSample();
  const sales = importSales(read("sales.csv"));
  const skus = importSkus(read("skus.csv"));

  it("reproduces the committed sample byte for byte (deterministic generator)", () => {
    for (const name of ["sales.csv", "skus.csv", "actuals.csv", "settings.json"]) {
      expect([name, generated[name]]).toEqual([name, read(name)]);
    }
  });

  it("stays small (< 1 MB together)", () => {
    const bytes = Object.values(generated).reduce((a, t) => a + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(1_000_000);
  });

  it("imports without errors through the importers' generic headers", () => {
    expect(sales.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(skus.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(skus.rows.length).toBe(12);
  });

  it("covers the special goods: a battery, a liquid and a magnetic item", () => {
    expect(skus.rows.filter((s) => s.battery).map((s) => s.sku)).toContain("SU-PB-10K");
    expect(skus.rows.filter((s) => s.liquid).map((s) => s.sku)).toEqual(["SU-CLEAN-SPRAY"]);
    expect(skus.rows.filter((s) => s.magnetic).map((s) => s.sku)).toEqual(["SU-MAG-MOUNT", "SU-MAG-WALLET"]);
  });

  it("has two years of daily history with promo lifts and a weekly cycle", () => {
    const rows = sales.rows.filter((r) => r.sku === "SU-CASE-IP15");
    expect(rows[0].date).toBe("2024-09-15");
    expect(rows[rows.length - 1].date).toBe("2026-09-14");
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    const promo = mean(rows.filter((r) => r.promo === 1).map((r) => r.units));
    const plain = rows.filter((r) => r.promo !== 1);
    const weekend = mean(
      plain.filter((r) => [0, 6].includes(new Date(r.date).getUTCDay())).map((r) => r.units),
    );
    const midweek = mean(
      plain.filter((r) => [2, 3, 4].includes(new Date(r.date).getUTCDay())).map((r) => r.units),
    );
    expect(promo / mean(plain.map((r) => r.units))).toBeGreaterThan(2.5); // lift 3.2 in the generator
    expect(weekend / midweek).toBeGreaterThan(1.15); // weekends × 1.25
  });

  it("has one intermittent SKU (zero sales on most days)", () => {
    const days = new Set(sales.rows.filter((r) => r.sku === "SU-GIMBAL" && r.units > 0).map((r) => r.date));
    expect(days.size).toBeLessThan(730 / 2);
    expect(days.size).toBeGreaterThan(50);
  });
});
