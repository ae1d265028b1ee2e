import type { SalesRow, SkuRow } from "../draft";
import { addDays } from "../compute/dates";

/**
 * "Use sample data": six made-up SKUs of a small home-gadget store with 91 days of history,
 * generated deterministically (weekday pattern × trend × a seeded wobble) so every buyer and every
 * test sees the same numbers. Kept in code (a few hundred bytes) rather than a bundled file.
 */
const SAMPLE_SKUS: readonly Omit<SkuRow, "channel" | "battery" | "liquid" | "magnetic" | "onOrder">[] = [
  {
    sku: "LMP-001",
    title: "Desk lamp",
    unitCost: 6.2,
    weightKg: 0.9,
    lengthCm: 30,
    widthCm: 15,
    heightCm: 12,
    moq: 200,
    casePack: 20,
    leadTimeDays: 20,
    onHand: 120,
    sellingPrice: 29.99,
  },
  {
    sku: "BTL-002",
    title: "Steel bottle 750 ml",
    unitCost: 2.8,
    weightKg: 0.4,
    lengthCm: 28,
    widthCm: 8,
    heightCm: 8,
    moq: 500,
    casePack: 50,
    leadTimeDays: 15,
    onHand: 300,
    sellingPrice: 19.99,
  },
  {
    sku: "CBL-003",
    title: "USB-C cable 2 m",
    unitCost: 0.9,
    weightKg: 0.08,
    lengthCm: 12,
    widthCm: 10,
    heightCm: 2,
    moq: 1000,
    casePack: 100,
    leadTimeDays: 10,
    onHand: 900,
    sellingPrice: 9.99,
  },
  {
    sku: "MAT-004",
    title: "Yoga mat",
    unitCost: 5.5,
    weightKg: 1.2,
    lengthCm: 62,
    widthCm: 12,
    heightCm: 12,
    moq: 100,
    casePack: 10,
    leadTimeDays: 25,
    onHand: 40,
    sellingPrice: 34.99,
  },
  {
    sku: "ORG-005",
    title: "Drawer organiser",
    unitCost: 3.1,
    weightKg: 0.5,
    lengthCm: 35,
    widthCm: 25,
    heightCm: 6,
    moq: 300,
    casePack: 30,
    leadTimeDays: 18,
    onHand: 0,
    sellingPrice: 15.99,
  },
  {
    sku: "FAN-006",
    title: "Handheld fan",
    unitCost: 2.2,
    weightKg: 0.25,
    lengthCm: 18,
    widthCm: 8,
    heightCm: 5,
    moq: 500,
    casePack: 50,
    leadTimeDays: 12,
    onHand: 650,
    sellingPrice: 12.99,
  },
];
const BASE_DAILY = [14, 22, 40, 6, 11, 9];
const WEEKDAY = [1.25, 0.9, 0.9, 0.95, 1.0, 1.1, 1.3]; // Sunday first: weekends sell more
export const SAMPLE_LAST_DATE = "2026-11-20";
export const SAMPLE_DAYS = 91;

/** Park–Miller minimal standard generator: a tiny seeded PRNG, same sequence everywhere. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

export function sampleSkus(): SkuRow[] {
  return SAMPLE_SKUS.map((s) => ({
    ...s,
    battery: false,
    liquid: false,
    magnetic: false,
    onOrder: 0,
    channel: "Amazon US",
  }));
}

export function sampleSales(): SalesRow[] {
  const rand = prng(20261111);
  const first = addDays(SAMPLE_LAST_DATE, -(SAMPLE_DAYS - 1));
  const rows: SalesRow[] = [];
  SAMPLE_SKUS.forEach((s, k) => {
    for (let i = 0; i < SAMPLE_DAYS; i++) {
      const date = addDays(first, i);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const trend = 1 + (0.2 * i) / SAMPLE_DAYS;
      const units = Math.round(BASE_DAILY[k] * WEEKDAY[weekday] * trend * (0.75 + 0.5 * rand()));
      rows.push({ sku: s.sku, date, units });
    }
  });
  return rows;
}
