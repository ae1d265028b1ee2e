import { InputError, InsufficientDataError } from "../errors";
import { reason } from "../reasons";
import { normalInverse } from "../normal/normalInverse";
import { zForFillRate } from "../normal/zForFillRate";
import {
  optional,
  requireNonNegative,
  requireObject,
  requireOpenUnit,
  requirePositive,
  requireRate,
} from "../validate";
import { DemandObservation, requireHistoryShape } from "./demandStats";
import { quantileSorted } from "../forecast/quantile";

/**
 * Default safety-stock share of the cover-window forecast for the rule-of-thumb method: 15 %,
 * the middle of the seed's "预留10%-20%安全库存" (step 4, purchasing).
 */
export const DEFAULT_SAFETY_STOCK_RATE = 0.15;
/** Default review period R in days: 0, a continuous-review (s, Q) policy. */
export const DEFAULT_REVIEW_PERIOD_DAYS = 0;
/** Default lead-time standard deviation in days: 0 (a reliable supplier); give yours if known. */
export const DEFAULT_LEAD_TIME_STD_DEV_DAYS = 0;
/** Fewest lead-time windows the empirical method accepts before it gives #N/A. */
export const MIN_EMPIRICAL_WINDOWS = 10;

/** The four ways to size safety stock. */
export type SafetyStockMethod = "percent" | "statistical" | "fillRate" | "empirical";

/**
 * Burst buffer for interest e-commerce (TikTok Shop and similar): one viral video can bring ten
 * thousand orders (seed, FAQ on 兴趣电商), which no history predicts. The buyer sizes it, as a
 * number of units and/or a share of expected demand over the cover window; it is added on top of
 * the method's safety stock and reported separately.
 */
export interface BurstBufferFields {
  /** Extra units held for a viral spike (default 0). */
  burstBufferUnits?: number | null;
  /** Extra share of expected cover-window demand (default 0), e.g. 0.3 for +30 %. */
  burstBufferRate?: number | null;
}

/** Rule of thumb: SS = rate × forecast over the cover window. */
export interface PercentSafetyStockInput extends BurstBufferFields {
  method: "percent";
  /** Forecast units over the cover window (lead time + promo + review). */
  forecastUnits: number;
  /** Share of the forecast held as safety stock; default {@link DEFAULT_SAFETY_STOCK_RATE}. */
  safetyStockRate?: number | null;
}

/** Demand and lead-time figures shared by the normal-distribution methods. */
export interface NormalDemandFields extends BurstBufferFields {
  /** Mean demand per day d̄ (see `demandStats`). */
  meanDailyDemand: number;
  /** Standard deviation of daily demand σd. */
  dailyDemandStdDev: number;
  /** Mean supplier + transit lead time L in days. */
  leadTimeDays: number;
  /** Standard deviation of the lead time σL in days; default 0. */
  leadTimeStdDevDays?: number | null;
  /** Review period R in days (how often stock is checked/ordered); default 0. */
  reviewPeriodDays?: number | null;
}

/** Statistical method: cycle service level (probability of no stock-out per cycle) → z. */
export interface StatisticalSafetyStockInput extends NormalDemandFields {
  method: "statistical";
  /** Cycle service level α in (0, 1), e.g. 0.95. */
  serviceLevel: number;
}

/** Fill-rate method: share of demand served from stock, via the normal loss function. */
export interface FillRateSafetyStockInput extends NormalDemandFields {
  method: "fillRate";
  /** Fill rate β in (0, 1), e.g. 0.98. */
  fillRate: number;
  /** Units per replenishment Q (the promo order quantity for a one-off stock-up). */
  orderQuantity: number;
}

/** Empirical method for intermittent SKUs: quantile of observed demand over L + R days. */
export interface EmpiricalSafetyStockInput extends BurstBufferFields {
  method: "empirical";
  /** Daily demand history; `null`/`undefined` = not observed (blank). */
  history: readonly DemandObservation[];
  /** Optional censored flags, same length as history (stock-out days). */
  censored?: readonly boolean[] | null;
  /** Lead time L in days; the window is ⌈L + R⌉ days. */
  leadTimeDays: number;
  /** Review period R in days; default 0. */
  reviewPeriodDays?: number | null;
  /** Cycle service level α in (0, 1): the quantile of window demand to cover. */
  serviceLevel: number;
}

