/**
 * Generates the bundled sample data in assets/sample/ (deterministic: same bytes every run).
 *   npx tsx test/plan/makeSample.ts
 * A cross-border seller of phone accessories on Amazon US (one SKU on TikTok Shop): 12 SKUs,
 * two years of daily sales (2024-09-15 … 2026-09-14) with Prime Day, Prime Big Deal Days and
 * BFCM promos, a weekly cycle (weekends higher), a Q4 lift, Poisson noise and one intermittent
 * SKU; the SKU master in the importer's generic headers; a settings file for BFCM 2026; and
 * actuals for the first two BFCM days for the monitor.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { addDays, isoToExcelSerial } from "../../src/core";
import { rng } from "../support/rng";

const OUT = join(__dirname, "..", "..", "assets", "sample");

/** Poisson draw (Knuth for small means, normal approximation above 30). */
function poisson(mean: number, r: () => number): number {
  if (mean <= 0) return 0;
  if (mean > 30) {
    const z = Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r();
  } while (p > l);
  return k - 1;
}

interface SampleSku {
  sku: string;
  title: string;
  unitCost: number;
  weightKg: number;
  dims: [number, number, number];
  /** true: a battery in equipment (UN3481, "1"); "standalone": a power bank (UN3480). */
  battery?: boolean | "standalone";
  liquid?: boolean;
  magnetic?: boolean;
  moq: number;
  casePack: number;
  leadTimeDays: number;
  onHand: number;
  onOrder: number;
  price: number;
  channel: string;
  /** Mean units per ordinary day at the start of the history. */
  level: number;
  /** Promo multiplier. */
  lift: number;
}

const SKUS: SampleSku[] = [
  {
    sku: "SU-CASE-IP15",
    title: "iPhone 15 clear case, MagSafe compatible",
    unitCost: 1.35,
    weightKg: 0.06,
    dims: [17, 10, 2],
    moq: 500,
    casePack: 100,
    leadTimeDays: 15,
    onHand: 320,
    onOrder: 0,
    price: 12.99,
    channel: "amazon",
    level: 38,
    lift: 3.2,
  },
  {
    sku: "SU-CASE-S24",
    title: "Galaxy S24 shockproof case",
    unitCost: 1.2,
    weightKg: 0.06,
    dims: [17, 10, 2],
    moq: 500,
    casePack: 100,
    leadTimeDays: 15,
    onHand: 150,
    onOrder: 100,
    price: 11.99,
    channel: "amazon",
    level: 17,
    lift: 2.8,
  },
  {
    sku: "SU-GLASS-IP15",
    title: "Tempered glass screen protector, 3-pack",
    unitCost: 0.55,
    weightKg: 0.08,
    dims: [19, 11, 1.5],
    moq: 1000,
    casePack: 200,
    leadTimeDays: 12,
    onHand: 600,
    onOrder: 0,
    price: 9.99,
    channel: "amazon",
    level: 45,
    lift: 3.5,
  },
  {
    sku: "SU-CABLE-C2C",
    title: "USB-C to USB-C cable 2 m, 60 W braided",
    unitCost: 0.95,
    weightKg: 0.05,
    dims: [12, 10, 3],
    moq: 1000,
    casePack: 200,
    leadTimeDays: 20,
    onHand: 260,
    onOrder: 400,
    price: 10.99,
    channel: "amazon",
    level: 29,
    lift: 3,
  },
  {
    sku: "SU-CHG-20W",
    title: "20 W USB-C PD wall charger",
    unitCost: 2.6,
    weightKg: 0.07,
    dims: [8, 6, 4],
    moq: 500,
    casePack: 100,
    leadTimeDays: 25,
    onHand: 90,
    onOrder: 0,
    price: 15.99,
    channel: "amazon",
    level: 14,
    lift: 2.6,
  },
  {
    sku: "SU-PB-10K",
    title: "Power bank 10000 mAh, USB-C PD 22.5 W",
    unitCost: 7.8,
    weightKg: 0.24,
    dims: [15, 8, 3],
    battery: "standalone",
    moq: 300,
    casePack: 50,
    leadTimeDays: 30,
    onHand: 40,
    onOrder: 0,
    price: 29.99,
    channel: "amazon",
    level: 9,
    lift: 3.4,
  },
  {
    sku: "SU-MAG-MOUNT",
    title: "Magnetic car phone mount, vent clip",
    unitCost: 2.1,
    weightKg: 0.09,
    dims: [10, 8, 6],
    magnetic: true,
    moq: 300,
    casePack: 60,
    leadTimeDays: 20,
    onHand: 60,
    onOrder: 0,
    price: 16.99,
    channel: "amazon",
    level: 8,
    lift: 2.5,
  },
  {
    sku: "SU-MAG-WALLET",
    title: "MagSafe leather card wallet",
    unitCost: 2.9,
    weightKg: 0.04,
    dims: [11, 8, 2],
    magnetic: true,
    moq: 300,
    casePack: 100,
    leadTimeDays: 18,
    onHand: 35,
    onOrder: 0,
    price: 19.99,
    channel: "amazon",
    level: 6,
    lift: 2.7,
  },
  {
    sku: "SU-CLEAN-SPRAY",
    title: "Screen cleaner spray 200 ml with microfiber cloth",
    unitCost: 1.1,
    weightKg: 0.26,
    dims: [18, 6, 6],
    liquid: true,
    moq: 500,
    casePack: 48,
    leadTimeDays: 20,
    onHand: 80,
    onOrder: 0,
    price: 8.99,
    channel: "amazon",
    level: 7,
    lift: 2.2,
  },
  {
    sku: "SU-BUDS-CASE",
    title: "Silicone case for wireless earbuds",
    unitCost: 0.7,
    weightKg: 0.03,
    dims: [9, 7, 4],
    moq: 500,
    casePack: 200,
    leadTimeDays: 12,
    onHand: 150,
    onOrder: 0,
    price: 7.99,
    channel: "tiktok",
    level: 11,
    lift: 4,
  },
  {
    sku: "SU-TRIPOD",
    title: "Selfie stick tripod with Bluetooth remote",
    unitCost: 4.2,
    weightKg: 0.32,
    dims: [28, 8, 6],
    battery: true,
    moq: 200,
    casePack: 40,
    leadTimeDays: 25,
    onHand: 30,
    onOrder: 0,
    price: 24.99,
    channel: "amazon",
    level: 5,
    lift: 3,
  },
  {
    sku: "SU-GIMBAL",
    title: "3-axis phone gimbal stabilizer",
    unitCost: 21.5,
    weightKg: 0.55,
    dims: [22, 12, 8],
    battery: true,
    moq: 50,
    casePack: 10,
    leadTimeDays: 35,
    onHand: 6,
    onOrder: 0,
    price: 79.99,
    channel: "amazon",
    level: 0.35,
    lift: 2.5,
  },
];

/** Promo windows in the history (inclusive ISO dates). */
const PROMOS: [string, string][] = [
  ["2024-10-08", "2024-10-09"], // Prime Big Deal Days 2024
  ["2024-11-29", "2024-12-02"], // BFCM 2024
  ["2025-07-08", "2025-07-11"], // Prime Day 2025
  ["2025-10-07", "2025-10-08"], // Prime Big Deal Days 2025
  ["2025-11-28", "2025-12-01"], // BFCM 2025
  ["2026-07-14", "2026-07-17"], // Prime Day 2026
];
/**
 * Relative dates (src/import/sample.ts shifts the files at load): the history ends yesterday and
 * the promo is the next BFCM at least 60 days ahead; its deadlines are the core promo calendar's. `written` holds the dates generated below;
 * planned on 2026-09-15 the sample is exactly these files (promo 2026-11-27 … 11-30).
 */
export const SAMPLE_SETTINGS = {
  event: "bfcm",
  minDaysAhead: 60,
  written: { historyLastDay: "2026-09-14", promoStart: "2026-11-27" },
};

const FIRST = "2024-09-15";
const DAYS = 730;

function isPromo(serial: number): boolean {
  return PROMOS.some(([a, b]) => serial >= isoToExcelSerial(a) && serial <= isoToExcelSerial(b));
}

/** The four sample files as text (deterministic: same seed, same bytes). */
export function generateSample(): Record<string, string> {
  const r = rng(20261125);
  const sales = ["date,sku,units,promo,price"];
  const first = isoToExcelSerial(FIRST);
  for (let d = 0; d < DAYS; d++) {
    const iso = addDays(FIRST, d);
    const serial = first + d;
    const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
    const month = Number(iso.slice(5, 7));
    const promo = isPromo(serial);
    for (const s of SKUS) {
      const trend = 1 + 0.25 * (d / DAYS); // +25 % over two years
      const weekly = dow === 0 || dow === 6 ? 1.25 : dow === 1 ? 0.9 : 1; // weekends sell more
      const q4 = month === 11 || month === 12 ? 1.2 : month === 2 ? 0.85 : 1;
      const mean = s.level * trend * weekly * q4 * (promo ? s.lift : 1);
      const units = poisson(mean, r);
      if (units === 0) continue;
      const price = promo ? Math.round(s.price * 80) / 100 : s.price; // 20 % off on promo days
      sales.push(`${iso},${s.sku},${units},${promo ? 1 : 0},${price}`);
    }
  }
  const skus = [
    "sku,title,unit_cost,weight_kg,length_cm,width_cm,height_cm,battery,liquid,magnetic,moq,case_pack,lead_time_days,on_hand,on_order,selling_price,channel",
    ...SKUS.map((s) =>
      [
        s.sku,
        `"${s.title}"`,
        s.unitCost,
        s.weightKg,
        ...s.dims,
        s.battery === "standalone" ? "standalone" : s.battery ? 1 : 0,
        s.liquid ? 1 : 0,
        s.magnetic ? 1 : 0,
        s.moq,
        s.casePack,
        s.leadTimeDays,
        s.onHand,
        s.onOrder,
        s.price,
        s.channel,
      ].join(","),
    ),
  ];
  // actuals: the first two BFCM 2026 days; demand runs ~20 % above the plain trend
  const actuals = ["date,sku,units,promo,price"];
  for (const iso of ["2026-11-27", "2026-11-28"]) {
    for (const s of SKUS) {
      const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
      const mean = s.level * 1.25 * 1.2 * (dow === 6 ? 1.25 : 1) * s.lift * 1.2;
      const units = poisson(mean, r);
      if (units > 0) actuals.push(`${iso},${s.sku},${units},1,${Math.round(s.price * 80) / 100}`);
    }
  }
  return {
    "sales.csv": sales.join("\n") + "\n",
    "skus.csv": skus.join("\n") + "\n",
    "actuals.csv": actuals.join("\n") + "\n",
    "settings.json": JSON.stringify(SAMPLE_SETTINGS, null, 2) + "\n",
  };
}

// run as a script (npx tsx test/plan/makeSample.ts), not when a test imports it
if (require.main === module) {
  for (const [name, text] of Object.entries(generateSample())) writeFileSync(join(OUT, name), text);
  console.log("wrote assets/sample/sales.csv, skus.csv, actuals.csv and settings.json");
}