export type SafetyStockInput =
  | PercentSafetyStockInput
  | StatisticalSafetyStockInput
  | FillRateSafetyStockInput
  | EmpiricalSafetyStockInput;

/** What {@link safetyStock} returns. Units are not rounded; `orderQuantity` rounds the order. */
export interface SafetyStockResult {
  /** Total safety stock = baseUnits + burstUnits (never negative). */
  units: number;
  /** Safety stock from the method alone (a negative z is floored to 0 units). */
  baseUnits: number;
  /** Burst buffer = burstBufferUnits + burstBufferRate × expectedDemandUnits. */
  burstUnits: number;
  method: SafetyStockMethod;
  /** Safety factor used (null for the percent and empirical methods). */
  z: number | null;
  /** Risk period L + R in days (null for the percent method). */
  riskPeriodDays: number | null;
  /** Expected demand over the risk period d̄·(L + R), or the forecast for the percent method. */
  expectedDemandUnits: number;
  /** σ of demand over the risk period (null for the percent method). */
  demandStdDevUnits: number | null;
}

/**
 * Safety stock for one SKU, by one of four methods, plus an optional burst buffer.
 *
 * - `percent`:     SS = rate × forecast (the seed's 10–20 % rule of thumb).
 * - `statistical`: SS = z·√((L + R)·σd² + d̄²·σL²), z = Φ⁻¹(serviceLevel)
 *                  (Silver, Pyke & Peterson 1998, §7.5 and eq. 7.29 for random lead times).
 * - `fillRate`:    same σ, z solves σ·G(z) = (1 − β)·Q (SPP §7.7.4, P2 measure).
 * - `empirical`:   SS = Q_α(D_w) − mean(D_w), D_w = demand summed over each run of w = ⌈L + R⌉
 *                  consecutive observed days, Q_α the type-7 quantile (Hyndman & Fan 1996); no
 *                  normality assumption, suited to intermittent SKUs.
 * Negative safety factors (service below 50 %) give 0 units, not negative stock.
 * @throws {InputError} unknown method, a field that is not a finite number, bad history entries.
 * @throws {OutOfRangeError} negative quantities or days, rates outside [0, 1], serviceLevel or
 *   fillRate outside (0, 1).
 * @throws {InsufficientDataError} empirical method with fewer than {@link MIN_EMPIRICAL_WINDOWS} windows.
 * @example safetyStock({ method: "statistical", meanDailyDemand: 20, dailyDemandStdDev: 6,
 *   leadTimeDays: 30, leadTimeStdDevDays: 5, serviceLevel: 0.95 }).units // => 173.14
 */
export function safetyStock(input: SafetyStockInput): SafetyStockResult {
  requireObject("input", input);
  switch (input.method) {
    case "percent":
      return percentMethod(input);
    case "statistical":
    case "fillRate":
      return normalMethod(input);
    case "empirical":
      return empiricalMethod(input);
    default:
      throw new InputError(
        "method",
        reason("oneOf", {
          choices: "percent, statistical, fillRate, empirical",
          got: String((input as { method: unknown }).method),
        }),
      );
  }
}

function burst(input: BurstBufferFields, expectedDemandUnits: number): number {
  const units = optional("burstBufferUnits", input.burstBufferUnits, 0, requireNonNegative);
  // a burst can exceed 100 % of normal demand (a viral video), so the rate is only bounded below
  const rate = optional("burstBufferRate", input.burstBufferRate, 0, requireNonNegative);
  return units + rate * expectedDemandUnits;
}

function result(
  method: SafetyStockMethod,
  base: number,
  burstUnits: number,
  rest: Pick<SafetyStockResult, "z" | "riskPeriodDays" | "expectedDemandUnits" | "demandStdDevUnits">,
): SafetyStockResult {
  const baseUnits = Math.max(0, base);
  return { units: baseUnits + burstUnits, baseUnits, burstUnits, method, ...rest };
}

function percentMethod(input: PercentSafetyStockInput): SafetyStockResult {
  const forecast = requireNonNegative("forecastUnits", input.forecastUnits);
  const rate = optional("safetyStockRate", input.safetyStockRate, DEFAULT_SAFETY_STOCK_RATE, requireRate);
  // SS = rate × forecast over the cover window (seed: 预留10%-20%安全库存)
  return result("percent", rate * forecast, burst(input, forecast), {
    z: null,
    riskPeriodDays: null,
    expectedDemandUnits: forecast,
    demandStdDevUnits: null,
  });
}

function normalMethod(input: StatisticalSafetyStockInput | FillRateSafetyStockInput): SafetyStockResult {
  const d = requireNonNegative("meanDailyDemand", input.meanDailyDemand);
  const sd = requireNonNegative("dailyDemandStdDev", input.dailyDemandStdDev);
  const lead = requireNonNegative("leadTimeDays", input.leadTimeDays);
  const sdLead = optional(
    "leadTimeStdDevDays",
    input.leadTimeStdDevDays,
    DEFAULT_LEAD_TIME_STD_DEV_DAYS,
    requireNonNegative,
  );
  const review = optional(
    "reviewPeriodDays",
    input.reviewPeriodDays,
    DEFAULT_REVIEW_PERIOD_DAYS,
    requireNonNegative,
  );
  const risk = lead + review;
  // σ over the risk period = √((L + R)·σd² + d̄²·σL²): demand and lead-time variability
  // (Silver, Pyke & Peterson 1998, eq. 7.29; the review period adds demand risk, not lead-time risk)
  const sigma = Math.sqrt(risk * sd * sd + d * d * sdLead * sdLead);
  const expected = d * risk;
  let z: number;
  if (input.method === "statistical") {
    z = normalInverse(requireOpenUnit("serviceLevel", input.serviceLevel));
  } else {
    const fillRate = requireOpenUnit("fillRate", input.fillRate);
    const q = requirePositive("orderQuantity", input.orderQuantity);
    // no demand uncertainty: any fill rate is met without safety stock
    z = sigma === 0 ? 0 : zForFillRate({ fillRate, orderQuantity: q, demandStdDevUnits: sigma });
  }
  return result(input.method, z * sigma, burst(input, expected), {
    z,
    riskPeriodDays: risk,
    expectedDemandUnits: expected,
    demandStdDevUnits: sigma,
  });
}

function empiricalMethod(input: EmpiricalSafetyStockInput): SafetyStockResult {
  const { history, censored } = input;
  requireHistoryShape(history, censored);
  const lead = requireNonNegative("leadTimeDays", input.leadTimeDays);
  const review = optional(
    "reviewPeriodDays",
    input.reviewPeriodDays,
    DEFAULT_REVIEW_PERIOD_DAYS,
    requireNonNegative,
  );
  const alpha = requireOpenUnit("serviceLevel", input.serviceLevel);
  const risk = lead + review;
  const w = Math.max(1, Math.ceil(risk));
  // sums over every run of w consecutive observed days (a blank or censored day breaks the run)
  const sums: number[] = [];
  let run = 0;
  let runSum = 0;
  const values: number[] = new Array(history.length);
  for (let i = 0; i < history.length; i++) {
    const x = history[i];
    const missing = x === null || x === undefined || (censored ? censored[i] === true : false);
    if (missing) {
      run = 0;
      runSum = 0;
      continue;
    }
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new InputError(`history[${i}]`, reason("finiteOrBlank", { got: String(x) }));
    }
    if (x < 0) throw new InputError(`history[${i}]`, reason("negativeDemand", { got: x }));
    values[i] = x;
    run++;
    runSum += x;
    if (run > w) runSum -= values[i - w];
    if (run >= w) sums.push(runSum);
  }
  if (sums.length < MIN_EMPIRICAL_WINDOWS) {
    throw new InsufficientDataError(
      "history",
      reason("needsWindows", { min: MIN_EMPIRICAL_WINDOWS, days: w, count: sums.length }),
    );
  }
  let mean = 0;
  for (const s of sums) mean += s;
  mean /= sums.length;
  let ss = 0;
  for (const s of sums) ss += (s - mean) * (s - mean);
  const sd = sums.length > 1 ? Math.sqrt(ss / (sums.length - 1)) : 0;
  sums.sort((a, b) => a - b);
  // SS = α-quantile of lead-time demand − its mean (empirical, no normality assumed)
  const quantile = quantileSorted(sums, alpha);
  return result("empirical", quantile - mean, burst(input, mean), {
    z: null,
    riskPeriodDays: risk,
    expectedDemandUnits: mean,
    demandStdDevUnits: sd,
  });
}
